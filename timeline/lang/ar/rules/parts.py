"""Parts of periods and amount modifiers: مطلع أكتوبر، نهاية الشهر، أكثر من عامين."""

from __future__ import annotations

import attrs

from timeline.lang.ar.common import (
    DAY_PARTS,
    MOD_AFTER,
    MOD_WORDS,
    PART_MODS,
    PART_MODS_RELATIVE,
    PERIOD_NOUNS,
    lookup,
)
from timeline.rules import Example, Match, Modifier, Rule
from timeline.values import TimeSpec


def _part(m: Match, spec: TimeSpec) -> TimeSpec | None:
    mod = lookup(PART_MODS, m["part_mod"])
    if mod is None or spec.day is not None or spec.mod is not None:
        return None
    if spec.unit == "D" or spec.weekday is not None:
        return None
    return attrs.evolve(spec, mod=mod)


def _amount(m: Match, spec: TimeSpec) -> TimeSpec | None:
    mod = lookup(MOD_WORDS, m["mod_word"])
    if mod is None or spec.mod is not None:
        return None
    return attrs.evolve(spec, mod=mod)


def _relative_part(m: Match, spec: TimeSpec) -> TimeSpec | None:
    mod = lookup(PART_MODS_RELATIVE, m["part_mod_rel"])
    if mod is None or spec.unit not in ("W", "M", "Y") or spec.day is not None or spec.mod:
        return None
    return attrs.evolve(spec, mod=mod)


def _amount_after(m: Match, spec: TimeSpec) -> TimeSpec | None:
    mod = lookup(MOD_AFTER, m["mod_after"])
    if mod is None or spec.mod is not None:
        return None
    return attrs.evolve(spec, mod=mod or None)


def _day_part(m: Match, spec: TimeSpec) -> TimeSpec | None:
    part = lookup(DAY_PARTS, m["day_part"])
    if part is not None and spec.type == "SET" and spec.value:
        # ظهر كل يوم جمعة: every Friday, at noon
        if spec.value == "P1D":
            return attrs.evolve(spec, value=f"XXXX-XX-XXT{part}")
        if spec.value.startswith("XXXX-WXX-") and "T" not in spec.value:
            return attrs.evolve(spec, value=f"{spec.value}T{part}")
        return None
    day_level = spec.unit == "D" or spec.weekday is not None or spec.day is not None
    if part is None or not day_level or spec.part or spec.hour is not None or spec.mod:
        return None
    return attrs.evolve(spec, type="TIME", part=part)


def _current_part(m: Match) -> TimeSpec | None:
    mod = lookup(PART_MODS, m["part_mod"]) or lookup(PART_MODS_RELATIVE, m["part_mod_rel"])
    unit = lookup(PERIOD_NOUNS, m["period"])
    if mod is None or unit is None or unit == "D":
        return None
    return TimeSpec(unit=unit, offset=0, mod=mod)


MODIFIERS = (
    Modifier(
        name="amount_mod_after",
        pattern=r"{mod_after}",
        build=_amount_after,
        types=("DURATION",),
        examples=(
            Example(text="أسبوعين على الأقل", published=None, value="P2W", mod="EQUAL_OR_MORE"),
            Example(text="ثلاث ساعات تقريباً", published=None, value="PT3H", mod="APPROX"),
        ),
        after=True,
    ),
    Modifier(
        name="part_of_relative_period",
        pattern=r"{part_mod_rel}",
        build=_relative_part,
        types=("DATE",),
        examples=(
            Example(text="أول الشهر الجاي", published="2023-07-30", value="2023-08", mod="START"),
            Example(text="آخر الأسبوع المقبل", published="2024-12-31", value="2025-W02", mod="END"),
        ),
    ),
    Modifier(
        name="day_part_before",
        pattern=r"{day_part}(?:\s+يوم)?",
        build=_day_part,
        types=("DATE", "SET"),
        examples=(
            Example(text="فجر 3 يناير 2024", published=None, value="2024-01-03TMO"),
            Example(
                text="ظهر العاشر من الشهر الجاري", published="2025-03-01", value="2025-03-10TAF"
            ),
            Example(text="مساء 29 مارس", published="2025-03-10", value="2025-03-29TEV"),
            Example(text="صباح يوم 5 مايو 2024", published=None, value="2024-05-05TMO"),
            Example(text="ظهر كل يوم جمعة", published=None, value="XXXX-WXX-5TAF"),
        ),
    ),
    Modifier(
        name="part_of_period",
        pattern=r"{part_mod}",
        build=_part,
        types=("DATE",),
        examples=(
            Example(
                text="منذ مطلع أكتوبر (تشرين الأول)",
                published="2024-10-29",
                surface="مطلع أكتوبر (تشرين الأول)",
                value="2024-10",
                mod="START",
            ),
            Example(text="نهاية عام 2024", published=None, value="2024", mod="END"),
            Example(text="منتصف الشهر الماضي", published="2024-10-29", value="2024-09", mod="MID"),
            Example(text="أواخر التسعينيات", published=None, value="199X", mod="END"),
        ),
    ),
    Modifier(
        name="amount_mod",
        pattern=r"{mod_word}",
        build=_amount,
        types=("DURATION", "TIME"),
        examples=(
            Example(
                text="لأكثر من عامين ونصف عام",
                published=None,
                surface="أكثر من عامين ونصف عام",
                value="P2Y6M",
                mod="MORE_THAN",
            ),
            Example(text="نحو ثلاثة أسابيع", published=None, value="P3W", mod="APPROX"),
            Example(text="أقل من 24 ساعة", published=None, value="PT24H", mod="LESS_THAN"),
        ),
    ),
)

RULES = (
    Rule(
        name="part_of_current_period",
        pattern=r"(?:{part_mod}|{part_mod_rel})\s+{period}(?!\s+(?:{signal}|من|{year}|{month}))",
        build=_current_part,
        examples=(
            Example(text="نهاية الشهر", published="2024-10-21", value="2024-10", mod="END"),
            Example(text="مطلع العام", published="2024-10-21", value="2024", mod="START"),
            Example(text="منتصف الأسبوع", published="2024-10-21", value="2024-W43", mod="MID"),
        ),
    ),
)
