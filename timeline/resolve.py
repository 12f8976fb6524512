"""Anchoring: turn a :class:`~timeline.values.TimeSpec` into a TIMEX3 value.

This is the only module that reads the publication date (DCT). It knows nothing
of any language.
"""

from __future__ import annotations

import datetime as dt

import attrs

from timeline.calendars import (
    add_months,
    gregorian_to_hijri,
    hijri_month_interval,
    hijri_to_gregorian,
    interval,
    season_of,
)
from timeline.values import CONTEXT, TimeSpec

__all__ = ["NEAR_DAYS", "Resolved", "resolve"]

_SEASONS = ("SP", "SU", "FA", "WI")
NEAR_DAYS = 45


@attrs.frozen(kw_only=True)
class Resolved:
    """A resolved value with what was learnt while resolving it."""

    value: str
    type: str = "DATE"
    mod: str | None = None
    hijri: str | None = None
    note: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None


def _day(d: dt.date) -> str:
    return d.isoformat()


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _direction(spec: TimeSpec, future: bool) -> str:
    if spec.direction != CONTEXT:
        return spec.direction
    return "FUTURE" if future else "PAST"


def _time_suffix(spec: TimeSpec) -> str:
    if spec.hour is not None:
        return f"T{spec.hour:02d}:{spec.minute or 0:02d}"  # T24:00 is midnight at day's end
    if spec.part is not None:
        return f"T{spec.part}"
    return ""


def _finish(spec: TimeSpec, value: str, note: str | None = None, **extra: object) -> Resolved:
    suffix = _time_suffix(spec)
    kind = spec.type
    if suffix and len(value) == 10 and "X" not in value[:4]:
        value += suffix
        kind = "TIME"
    elif suffix and value.startswith("XXXX"):
        value = "XXXX-XX-XX" + suffix
        kind = "TIME"
    span = _part_of(interval(value), spec.mod)
    notes = [n for n in (spec.note, note) if n]
    return Resolved(
        value=value,
        type=kind,
        mod=spec.mod,
        note="; ".join(notes) or None,
        earliest=span[0] if span else None,
        latest=span[1] if span else None,
        **extra,  # type: ignore[arg-type]
    )


def _part_of(
    span: tuple[dt.date, dt.date] | None, mod: str | None
) -> tuple[dt.date, dt.date] | None:
    """The third of ``span`` a ``START``/``MID``/``END`` mod puts the time in
    ("أواخر سبتمبر": 21–30 September); the whole span otherwise.

    Examples:
        >>> d = dt.date
        >>> _part_of((d(2024, 9, 1), d(2024, 9, 30)), "END")
        (datetime.date(2024, 9, 21), datetime.date(2024, 9, 30))
        >>> _part_of((d(2024, 1, 1), d(2024, 12, 31)), "START")
        (datetime.date(2024, 1, 1), datetime.date(2024, 5, 1))
    """
    if span is None or mod not in ("START", "MID", "END"):
        return span
    first, last = span
    days = (last - first).days + 1
    if days < 3:
        return span
    third = days // 3
    if mod == "START":
        return first, first + dt.timedelta(days=third - 1)
    if mod == "END":
        return last - dt.timedelta(days=third - 1), last
    return first + dt.timedelta(days=third), last - dt.timedelta(days=third)


def _season_start(anchor: dt.date, season: str) -> dt.date:
    """The first day of the next such season on or after ``anchor``."""
    month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    start = dt.date(anchor.year, month, 1)
    return start if start >= anchor else dt.date(anchor.year + 1, month, 1)


def _pick_slot(here: int, want: int, size: int, direction: str) -> int:
    """The index of the wanted slot (quarter, half) nearest ``here`` in ``direction``."""
    if direction in ("PAST", "BEFORE"):
        pick = here - ((here - want) % size)
        return pick - size if pick == here and direction == "BEFORE" else pick
    pick = here + ((want - here) % size)
    return pick + size if pick == here and direction == "AFTER" else pick


