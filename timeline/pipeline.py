"""``extract``: from text and publication date to a :class:`~timeline.model.Document`."""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import re

import attrs

from timeline.calendars import interval
from timeline.cues import tense
from timeline.errors import InvalidSettingError, InvalidTextError
from timeline.events import find_events
from timeline.header import HEADER_CHARS, find_published
from timeline.lang.ar import EVENTS, GRAMMAR
from timeline.lang.ar.lexicon import DAY_CLOCK_JOINERS
from timeline.merging import corefer, items_of
from timeline.model import Document, Event, Segment, TimeExpression, parse_date
from timeline.resolve import resolve
from timeline.rules import Candidate, alternation, join_day_and_clock, select
from timeline.segments import find_segments
from timeline.text import SENTENCE_END, Folded, NormalizedText, normalize
from timeline.triggers import tokenize

__all__ = ["PREFER", "extract"]

PREFER = ("auto", "past", "future")
_PAIR = re.compile(
    r"^\s*[،,(\-–]?\s*(?:الموافق|الموافقه|الذي\s+يوافق|م?وافق|يوافق)\s*(?:ل)?\s*\(?\s*$"
    r"|^\s*(?:[-–|/،,(]|\s)\s*$"
)
JOINERS = alternation(DAY_CLOCK_JOINERS)
_ABSOLUTE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ABSOLUTE_MONTH = re.compile(r"^\d{4}-\d{2}$")
_ABSOLUTE_YEAR = re.compile(r"^\d{4}$")


def _last_day(
    timexes: list[TimeExpression],
    positions: tuple[int, ...],
    bounds: list[int],
    position: int,
    anchor: dt.date | None,
    level: str = "D",
) -> dt.date | None:
    """The last day named earlier within the same sentence or paragraph, else ``anchor``.

    ``bounds`` are normalised offsets where sentences (or paragraphs) end.
    """
    index = bisect.bisect_right(bounds, position) - 1
    begin = bounds[index] if index >= 0 else 0
    begin_original = positions[begin] if positions and begin < len(positions) else begin
    for previous in reversed(timexes):
        if previous.start < begin_original:
            break
        if previous.type not in ("DATE", "TIME"):
            continue
        if _ABSOLUTE_DAY.match(previous.value[:10]):
            return dt.date.fromisoformat(previous.value[:10])
        if level in ("M", "Y") and _ABSOLUTE_MONTH.match(previous.value):
            return dt.date.fromisoformat(previous.value + "-01")
        if level == "Y" and _ABSOLUTE_YEAR.match(previous.value):
            return dt.date(int(previous.value), 1, 1)
    return anchor


def _segment_index(segments: tuple[Segment, ...], position: int) -> int:
    for i, seg in enumerate(segments):
        if seg.start <= position < seg.end:
            return i
    return len(segments) - 1


def _tense(prefer: str, normalized: str, cand: Candidate) -> str | None:
    if prefer != "auto":
        return prefer
    return tense(normalized, cand.start)


def extract(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    doc_id: str | None = None,
    prefer: str = "auto",
) -> Document:
    """Find the time expressions in an Arabic text and resolve them.

    Args:
        text: The text, exactly as it should be indexed (offsets refer to it).
        published: The publication date: a ``date``, a ``datetime`` or an ISO
            string. ``None``: take it from the text's header if it prints one, else
            leave relative expressions unanchored (``X`` values).
        doc_id: An identifier to carry along.
        prefer: ``"auto"`` (news: tense and cues decide, past by default),
            ``"past"`` or ``"future"`` (assistant-style: a bare weekday or month
            means the next one).

    Returns:
        The :class:`~timeline.model.Document`.

    Raises:
        InvalidTextError: ``text`` is not a ``str``.
        InvalidDocumentDateError: ``published`` is not a date.
        InvalidSettingError: ``prefer`` is not one of ``auto``, ``past``, ``future``.

    Examples:
        >>> import timeline
        >>> doc = timeline.extract("استدعت سيول اليوم الاثنين السفير", published="2024-10-21")
        >>> [(t.text, t.value) for t in doc.timexes]
        [('اليوم الاثنين', '2024-10-21')]
        >>> doc = timeline.extract("زار بيونغ يانغ في يونيو الماضي", published="2024-10-31")
        >>> doc.timexes[0].value
        '2024-06'
    """
    if not isinstance(text, str):
        raise InvalidTextError(f"text must be a str, not {type(text).__name__}")
    if prefer not in PREFER:
        raise InvalidSettingError(f"prefer={prefer!r}; expected one of {', '.join(PREFER)}")
    if doc_id is not None and not isinstance(doc_id, str):
        doc_id = str(doc_id)
    dct = parse_date(published)
    # an extraction allocates a few objects per word and frees almost none until
    # it is done: the cycle collector's passes over them would be wasted, and on a
    # long text they grow with it
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract(text, dct, doc_id, prefer)
    finally:
        if collecting:
            gc.enable()


