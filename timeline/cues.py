"""Tense and cue words that decide whether a bare weekday or month lies ahead.

In news the default is the past; a future cue earlier in the same sentence
(``من المقرر``، ``من المتوقع``، ``سوف``، a ``سـ`` verb) puts it in the future. A
reporting verb between the cue and the expression closes the cue's scope.
"""

from __future__ import annotations

import re

from timeline.lang.ar.lexicon import (
    FUTURE_CUES,
    NOT_FUTURE_VERBS,
    PAST_LEADS,
    PLAN_NOUNS,
    PROVISO,
    REPORTING_VERBS,
    WAS_VERBS,
)
from timeline.lang.ar.morphology import MORPHOLOGY
from timeline.rules import alternation
from timeline.text import SENTENCE_END, fold

__all__ = ["tense"]

_WINDOW = 200
_CONJ = MORPHOLOGY.conjunction_class()
_IMPERFECT = f"[{re.escape(MORPHOLOGY.imperfect)}]" if MORPHOLOGY.imperfect else r"(?!)"
# a proviso + an imperfect verb: "provided that it will …" (على أن تنطلق المباراة)
_SUBJUNCTIVE = re.compile(r"(?<!\w)(?:" + alternation(PROVISO) + r")\s+" + _IMPERFECT + r"\w{2,}")
# "كان من المقرر": was scheduled, a plan told in the past
_WAS_PLANNED = re.compile(
    rf"(?<!\w){_CONJ}(?:" + alternation(WAS_VERBS) + r")\s+(?:" + alternation(PLAN_NOUNS) + ")"
)
_PAST_LEAD = re.compile(rf"(?<!\w){_CONJ}(?:" + alternation(PAST_LEADS) + r")\s+$")
_CUE = re.compile(
    rf"(?<!\w)(?:{_CONJ}(?:" + alternation(FUTURE_CUES) + r")(?!\w)"
    rf"|(?P<verb>{_CONJ}{MORPHOLOGY.future_class()}\w{{2,}}))"
)
_REPORT = re.compile(rf"(?<!\w){_CONJ}(?:" + alternation(REPORTING_VERBS) + r")(?!\w)")
_NOT_VERBS = frozenset(fold(w) for w in NOT_FUTURE_VERBS)


def _is_future_verb(word: str) -> bool:
    bare = MORPHOLOGY.bare(word)
    if bare in _NOT_VERBS or word in _NOT_VERBS:
        return False
    return not any(bare.startswith(w) and len(bare) - len(w) <= 2 for w in _NOT_VERBS)


def tense(normalized: str, position: int) -> str | None:
    """Say what the sentence implies for the expression starting at ``position``.

    Args:
        normalized: The normalised text.
        position: Start of the expression in ``normalized``.

    Returns:
        ``"future"`` when a future cue governs it, ``"past"`` when a past signal
        does (``منذ`` right before it), ``None`` when nothing is said.

    Examples:
        >>> s = "ومن المقرر ان يجتمعوا في كازان يوم الثلاثاء"
        >>> tense(s, s.index("يوم"))
        'future'
        >>> s = "قال الوزير يوم الثلاثاء"
        >>> tense(s, s.index("يوم")) is None
        True
    """
    if _PAST_LEAD.search(normalized, max(0, position - 8), position):
        return "past"
    begin = max(0, position - _WINDOW)
    window = normalized[begin:position]
    ends = list(SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    reports = list(_REPORT.finditer(window))
    if reports:
        window = window[reports[-1].end() :]
    if _WAS_PLANNED.search(window):
        return "past"
    if any(m["verb"] is None or _is_future_verb(m["verb"]) for m in _CUE.finditer(window)):
        return "future"
    if _SUBJUNCTIVE.search(window):
        return "future"
    return None