def _weekday_near(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    delta = weekday - anchor.isoweekday()
    if direction in ("PAST", "BEFORE"):
        back = (-delta) % 7
        if back == 0 and direction == "BEFORE":
            back = 7
        return anchor - dt.timedelta(days=back)
    ahead = delta % 7
    if ahead == 0 and direction == "AFTER":
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def _pick_year(anchor_key: tuple[int, ...], key: tuple[int, ...], year: int, direction: str) -> int:
    """Choose the year of a (month[, day]) key relative to the anchor's key."""
    if direction == "PAST":
        return year if key <= anchor_key else year - 1
    if direction == "BEFORE":
        return year if key < anchor_key else year - 1
    if direction == "FUTURE":
        return year if key >= anchor_key else year + 1
    return year if key > anchor_key else year + 1


def _unanchored(spec: TimeSpec) -> str:
    unit = spec.unit
    if spec.weekday is not None and spec.month is None:
        return "XXXX-XX-XX"
    if spec.day is not None:
        month = f"{spec.month:02d}" if spec.month else "XX"
        return f"XXXX-{month}-{spec.day:02d}"
    if spec.month is not None:
        return f"XXXX-{spec.month:02d}"
    if spec.period is not None:
        return f"XXXX-{spec.period}"
    if unit in ("D", None) and (spec.hour is not None or spec.part is not None or unit == "D"):
        return "XXXX-XX-XX"
    return {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "Q": "XXXX-QX", "H": "XXXX-HX"}.get(
        unit or "", "XXXX-XX-XX" if unit is None else "XXXX"
    )


def _relative(spec: TimeSpec, anchor: dt.date) -> Resolved:
    unit, offset = spec.unit, spec.offset or 0
    if unit == "D":
        target = anchor + dt.timedelta(days=offset)
        note = None
        if spec.expect_weekday is not None and target.isoweekday() != spec.expect_weekday:
            target = _weekday_near(target, spec.expect_weekday, "BEFORE")
            note = (
                f"weekday conflict: the named weekday is not the anchored day's; "
                f"taken as the one before ({target.isoformat()}), an embedded older report"
            )
        return _finish(spec, _day(target), note)
    if unit == "W":
        target = anchor + dt.timedelta(weeks=offset)
        if spec.weekday is not None:
            monday = target - dt.timedelta(days=target.isoweekday() - 1)
            return _finish(spec, _day(monday + dt.timedelta(days=spec.weekday - 1)))
        if spec.period == "WE":
            return _finish(spec, _week(target) + "-WE")
        return _finish(spec, _week(target))
    if unit == "M":
        y, m = add_months(anchor.year, anchor.month, offset)
        return _absolute(attrs.evolve(spec, year=y, month=m, unit=None))
    if unit == "Y":
        return _absolute(attrs.evolve(spec, year=anchor.year + offset, unit=None))
    if unit == "Q":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + offset
        return _finish(spec, f"{index // 4:04d}-Q{index % 4 + 1}")
    if unit == "H":
        index = anchor.year * 2 + (anchor.month - 1) // 6 + offset
        return _finish(spec, f"{index // 2:04d}-H{index % 2 + 1}")
    if unit == "S":
        year, season = season_of(anchor)
        index = year * 4 + _SEASONS.index(season) + offset
        return _finish(spec, f"{index // 4:04d}-{_SEASONS[index % 4]}")
    if unit == "DE":
        return _finish(spec, f"{anchor.year // 10 + offset:03d}X")
    if unit == "CE":
        return _finish(spec, f"{anchor.year // 100 + offset:02d}")
    return _finish(spec, _day(anchor))


def _absolute(spec: TimeSpec) -> Resolved:
    year = spec.year
    assert year is not None
    if not 1 <= year <= 9999:
        return _finish(spec, "XXXX", note=f"year {year} is out of range")
    if spec.month is None:
        if spec.period is not None:
            return _finish(spec, f"{year:04d}-{spec.period}")
        return _finish(spec, f"{year:04d}")
    if spec.day is None:
        return _finish(spec, _ym(year, spec.month))
    try:
        day = dt.date(year, spec.month, spec.day)
    except ValueError:
        return _finish(
            spec,
            _ym(year, spec.month),
            note=f"invalid date: day {spec.day} of {_ym(year, spec.month)}",
        )
    note = None
    if spec.weekday is not None and day.isoweekday() != spec.weekday:
        note = "weekday conflict: the named weekday does not fall on this date"
    if spec.granularity == "W":
        return _finish(spec, _week(day), note)
    return _finish(spec, _day(day), note)


def _gregorian(
    spec: TimeSpec, anchor: dt.date | None, future: bool, near_future: bool = False
) -> Resolved:
    if spec.decade is not None:
        return _finish(spec, f"{spec.decade:03d}X")
    if spec.century is not None:
        return _finish(spec, f"{spec.century:02d}")
    if spec.year is not None:
        return _absolute(spec)
    if anchor is None:
        return _finish(spec, _unanchored(spec))
    if spec.unit is not None:
        return _relative(spec, anchor)
    direction = _direction(spec, future)
    if spec.month is not None:
        if spec.day is not None:
            today = (anchor.month, anchor.day)
            year = _pick_year(today, (spec.month, spec.day), anchor.year, direction)
            if near_future and spec.direction == CONTEXT and direction == "PAST":
                ahead = _pick_year(today, (spec.month, spec.day), anchor.year, "AFTER")
                if _near(anchor, ahead, spec.month, spec.day):
                    year = ahead
        else:
            year = _pick_year((anchor.month,), (spec.month,), anchor.year, direction)
        return _absolute(attrs.evolve(spec, year=year))
    if spec.weekday is not None:
        return _finish(spec, _day(_weekday_near(anchor, spec.weekday, direction)))
    if spec.period and spec.period[0] in "QH" and spec.period[1:].isdigit():
        size = 4 if spec.period[0] == "Q" else 2
        here = anchor.year * size + (anchor.month - 1) * size // 12
        want = int(spec.period[1:]) - 1
        pick = _pick_slot(here, want, size, direction)
        return _finish(spec, f"{pick // size:04d}-{spec.period[0]}{pick % size + 1}")
    if spec.period in _SEASONS and near_future and spec.direction == CONTEXT:
        coming = _season_start(anchor, spec.period)
        if 0 < (coming - anchor).days <= NEAR_DAYS:
            year, _ = season_of(coming)
            return _finish(spec, f"{year:04d}-{spec.period}")
    if spec.period in _SEASONS:
        year, season = season_of(anchor)
        here = year * 4 + _SEASONS.index(season)
        want = _SEASONS.index(spec.period)
        pick = (
            here - ((here - want) % 4)
            if direction in ("PAST", "BEFORE")
            else here + ((want - here) % 4)
        )
        if pick == here and direction == "BEFORE":
            pick -= 4
        if pick == here and direction == "AFTER":
            pick += 4
        return _finish(spec, f"{pick // 4:04d}-{_SEASONS[pick % 4]}")
    if spec.day is not None:
        y, m = anchor.year, anchor.month
        if direction in ("PAST", "BEFORE") and spec.day > anchor.day:
            y, m = add_months(y, m, -1)
        elif direction in ("FUTURE", "AFTER") and spec.day < anchor.day:
            y, m = add_months(y, m, 1)
        return _absolute(attrs.evolve(spec, year=y, month=m))
    return _finish(spec, _day(anchor))


def _hijri_value(spec: TimeSpec, hy: int) -> Resolved:
    month = spec.month
    if month is None:
        first = hijri_month_interval(hy, 1)
        last = hijri_month_interval(hy, 12)
        if first is None or last is None:
            return _finish(spec, "XXXX", note=_hijri_range_note(hy), hijri=f"{hy:04d}")
        return _hijri_span(spec, first[0], last[1], f"{hy:04d}")
    if spec.day is not None:
        day = hijri_to_gregorian(hy, month, spec.day)
        if day is None:
            note = _hijri_range_note(hy) or f"invalid Hijri date {hy}-{month:02d}-{spec.day:02d}"
            return _finish(
                spec, "XXXX-XX-XX", note=note, hijri=f"{hy:04d}-{month:02d}-{spec.day:02d}"
            )
        return _finish(spec, _day(day), hijri=f"{hy:04d}-{month:02d}-{spec.day:02d}")
    span = hijri_month_interval(hy, month)
    if span is None:
        return _finish(spec, "XXXX-XX", note=_hijri_range_note(hy), hijri=f"{hy:04d}-{month:02d}")
    return _hijri_span(spec, span[0], span[1], f"{hy:04d}-{month:02d}")


def _hijri_span(spec: TimeSpec, first: dt.date, last: dt.date, reading: str) -> Resolved:
    if (first.year, first.month) == (last.year, last.month) and spec.hour is None:
        value = _ym(first.year, first.month)
    else:
        value = _day(first)
    base = _finish(spec, value, hijri=reading)
    return attrs.evolve(base, earliest=first, latest=last)


def _hijri_range_note(hy: int) -> str | None:
    if 1343 <= hy <= 1500:
        return None
    return f"Hijri year {hy} is outside the convertible range 1343–1500"


def _near(anchor: dt.date, year: int, month: int, day: int) -> bool:
    try:
        return 0 < (dt.date(year, month, day) - anchor).days <= NEAR_DAYS
    except ValueError:
        return False


def _hijri_in_gregorian_year(spec: TimeSpec, year: int) -> Resolved:
    """The first occurrence of a Hijri month (and day) within a Gregorian year."""
    first = gregorian_to_hijri(dt.date(year, 1, 1))
    if first is None or spec.month is None:
        return _finish(spec, "XXXX-XX-XX", note="outside the Hijri range")
    for hy in (first[0], first[0] + 1):
        day = hijri_to_gregorian(hy, spec.month, spec.day or 1)
        if day is not None and day.year == year:
            return _hijri_value(attrs.evolve(spec, unit=None), hy)
    return _finish(spec, "XXXX-XX-XX", note=f"no such Hijri date in {year}")


def _hijri(
    spec: TimeSpec, anchor: dt.date | None, future: bool, near_future: bool = False
) -> Resolved:
    if spec.year is not None:
        return _hijri_value(spec, spec.year)
    if anchor is None:
        return _finish(spec, "XXXX-XX-XX" if spec.day is not None else "XXXX-XX")
    today = gregorian_to_hijri(anchor)
    if today is None:
        return _finish(spec, _unanchored(spec), note="publication date outside the Hijri range")
    hy, hm, hd = today
    if spec.unit == "GY" and spec.month is not None:
        return _hijri_in_gregorian_year(spec, anchor.year + (spec.offset or 0))
    if spec.unit == "Y":
        return _hijri_value(attrs.evolve(spec, unit=None), hy + (spec.offset or 0))
    direction = _direction(spec, future)
    if spec.month is None:
        return _finish(spec, _unanchored(spec))
    if spec.day is not None:
        year = _pick_year((hm, hd), (spec.month, spec.day), hy, direction)
    else:
        year = _pick_year((hm,), (spec.month,), hy, direction)
    if near_future and spec.direction == CONTEXT and direction == "PAST":
        ahead = _pick_year((hm, hd), (spec.month, spec.day or 1), hy, "AFTER")
        first = hijri_to_gregorian(ahead, spec.month, spec.day or 1)
        if first is not None and 0 < (first - anchor).days <= NEAR_DAYS:
            year = ahead
    return _hijri_value(spec, year)


def resolve(
    spec: TimeSpec, anchor: dt.date | None, *, future: bool = False, near_future: bool = False
) -> Resolved:
    """Resolve ``spec`` against the publication date ``anchor``.

    Args:
        spec: What the rule understood.
        anchor: The publication date, or ``None`` when unknown (X values).
        future: How to read a context-dependent expression: ``True`` for the next
            one on or after the anchor, ``False`` for the latest on or before.
        near_future: With ``future=False`` and nothing said either way: a
            day-level date or Hijri month that falls within the next
            :data:`NEAR_DAYS` days is read as that coming one (news announces
            coming dates without repeating the year).

    Returns:
        The :class:`Resolved` value.

    Examples:
        >>> d = dt.date(2024, 10, 21)  # a Monday
        >>> resolve(TimeSpec(unit="D", offset=-1), d).value
        '2024-10-20'
        >>> resolve(TimeSpec(weekday=2), d, future=True).value
        '2024-10-22'
        >>> resolve(TimeSpec(month=6, direction="BEFORE"), dt.date(2024, 10, 31)).value
        '2024-06'
        >>> resolve(TimeSpec(unit="D", offset=0, expect_weekday=5), d).value
        '2024-10-18'
        >>> resolve(TimeSpec(unit="M", offset=-1), None).value
        'XXXX-XX'
    """
    if spec.type in ("DURATION", "SET") or (spec.value is not None and not spec.needs_anchor):
        value = spec.value or "X"
        span = interval(value) if spec.type == "DATE" else None
        return Resolved(
            value=value,
            type=spec.type,
            mod=spec.mod,
            note=spec.note,
            earliest=span[0] if span else None,
            latest=span[1] if span else None,
        )
    if spec.calendar == "hijri":
        return _hijri(spec, anchor, future, near_future)
    return _gregorian(spec, anchor, future, near_future)
