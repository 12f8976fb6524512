"""Expressions counted from the publication date: اليوم، أمس، الشهر الماضي، قبل ثلاثة أشهر."""

from __future__ import annotations

import attrs

from timeline.lang.ar.common import (
    ANAPHORIC_SIGNALS,
    MOD_WORDS,
    ORDINALS,
    PERIOD_NOUNS,
    RELATIVE_DAYS,
    WEEKDAYS,
    key,
    lookup,
    month_of,
    signal_offset,
)
from timeline.lang.ar.rules.duration import amount_parts
from timeline.rules import Example, Match, Rule
from timeline.values import TimeSpec

_GRANULAR = {"Y": "Y", "M": "M", "W": "W", "D": "D", "H": "D", "MIN": "D", "DE": "DE", "CE": "CE"}


def relative_day_spec(m: Match) -> TimeSpec | None:
    """A day counted from the publication date (``أمس``), with the weekday it names."""
    offset = lookup(RELATIVE_DAYS, m["reld"])
    if offset is None:
        return None
    return TimeSpec(unit="D", offset=offset, expect_weekday=lookup(WEEKDAYS, m["weekday_any"]))


def period_spec(m: Match) -> TimeSpec | None:
    """A period counted from the publication date (``الشهر الماضي``، ``هذا العام``)."""
    unit = lookup(PERIOD_NOUNS, m["period"])
    if unit is None:
        return None
    if m.has("before_past"):
        offset: int | None = -2
    elif m.has("after_next"):
        offset = 2
    elif m.has("signal"):
        offset = signal_offset(m["signal"])
    else:
        offset = 0
    if offset is None:
        return None
    return TimeSpec(unit=unit, offset=offset)