def _extract(text: str, dct: dt.date | None, doc_id: str | None, prefer: str) -> Document:
    """:func:`extract` of checked arguments."""
    source = "caller" if dct is not None else None
    norm = normalize(text)
    # the words, read once for the time rules and the event reader
    tokens = tokenize(norm.normalized)
    found = [
        c
        for c in GRAMMAR.scan(norm.normalized, [token.start for token in tokens])
        if not c.spec.needs_future or _tense(prefer, norm.normalized, c) == "future"
    ]
    chosen = GRAMMAR.extend(norm.normalized, select(found))
    chosen = join_day_and_clock(norm.normalized, chosen, JOINERS)
    if dct is None:
        header = [
            (c.start, c.end, resolve(c.spec, None).value)
            for c in chosen
            if c.start < HEADER_CHARS and not c.spec.needs_anchor
        ]
        dct = find_published(norm.normalized, header, text)
        source = "header" if dct is not None else None
    # the text folded once, offsets kept: its lines' and its gaps' folds
    folded = Folded.of(text)
    segments = _same_day_blocks(find_segments(text, dct, folded), chosen, norm, dct)
    sentences = [m.end() for m in SENTENCE_END.finditer(norm.normalized)]
    paragraphs = [m.end() for m in re.finditer("\n", norm.normalized)]
    timexes: list[TimeExpression] = []
    tenses: list[str | None] = []
    ahead: set[int] = set()  # sentences that already named a day to come
    for cand in chosen:
        start, end = norm.to_original(cand.start, cand.end)
        index = _segment_index(segments, start)
        anchor = segments[index].published
        said = _tense(prefer, norm.normalized, cand)
        sentence = bisect.bisect_right(sentences, cand.start)
        if said is None and sentence in ahead:
            said = "future"  # "ينطلق غداً … ويستمر حتى 21 سبتمبر"
        tenses.append(said)
        if cand.spec.day_from_context:
            bounds = sentences if cand.spec.day_from_context == "sentence" else paragraphs
            anchor = _last_day(
                timexes, norm.positions, bounds, cand.start, anchor, level=cand.spec.unit or "D"
            )
        r = resolve(cand.spec, anchor, future=said == "future", near_future=said is None)
        if (
            anchor is not None
            and cand.spec.needs_anchor
            and cand.spec.type in ("DATE", "TIME")
            and r.earliest is not None
            and r.earliest > anchor
        ):
            ahead.add(sentence)
        timexes.append(
            TimeExpression(
                text=text[start:end],
                start=start,
                end=end,
                type=r.type,
                value=r.value,
                mod=r.mod,
                rule=cand.rule,
                calendar=cand.spec.calendar,
                hijri=r.hijri,
                anchor=anchor if cand.spec.needs_anchor else None,
                note=r.note,
                earliest=r.earliest,
                latest=r.latest,
                segment=index,
            )
        )
    timexes = _check_pairs(norm.normalized, chosen, timexes)
    timexes = _bound_undated_segments(segments, chosen, tenses, timexes)
    events = find_events(norm, timexes, segments, doc_id, EVENTS, tokens, sentences)
    doc = Document(
        id=doc_id,
        published=dct,
        text=text,
        timexes=timexes,
        events=events,
        segments=segments,
        published_source=source,
    )
    if len(events) > 1:
        doc = attrs.evolve(doc, events=_corefer(doc, folded))
    return doc


def _same_day_blocks(
    segments: tuple[Segment, ...],
    chosen: list[Candidate],
    norm: NormalizedText,
    dct: dt.date | None,
) -> tuple[Segment, ...]:
    """Date a related block that says "today" on the host's own weekday.

    A block after "اقرأ المزيد" that opens its news with "اليوم الثلاثاء" in an
    article published on a Tuesday is a report of the same day; one that names
    another weekday, or none, keeps an unknown date.
    """
    if dct is None or all(s.published is not None for s in segments):
        return segments
    out = list(segments)
    for cand in chosen:
        spec = cand.spec
        if not (spec.unit == "D" and spec.offset == 0 and spec.expect_weekday is not None):
            continue
        start, _ = norm.to_original(cand.start, cand.end)
        index = _segment_index(segments, start)
        segment = out[index]
        related = segment.published is None and segment.kind == "related"
        if related and spec.expect_weekday == dct.isoweekday():
            out[index] = attrs.evolve(segment, published=dct)
    return tuple(out)


def _corefer(doc: Document, folded: Folded | None = None) -> tuple[Event, ...]:
    """Mentions of one event in one article share what they say of its time
    (``folded``: the text's :class:`~timeline.text.Folded`, when known)."""
    from timeline.graph import FAMILIES
    from timeline.lang.ar import AGAIN, PERSONS, PLACE_COUNTRY
    from timeline.lang.ar.events import EVENT_SIGNALS
    from timeline.ordering import read_texts, repeated_events

    items = items_of([doc], FAMILIES, EVENTS.morphology)
    folds = None if folded is None else [folded]
    readings = read_texts([doc], items, EVENT_SIGNALS, AGAIN, folds)
    apart = repeated_events([doc], items, AGAIN, EVENT_SIGNALS, readings)
    return corefer(doc, FAMILIES, PLACE_COUNTRY, PERSONS, apart, items)


