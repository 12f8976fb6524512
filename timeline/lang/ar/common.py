"""Macros and lookups shared by the Arabic rule families.

The macros are built from :mod:`timeline.lang.ar.lexicon`; the lookups map a
matched (folded) surface back to its meaning.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import TypeVar

from timeline.lang.ar import lexicon as lx
from timeline.rules import Match, alternation
from timeline.text import fold

T = TypeVar("T")


def _folded(table: Mapping[str, T]) -> dict[str, T]:
    return {re.sub(r"\s+", " ", fold(k)): v for k, v in table.items()}


MONTHS = _folded(lx.MONTHS)
EN_MONTHS = _folded(lx.EN_MONTHS)
HIJRI_MONTHS = _folded(lx.HIJRI_MONTHS)
HIJRI_HOLIDAYS = _folded(lx.HIJRI_HOLIDAYS)
WEEKDAYS = _folded(lx.WEEKDAYS)
CARDINALS = _folded(lx.CARDINALS)
ORDINALS = _folded(lx.ORDINALS)
UNITS = _folded(lx.UNITS)
PERIOD_NOUNS = _folded(lx.PERIOD_NOUNS)
PART_MODS = _folded(lx.PART_MODS)
DAY_PARTS = _folded(lx.DAY_PARTS)
HOURS = _folded(lx.HOURS)
HOUR_CARDINALS = _folded(lx.HOUR_CARDINALS)
HOUR_FRACTIONS = _folded(lx.HOUR_FRACTIONS)
QUARTER_ORDINALS = _folded(lx.QUARTER_ORDINALS)
HALF_ORDINALS = _folded(lx.HALF_ORDINALS)
SEASONS = _folded(lx.SEASONS)
DECADES = _folded(lx.DECADES)
CENTURY_ORDINALS = _folded(lx.CENTURY_ORDINALS)
RELATIVE_DAYS = _folded(lx.RELATIVE_DAYS)
VAGUE = _folded(lx.VAGUE)
SETS = _folded(lx.SETS)
MOD_WORDS = _folded(lx.MOD_WORDS)
DUAL_PERIODS = _folded(lx.DUAL_PERIODS)
SEASON_PHRASES = _folded(lx.SEASON_PHRASES)
MOD_AFTER = _folded(lx.MOD_AFTER)
ANAPHORIC_SIGNALS = _folded(lx.ANAPHORIC_SIGNALS)
PART_MODS_RELATIVE = _folded(lx.PART_MODS_RELATIVE)
GREGORIAN_HOLIDAYS = _folded(lx.GREGORIAN_HOLIDAYS)
VAGUE_AFTER_FI = _folded(lx.VAGUE_AFTER_FI)
AMBIGUOUS_MONTHS = frozenset(_folded(dict.fromkeys(lx.AMBIGUOUS_MONTHS, 0)))
AMBIGUOUS_HIJRI = frozenset(_folded(dict.fromkeys(lx.AMBIGUOUS_HIJRI, 0)))
PAST = {fold(w) for w in lx.PAST_SIGNALS}
FUTURE = {fold(w) for w in lx.FUTURE_SIGNALS}
CURRENT = {fold(w) for w in lx.CURRENT_SIGNALS}


@functools.lru_cache(maxsize=8192)
def key(text: str | None) -> str:
    """Fold a matched surface into a lookup key (single spaces); surfaces recur
    (month names, numbers), so each is folded once."""
    return _BLANKS.sub(" ", fold(text or "")).strip()


_BLANKS = re.compile(r"\s+")


def lookup(table: Mapping[str, T], text: str | None) -> T | None:
    """Look a matched surface up in a folded table."""
    if text is None:
        return None
    return table.get(key(text))


def number(text: str | None) -> int | None:
    """Read a number written in digits or words (``ثلاثة``, ``خمسة وعشرين``).

    Examples:
        >>> number("خمسة وعشرين")
        25
        >>> number("12")
        12
    """
    if text is None:
        return None
    text = key(text)
    if text.isdigit():
        return int(text)
    total = 0
    for part in re.split(r"\s+و\s*|\s+و(?=\S)", text):
        value = CARDINALS.get(part.strip())
        if value is None:
            return None
        total += value
    return total


def signal_offset(text: str | None) -> int | None:
    """Map a signal word to an offset: past −1, future +1, current 0, else ``None``."""
    k = key(text)
    if not k:
        return None
    if k in PAST:
        return -1
    if k in FUTURE:
        return 1
    if k in CURRENT or k in {fold(w) for w in lx.THIS_WORDS}:
        return 0
    return None


def signal_direction(text: str | None) -> str | None:
    """Map a signal word to a resolution direction (``BEFORE``/``AFTER``/``PAST``)."""
    offset = signal_offset(text)
    return {-1: "BEFORE", 1: "AFTER", 0: None}.get(offset) if offset is not None else None


def month_of(m: Match, group: str = "month") -> int | None:
    """The month number of a (possibly paired) month group; ``None`` if the pair disagrees."""
    first = lookup(MONTHS, m[group])
    second_group = f"{group}2"
    second = lookup(MONTHS, m[second_group]) if m.has(second_group) else None
    if first is None:
        return None
    if second is not None and second != first:
        return None
    return first


def year_of(text: str | None) -> int | None:
    """A year from digits (two-digit years are not accepted)."""
    if text is None:
        return None
    k = key(text)
    return int(k) if k.isdigit() and len(k) == 4 else None


_NUM_WORDS = alternation(lx.CARDINALS)
_UNIT_SG = alternation(k for k, v in lx.UNITS.items() if v[1] == 1)

MACROS: dict[str, str] = {
    "month": alternation(lx.MONTHS),
    "month_safe": alternation(k for k in lx.MONTHS if k not in lx.AMBIGUOUS_MONTHS),
    "en_month": alternation(lx.EN_MONTHS),
    "hmonth": alternation(lx.HIJRI_MONTHS),
    "hmonth_safe": alternation(k for k in lx.HIJRI_MONTHS if k not in lx.AMBIGUOUS_HIJRI),
    "holiday": alternation(lx.HIJRI_HOLIDAYS),
    "gholiday": alternation(lx.GREGORIAN_HOLIDAYS),
    "count_noun": alternation((*lx.COUNT_NOUNS, *(w + "ا" for w in lx.COUNT_NOUNS))),
    "non_date_lead": alternation(lx.NON_DATE_LEADS),
    "vague_fi": alternation(lx.VAGUE_AFTER_FI),
    "not_today": alternation(lx.DAY_NOT_TODAY),
    "weekday": alternation(k for k in lx.WEEKDAYS if fold(k).startswith("ال")),
    "weekday_any": alternation(lx.WEEKDAYS),
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?!\d)",
    "year": r"(?:1[0-9]|20|21)\d\d(?!\d)",
    # a Hijri year: 13xx–15xx, or any other year that says it is Hijri (1600هـ)
    "hyear": r"1[3-5]\d\d(?!\d)|\d{3,4}(?=\s*(?:ه|هجري|هجريه|للهجره)(?!\w))",
    "num": rf"\d+(?:[.,]\d+)?|(?:{_NUM_WORDS})(?:\s+و\s*(?:{_NUM_WORDS}))?",
    "ordinal": alternation(lx.ORDINALS),
    "unit": alternation(lx.UNITS),
    "unit_sg": _UNIT_SG,
    "unit_pl": alternation(k for k, v in lx.UNITS.items() if v[1] is None),
    "unit_dual": alternation(k for k, v in lx.UNITS.items() if v[1] == 2),
    "period": alternation(lx.PERIOD_NOUNS),
    "past": alternation(lx.PAST_SIGNALS),
    "future": alternation(lx.FUTURE_SIGNALS),
    "current": alternation(lx.CURRENT_SIGNALS),
    "signal": alternation((*lx.PAST_SIGNALS, *lx.FUTURE_SIGNALS, *lx.CURRENT_SIGNALS)),
    "this": alternation(lx.THIS_WORDS),
    "part_mod": alternation(lx.PART_MODS),
    "dual_period": alternation(lx.DUAL_PERIODS),
    "agency": alternation(lx.AGENCIES),
    "season_phrase": alternation(lx.SEASON_PHRASES),
    "mod_after": alternation(lx.MOD_AFTER),
    "anaphoric": alternation(lx.ANAPHORIC_SIGNALS),
    "dual_signal": alternation(lx.DUAL_SIGNALS),
    "part_mod_rel": alternation(lx.PART_MODS_RELATIVE),
    "day_part": alternation(lx.DAY_PARTS),
    "reld": alternation(lx.RELATIVE_DAYS),
    "vague": alternation(lx.VAGUE),
    "set": alternation(lx.SETS),
    "several": alternation(lx.SEVERAL),
    "season": alternation(lx.SEASONS),
    "decade": alternation((*lx.DECADES, *(k[2:] for k in lx.DECADES))),
    "hour_word": alternation(lx.HOURS),
    "hour_cardinal": alternation(lx.HOUR_CARDINALS),
    "fraction": alternation(lx.HOUR_FRACTIONS),
    "tz": alternation(lx.TIME_ZONES),
    "gsuf": alternation(lx.YEAR_SUFFIXES),
    "hsuf": alternation(lx.HIJRI_SUFFIXES),
    "year_lead": alternation(lx.YEAR_LEADS),
    "mod_word": alternation(lx.MOD_WORDS),
    "qword": alternation(("الربع", "ربع", "الفصل", "الثلاثي")),
    "hword": alternation(("النصف", "نصف")),
    "qord": alternation(lx.QUARTER_ORDINALS),
    "century_ord": alternation(lx.CENTURY_ORDINALS),
    # Composite macros.
    "monthp": r"{month}(?:\s*[(/-]\s*{month:month2}(?:\s*\))?)?",
}
