"""Hijri dates, months, years and holidays: 15 صفر 1445هـ، رمضان المقبل، غرة محرم، عيد الأضحى."""

from __future__ import annotations

import attrs

from timeline.lang.ar.common import (
    AMBIGUOUS_HIJRI,
    HIJRI_HOLIDAYS,
    HIJRI_MONTHS,
    ORDINALS,
    key,
    lookup,
    signal_direction,
    signal_offset,
)
from timeline.rules import Example, Match, Rule
from timeline.values import CONTEXT, TimeSpec

_YEAR = r"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|العام|سنة|لعام)\s+)?{hyear}(?:\s*{hsuf})?)"


def _hyear(m: Match) -> int | None:
    text = key(m["hyear"])
    return int(text) if text.isdigit() else None


def _hijri(m: Match) -> TimeSpec | None:
    month = lookup(HIJRI_MONTHS, m["hmonth"])
    if month is None:
        return None
    day: int | None = None
    if m.has("day"):
        day = int(m["day"] or 0)
    elif m.has("ordinal"):
        day = lookup(ORDINALS, m["ordinal"])
        if day is None:
            return None
    year = _hyear(m)
    if year is None and m.has("signal") and signal_offset(m["signal"]) == 0:
        return TimeSpec(calendar="hijri", unit="Y", offset=0, month=month, day=day)
    return TimeSpec(
        calendar="hijri",
        year=year,
        month=month,
        day=day,
        direction=signal_direction(m["signal"]) or CONTEXT,
    )


def _hijri_named(m: Match) -> TimeSpec | None:
    if not m.has("shahr") and key(m["hmonth"]) in AMBIGUOUS_HIJRI:
        return None
    return _hijri(m)


def _first_day(m: Match) -> TimeSpec | None:
    spec = _hijri(m)
    return None if spec is None else attrs.evolve(spec, day=1)


def _hijri_year(m: Match) -> TimeSpec | None:
    year = _hyear(m)
    return None if year is None else TimeSpec(calendar="hijri", year=year)


def _holiday(m: Match) -> TimeSpec | None:
    found = lookup(HIJRI_HOLIDAYS, m["holiday"])
    if found is None:
        return None
    month, day = found
    if m.has("gyear"):  # عيد الفطر من السنة الماضية: the one in that Gregorian year
        offset = signal_offset(m["gsignal"]) if m.has("gsignal") else 0
        if offset is None:
            return None
        return TimeSpec(calendar="hijri", unit="GY", offset=offset, month=month, day=day)
    year = _hyear(m)
    if year is None and m.has("signal") and signal_offset(m["signal"]) == 0:
        return TimeSpec(calendar="hijri", unit="Y", offset=0, month=month, day=day)
    return TimeSpec(
        calendar="hijri",
        year=year,
        month=month,
        day=day,
        direction=signal_direction(m["signal"]) or CONTEXT,
    )


RULES = (
    Rule(
        name="hijri_date",
        pattern=r"(?:(?:يوم\s+)?{weekday_any}\s*[،,]?\s*)?(?:{day}|{ordinal}\s+(?:من\s+)?)\s*"
        r"(?:شهر\s+)?{hmonth}" + _YEAR + r"?(?:\s+{signal})?",
        build=_hijri,
        examples=(
            Example(text="15 صفر 1445هـ", published=None, value="2023-08-31"),
            Example(text="غرة محرم", published="2024-07-10", value="2024-07-07"),
            Example(text="الأول من رمضان 1446 هـ", published=None, value="2025-03-01"),
            Example(text="٢٧ رمضان ١٤٤٥ هجرية", published=None, value="2024-04-06"),
            Example(text="30 رمضان 1446هـ", published=None, value="XXXX-XX-XX"),
        ),
        priority=2,
    ),
    Rule(
        name="hijri_month_year",
        pattern=r"(?:شهر\s+)?{hmonth}" + _YEAR,
        build=_hijri,
        examples=(
            Example(text="رمضان 1445هـ", published=None, value="2024-03-11"),
            Example(text="شهر رمضان 1446", published=None, value="2025-03"),
            Example(text="شوال 1550هـ", published=None, value="XXXX-XX"),
        ),
        priority=1,
    ),
    Rule(
        name="hijri_month_signal",
        pattern=r"(?:شهر\s+)?{hmonth}\s+{signal}",
        build=_hijri,
        examples=(
            Example(text="رمضان المقبل", published="2024-10-21", value="2025-03"),
            Example(text="شهر رمضان الماضي", published="2024-10-21", value="2024-03-11"),
            Example(text="رمضان المقبل", published=None, value="XXXX-XX"),
        ),
    ),
    Rule(
        name="hijri_month_named",
        pattern=r"(?P<shahr>شهر\s+)?{hmonth}",
        build=_hijri_named,
        examples=(
            Example(text="شهر رمضان", published="2025-01-01", value="2024-03-11"),
            Example(text="ذو الحجة", published="2024-03-01", value="2023-06-19"),
            Example(
                text="ومن المتوقع أن يبدأ شهر رمضان",
                published="2025-02-10",
                surface="شهر رمضان",
                value="2025-03",
            ),
        ),
    ),
    Rule(
        name="hijri_month_after_lead",
        pattern=r"(?:(?:في|خلال|منذ|حتى|مطلع|نهاية|منتصف|بداية|أواخر|أوائل|طوال|قبل|بعد)\s+|ب)"
        r"(?P<span>{hmonth})",
        build=_hijri,
        examples=(
            Example(text="في رمضان", published="2024-10-21", surface="رمضان", value="2024-03-11"),
        ),
        priority=-1,
    ),
    Rule(
        name="hijri_year",
        pattern=r"(?:(?:عام|العام|سنة|لعام)\s+)?{hyear}\s*{hsuf}",
        build=_hijri_year,
        examples=(
            Example(text="1445هـ", published=None, value="2023-07-19"),
            Example(text="عام 1446 هـ", published=None, value="2024-07-07"),
        ),
    ),
    Rule(
        name="hijri_holiday",
        pattern=r"(?:أول\s+(?:أيام|يوم)\s+|يوم\s+)?{holiday}(?:\s+{signal}|\s+(?:من|في)\s+(?:{this}\s+)?"
        r"(?P<gyear>العام|السنة)(?:\s+{signal:gsignal})?)?(?:\s+(?:(?:لعام|عام|سنة)\s+)?{hyear}(?:\s*{hsuf})?)?",
        build=_holiday,
        examples=(
            Example(text="عيد الأضحى", published="2024-10-21", value="2024-06-16"),
            Example(text="عيد الفطر المقبل", published="2024-10-21", value="2025-03-30"),
            Example(text="عيد الفطر 1445", published=None, value="2024-04-10"),
            Example(text="رأس السنة الهجرية", published="2024-10-21", value="2024-07-07"),
            Example(text="عيد الفطر من السنة الماضية", published="2018-06-13", value="2017-06-25"),
        ),
    ),
    Rule(
        name="hijri_first_day",
        pattern=r"(?:أول|اول)\s+(?:(?:أيام|يوم)\s+(?:من\s+)?)?(?:شهر\s+)?{hmonth}"
        + _YEAR
        + r"?(?:\s+{signal})?",
        build=_first_day,
        examples=(
            Example(text="أول أيام الشهر الفضيل", published="2025-02-27", value="2025-03-01"),
            Example(text="أول يوم من رمضان 1445", published=None, value="2024-03-11"),
            Example(
                text="قبل أول رمضان",
                published="2024-02-23",
                surface="أول رمضان",
                value="2024-03-11",
                prefer="future",
            ),
        ),
        priority=1,
    ),
)
