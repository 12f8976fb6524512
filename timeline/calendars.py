"""Calendar arithmetic: Hijri conversion, months, ISO weeks, TIMEX3 intervals.

Hijri conversion uses ``hijridate`` (Umm al-Qura, 1343–1500 AH); its range and
validity errors are turned into ``None`` here so that odd text never raises.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = [
    "HIJRI_RANGE",
    "add_months",
    "gregorian_to_hijri",
    "hijri_month_interval",
    "hijri_to_gregorian",
    "interval",
    "month_end",
    "season_of",
]

HIJRI_RANGE = (1343, 1500)


def add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    """Shift a year and month by ``offset`` months.

    Examples:
        >>> add_months(2024, 1, -1)
        (2023, 12)
    """
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def month_end(year: int, month: int) -> dt.date:
    """Return the last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def season_of(day: dt.date) -> tuple[int, str]:
    """Return the (year, season code) a day falls in (winter takes December's year).

    Examples:
        >>> season_of(dt.date(2024, 7, 1))
        (2024, 'SU')
        >>> season_of(dt.date(2025, 1, 10))
        (2024, 'WI')
    """
    m = day.month
    if m in (3, 4, 5):
        return day.year, "SP"
    if m in (6, 7, 8):
        return day.year, "SU"
    if m in (9, 10, 11):
        return day.year, "FA"
    return (day.year if m == 12 else day.year - 1), "WI"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Convert a Hijri date, or return ``None`` when it is out of range or invalid.

    Examples:
        >>> hijri_to_gregorian(1445, 9, 1)
        datetime.date(2024, 3, 11)
        >>> hijri_to_gregorian(1600, 1, 1) is None
        True
    """
    from hijridate import Hijri

    try:
        day_ = Hijri(year, month, day).to_gregorian()
        return dt.date(day_.year, day_.month, day_.day)
    except (ValueError, OverflowError, TypeError):
        return None


def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    """Convert a Gregorian date to Hijri ``(year, month, day)``, or ``None`` out of range."""
    from hijridate import Gregorian

    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError, TypeError):
        return None
    return int(h.year), int(h.month), int(h.day)


def hijri_month_interval(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """Return the first and last Gregorian days of a Hijri month, or ``None``."""
    from hijridate import Hijri

    try:
        first = Hijri(year, month, 1)
        length = int(first.month_length())
        g = first.to_gregorian()
        start = dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError, TypeError):
        return None
    return start, start + dt.timedelta(days=length - 1)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})$")


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day a TIMEX3 DATE/TIME value covers.

    Args:
        value: A value such as ``2024-10-21``, ``2024-06``, ``2024-W43``,
            ``2024-Q1``, ``2024-SU`` or ``199X``.

    Returns:
        ``(earliest, latest)``, or ``None`` for values that name no fixed stretch
        (durations, X values, vague references).

    Examples:
        >>> interval("2024-06")
        (datetime.date(2024, 6, 1), datetime.date(2024, 6, 30))
        >>> interval("2024-W43")
        (datetime.date(2024, 10, 21), datetime.date(2024, 10, 27))
        >>> interval("PAST_REF") is None
        True
    """
    try:
        if m := _DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), month_end(y, mo)
        if m := _YEAR.match(value):
            y = int(m[1])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m := _WEEK.match(value):
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return start + dt.timedelta(days=5), start + dt.timedelta(days=6)
            return start, start + dt.timedelta(days=6)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h)
        if m := _SEASON.match(value):
            y, first = int(m[1]), _SEASON_START[m[2]]
            last_y, last_m = add_months(y, first, 2)
            return dt.date(y, first, 1), month_end(last_y, last_m)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    except ValueError:
        return None
    return None
