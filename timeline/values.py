"""TimeSpec: a language-free, underspecified time value.

Rules turn what the text says into a :class:`TimeSpec`; only
:mod:`timeline.resolve` turns a spec into a TIMEX3 value, using the publication
date. A spec has three independent parts:

* what is fixed: ``year``, ``month``, ``day``, ``weekday``, ``period`` (quarter,
  half, season), ``decade``, ``century``, a clock time or a part of the day;
* what is relative to the publication date: ``unit`` and ``offset`` (``أمس`` is
  unit ``D`` offset −1, ``الشهر الماضي`` unit ``M`` offset −1);
* how to fill what is missing: ``direction`` (``PAST`` = latest on or before,
  ``BEFORE`` = strictly before, ``FUTURE`` = next on or after, ``AFTER`` =
  strictly after, ``CONTEXT`` = decide from the sentence and settings).

``value`` is used alone for durations, sets and vague references, which need no
anchor.
"""

from __future__ import annotations

import attrs

__all__ = ["CONTEXT", "DIRECTIONS", "TimeSpec"]

CONTEXT = "CONTEXT"
DIRECTIONS = ("PAST", "BEFORE", "FUTURE", "AFTER", CONTEXT)


@attrs.frozen(kw_only=True)
class TimeSpec:
    """What a rule understood of a time expression, before anchoring.

    Examples:
        >>> TimeSpec(unit="D", offset=-1).needs_anchor
        True
        >>> TimeSpec(type="DURATION", value="P6W").needs_anchor
        False
    """

    type: str = "DATE"
    value: str | None = None
    mod: str | None = None
    calendar: str = "gregorian"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    period: str | None = None
    decade: int | None = None
    century: int | None = None
    unit: str | None = None
    offset: int | None = None
    direction: str = CONTEXT
    expect_weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    part: str | None = None
    granularity: str | None = None
    note: str | None = None
    day_from_context: str | None = None
    needs_future: bool = False

    @property
    def needs_anchor(self) -> bool:
        """Whether the value depends on the publication date."""
        if self.value is not None and self.type in ("DURATION", "SET"):
            return False
        if self.value is not None and self.year is None and self.unit is None:
            return False
        if self.unit is not None:
            return True
        if self.decade is not None or self.century is not None:
            return False
        return self.year is None
