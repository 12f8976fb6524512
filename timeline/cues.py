"""Tense and cue words that decide whether a bare weekday or month lies ahead.

In news the default is the past; a future cue earlier in the same sentence
(``من المقرر``، ``من المتوقع``، ``سوف``، a ``سـ`` verb) puts it in the future. A
reporting verb between the cue and the expression closes the cue's scope.
"""

from __future__ import annotations

import re

from timeline.lang.ar.lexicon import FUTURE_CUES, NOT_FUTURE_VERBS, REPORTING_VERBS
from timeline.rules import alternation
from timeline.text import fold

__all__ = ["tense"]

_WINDOW = 200
_SENTENCE_END = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[!?؟\n؛])")
# "على أن" + an imperfect verb: "provided that it will …" (على أن تنطلق المباراة).
_SUBJUNCTIVE = re.compile(r"(?<!\w)على\s+ان\s+[يت]\w{2,}")
# "كان من المقرر": was scheduled, a plan told in the past.
_WAS_PLANNED = re.compile(r"(?<!\w)[وف]?كان(?:ت)?\s+(?:من\s+)?(?:المقرر|المتوقع|المفترض|المزمع)")
_PAST_LEAD = re.compile(r"(?<!\w)[وف]?منذ\s+$")
_CUE = re.compile(
    r"(?<!\w)(?:[وف]?(?:" + alternation(FUTURE_CUES) + r")(?!\w)"
    r"|(?P<verb>[وف]?س[يتن]\w{2,}))"
)
_REPORT = re.compile(r"(?<!\w)[وف]?(?:" + alternation(REPORTING_VERBS) + r")(?!\w)")
_NOT_VERBS = frozenset(fold(w) for w in NOT_FUTURE_VERBS)


def _is_future_verb(word: str) -> bool:
    bare = word[1:] if word[0] in "وف" and len(word) > 4 else word
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
    ends = list(_SENTENCE_END.finditer(window))
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
