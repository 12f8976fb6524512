"""Text normalisation with an offset map back to the original.

Rules are written against *normalised* text: hamza-carrying alefs fold to ``ا``,
``ى`` to ``ي``, ``ة`` to ``ه``, Arabic-Indic and Persian digits to ASCII, Latin to
lower case; tatweel, diacritics, bidi controls and zero-width characters are
removed. Every match is mapped back to code-point offsets in the text exactly as
the caller gave it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

import attrs

__all__ = [
    "SENTENCE_END",
    "Folded",
    "NormalizedText",
    "fold",
    "fold_pattern",
    "normalize",
    "unfolded",
]

#: What ends a sentence: ``.!?؟`` (but a dot between two digits, 12.5), a line
#: break or ``؛``. The class comes first, so the regex engine scans for it at C
#: speed; the lookarounds after it turn away the decimal dot.
SENTENCE_END = re.compile(r"[.!?؟\n؛](?:(?<!\d\.)|(?!\d))")

_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ة": "ه",
    "ک": "ك",
    "گ": "ك",
    "چ": "ج",
    "پ": "ب",
    "ڤ": "ف",
    "ہ": "ه",
    "٬": ",",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\t": " ",
    "\r": "\n",
}
_FOLD.update({chr(0x0660 + i): str(i) for i in range(10)})
_FOLD.update({chr(0x06F0 + i): str(i) for i in range(10)})
_PATTERN_TABLE = str.maketrans(_FOLD)
_FOLD.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
# a list indexed by code point, which str.translate reads about twice as fast as
# a dict; characters past its end are left as they are (an IndexError is a
# LookupError to translate)
_TABLE = [chr(c) for c in range(max(map(ord, _FOLD)) + 1)]
for _raw, _target in _FOLD.items():
    _TABLE[ord(_raw)] = _target
del _raw, _target
_PAIRS = tuple(_FOLD.items())
# from this length on, replacing each folded character where it occurs is faster
# than translating character by character (about six times on an article)
_REPLACE_FROM = 200

# Characters that carry no letter: tatweel, harakat and Quranic marks, bidi and
# zero-width controls, the byte-order mark.
_DROP_CLASS = (
    "\u0640\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad"
)
_DROP = re.compile(f"[{_DROP_CLASS}]+")
_DROP_RUNS = re.compile(f"([{_DROP_CLASS}]+)")  # split keeps the removed runs
# a run of removed characters, or a blank followed by more blanks or removed
# characters: written to open with one character class, so that the engine
# looks for its start in C (the same matches as "[drop]+|\s[\s drop]+")
_SQUEEZE = re.compile(
    f"[\\s{_DROP_CLASS}](?:(?<=[{_DROP_CLASS}])[{_DROP_CLASS}]*|(?<=\\s)[\\s{_DROP_CLASS}]+)"
)
# Marks that belong to the letter before them (they stay inside a span's end).
_MARK = re.compile("[\u0640\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed]")


@attrs.frozen(kw_only=True)
class NormalizedText:
    """A normalised text and the way back to the original offsets.

    Attributes:
        original: The text as given.
        normalized: The folded text the rules run on.
        positions: For each normalised code point, its offset in ``original``;
            empty when nothing was removed (the offsets are then the same).
    """

    original: str
    normalized: str
    positions: tuple[int, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the normalised text to the original.

        Args:
            start: Start offset in ``normalized``.
            end: End offset in ``normalized`` (exclusive, ``end > start``).

        Returns:
            The matching ``(start, end)`` in ``original``.

        Examples:
            >>> n = normalize("يـــونيو الماضي")
            >>> s, e = n.to_original(0, 5)
            >>> n.original[s:e]
            'يـــونيو'
        """
        if not self.positions:
            return start, end
        last = self.positions[end - 1] + 1
        original = self.original
        while last < len(original) and _MARK.match(original, last):
            last += 1
        return self.positions[start], last


def unfolded(words: Iterable[str]) -> re.Pattern[str]:
    """A regex that finds, in text as given, anything whose fold holds one of ``words``.

    Each letter matches every character that folds to it, with letterless marks
    (diacritics, tatweel, controls) allowed between letters, so a search runs on
    the original text with no folding at all.

    Examples:
        >>> finder = unfolded(["مرة أخرى"])
        >>> bool(finder.search("والتقيا مَرَّة أُخرى")), bool(finder.search("مرة واحدة"))
        (True, False)
    """
    sources: dict[str, set[str]] = {}
    for raw, target in _FOLD.items():
        sources.setdefault(target, {target}).add(raw)
    gap = f"[{_DROP_CLASS}]*"

    def letter(char: str) -> str:
        chars = sources.get(char, {char})
        return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

    # the words by their first letter: the pattern opens with one class of every
    # first letter, which the regex engine scans for at C speed, and each branch
    # checks with a one-character lookbehind which letter it opened with
    rests: dict[str, list[str]] = {}
    for word in words:
        folded = fold(word)
        if folded:
            rest = "".join(gap + letter(c) for c in folded[1:])
            rests.setdefault(letter(folded[0]), []).append(rest)
    if not rests:
        return re.compile("(?!)")
    opening = "[" + "".join(first[1:-1] for first in rests) + "]"
    branches = "|".join(f"(?<={first})(?:{'|'.join(r)})" for first, r in rests.items())
    return re.compile(f"{opening}(?:{branches})")


