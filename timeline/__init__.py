"""timeline: Arabic news to timelines.

Find Arabic time expressions and resolve them against each article's
publication date into TimeML TIMEX3 values, with exact character offsets.

Examples:
    >>> import timeline
    >>> doc = timeline.extract("قالت الوزارة أمس الإثنين إن الوفد سيصل", published="2024-10-29")
    >>> doc.timexes[0].text, doc.timexes[0].value
    ('أمس الإثنين', '2024-10-28')
"""

from __future__ import annotations

from timeline.corpus import read_corpus
from timeline.errors import (
    CorpusError,
    InvalidDocumentDateError,
    InvalidSettingError,
    InvalidTextError,
    RuleDefinitionError,
    TimelineError,
)
from timeline.graph import EventGraph, Node, build_graph
from timeline.model import Document, Event, Mention, Segment, TimeExpression
from timeline.pipeline import extract
from timeline.plot import render

__all__ = [
    "CorpusError",
    "Document",
    "Event",
    "EventGraph",
    "InvalidDocumentDateError",
    "InvalidSettingError",
    "InvalidTextError",
    "Mention",
    "Node",
    "RuleDefinitionError",
    "Segment",
    "TimeExpression",
    "TimelineError",
    "build_graph",
    "extract",
    "read_corpus",
    "render",
]

__version__ = "0.1.0"
