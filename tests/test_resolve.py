"""The resolver, language-free: tables and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.calendars import interval
from timeline.resolve import resolve
from timeline.values import TimeSpec

MON = dt.date(2024, 10, 21)  # a Monday

TABLE = [
    (TimeSpec(unit="D", offset=0), MON, False, "2024-10-21"),
    (TimeSpec(unit="D", offset=-2), MON, False, "2024-10-19"),
    (TimeSpec(unit="W", offset=0), MON, False, "2024-W43"),
    (TimeSpec(unit="W", offset=-1), dt.date(2024, 1, 3), False, "2023-W52"),
    (TimeSpec(unit="M", offset=-1), dt.date(2024, 1, 15), False, "2023-12"),
    (TimeSpec(unit="Y", offset=1), MON, False, "2025"),
    (TimeSpec(unit="Q", offset=-1), dt.date(2024, 2, 1), False, "2023-Q4"),
    (TimeSpec(unit="H", offset=1), MON, False, "2025-H1"),
    (TimeSpec(unit="DE", offset=-1), MON, False, "201X"),
    (TimeSpec(unit="Y", offset=0, period="Q1"), MON, False, "2024-Q1"),
    (TimeSpec(unit="M", offset=0, day=10), MON, False, "2024-10-10"),
    (TimeSpec(weekday=1), MON, False, "2024-10-21"),
    (TimeSpec(weekday=1, direction="BEFORE"), MON, False, "2024-10-14"),
    (TimeSpec(weekday=1, direction="AFTER"), MON, False, "2024-10-28"),
    (TimeSpec(weekday=5), MON, False, "2024-10-18"),
    (TimeSpec(weekday=5), MON, True, "2024-10-25"),
    (TimeSpec(month=10), MON, False, "2024-10"),
    (TimeSpec(month=10, direction="BEFORE"), MON, False, "2023-10"),
    (TimeSpec(month=11), MON, False, "2023-11"),
    (TimeSpec(month=11), MON, True, "2024-11"),
    (TimeSpec(month=3, direction="AFTER"), MON, False, "2025-03"),
    (TimeSpec(month=2, day=29, year=2023), None, False, "2023-02"),
    (TimeSpec(period="SU", direction="BEFORE"), MON, False, "2024-SU"),
    (TimeSpec(period="WI", direction="AFTER"), MON, False, "2024-WI"),
    (TimeSpec(decade=199), None, False, "199X"),
    (TimeSpec(type="TIME", unit="D", offset=0, hour=14, minute=30), MON, False, "2024-10-21T14:30"),
    (TimeSpec(type="TIME", unit="D", offset=-1, part="EV"), MON, False, "2024-10-20TEV"),
    (TimeSpec(calendar="hijri", year=1445, month=2, day=15), None, False, "2023-08-31"),
    (TimeSpec(calendar="hijri", month=9, direction="AFTER"), MON, False, "2025-03"),
    (TimeSpec(type="DURATION", value="P6W"), None, False, "P6W"),
    (TimeSpec(value="PAST_REF"), MON, False, "PAST_REF"),
    (TimeSpec(unit="M", offset=-1), None, False, "XXXX-XX"),
    (TimeSpec(weekday=3), None, False, "XXXX-XX-XX"),
    (TimeSpec(month=6, day=5), None, False, "XXXX-06-05"),
]


@pytest.mark.parametrize(("spec", "anchor", "future", "value"), TABLE)
def test_table(spec: TimeSpec, anchor: dt.date | None, future: bool, value: str) -> None:
    assert resolve(spec, anchor, future=future).value == value


def test_weekday_conflict_is_noted() -> None:
    r = resolve(TimeSpec(unit="D", offset=0, expect_weekday=5), MON)
    assert r.value == "2024-10-18" and r.note and "conflict" in r.note


def test_near_future_only_without_a_cue() -> None:
    spec = TimeSpec(month=11, day=5)
    anchor = dt.date(2024, 10, 29)
    assert resolve(spec, anchor).value == "2023-11-05"
    assert resolve(spec, anchor, near_future=True).value == "2024-11-05"
    assert resolve(TimeSpec(month=2, day=5), anchor, near_future=True).value == "2024-02-05"


def test_hijri_range_and_invalid_days_do_not_raise() -> None:
    assert resolve(TimeSpec(calendar="hijri", year=1600, month=1, day=1), None).value.startswith(
        "X"
    )
    r = resolve(TimeSpec(calendar="hijri", year=1445, month=13, day=40), None)
    assert r.value.startswith("X") and r.note


days = st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2070, 12, 31))


@given(anchor=days, weekday=st.integers(1, 7), future=st.booleans())
def test_weekday_lies_within_a_week_on_the_right_side(
    anchor: dt.date, weekday: int, future: bool
) -> None:
    value = resolve(TimeSpec(weekday=weekday), anchor, future=future).value
    day = dt.date.fromisoformat(value)
    assert day.isoweekday() == weekday
    delta = (day - anchor).days
    assert 0 <= delta < 7 if future else -7 < delta <= 0


@given(anchor=days, month=st.integers(1, 12), future=st.booleans())
def test_month_lies_within_a_year_on_the_right_side(
    anchor: dt.date, month: int, future: bool
) -> None:
    value = resolve(TimeSpec(month=month), anchor, future=future).value
    span = interval(value)
    assert span is not None and span[0].month == month
    first_of_anchor_month = anchor.replace(day=1)
    if future:
        assert 0 <= (span[0] - first_of_anchor_month).days < 366
    else:
        assert 0 <= (first_of_anchor_month - span[0]).days < 366


@given(anchor=days, offset=st.integers(-400, 400))
def test_relative_days_are_exact(anchor: dt.date, offset: int) -> None:
    value = resolve(TimeSpec(unit="D", offset=offset), anchor).value
    assert dt.date.fromisoformat(value) == anchor + dt.timedelta(days=offset)
