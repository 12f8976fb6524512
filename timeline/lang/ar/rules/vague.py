"""Vague references: في وقت سابق، مؤخراً، حالياً، الآن، قريباً، في مرحلة لاحقة."""

from __future__ import annotations

from timeline.lang.ar.common import VAGUE, VAGUE_AFTER_FI, lookup
from timeline.lang.ar.rules.relative import period_spec, relative_day_spec
from timeline.rules import Example, Match, Rule
from timeline.values import TimeSpec


def _vague(m: Match) -> TimeSpec | None:
    value = lookup(VAGUE, m["vague"])
    return None if value is None else TimeSpec(value=value)


def _vague_fi(m: Match) -> TimeSpec | None:
    value = lookup(VAGUE_AFTER_FI, m["vague_fi"])
    return None if value is None else TimeSpec(value=value)


def _within(m: Match) -> TimeSpec | None:
    """Earlier or later within a named day or period: the day or period itself."""
    return relative_day_spec(m) if m.has("reld") else period_spec(m)


RULES = (
    Rule(
        # "في وقت لاحق اليوم" is today, "في وقت سابق من هذا الشهر" this month: the
        # vague word only says which part of it
        name="vague_within",
        pattern=r"وقت\s+(?:سابق|لاحق)\s+(?:من\s+)?"
        r"(?:{reld}|(?:(?:{this})\s+|ه(?=ال))?{period}(?:\s+{signal})?)",
        build=_within,
        examples=(
            Example(
                text="يلقي خطابا في وقت لاحق اليوم",
                published="2024-09-28",
                surface="وقت لاحق اليوم",
                value="2024-09-28",
            ),
            Example(
                text="في وقت سابق من هذا الأسبوع",
                published="2024-10-21",
                surface="وقت سابق من هذا الأسبوع",
                value="2024-W43",
            ),
            Example(
                text="في وقت لاحق من هذا العام",
                published="2024-10-21",
                surface="وقت لاحق من هذا العام",
                value="2024",
            ),
            Example(
                text="في وقت سابق من الشهر الماضي",
                published="2024-10-21",
                surface="وقت سابق من الشهر الماضي",
                value="2024-09",
            ),
        ),
    ),
    Rule(
        name="vague_ref",
        pattern=r"{vague}",
        build=_vague,
        examples=(
            Example(
                text="في وقت سابق", published="2024-10-21", surface="وقت سابق", value="PAST_REF"
            ),
            Example(text="مؤخراً", published="2024-10-21", value="PAST_REF"),
            Example(text="حالياً", published="2024-10-21", value="PRESENT_REF"),
            Example(
                text="تقاتل الآن لصالح روسيا", published=None, surface="الآن", value="PRESENT_REF"
            ),
            Example(text="قريباً", published="2024-10-21", value="FUTURE_REF"),
            Example(
                text="في مرحلة لاحقة",
                published="2024-10-21",
                surface="مرحلة لاحقة",
                value="FUTURE_REF",
            ),
            Example(
                text="في الآونة الأخيرة",
                published="2024-10-21",
                surface="الآونة الأخيرة",
                value="PAST_REF",
            ),
            Example(
                text="خلال المرحلة القادمة",
                published="2024-10-21",
                surface="المرحلة القادمة",
                value="FUTURE_REF",
            ),
        ),
    ),
    Rule(
        name="vague_after_fi",
        pattern=r"في\s+(?P<span>{vague_fi})",
        build=_vague_fi,
        examples=(
            Example(text="في الماضي", published=None, surface="الماضي", value="PAST_REF"),
            Example(text="في المستقبل", published=None, surface="المستقبل", value="FUTURE_REF"),
        ),
    ),
)
