"""Times of day: صباح اليوم، مساء أمس، الساعة العاشرة صباحاً، 14:30 بتوقيت غرينتش."""

from __future__ import annotations

import attrs

from timeline.lang.ar.common import (
    DAY_PARTS,
    HOUR_CARDINALS,
    HOUR_FRACTIONS,
    HOURS,
    RELATIVE_DAYS,
    WEEKDAYS,
    lookup,
    signal_direction,
)
from timeline.rules import Example, Match, Rule
from timeline.values import CONTEXT, TimeSpec


def _day_of(m: Match, part: str | None = None) -> TimeSpec:
    offset = lookup(RELATIVE_DAYS, m["reld"])
    if offset is not None:
        expect = lookup(WEEKDAYS, m["rwd"])
        return TimeSpec(type="TIME", unit="D", offset=offset, part=part, expect_weekday=expect)
    weekday = lookup(WEEKDAYS, m["weekday_any"])
    if weekday is not None:
        return TimeSpec(
            type="TIME",
            weekday=weekday,
            part=part,
            direction=signal_direction(m["signal"]) or CONTEXT,
        )
    return TimeSpec(type="TIME", unit="D", offset=0, part=part)


def _part_of_day(m: Match) -> TimeSpec | None:
    part = lookup(DAY_PARTS, m["day_part"])
    if part is None:
        return None
    return _day_of(m, part)


def _midnight(m: Match) -> TimeSpec | None:
    base = _day_of(m)
    implicit = not (m.has("reld") or m.has("weekday_any"))
    return attrs.evolve(
        base, hour=24, minute=0, part=None, day_from_context="paragraph" if implicit else None
    )


def _afternoon(m: Match) -> TimeSpec | None:
    return TimeSpec(type="TIME", unit="D", offset=0, part="AF", day_from_context="paragraph")


def _part_alone(m: Match) -> TimeSpec | None:
    part = lookup(DAY_PARTS, m.full)
    if part is None:
        return None
    return TimeSpec(type="TIME", unit="D", offset=0, part=part, day_from_context="paragraph")


def _tonight(m: Match) -> TimeSpec | None:
    return TimeSpec(type="TIME", unit="D", offset=-1 if m.has("past") else 0, part="NI")


def _clock(m: Match) -> TimeSpec | None:
    if m.has("h"):
        hour = int(m["h"] or 0)
        minute = int(m["mi"] or 0)
    else:
        found = lookup(HOURS, m["hour_word"]) or lookup(HOUR_CARDINALS, m["hour_cardinal"])
        if found is None:
            return None
        hour, minute = found, 0
    if m.has("fraction"):
        extra = lookup(HOUR_FRACTIONS, m["fraction"]) or 0
        if extra < 0:
            hour, minute = hour - 1, 60 + extra
        else:
            minute = extra
    part = lookup(DAY_PARTS, m["day_part"])
    if (part in ("AF", "EV") and hour < 12) or (part == "NI" and 6 <= hour < 12):
        hour += 12
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    if hour == 24 and minute:
        return None
    base = _day_of(m)
    implicit = not (m.has("reld") or m.has("weekday_any"))
    return TimeSpec(
        day_from_context="paragraph" if implicit else None,
        type="TIME",
        unit=base.unit,
        offset=base.offset,
        weekday=base.weekday,
        direction=base.direction,
        hour=hour,
        minute=minute,
    )


# A day: a relative day, with its weekday alone or in brackets (غداً (الثلاثاء)), or a
# weekday with an optional signal.
_DAY_REF = (
    r"(?:{reld}(?:\s*[،,(]?\s*(?:يوم\s+)?{weekday_any:rwd}\s*\)?)?"
    r"|(?:يوم\s+)?{weekday_any}(?:\s+{signal})?)"
)

