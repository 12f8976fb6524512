"""Split a news page into the host article and what belongs to other articles.

A ``اقرأ أيضاً``/``اقرأ المزيد`` line opens a block of related articles that runs
to the end of the page. A short line without closing punctuation between body
paragraphs is a related headline. Neither is anchored on the host's date.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.lang.ar.lexicon import RELATED_MARKERS
from timeline.model import Segment
from timeline.text import fold

__all__ = ["find_segments"]

_MARKER = re.compile(r"^\W*(?:" + "|".join(re.escape(fold(m)) for m in RELATED_MARKERS) + r")\W*$")
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_CLOSED = re.compile(r"[.!?؟…:؛;]\W*$")
_HEADLINE_MAX_WORDS = 20


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and m.end() == len(text):
            break
        spans.append((m.start(), m.end()))
    return spans


def find_segments(text: str, published: dt.date | None) -> tuple[Segment, ...]:
    """Return the segments of ``text``, covering it from start to end.

    Args:
        text: The document text.
        published: The host article's publication date.

    Returns:
        Contiguous segments; the host's carry ``published``, others ``None``.

    Examples:
        >>> text = "خبر أول.\\nاقرأ أيضاً:\\nخبر آخر اليوم."
        >>> [(s.kind, s.published) for s in find_segments(text, None)]
        [('article', None), ('related', None)]
    """
    if not text:
        return (Segment(start=0, end=0, kind="article", published=published),)
    kinds: list[tuple[int, int, str]] = []
    related_from: int | None = None
    lines = [(a, b) for a, b in _lines(text) if text[a:b].strip()]
    for start, _end in lines:
        folded = fold(text[start:_end].strip())
        if len(folded) <= 40 and _MARKER.match(folded):
            related_from = start
            break
    body = [(a, b) for a, b in lines if related_from is None or a < related_from]
    unclosed = sum(1 for a, b in body if not _CLOSED.search(text[a:b].strip()))
    # Hard-wrapped text (most lines end mid-sentence) has no headline lines.
    if body and unclosed * 2 <= len(body):
        previous_closed = False
        for index, (start, end) in enumerate(body):
            raw = text[start:end].strip()
            closed = bool(_CLOSED.search(raw))
            if (
                index > 0
                and previous_closed
                and not closed
                and len(raw.split()) <= _HEADLINE_MAX_WORDS
                and not fold(raw).startswith("و")
            ):
                kinds.append((start, end, "headline"))
                previous_closed = True  # a headline ends its own line
                continue
            previous_closed = closed
    segments: list[Segment] = []
    cursor = 0
    limit = related_from if related_from is not None else len(text)
    for start, end, kind in kinds:
        if start > cursor:
            segments.append(Segment(start=cursor, end=start, kind="article", published=published))
        segments.append(Segment(start=start, end=end, kind=kind, published=None))
        cursor = end
    if cursor < limit or not segments:
        segments.append(Segment(start=cursor, end=limit, kind="article", published=published))
    if related_from is not None:
        segments.append(Segment(start=related_from, end=len(text), kind="related", published=None))
    return tuple(segments)
