"""The Arabic rule families. Adding a family: a module exporting ``RULES``, listed here."""

from __future__ import annotations

from timeline.lang.ar.rules import (
    absolute,
    blockers,
    duration,
    hijri,
    parts,
    periods,
    recurring,
    relative,
    time,
    vague,
    weekday,
)

FAMILIES = (
    absolute,
    relative,
    weekday,
    time,
    duration,
    recurring,
    vague,
    periods,
    hijri,
    parts,
    blockers,
)

RULES = tuple(rule for family in FAMILIES for rule in family.RULES)
MODIFIERS = parts.MODIFIERS

__all__ = ["FAMILIES", "MODIFIERS", "RULES"]