def fold_pattern(pattern: str) -> str:
    """Fold the Arabic letters of a regular expression, leaving its syntax alone."""
    return _DROP.sub("", pattern.translate(_PATTERN_TABLE))


def fold(text: str) -> str:
    """Fold a lexicon entry or pattern text the way :func:`normalize` folds text.

    Examples:
        >>> fold("إبريل") == fold("ابريل")
        True
    """
    return _DROP.sub("", _fold_letters(text))


@attrs.frozen
class Folded:
    """A whole text folded once, and the fold of any slice of it read from that.

    Attributes:
        text: The fold of the whole text (:func:`fold`).
        dropped: Offsets in the original of the characters folding removed (marks
            and invisible controls), ascending.

    Examples:
        >>> f = Folded.of("قالت أيضاً إن")
        >>> f.slice(5, 10) == fold("أيضاً")
        True
    """

    text: str
    dropped: tuple[int, ...] = ()
    # per removed character, how many kept ones stand before it
    _kept_before: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        kept = tuple(d - rank for rank, d in enumerate(self.dropped))
        object.__setattr__(self, "_kept_before", kept)

    @classmethod
    def of(cls, text: str) -> Folded:
        """Fold ``text`` once."""
        letters = _fold_letters(text)
        # one pass: the kept runs and the removed runs between them
        parts = _DROP_RUNS.split(letters)
        if len(parts) == 1:
            return cls(letters)
        dropped: list[int] = []
        offset = 0
        for index, part in enumerate(parts):
            if index % 2:
                dropped.extend(range(offset, offset + len(part)))
            offset += len(part)
        return cls("".join(parts[0::2]), tuple(dropped))

    def slice(self, start: int, end: int) -> str:
        """``fold(original[start:end])``: letters fold one for one and each removed
        character stands alone, so a slice's fold is the whole fold between the
        kept characters the slice holds."""
        if not self.dropped:
            return self.text[start:end]
        return self.text[self.at(start) : self.at(end)]

    def at(self, offset: int) -> int:
        """Where the original's ``offset`` falls in the fold (the kept characters
        before it)."""
        return offset - bisect_left(self.dropped, offset) if self.dropped else offset

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The original span whose kept characters are the fold's ``[start, end)``
        (``end > start``): from the first to just after the last."""
        if not self.dropped:
            return start, end
        kept = self._kept_before
        last = end - 1
        return start + bisect_right(kept, start), last + bisect_right(kept, last) + 1


def _fold_letters(text: str) -> str:
    """``text`` with every character of the fold table replaced by its letter (no
    target is itself replaced, so the order of replacement does not matter)."""
    if len(text) < _REPLACE_FROM:
        return text.translate(_TABLE)
    for raw, target in _PAIRS:
        if raw in text:
            text = text.replace(raw, target)
    return text


def normalize(text: str) -> NormalizedText:
    r"""Normalise ``text`` for matching and keep the offset map.

    Letters are folded one for one; marks and invisible controls are removed; a
    run of whitespace becomes one space (one newline if it holds a line break), so
    that no pattern ever faces a long run of blanks.

    Args:
        text: Any string.

    Returns:
        The :class:`NormalizedText`.

    Examples:
        >>> normalize("٢١ أكتوبر").normalized
        '21 اكتوبر'
        >>> normalize("يُونْيُو").normalized
        'يونيو'
        >>> normalize("أمس  \r\n  اليوم").normalized
        'امس\nاليوم'
    """
    folded = _fold_letters(text)
    if not _SQUEEZE.search(folded):
        return NormalizedText(original=text, normalized=folded)
    keep: list[int] = []
    pieces: list[str] = []
    last = 0
    for m in _SQUEEZE.finditer(folded):
        start = m.start()
        pieces.append(folded[last:start])
        keep.extend(range(last, start))
        run = m.group()
        if run[0].isspace():
            newline = run.find("\n")
            if newline < 0:
                newline = run.find("\r")
            pieces.append(" " if newline < 0 else "\n")
            keep.append(start + max(newline, 0))
        last = m.end()
    pieces.append(folded[last:])
    keep.extend(range(last, len(folded)))
    return NormalizedText(original=text, normalized="".join(pieces), positions=tuple(keep))
