"""Weekdays: يوم الاثنين، الثلاثاء، الأربعاء الماضي، الخميس المقبل."""

from __future__ import annotations

from timeline.lang.ar.common import WEEKDAYS, lookup, signal_direction, signal_offset
from timeline.rules import Example, Match, Rule
from timeline.values import CONTEXT, TimeSpec


def _weekday(m: Match) -> TimeSpec | None:
    weekday = lookup(WEEKDAYS, m["weekday"] or m["weekday_any"])
    if weekday is None:
        return None
    if m.has("signal") and signal_offset(m["signal"]) == 0:
        return TimeSpec(unit="W", offset=0, weekday=weekday)
    return TimeSpec(weekday=weekday, direction=signal_direction(m["signal"]) or CONTEXT)


def _pair_start(m: Match) -> TimeSpec | None:
    first = lookup(WEEKDAYS, m["weekday_any"])
    second = lookup(WEEKDAYS, m["wd2"])
    if first is None or second is None or first == second:
        return None
    return _weekday(m)


RULES = (
    Rule(
        name="weekday",
        pattern=r"(?:(?:يوم|نهار)\s+{weekday_any}|{weekday})(?:\s+{signal})?",
        build=_weekday,
        examples=(
            Example(
                text="صرح للصحفيين يوم الاثنين",
                published="2024-10-21",
                surface="يوم الاثنين",
                value="2024-10-21",
            ),
            Example(
                text="أعرب مسؤولون أميركيون، الثلاثاء، عن قلقهم",
                published="2024-10-15",
                surface="الثلاثاء",
                value="2024-10-15",
            ),
            Example(text="الإثنين", published="2024-10-29", value="2024-10-28"),
            Example(text="يوم الأربعاء الماضي", published="2024-10-29", value="2024-10-23"),
            Example(text="الثلاثاء الماضي", published="2024-10-29", value="2024-10-22"),
            Example(text="الخميس المقبل", published="2024-10-31", value="2024-11-07"),
            Example(text="الخميس الجاي", published="2024-10-29", value="2024-10-31"),
            Example(
                text="ومن المقرر أن يجتمعوا في مدينة كازان الروسية يوم الثلاثاء",
                published="2024-10-21",
                surface="يوم الثلاثاء",
                value="2024-10-22",
            ),
            Example(
                text="ومن المتوقع أن يختتم بوتين المؤتمر بمؤتمر صحفي يوم الخميس",
                published="2024-10-21",
                surface="يوم الخميس",
                value="2024-10-24",
            ),
            Example(
                text="سيزور الرئيس موسكو يوم الأحد",
                published="2024-10-21",
                surface="يوم الأحد",
                value="2024-10-27",
            ),
            Example(
                text="ذكرني يوم الخميس",
                published="2024-10-22",
                surface="يوم الخميس",
                value="2024-10-24",
                prefer="future",
            ),
            Example(text="السبت", published=None, value="XXXX-XX-XX"),
        ),
    ),
    Rule(
        name="weekday_pair_start",
        pattern=r"(?P<span>(?:يومي\s+)?{weekday_any})\s+و\s*{weekday_any:wd2}(?:\s+{signal})?",
        build=_pair_start,
        examples=(
            Example(
                text="تعطيل الدوام يومي السبت والأحد المقبلين",
                published="2024-08-20",
                surface="يومي السبت",
                value="2024-08-24",
                others=("الأحد المقبلين",),
            ),
        ),
    ),
)
