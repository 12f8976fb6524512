"""Which rules can start at a word: a dispatch table built from the patterns.

Running every rule's regular expression over the whole text tries each rule at
every position. Most positions cannot start most rules: a month rule needs a
month's first letters, a clock rule a digit or ``الساعة``. :class:`Dispatch`
reads each compiled pattern's parse tree once and works out the set of strings
(up to :data:`DEPTH` characters) a match can begin with; scanning then looks at
the first characters of each word (after the language's clitics: in Arabic
``و``/``ف`` and ``ب``/``ل``/``ك``) and tries only the rules that can begin there.

The sets are computed conservatively (a superset of what the pattern can
start with), so a rule is never skipped where it could match: the matches are
exactly those of ``finditer``. A rule that may begin with a given non-word
character (a quotation mark: ``«طوكيو 2020»``) is also tried where that
character stands. A pattern the analysis cannot bound (one that may begin with
any character, or with whitespace) is run over the whole text as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

__all__ = ["DEPTH", "Dispatch", "starts"]

DEPTH = 5
"""How many leading characters the dispatch table looks at."""

# Placeholders for character classes in prefix strings (private-use code points
# that normalised text does not hold): any decimal digit, any whitespace.
_DIGIT = "\ue000"
_SPACE = "\ue001"
# Ends a prefix that cannot be extended (the next character may be anything).
_OPEN = "\ue002"
_MAX_STRINGS = 20_000
_MAX_RANGE = 600

_WORD_START = re.compile(r"(?<!\w)\w")


class _Unbounded(Exception):
    """The pattern may begin with anything: no useful prefix set."""


def _key_char(char: str) -> str:
    if char.isdecimal():
        return _DIGIT
    if char.isspace():
        return _SPACE
    return char


def _concat(left: set[str], right: set[str], depth: int) -> set[str]:
    out: set[str] = set()
    for a in left:
        if len(a) >= depth or a.endswith(_OPEN):
            out.add(a)
            continue
        for b in right:
            out.add((a + b)[:depth])
        if len(out) > _MAX_STRINGS:
            raise _Unbounded
    return out


def _class_chars(items: Sequence[tuple[Any, Any]]) -> set[str]:
    """The key characters a class stands for; ``{_OPEN}`` where they are too many to
    list (a wide range, ``\\w``): the prefix ends there, and what came before it
    still narrows the rule down (``«\\w+``: a match begins with ``«``)."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(_key_char(chr(av)))
        elif op is C.RANGE:
            low, high = av
            if high - low > _MAX_RANGE:
                return {_OPEN}
            chars.update(_key_char(chr(c)) for c in range(low, high + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars.add(_DIGIT)
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            chars.add(_SPACE)
        else:
            return {_OPEN}
    return chars


def _sequence(items: Iterable[tuple[Any, Any]], depth: int) -> set[str]:
    out = {""}
    for item in items:
        if all(len(s) >= depth or s.endswith(_OPEN) for s in out):
            break
        out = _concat(out, _item(item, depth), depth)
    return out


def _item(item: tuple[Any, Any], depth: int) -> set[str]:
    op, av = item
    if op is C.LITERAL:
        return {_key_char(chr(av))}
    if op is C.IN:
        if av and av[0][0] is C.NEGATE:
            return {_OPEN}
        return _class_chars(av)
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            out |= _sequence(branch.data, depth)
        return out
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        if add_flags & re.IGNORECASE:
            raise _Unbounded
        return _sequence(body.data, depth)
    if op is C.ATOMIC_GROUP:
        return _sequence(av.data, depth)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        once = _sequence(body.data, depth)
        nullable = "" in once
        first = 0 if nullable else min(low, depth)
        last = depth if high is C.MAXREPEAT else min(high, depth)
        result: set[str] = set()
        current = {""}
        for count in range(last + 1):
            if count >= first:
                result |= current
            if count < last:
                current = _concat(current, once, depth)
        return result
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {""}
    # Anything else (any character, back-references, conditionals, categories
    # outside a class): the match may go on with anything here.
    return {_OPEN}


def prefix_strings(pattern: re.Pattern[str], depth: int = DEPTH) -> set[str] | None:
    """The strings a match of ``pattern`` can begin with, or ``None`` if unbounded.

    A string shorter than ``depth`` (or ending in the open marker) is a prefix
    condition: text that begins with it may match. Decimal digits and
    whitespace stand for their whole class.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        strings = _sequence(P.parse(pattern.pattern, pattern.flags).data, depth)
    except (_Unbounded, RecursionError):
        return None
    if any(s in ("", _OPEN) for s in strings):
        return None
    return strings


def starts(text: str) -> list[int]:
    """Positions in ``text`` where a word begins."""
    return [m.start() for m in _WORD_START.finditer(text)]


class Dispatch:
    """Maps the first characters at a word to the rules that can begin there.

    Args:
        bodies: One compiled pattern per rule: the rule's expression without
            its left edge (the clitics and the word-boundary check).
        depth: How many characters to look at.
        clitics: The letters a word may open with before a rule's own text: one
            of the first string, then one of the second (Arabic: و/ف, then
            ب/ل/ك); see :class:`timeline.morphology.Morphology`.
    """

    def __init__(
        self,
        bodies: Sequence[re.Pattern[str]],
        depth: int = DEPTH,
        clitics: tuple[str, str] = ("", ""),
    ) -> None:
        self.depth = depth
        self._clitic_1 = frozenset(clitics[0])
        self._clitic_2 = frozenset(clitics[1])
        self._full: dict[str, set[int]] = {}
        self._short: dict[str, set[int]] = {}
        whole: list[int] = []
        marks: set[str] = set()
        for index, body in enumerate(bodies):
            # a pattern with too many beginnings is looked at over fewer characters
            reach = depth
            strings = prefix_strings(body, reach)
            while strings is None and reach > 1:
                reach -= 1
                strings = prefix_strings(body, reach)
            if strings is None or any(s[0] in (_SPACE, _OPEN) for s in strings):
                whole.append(index)
                continue
            marks.update(s[0] for s in strings if not _wordish(s[0]))
            for s in strings:
                if s.endswith(_OPEN):
                    self._short.setdefault(s[:-1], set()).add(index)
                elif len(s) == depth:
                    self._full.setdefault(s, set()).add(index)
                else:
                    self._short.setdefault(s, set()).add(index)
        self.whole = tuple(whole)
        """Rules that are run over the whole text (no bounded prefix set)."""
        self.marks = frozenset(marks)
        """The non-word characters a rule may begin with."""
        self._marks_at = (
            re.compile("[" + "".join(sorted(map(re.escape, marks))) + "]") if marks else None
        )
        self._memo: dict[str, tuple[int, ...]] = {}

    def positions(self, text: str, words: Sequence[int]) -> Sequence[int]:
        """Where a rule of the table may begin: the word starts ``words``
        (:func:`starts`) and the places of the :attr:`marks`, in order.

        Examples:
            >>> dispatch = Dispatch([re.compile("«x"), re.compile("ab")])
            >>> text = "ab «x»"
            >>> dispatch.positions(text, starts(text))
            [0, 3, 4]
        """
        if self._marks_at is None:
            return words
        found = [m.start() for m in self._marks_at.finditer(text)]
        return sorted([*words, *found]) if found else words

    def _at(self, key: str) -> set[int]:
        found: set[int] = set(self._full.get(key, ()))
        for cut in range(1, len(key) + 1):
            found |= self._short.get(key[:cut], set())
        return found

    def rules_at(self, text: str, position: int) -> tuple[int, ...]:
        """The rules (not run whole) that may match at word start ``position``."""
        depth = self.depth
        head = text[position : position + depth + 2]
        memo = self._memo.get(head)
        if memo is not None:
            return memo
        keys = [head[:depth]]
        first, second = head[:1], head[1:2]
        if first in self._clitic_1:
            keys.append(head[1 : depth + 1])
            if second in self._clitic_2:
                keys.append(head[2 : depth + 2])
        elif first in self._clitic_2:
            keys.append(head[1 : depth + 1])
        found: set[int] = set()
        for key in keys:
            found |= self._at("".join(_key_char(c) for c in key))
        result = tuple(sorted(found))
        if len(self._memo) > 100_000:
            self._memo.clear()
        self._memo[head] = result
        return result


def _wordish(char: str) -> bool:
    return char == _DIGIT or (char not in (_SPACE, _OPEN) and (char.isalnum() or char == "_"))
