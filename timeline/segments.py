"""Split a news page into the host article and what belongs to other articles.

A ``اقرأ أيضاً``/``اقرأ المزيد`` line opens a block of other articles. The block
runs to the end of the page, unless it is a teaser box: a headline and one
paragraph, after which, past a blank line, the host's own text resumes with a
connective (``و…``). A short line without closing punctuation standing between
closed sentences is a related headline. None of these is anchored on the host's
date.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from timeline.lang.ar.lexicon import CONNECTIVES, RELATED_MARKERS
from timeline.model import Segment
from timeline.text import Folded, fold

__all__ = ["find_segments"]

_MARKER_HEAD = re.compile(
    r"^\W*(?:" + "|".join(re.escape(fold(m)) for m in RELATED_MARKERS) + r")(?!\w)"
)
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_CONNECTIVES = tuple(fold(w) for w in CONNECTIVES)
_CLOSED = re.compile(r"[.!?؟…:؛;]\W*$")
_HEADLINE_MAX_WORDS = 20


@attrs.frozen
class _Line:
    start: int
    end: int
    text: str
    folded: str
    blank_before: bool

    @property
    def closed(self) -> bool:
        return bool(_CLOSED.search(self.text))

    @property
    def words(self) -> int:
        return len(self.text.split())


def _lines(text: str, folded: Folded | None = None) -> list[_Line]:
    lines: list[_Line] = []
    blank = False
    for m in _LINE.finditer(text):
        if m.start() == len(text):
            break
        line = m.group()
        raw = line.strip()
        if not raw:
            blank = True
            continue
        if folded is None:
            folded_raw = fold(raw)
        else:
            begin = m.start() + len(line) - len(line.lstrip())
            folded_raw = folded.slice(begin, begin + len(raw))
        lines.append(_Line(m.start(), m.end(), raw, folded_raw, blank))
        blank = False
    return lines


def _is_marker(line: _Line) -> bool:
    head = _MARKER_HEAD.match(line.folded)
    if head is None:
        return False
    rest = line.folded[head.end() :]
    return not rest.strip(" :-–|") or rest.lstrip().startswith((":", "-", "–", "|"))


def _block_end(lines: list[_Line], index: int, size: int) -> tuple[int, int]:
    """End offset of the related block opened at ``lines[index]``, and the next line."""
    j = index + 1
    while j < len(lines) and j - index <= 3 and (not lines[j].closed or lines[j].words <= 8):
        j += 1
    if j + 1 < len(lines):
        teaser, after = lines[j], lines[j + 1]
        if (
            not teaser.folded.startswith(_CONNECTIVES)
            and after.blank_before
            and after.folded.startswith(_CONNECTIVES)
            and not _is_marker(after)
        ):
            return teaser.end, j + 1
    return size, len(lines)


def find_segments(
    text: str, published: dt.date | None, folded: Folded | None = None
) -> tuple[Segment, ...]:
    """Return the segments of ``text``, covering it from start to end.

    Args:
        text: The document text.
        published: The host article's publication date.
        folded: ``Folded.of(text)`` (:class:`~timeline.text.Folded`), when the
            caller has it: each line's fold is read from it.

    Returns:
        Contiguous segments; the host's carry ``published``, others ``None``.

    Examples:
        >>> text = "خبر أول.\\nاقرأ أيضاً:\\nخبر آخر اليوم."
        >>> [(s.kind, s.published) for s in find_segments(text, None)]
        [('article', None), ('related', None)]
    """
    if not text:
        return (Segment(start=0, end=0, kind="article", published=published),)
    lines = _lines(text, folded)
    others: list[tuple[int, int, str]] = []
    host: list[_Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _is_marker(line):
            end, index = _block_end(lines, index, len(text))
            others.append((line.start, end, "related"))
            continue
        host.append(line)
        index += 1
    unclosed = sum(1 for line in host if not line.closed)
    # Hard-wrapped text (most lines end mid-sentence) has no headline lines.
    if host and unclosed * 2 <= len(host):
        previous_closed = False
        for position, line in enumerate(host):
            if (
                position > 0
                and previous_closed
                and not line.closed
                and line.words <= _HEADLINE_MAX_WORDS
                and not line.folded.startswith(_CONNECTIVES)
            ):
                others.append((line.start, line.end, "headline"))
                continue  # a headline ends its own line: the next may be one too
            previous_closed = line.closed
    segments: list[Segment] = []
    cursor = 0
    for start, end, kind in sorted(others):
        if start > cursor:
            segments.append(Segment(start=cursor, end=start, kind="article", published=published))
        segments.append(Segment(start=start, end=end, kind=kind, published=None))
        cursor = end
    if cursor < len(text) or not segments:
        segments.append(Segment(start=cursor, end=len(text), kind="article", published=published))
    return tuple(segments)
