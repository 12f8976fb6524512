"""The library's data model: frozen attrs values with a stable JSON shape."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from timeline.errors import InvalidDocumentDateError

__all__ = ["Document", "Event", "Mention", "Segment", "TimeExpression", "parse_date"]


def parse_date(value: object, *, what: str = "published") -> dt.date | None:
    """Turn a ``date``, a ``datetime`` or an ISO string into a ``date``.

    Args:
        value: The value to convert; ``None`` passes through.
        what: The argument's name, for the error message.

    Returns:
        The date, or ``None``.

    Raises:
        InvalidDocumentDateError: ``value`` is not a date in any of those forms.

    Examples:
        >>> parse_date("2024-10-21")
        datetime.date(2024, 10, 21)
        >>> parse_date(None) is None
        True
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return (
                dt.date.fromisoformat(text[:10]) if len(text) >= 10 else dt.date.fromisoformat(text)
            )
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
        raise InvalidDocumentDateError(f"{what}={value!r} is not an ISO date such as '2024-10-21'")
    raise InvalidDocumentDateError(
        f"{what} must be a date, a datetime or an ISO date string, not {type(value).__name__}"
    )


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _check_span(instance: Any, attribute: Any, value: int) -> None:
    if instance.start < 0 or instance.end <= instance.start:
        raise ValueError(f"bad span [{instance.start}, {instance.end})")


@attrs.frozen(kw_only=True)
class TimeExpression:
    """One time expression (a TIMEX3) found in a text.

    Attributes:
        text: The surface, ``source[start:end]``.
        start: Code-point offset of the first character in the source text.
        end: Offset one past the last character.
        type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: The TIMEX3 value, such as ``2024-10-21``, ``2024-06``, ``P6W``,
            ``PAST_REF`` or ``XXXX-XX-XX`` when it cannot be anchored.
        mod: ``START``, ``MID``, ``END``, ``APPROX``, ``MORE_THAN``, ``LESS_THAN``,
            ``BEFORE``, ``AFTER`` or ``None``.
        rule: Name of the rule that found it.
        calendar: ``gregorian`` or ``hijri`` (the calendar the text used).
        hijri: The Hijri reading (``1445-02-15``, ``1446-09``) for Hijri expressions.
        anchor: The publication date the value was resolved against, if any.
        note: Why a value is unusual: a weekday conflict, an invalid date, an
            unchecked ``الموافق`` pair.
        earliest: First day the expression can denote (``None`` if open or unknown);
            a ``START``/``MID``/``END`` mod narrows the value's span to that third.
        latest: Last day the expression can denote.
        segment: Index of the document segment the expression lies in.
    """

    text: str
    start: int = attrs.field(validator=_check_span)
    end: int
    type: str
    value: str
    mod: str | None = None
    rule: str = ""
    calendar: str = "gregorian"
    hijri: str | None = None
    anchor: dt.date | None = None
    note: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    segment: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dictionary (GUIDE §5 keys first)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "rule": self.rule,
            "calendar": self.calendar,
            "hijri": self.hijri,
            "anchor": _iso(self.anchor),
            "note": self.note,
            "earliest": _iso(self.earliest),
            "latest": _iso(self.latest),
            "segment": self.segment,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeExpression:
        """Rebuild a time expression from :meth:`to_dict` output."""
        return cls(
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            type=data["type"],
            value=data["value"],
            mod=data.get("mod"),
            rule=data.get("rule", ""),
            calendar=data.get("calendar", "gregorian"),
            hijri=data.get("hijri"),
            anchor=parse_date(data.get("anchor"), what="anchor"),
            note=data.get("note"),
            earliest=parse_date(data.get("earliest"), what="earliest"),
            latest=parse_date(data.get("latest"), what="latest"),
            segment=int(data.get("segment", 0)),
        )


