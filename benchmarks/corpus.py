"""A deterministic synthetic corpus: the seed articles again and again, moved in time.

``shifted_documents(n)`` extracts the five seed articles once and yields ``n``
documents: seed ``i % 5`` with every date (publication, time expressions, events)
moved by a deterministic number of days, under a fresh id. The graph of such a
corpus has the shape of real news: the same kinds of events, told by several
articles, spread over years.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import attrs

import timeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _shift(day: dt.date | None, days: int) -> dt.date | None:
    return day + dt.timedelta(days=days) if day is not None else None


def _moved(doc: timeline.Document, days: int, doc_id: str) -> timeline.Document:
    events = [
        attrs.evolve(
            e,
            id=f"{doc_id}-{e.id.rsplit('-', 1)[-1]}",
            earliest=_shift(e.earliest, days),
            latest=_shift(e.latest, days),
        )
        for e in doc.events
    ]
    timexes = [
        attrs.evolve(t, earliest=_shift(t.earliest, days), latest=_shift(t.latest, days))
        for t in doc.timexes
    ]
    return attrs.evolve(
        doc, id=doc_id, published=_shift(doc.published, days), events=events, timexes=timexes
    )


def seed_documents() -> list[timeline.Document]:
    """The five seeds, extracted with their manifest dates."""
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    del manifest
    return timeline.read_corpus(SEEDS)


def shifted_documents(n: int, *, spread_days: int = 3650) -> Iterator[timeline.Document]:
    """``n`` documents: the seeds moved in time, deterministically."""
    seeds = seed_documents()
    for i in range(n):
        # a story (five articles) every ~11 days, repeated over the spread
        days = ((i // 5) * 11) % spread_days - spread_days // 2
        yield _moved(seeds[i % len(seeds)], days, f"s{i:06d}")
