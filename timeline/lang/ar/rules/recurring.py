"""Sets (recurring times): يومياً، أسبوعياً، كل يوم جمعة، كل عامين."""

from __future__ import annotations

from timeline.lang.ar.common import SETS, UNITS, WEEKDAYS, lookup, number
from timeline.lang.ar.rules.duration import render
from timeline.rules import Example, Match, Rule
from timeline.values import TimeSpec


def _set_word(m: Match) -> TimeSpec | None:
    value = lookup(SETS, m["set"])
    return None if value is None else TimeSpec(type="SET", value=value)


def _every_weekday(m: Match) -> TimeSpec | None:
    weekday = lookup(WEEKDAYS, m["weekday_any"])
    return None if weekday is None else TimeSpec(type="SET", value=f"XXXX-WXX-{weekday}")


def _every_n(m: Match) -> TimeSpec | None:
    info = lookup(UNITS, m["unit"])
    if info is None:
        return None
    unit, implied = info
    count = number(m["num"]) if m.has("num") else implied
    if count is None:
        return None
    return TimeSpec(type="SET", value=render({unit: count}))


_MANNER = {"يومي": "P1D", "اسبوعي": "P1W", "شهري": "P1M", "سنوي": "P1Y"}


def _manner(m: Match) -> TimeSpec | None:
    from timeline.lang.ar.common import key

    value = _MANNER.get(key(m["adj"]))
    return None if value is None else TimeSpec(type="SET", value=value)


RULES = (
    Rule(
        name="set_word",
        pattern=r"{set}",
        build=_set_word,
        examples=(
            Example(text="يوميًا", published=None, value="P1D"),
            Example(text="أسبوعياً", published=None, value="P1W"),
            Example(text="سنوياً", published=None, value="P1Y"),
            Example(text="كل عام", published=None, value="P1Y"),
            Example(text="أكثر من 1200 جندي يوميًا", published=None, surface="يوميًا", value="P1D"),
        ),
    ),
    Rule(
        name="every_weekday",
        pattern=r"كل\s+(?:يوم\s+)?{weekday_any}",
        build=_every_weekday,
        examples=(
            Example(text="كل يوم جمعة", published=None, value="XXXX-WXX-5"),
            Example(text="كل يوم الأحد", published=None, value="XXXX-WXX-7"),
        ),
        priority=1,
    ),
    Rule(
        name="every_n_units",
        pattern=r"كل\s+(?:{num}\s+)?{unit}",
        build=_every_n,
        examples=(
            Example(text="كل عامين", published=None, value="P2Y"),
            Example(text="كل ثلاثة أشهر", published=None, value="P3M"),
        ),
        priority=-1,
    ),
    Rule(
        name="set_manner",
        pattern=r"بشكل\s+(?P<adj>يومي|أسبوعي|شهري|سنوي)",
        build=_manner,
        examples=(Example(text="بشكل يومي", published=None, value="P1D"),),
    ),
)