RULES = (
    Rule(
        name="part_of_day",
        pattern=r"{day_part}\s+(?:يوم\s+)?" + _DAY_REF + r"(?:\s*[-–/]\s*{weekday_any:wd2})?",
        build=_part_of_day,
        examples=(
            Example(text="صباح اليوم", published="2024-10-21", value="2024-10-21TMO"),
            Example(text="فجر اليوم (الإثنين)", published="2023-06-26", value="2023-06-26TMO"),
            Example(text="مساء أمس الجمعة", published="2025-03-01", value="2025-02-28TEV"),
            Example(text="مساء أمس", published="2024-10-21", value="2024-10-20TEV"),
            Example(text="ظهر الجمعة", published="2024-10-21", value="2024-10-18TAF"),
            Example(text="فجر اليوم", published="2024-10-21", value="2024-10-21TMO"),
            Example(text="ليلة الأحد", published="2024-10-21", value="2024-10-20TNI"),
            Example(text="مساء الثلاثاء المقبل", published="2024-10-21", value="2024-10-22TEV"),
            Example(text="ليل الخميس - الجمعة", published="2026-01-17", value="2026-01-15TNI"),
        ),
        priority=1,
    ),
    Rule(
        name="day_then_part",
        pattern=r"(?:{reld}|(?:يوم\s+)?{weekday_any}(?:\s+{signal})?)\s+[فب]?{day_part}",
        build=_part_of_day,
        examples=(
            Example(text="أمس مساءً", published="2024-10-21", value="2024-10-20TEV"),
            Example(
                text="وصل الوفد الاثنين صباحاً",
                published="2024-10-23",
                surface="الاثنين صباحاً",
                value="2024-10-21TMO",
            ),
        ),
    ),
    Rule(
        name="tonight",
        pattern=r"(?:هذه\s+)?الليلة(?:\s+{past})?",
        build=_tonight,
        examples=(
            Example(text="الليلة", published="2024-10-21", value="2024-10-21TNI"),
            Example(text="الليلة الماضية", published="2024-10-21", value="2024-10-20TNI"),
        ),
    ),
    Rule(
        name="clock",
        pattern=r"الساعة\s+(?:{hour_word}|{hour_cardinal}|(?P<h>[01]?\d|2[0-4])(?::(?P<mi>[0-5]\d))?)"
        r"(?:\s+{fraction})?(?:\s+(?:من\s+)?{day_part})?(?:\s+(?:من\s+)?" + _DAY_REF + r")?"
        r"(?:\s+{tz})?",
        build=_clock,
        examples=(
            Example(text="الساعة العاشرة صباحاً", published="2024-10-21", value="2024-10-21T10:00"),
            Example(text="الساعة 3 العصر", published="2024-10-21", value="2024-10-21T15:00"),
            Example(text="الساعة ٤ ونص العصر", published="2022-05-19", value="2022-05-19T16:30"),
            Example(text="الساعة سبعة الصباح", published="2023-02-17", value="2023-02-17T07:00"),
            Example(
                text="الساعة الخامسة الا ربع مسا", published="2026-03-20", value="2026-03-20T16:45"
            ),
            Example(text="الساعة ١١ قبل الظهر", published="2022-11-10", value="2022-11-10T11:00"),
            Example(
                text="الساعة الثامنة والنصف مساء", published="2024-10-21", value="2024-10-21T20:30"
            ),
            Example(
                text="الساعة 14:30 بتوقيت غرينتش", published="2024-10-21", value="2024-10-21T14:30"
            ),
            Example(
                text="الساعة التاسعة من صباح الأحد",
                published="2024-10-21",
                value="2024-10-20T09:00",
            ),
            Example(
                text="الساعة الخامسة مساء غدا", published="2024-10-21", value="2024-10-22T17:00"
            ),
        ),
        priority=1,
    ),
    Rule(
        name="clock_hour_part",
        pattern=r"(?P<h>[01]?\d|2[0-4])\s+(?:{day_part})(?:\s+{tz})?",
        build=_clock,
        examples=(
            Example(text="7 الصبح", published="2022-07-23", value="2022-07-23T07:00"),
            Example(text="8 بالليل", published="2022-07-23", value="2022-07-23T20:00"),
        ),
    ),
    Rule(
        name="clock_word_part",
        pattern=r"{hour_word}(?:\s+{fraction})?\s+(?:من\s+)?{day_part}(?:\s+(?:من\s+)?"
        + _DAY_REF
        + r")?(?:\s+{tz})?",
        build=_clock,
        examples=(
            Example(text="العاشرة صباحاً", published="2022-12-14", value="2022-12-14T10:00"),
            Example(
                text="الرابعة من بعد ظهر اليوم", published="2019-10-15", value="2019-10-15T16:00"
            ),
            Example(text="الحادية عشرة صباحاً", published="2022-12-14", value="2022-12-14T11:00"),
        ),
    ),
    Rule(
        name="midnight",
        pattern=r"منتصف\s+(?:ال)?ليل(?:ة)?(?:\s+" + _DAY_REF + r")?",
        build=_midnight,
        examples=(
            Example(text="منتصف الليل", published="2022-12-14", value="2022-12-14T24:00"),
            Example(
                text="اعتباراً من منتصف ليل الجمعة",
                published="2020-03-12",
                surface="منتصف ليل الجمعة",
                value="2020-03-13T24:00",
            ),
        ),
        priority=2,
    ),
    Rule(
        name="part_of_day_after_lead",
        pattern=r"(?:منذ|حتى|طوال|صباح|خلال)\s+(?P<span>الصباح|المساء|الظهر|الليل|الفجر)",
        build=_part_alone,
        examples=(
            Example(
                text="ومنذ الصباح بدأ آلاف النازحين العودة",
                published="2024-11-27",
                surface="الصباح",
                value="2024-11-27TMO",
            ),
        ),
        priority=-1,
    ),
    Rule(
        name="afternoon",
        pattern=r"بعد\s+الظهر|بعد\s+الظهيرة|عصر\s+اليوم",
        build=_afternoon,
        examples=(
            Example(
                text="عقد مؤتمراً صحفياً بعد الظهر",
                published="2023-05-21",
                surface="بعد الظهر",
                value="2023-05-21TAF",
            ),
        ),
    ),
    Rule(
        name="clock_digits",
        pattern=r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?!:?\d)(?:\s+{day_part})?(?:\s+{tz})?",
        build=_clock,
        examples=(
            Example(text="14:30 بتوقيت غرينتش", published="2024-10-21", value="2024-10-21T14:30"),
            Example(text="9:15 مساء", published="2024-10-21", value="2024-10-21T21:15"),
        ),
    ),
)
