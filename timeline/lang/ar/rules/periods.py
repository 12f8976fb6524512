"""Quarters, halves, seasons, decades and centuries."""

from __future__ import annotations

from timeline.lang.ar.common import (
    CENTURY_ORDINALS,
    DECADES,
    QUARTER_ORDINALS,
    SEASON_PHRASES,
    SEASONS,
    key,
    lookup,
    signal_direction,
    signal_offset,
    year_of,
)
from timeline.rules import Example, Match, Rule
from timeline.values import CONTEXT, TimeSpec


def _year_part(m: Match, period: str) -> TimeSpec | None:
    year = year_of(m["year"])
    if year is not None:
        return TimeSpec(year=year, period=period)
    offset = signal_offset(m["signal"]) if m.has("signal") else 0
    if offset is None:
        return None
    return TimeSpec(unit="Y", offset=offset, period=period)


def _quarter(m: Match) -> TimeSpec | None:
    n = lookup(QUARTER_ORDINALS, m["qord"])
    if n is None:
        return None
    if key(m["which"]) in {"النصف", "نصف"}:
        return None if n > 2 else _year_part(m, f"H{n}")
    return _year_part(m, f"Q{n}")


def _period_alone(m: Match) -> TimeSpec | None:
    if m.has("which"):
        n = lookup(QUARTER_ORDINALS, m["qord"])
        if n is None:
            return None
        half = key(m["which"]) == "النصف"
        if half and n > 2:
            return None
        return TimeSpec(period=f"{'H' if half else 'Q'}{n}")
    season = lookup(SEASONS, m["season"])
    return None if season is None else TimeSpec(period=season)


def _season_year(m: Match) -> TimeSpec | None:
    season = lookup(SEASONS, m["season"])
    return None if season is None else _year_part(m, season)


def _season_signal(m: Match) -> TimeSpec | None:
    season = lookup(SEASONS, m["season"])
    if season is None:
        return None
    if not m.has("signal") or signal_offset(m["signal"]) == 0:
        return TimeSpec(unit="Y", offset=0, period=season)
    return TimeSpec(period=season, direction=signal_direction(m["signal"]) or CONTEXT)


def _season_phrase(m: Match) -> TimeSpec | None:
    season = lookup(SEASON_PHRASES, m["season_phrase"])
    return None if season is None else TimeSpec(unit="Y", offset=0, period=season)


def _decade(m: Match) -> TimeSpec | None:
    word = key(m["decade"])
    digit = DECADES.get(word) or DECADES.get("ال" + word)
    if digit is None:
        return None
    century = 20 if key(m["cent"]) in {"الحالي", "الحادي والعشرين", "الجاري"} else 19
    return TimeSpec(decade=century * 10 + digit)


def _century(m: Match) -> TimeSpec | None:
    n = lookup(CENTURY_ORDINALS, m["century_ord"])
    return None if n is None else TimeSpec(century=n - 1)


_YEAR_REF = (
    r"\s+(?:من\s+)?(?:(?:(?:عام|سنة|لعام)\s+)?{year}|(?:{this}\s+)?(?:العام|السنة)"
    r"(?:\s+{signal})?)"
)

RULES = (
    Rule(
        name="quarter_or_half",
        pattern=r"(?P<which>الربع|ربع|الفصل|الثلاثي|النصف|نصف)\s+{qord}" + _YEAR_REF,
        build=_quarter,
        examples=(
            Example(text="الربع الأول من العام", published="2024-10-21", value="2024-Q1"),
            Example(text="النصف الثاني من 2023", published="2024-10-21", value="2023-H2"),
            Example(text="الربع الثالث من العام الماضي", published="2024-10-21", value="2023-Q3"),
            Example(text="الفصل الأخير من عام 2022", published=None, value="2022-Q4"),
        ),
    ),
    Rule(
        name="period_after_lead",
        pattern=r"(?:خلال|في|طوال|مطلع|نهاية|بداية|منتصف|أواخر|أوائل)\s+(?P<span>(?:(?P<which>الربع|"
        r"الفصل|الثلاثي|النصف)\s+{qord}|{season}))(?!\s+(?:من|العربي|{signal}|{year}))",
        build=_period_alone,
        examples=(
            Example(
                text="تباطأ التضخم خلال الربع الثالث",
                published="2022-11-03",
                surface="الربع الثالث",
                value="2022-Q3",
            ),
            Example(
                text="توقعات ببلوغ برنت 90 دولاراً خلال الصيف",
                published="2024-04-04",
                surface="الصيف",
                value="2024-SU",
            ),
            Example(
                text="تتراجع الأسعار في الشتاء",
                published="2024-04-04",
                surface="الشتاء",
                value="2023-WI",
            ),
        ),
        priority=-1,
    ),
    Rule(
        name="season_year",
        pattern=r"(?:فصل\s+)?{season}" + _YEAR_REF,
        build=_season_year,
        examples=(
            Example(text="صيف 2024", published=None, value="2024-SU"),
            Example(text="خريف عام 2023", published=None, value="2023-FA"),
            Example(text="ربيع العام المقبل", published="2024-10-21", value="2025-SP"),
        ),
    ),
    Rule(
        name="season_signal",
        pattern=r"(?:{this}\s+)?(?:فصل\s+)?{season}\s+{signal}|{this:this2}\s+(?:فصل\s+)?{season:s2}",
        build=lambda m: _season_signal(_merge_season(m)),
        examples=(
            Example(text="الشتاء المقبل", published="2024-10-21", value="2024-WI"),
            Example(text="الصيف الماضي", published="2024-10-21", value="2024-SU"),
            Example(text="هذا الصيف", published="2024-10-21", value="2024-SU"),
        ),
    ),
    Rule(
        name="season_phrase",
        pattern=r"{season_phrase}",
        build=_season_phrase,
        examples=(
            Example(text="موسم الاصطياف", published="2018-06-13", value="2018-SU"),
            Example(text="الموسم الصيفي", published="2023-05-02", value="2023-SU"),
        ),
    ),
    Rule(
        name="decade",
        pattern=r"{decade}(?:\s+(?:من\s+)?القرن\s+(?P<cent>الماضي|العشرين|الحالي|الجاري|"
        r"الحادي\s+والعشرين))?",
        build=_decade,
        examples=(
            Example(text="التسعينيات", published=None, value="199X"),
            Example(text="ثمانينيات القرن الماضي", published=None, value="198X"),
            Example(text="عشرينيات القرن الحالي", published=None, value="202X"),
        ),
    ),
    Rule(
        name="century",
        pattern=r"القرن\s+{century_ord}",
        build=_century,
        examples=(
            Example(text="القرن العشرين", published=None, value="19"),
            Example(text="القرن التاسع عشر", published=None, value="18"),
        ),
    ),
)


def _merge_season(m: Match) -> Match:
    if m.has("season"):
        return m
    groups = dict(m.groups)
    groups["season"] = m["s2"]
    return Match(groups=groups, full=m.full)