def _ago(m: Match) -> TimeSpec | None:
    parts = amount_parts(m)
    if parts is None or any(isinstance(v, str) for v in parts.values()):
        return None
    sign = -1 if key(m["lead"]) in {"قبل", "منذ"} else 1
    amounts = {u: int(v) for u, v in parts.items() if float(v).is_integer()}
    if len(amounts) != len(parts) or max(amounts.values()) > 1000:
        return None
    if "H" in amounts or "MIN" in amounts:
        spec = TimeSpec(unit="D", offset=0)
    else:
        months = amounts.get("Y", 0) * 12 + amounts.get("M", 0)
        months += amounts.get("DE", 0) * 120 + amounts.get("CE", 0) * 1200
        days = amounts.get("W", 0) * 7 + amounts.get("D", 0)
        if months and days:
            return None
        if days:
            # "two weeks ago" is a week; "in a week" (scheduling) is a day
            only_weeks = "D" not in amounts
            if sign < 0 and only_weeks:
                spec = TimeSpec(unit="W", offset=-amounts["W"])
            else:
                spec = TimeSpec(unit="D", offset=sign * days)
        elif months % 12 == 0 and "M" not in amounts:
            spec = TimeSpec(unit="Y", offset=sign * months // 12)
        else:
            spec = TimeSpec(unit="M", offset=sign * months)
    # "بعد يومين" counts from the publication date only when it looks ahead;
    # in a past narrative it is the span after the event just told.
    return attrs.evolve(spec, needs_future=sign > 0, mod=lookup(MOD_WORDS, m["mod_word"]))


def _ago_vague(m: Match) -> TimeSpec | None:
    sig = key(m["sig"])
    return TimeSpec(value="PAST_REF" if sig == "قبل" else "FUTURE_REF")


def _month_relative_year(m: Match) -> TimeSpec | None:
    month = month_of(m)
    if month is None:
        return None
    offset = signal_offset(m["signal"]) if m.has("signal") else 0
    if offset is None:
        return None
    day = int(m["day"] or 0) if m.has("day") else lookup(ORDINALS, m["ordinal"])
    if m.has("same"):  # "فيفري من العام نفسه": the year the text just named
        return TimeSpec(unit="Y", offset=0, month=month, day=day, day_from_context="paragraph")
    if not m.has("signal") and not m.has("this"):
        return None  # "مارس من العام" alone says nothing of which year
    return TimeSpec(unit="Y", offset=offset, month=month, day=day)


def _day_relative_month(m: Match) -> TimeSpec | None:
    day = int(m["day"] or 0) if m.has("day") else lookup(ORDINALS, m["ordinal"])
    offset = signal_offset(m["signal"]) if m.has("signal") else 0
    if day is None or offset is None:
        return None
    if m.has("same"):  # "the same month": the month the text just named
        return TimeSpec(unit="M", offset=0, day=day, day_from_context="paragraph")
    return TimeSpec(unit="M", offset=offset, day=day)


def _anaphoric(m: Match) -> TimeSpec | None:
    unit = lookup(PERIOD_NOUNS, m["period"])
    offset = lookup(ANAPHORIC_SIGNALS, m["anaphoric"])
    if unit is None or offset is None:
        return None
    return TimeSpec(unit=unit, offset=offset, day_from_context="paragraph")


def _weekend(m: Match) -> TimeSpec | None:
    offset = signal_offset(m["signal"]) if m.has("signal") else 0
    return None if offset is None else TimeSpec(unit="W", offset=offset, period="WE")


_ONE_WORD_NOT_DCT = r"(?!\s+(?:{not_today}))"

RULES = (
    Rule(
        name="relative_day",
        pattern=r"(?:يوم\s+)?{reld}(?:\s*[،,(]?\s*(?:يوم\s+)?{weekday_any}\s*\)?)?"
        + _ONE_WORD_NOT_DCT,
        build=relative_day_spec,
        examples=(
            Example(text="اليوم الاثنين", published="2024-10-21", value="2024-10-21"),
            Example(text="أمس الإثنين", published="2024-10-29", value="2024-10-28"),
            Example(
                text="وصل الوفد أمس", published="2024-10-21", surface="أمس", value="2024-10-20"
            ),
            Example(text="يوم أمس", published="2024-10-21", value="2024-10-20"),
            Example(text="أول أمس", published="2024-10-21", value="2024-10-19"),
            Example(text="غداً", published="2024-10-21", value="2024-10-22"),
            Example(text="بعد غد", published="2024-10-21", value="2024-10-23"),
            Example(text="امبارح", published="2024-10-21", value="2024-10-20"),
            Example(text="بكرة", published="2024-10-21", value="2024-10-22"),
            Example(text="اليوم الجمعة", published="2024-10-21", value="2024-10-18"),
            Example(text="غداً (الثلاثاء)", published="2023-06-26", value="2023-06-27"),
            Example(text="اليوم", published=None, value="XXXX-XX-XX"),
        ),
        priority=1,
    ),
    Rule(
        name="relative_period",
        pattern=r"(?:{this}\s+)?{period}\s+(?:(?P<before_past>قبل\s+{past})|"
        r"(?P<after_next>بعد\s+{future})|{signal})",
        build=period_spec,
        examples=(
            Example(text="الشهر الماضي", published="2023-08-31", value="2023-07"),
            Example(text="الأسبوع المقبل", published="2024-10-21", value="2024-W44"),
            Example(text="العام الماضي", published="2024-10-29", value="2023"),
            Example(text="السنة المقبلة", published="2024-10-29", value="2025"),
            Example(text="الشهر الجاري", published="2024-10-29", value="2024-10"),
            Example(text="العام قبل الماضي", published="2024-10-29", value="2022"),
            Example(text="الاسبوع الجاي", published="2024-10-21", value="2024-W44"),
            Example(text="العقد الماضي", published="2024-10-21", value="201X"),
            Example(text="القرن الماضي", published="2024-10-21", value="19"),
            Example(text="الربع الماضي", published="2024-10-21", value="2024-Q3"),
            Example(text="العام الماضي", published=None, value="XXXX"),
        ),
    ),
    Rule(
        name="this_period",
        pattern=r"(?:{this}\s+|ه(?=ال)){period}",
        build=period_spec,
        examples=(
            Example(text="هذا الأسبوع", published="2024-10-21", value="2024-W43"),
            Example(text="هذا العام", published="2024-10-21", value="2024"),
            Example(text="هذه السنة", published="2024-10-21", value="2024"),
            Example(text="هذا الشهر", published="2024-10-21", value="2024-10"),
            Example(text="هالأسبوع", published="2024-08-14", value="2024-W33"),
        ),
    ),
    Rule(
        name="ago",
        pattern=r"(?P<lead>قبل|منذ|بعد|عقب)\s+(?:(?:{mod_word})\s+)?(?:{num}\s+)?{unit}"
        r"(?:\s+(?P<one>واحد|واحدة|واحدا))?(?:\s+و\s*(?:(?P<half>نصف|ربع)(?:\s+{unit_sg})?"
        r"|{num:n2}\s+{unit:u2}|{unit_dual:u3}))?"
        r"(?!\s+(?:فقط\s+)?(?:من|على|لـ?)(?!\w))",
        build=_ago,
        examples=(
            Example(text="قبل ثلاثة أشهر", published="2024-10-21", value="2024-07"),
            Example(
                text="سيصل الوفد بعد يومين",
                published="2024-10-21",
                surface="بعد يومين",
                value="2024-10-23",
            ),
            Example(text="بعد أسبوع", published="2024-10-21", value="2024-10-28", prefer="future"),
            Example(text="منذ عامين", published="2024-10-21", value="2022"),
            Example(text="قبل أسبوعين", published="2024-10-21", value="2024-W41"),
            Example(
                text="منذ أكثر من سنتين وشهرين",
                published="2024-10-21",
                value="2022-08",
                mod="MORE_THAN",
            ),
            Example(text="منذ ثلاث سنوات ونصف", published="2024-10-21", value="2021-04"),
            Example(text="منذ 10 سنوات", published="2024-10-21", value="2014"),
            Example(text="قبل عقدين", published="2024-10-21", value="2004"),
            Example(text="بعد ثلاثة أيام", published=None, value="XXXX-XX-XX", prefer="future"),
        ),
    ),
    Rule(
        name="ago_vague",
        pattern=r"(?P<sig>قبل|بعد)\s+(?:{several}\s+)?{unit_pl}(?!\s+(?:من|على)(?!\w))",
        build=_ago_vague,
        examples=(
            Example(text="قبل سنوات", published="2024-10-21", value="PAST_REF"),
            Example(text="بعد أيام", published="2024-10-21", value="FUTURE_REF"),
        ),
    ),
    Rule(
        name="month_relative_year",
        pattern=r"(?:{day}\s+|{ordinal}\s+(?:من\s+)?)?(?:شهر\s+)?{monthp}\s+(?:من\s+)?"
        r"(?:(?:{this}\s+)?(?:العام|السنه)(?:\s+(?:{signal}|(?P<same>نفسه|ذاته)))?)",
        build=_month_relative_year,
        examples=(
            Example(text="يونيو من العام الماضي", published="2024-10-21", value="2023-06"),
            Example(text="مارس من هذا العام", published="2024-10-21", value="2024-03"),
            Example(
                text="فاز في 2019 ثم عاد في فيفري من العام نفسه",
                published="2024-10-21",
                surface="فيفري من العام نفسه",
                value="2019-02",
                others=("2019",),
            ),
            Example(text="15 مايو من العام الجاري", published="2024-10-21", value="2024-05-15"),
        ),
        priority=1,
    ),
    Rule(
        name="day_relative_month",
        pattern=r"(?:يوم\s+)?(?:(?:ال)?{day}|{ordinal})\s+(?:من\s+)?(?:{this}\s+|ه(?=ال))?الشهر"
        r"(?:\s+(?:{signal}|(?P<same>ذاته|نفسه)))?",
        build=_day_relative_month,
        examples=(
            Example(text="العاشر من الشهر الجاري", published="2024-10-21", value="2024-10-10"),
            Example(text="الخامس من الشهر المقبل", published="2024-10-21", value="2024-11-05"),
            Example(text="15 من الشهر الماضي", published="2024-10-21", value="2024-09-15"),
        ),
    ),
    Rule(
        name="weekend",
        pattern=r"(?:عطلة|عطلات)\s+نهاية\s+(?:ال)?أسبوع(?:\s+{signal})?",
        build=_weekend,
        examples=(
            Example(text="عطلة نهاية الأسبوع", published="2024-10-21", value="2024-W43-WE"),
            Example(text="عطلة نهاية الأسبوع المقبل", published="2024-10-21", value="2024-W44-WE"),
        ),
        priority=1,
    ),
    Rule(
        name="following_period",
        pattern=r"{period}\s+{anaphoric}",
        build=_anaphoric,
        examples=(
            Example(text="اليوم التالي", published="2024-10-21", value="2024-10-22"),
            Example(
                # the day the text just named
                text="ندد المتحدث يوم الاثنين بالغارة التي وقعت فجر اليوم نفسه",
                published="2026-03-11",
                surface="فجر اليوم نفسه",
                value="2026-03-09TMO",
                others=("يوم الاثنين",),
            ),
            Example(
                text="وصل الوفد يوم الاثنين وغادر في اليوم ذاته",
                published="2026-03-11",
                surface="اليوم ذاته",
                value="2026-03-09",
                others=("يوم الاثنين",),
            ),
        ),
    ),
)
