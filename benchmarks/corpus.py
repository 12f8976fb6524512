"""Deterministic synthetic corpora built from the seed articles.

``recombined_documents(n)`` extracts the five seeds once, cuts them into
sentences (with their events and time expressions) and yields ``n`` articles,
each a deterministic draw of twelve sentences from the seeds, published on a
shifted date: every date and value of a sentence moves with it by whole months,
so months stay months. About three five-article stories come a month, over ten
years; the same sentences recur across articles, so events are reported many
times, as news does.

``shifted_documents(n)`` is the simpler corpus: whole seeds moved in time.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

import attrs

import timeline
from timeline.calendars import add_months, month_end

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


_Sentence = tuple[str, list[timeline.Event], list[timeline.TimeExpression], dt.date]


def _sentences(doc: timeline.Document) -> list[_Sentence]:
    """The sentences of a seed's dated segments that hold an event, with their events
    and time expressions (offsets relative to the sentence)."""
    out: list[_Sentence] = []
    spans = sorted({(e.sentence_start, e.sentence_end, e.segment) for e in doc.events})
    for start, end, segment in spans:
        published = doc.segments[segment].published if doc.segments else doc.published
        if published is None:
            continue
        events = [
            attrs.evolve(
                e,
                start=e.start - start,
                end=e.end - start,
                sentence_start=0,
                sentence_end=end - start,
                segment=0,
            )
            for e in doc.events
            if e.sentence_start == start
        ]
        timexes = [
            attrs.evolve(t, start=t.start - start, end=t.end - start, segment=0)
            for t in doc.timexes
            if start <= t.start and t.end <= end
        ]
        out.append((doc.text[start:end], events, timexes, published))
    return out


def _months_later(day: dt.date | None, months: int) -> dt.date | None:
    """``day`` moved by whole months; a month's first or last day stays one."""
    if day is None:
        return None
    year, month = add_months(day.year, day.month, months)
    last = month_end(year, month)
    at_end = day == month_end(day.year, day.month)
    return last if at_end else last.replace(day=min(day.day, last.day))


def _value_later(value: str | None, months: int) -> str | None:
    """A TIMEX3 value moved by whole months (``2024-06`` → ``2024-09``); others kept."""
    if value is None:
        return None
    if len(value) == 10 and value[4] == "-" and value[:4].isdigit() and value[5:7].isdigit():
        moved = _months_later(dt.date.fromisoformat(value), months)
        return moved.isoformat() if moved else value
    if len(value) == 7 and value[:4].isdigit() and value[5:].isdigit():
        moved = _months_later(dt.date(int(value[:4]), int(value[5:]), 1), months)
        return f"{moved.year:04d}-{moved.month:02d}" if moved else value
    if len(value) == 4 and value.isdigit() and months % 12 == 0:
        return f"{int(value) + months // 12:04d}"
    return value


def recombined_documents(
    n: int, *, sentences: int = 12, spread_days: int = 3650
) -> Iterator[timeline.Document]:
    """``n`` articles of seed sentences under shifted publication dates, deterministically."""
    pool = [s for doc in seed_documents() for s in _sentences(doc)]
    base = max(published for *_rest, published in pool)
    span = spread_days // 30
    for i in range(n):
        story = i // 5
        # whole months, so that months and years stay months and years; a story
        # every eleven days: about three stories a month over the spread
        months = (story * 11 // 30) % span - span // 2
        day = (story * 11) % 30  # stories of one month on different days
        published = _months_later(base, months) or base
        published = published.replace(day=min(published.day, 28)) + dt.timedelta(days=day % 3)
        rng = random.Random(f"{story}-{i % 5}")
        picked = sorted(rng.sample(range(len(pool)), min(sentences, len(pool))))
        name = f"r{i:06d}"
        text_parts: list[str] = []
        events: list[timeline.Event] = []
        timexes: list[timeline.TimeExpression] = []
        offset = 0
        for index in picked:
            text, sentence_events, sentence_timexes, _told = pool[index]
            for e in sentence_events:
                events.append(
                    attrs.evolve(
                        e,
                        id=f"{name}-e{len(events) + 1}",
                        start=e.start + offset,
                        end=e.end + offset,
                        sentence_start=offset,
                        sentence_end=e.sentence_end + offset,
                        earliest=_months_later(e.earliest, months),
                        latest=_months_later(e.latest, months),
                        value=_value_later(e.value, months),
                    )
                )
            for t in sentence_timexes:
                timexes.append(
                    attrs.evolve(
                        t,
                        start=t.start + offset,
                        end=t.end + offset,
                        earliest=_months_later(t.earliest, months),
                        latest=_months_later(t.latest, months),
                        value=_value_later(t.value, months) or t.value,
                    )
                )
            text_parts.append(text)
            offset += len(text) + 1
        body = "\n".join(text_parts)
        yield timeline.Document(
            id=name,
            published=published,
            text=body,
            timexes=timexes,
            events=events,
            segments=(
                timeline.Segment(start=0, end=len(body), kind="article", published=published),
            ),
        )
