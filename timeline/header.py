"""Find a publication date printed in a document's header.

News pages print their date in many forms: ``تاريخ النشر: 31st, August 2023 GMT``,
``نشر في 2024/10/21``, a dateline ``الخميس 15 صفر 1445هـ الموافق 31 أغسطس 2023``.
The library's own rules read most of them; ``dateparser`` reads the rest of a
labelled line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from timeline.lang.ar.lexicon import PUBLISHED_LABELS
from timeline.text import fold

__all__ = ["HEADER_CHARS", "find_published"]

HEADER_CHARS = 600
_LABEL = re.compile("|".join(re.escape(fold(label)) for label in PUBLISHED_LABELS))
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end == -1 else end


def find_published(
    normalized: str, found: Sequence[tuple[int, int, str]], original: str
) -> dt.date | None:
    """Return the publication date a header states, or ``None``.

    Args:
        normalized: The normalised text.
        found: ``(start, end, value)`` of absolute expressions in normalised
            offsets, already resolved without an anchor.
        original: The text as given (for ``dateparser``).

    Returns:
        The date, or ``None`` when the header states none.
    """
    head = normalized[:HEADER_CHARS]
    label = _LABEL.search(head)
    for start, end, value in found:
        if start >= HEADER_CHARS or not _DAY_VALUE.match(value):
            continue
        line_start, line_end = _line_bounds(normalized, start)
        line = normalized[line_start:line_end]
        labelled = label is not None and line_start <= label.start() < line_end
        covered = (end - start) / max(1, len(line.strip()))
        if labelled or covered >= 0.5:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                continue
    if label is None:
        return None
    line_start, line_end = _line_bounds(normalized, label.start())
    rest = original[label.end() : line_end].strip(" :\u00a0-–|")
    return _dateparser(rest)


def _dateparser(text: str) -> dt.date | None:
    if not text or len(text) > 80:
        return None
    try:
        import dateparser

        parsed = dateparser.parse(
            text,
            languages=["ar", "en", "fr"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
        )
    except Exception:  # dateparser raises many kinds of errors on odd input
        return None
    return parsed.date() if parsed is not None else None