def _bound_undated_segments(
    segments: tuple[Segment, ...],
    chosen: list[Candidate],
    tenses: list[str | None],
    timexes: list[TimeExpression],
) -> list[TimeExpression]:
    """Give unanchored expressions of a segment with no date a lower bound.

    A related article that speaks of ``أغسطس 2024`` in the past was written in
    August 2024 or later; its ``العام الماضي`` is then 2023 or later. The value
    stays an X value; ``earliest`` carries the bound.
    """
    out = list(timexes)
    for index, segment in enumerate(segments):
        if segment.published is not None:
            continue
        inside = [i for i, t in enumerate(timexes) if t.segment == index]
        floors = [
            timexes[i].earliest
            for i in inside
            if not chosen[i].spec.needs_anchor
            and tenses[i] != "future"
            and timexes[i].earliest is not None
            and timexes[i].type in ("DATE", "TIME")
        ]
        if not floors:
            continue
        floor = max(d for d in floors if d is not None)
        named = {
            timexes[i].value[5:7]: timexes[i]
            for i in inside
            if len(timexes[i].value) == 7 and not timexes[i].value.startswith("X")
        }
        for i in inside:
            t, spec = timexes[i], chosen[i].spec
            if not t.value.startswith("X") or not spec.needs_anchor:
                continue
            same = named.get(t.value[5:7]) if t.value.startswith("XXXX-") else None
            if same is not None and len(t.value) == 7:
                # "قمة يونيو 2024 … والتقيا في يونيو": the June the segment names
                out[i] = attrs.evolve(
                    t,
                    earliest=same.earliest,
                    latest=same.latest,
                    note=_join(t.note, f"read as the {same.text} the segment names"),
                )
                continue
            # Values grow with the publication date, so the floor day gives the least.
            plain = attrs.evolve(spec, expect_weekday=None)
            bound = resolve(plain, floor, future=tenses[i] == "future").earliest
            if bound is None:
                continue
            out[i] = attrs.evolve(
                t,
                earliest=bound,
                note=_join(t.note, f"bounded below by the segment's own dates ({floor})"),
            )
    return out


def _check_pairs(
    normalized: str, chosen: list[Candidate], timexes: list[TimeExpression]
) -> list[TimeExpression]:
    """Cross-check a Hijri date and the Gregorian date paired with it.

    ``15 صفر 1445هـ الموافق 31 أغسطس 2023`` (or the two side by side in a dateline)
    state one day twice. When they agree, both are noted as checked. Local moon
    sighting often puts a Hijri date a day or two off the Umm al-Qura tables; the
    text's own Gregorian date then wins, with a note. A larger gap is a conflict,
    reported on both.
    """
    out = list(timexes)
    for i in range(len(chosen) - 1):
        a, b = chosen[i], chosen[i + 1]
        ta, tb = out[i], out[i + 1]
        if {ta.calendar, tb.calendar} != {"hijri", "gregorian"}:
            continue
        if not _PAIR.match(normalized[a.end : b.start]):
            continue
        hijri, greg = (ta, tb) if ta.calendar == "hijri" else (tb, ta)
        has_day = hijri.hijri is not None and len(hijri.hijri) == 10
        if not _ABSOLUTE_DAY.match(greg.value) or not (has_day or hijri.value.startswith("X")):
            continue
        gap = _days_apart(hijri.value, greg.value)
        if gap == 0:
            note = "Hijri and Gregorian dates agree"
            new_hijri = attrs.evolve(hijri, note=_join(hijri.note, note))
        elif gap is None or gap <= 2:
            span = interval(greg.value)
            note = f"Hijri date taken from the paired Gregorian date {greg.value}" + (
                "" if gap is None else f" (Umm al-Qura gives {hijri.value})"
            )
            new_hijri = attrs.evolve(
                hijri,
                value=greg.value,
                type=greg.type,
                note=_join(hijri.note, note),
                earliest=span[0] if span else None,
                latest=span[1] if span else None,
            )
        else:
            note = f"Hijri/Gregorian conflict: Hijri gives {hijri.value}, Gregorian {greg.value}"
            new_hijri = attrs.evolve(hijri, note=_join(hijri.note, note))
        new_greg = attrs.evolve(greg, note=_join(greg.note, note))
        if ta.calendar == "hijri":
            out[i], out[i + 1] = new_hijri, new_greg
        else:
            out[i], out[i + 1] = new_greg, new_hijri
    return out


def _days_apart(first: str, second: str) -> int | None:
    if not (_ABSOLUTE_DAY.match(first[:10]) and _ABSOLUTE_DAY.match(second[:10])):
        return None
    a, b = dt.date.fromisoformat(first[:10]), dt.date.fromisoformat(second[:10])
    return abs((a - b).days)


def _join(old: str | None, new: str) -> str:
    return f"{old}; {new}" if old else new