@attrs.frozen(kw_only=True)
class Segment:
    """A stretch of a document with its own publication date.

    A news page often carries other articles: a ``اقرأ أيضاً`` block or one-line
    related headlines. Their relative expressions must not be anchored on the host
    article's date.

    Attributes:
        start: Offset where the segment starts.
        end: Offset one past its end.
        kind: ``article`` (the host), ``related`` (a related-article block) or
            ``headline`` (a one-line related headline).
        published: The segment's publication date, or ``None`` when unknown.
    """

    start: int
    end: int
    kind: str = "article"
    published: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dictionary."""
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "published": _iso(self.published),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Segment:
        """Rebuild a segment from :meth:`to_dict` output."""
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            kind=data.get("kind", "article"),
            published=parse_date(data.get("published")),
        )


@attrs.frozen(kw_only=True)
class Mention:
    """Where an event is reported: document id, trigger offsets and surface."""

    doc: str
    start: int
    end: int
    trigger: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dictionary."""
        return {"doc": self.doc, "start": self.start, "end": self.end, "trigger": self.trigger}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        """Rebuild a mention from :meth:`to_dict` output."""
        return cls(
            doc=data["doc"], start=int(data["start"]), end=int(data["end"]), trigger=data["trigger"]
        )


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened or is planned, found from a trigger word.

    Attributes:
        id: Identifier unique in its document (``000-e3``).
        type: Event type such as ``MEETING`` or ``SUMMONS``.
        trigger: The trigger's surface.
        start: Offset of the trigger.
        end: Offset one past the trigger.
        earliest: First possible day, or ``None`` when open.
        latest: Last possible day, or ``None`` when open.
        value: The TIMEX3 value the event was dated from.
        participants: Countries, people and organisations taking part.
        location: Where it happened, if said.
        modality: ``asserted``, ``reported``, ``planned``, ``expected``,
            ``denied`` or ``hypothetical``.
        sentence_start: Offset where the event's sentence starts.
        sentence_end: Offset where it ends.
        segment: Index of the document segment the event lies in.
        signal: How the dating expression bounds the event: ``SINCE``,
            ``AFTER``, ``BEFORE``, ``BY`` (the time the event was reported, so it
            happened then or earlier), ``ENDS`` (the event closes then:
            "يختتم القمة يوم الخميس"), ``BEGINS`` (it opens then),
            ``AFTER_EVENT``/``BEFORE_EVENT`` (the expression dates another event
            this one follows or precedes: "تبادلا الرسائل بعد زيارة … في يوليو")
            or ``None`` (the event lies within it).
    """

    id: str
    type: str
    trigger: str
    start: int
    end: int
    earliest: dt.date | None = None
    latest: dt.date | None = None
    value: str | None = None
    participants: tuple[str, ...] = ()
    location: str | None = None
    modality: str = "asserted"
    sentence_start: int = 0
    sentence_end: int = 0
    segment: int = 0
    signal: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dictionary (GUIDE §5)."""
        return {
            "id": self.id,
            "type": self.type,
            "trigger": self.trigger,
            "start": self.start,
            "end": self.end,
            "earliest": _iso(self.earliest),
            "latest": _iso(self.latest),
            "value": self.value,
            "participants": list(self.participants),
            "location": self.location,
            "modality": self.modality,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "segment": self.segment,
            "signal": self.signal,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        """Rebuild an event from :meth:`to_dict` output."""
        return cls(
            id=data["id"],
            type=data["type"],
            trigger=data["trigger"],
            start=int(data["start"]),
            end=int(data["end"]),
            earliest=parse_date(data.get("earliest"), what="earliest"),
            latest=parse_date(data.get("latest"), what="latest"),
            value=data.get("value"),
            participants=tuple(data.get("participants", ())),
            location=data.get("location"),
            modality=data.get("modality", "asserted"),
            sentence_start=int(data.get("sentence_start", 0)),
            sentence_end=int(data.get("sentence_end", 0)),
            segment=int(data.get("segment", 0)),
            signal=data.get("signal"),
        )


def _tuple(items: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Document:
    """A text with its publication date and what was found in it.

    Attributes:
        id: The document's identifier (``None`` if the caller gave none).
        published: The publication date (DCT), or ``None`` when unknown.
        text: The text exactly as given.
        timexes: The time expressions, in text order.
        events: The events, in text order.
        segments: The document's segments; the first is the host article.
        published_source: ``caller``, ``header`` or ``None``: where the
            publication date came from.
    """

    id: str | None
    published: dt.date | None
    text: str
    timexes: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_tuple)
    published_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of GUIDE §5 (plus the text and segments).

        Examples:
            >>> import timeline
            >>> d = timeline.extract("وصل الوفد أمس", published="2024-10-21", doc_id="x")
            >>> d.to_dict()["timexes"][0]["value"]
            '2024-10-20'
        """
        return {
            "id": self.id,
            "published": _iso(self.published),
            "published_source": self.published_source,
            "text": self.text,
            "timexes": [t.to_dict() for t in self.timexes],
            "events": [e.to_dict() for e in self.events],
            "segments": [s.to_dict() for s in self.segments],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output.

        Examples:
            >>> import timeline
            >>> d = timeline.extract("وصل الوفد أمس", published="2024-10-21")
            >>> timeline.Document.from_dict(d.to_dict()) == d
            True
        """
        return cls(
            id=data.get("id"),
            published=parse_date(data.get("published")),
            text=data.get("text", ""),
            timexes=[TimeExpression.from_dict(t) for t in data.get("timexes", ())],
            events=[Event.from_dict(e) for e in data.get("events", ())],
            segments=[Segment.from_dict(s) for s in data.get("segments", ())],
            published_source=data.get("published_source"),
        )
