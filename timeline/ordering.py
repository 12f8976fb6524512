"""Ordering merged events: textual edges, interval propagation, interval edges, order.

Works on clusters of mentions (see :mod:`timeline.merging`) and produces the
edges and narrowed intervals of the :class:`~timeline.graph.EventGraph`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import re
from collections import defaultdict, deque
from collections.abc import Mapping, Sequence

import attrs

from timeline.merging import Item
from timeline.model import Document
from timeline.text import Folded, fold, unfolded

__all__ = [
    "Again",
    "Constraint",
    "TextReading",
    "interval_edges",
    "moves_within",
    "order",
    "propagate",
    "read_texts",
    "repeated_events",
    "textual_constraints",
]


# Events a statement can be made during: "قال خلال زيارته"، "في مؤتمر صحفي".
_OCCASIONS = frozenset({"MEETING", "VISIT", "NEGOTIATION"})
_QUOTES = re.compile(r"[\"“”«»()]")
_CLAUSE_END = re.compile(r"[،,:؛;.\n]")


_LOOK_BEFORE = 60  # characters before a trigger where "again" words are read
_LOOK_AFTER = 40  # and after it


@attrs.frozen
class Again:
    """Words that tell an event happens again: after its trigger ("التقيا مرة أخرى")
    or before it ("مجموعة أخرى من المسؤولين سافروا")."""

    after: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    #: words before a trigger that point back at who an earlier event of the kind
    #: moved ("بعض هؤلاء الجنود انتقلوا"): that event came first, whoever it names
    follow: tuple[str, ...] = ()

    _finder: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)
    # the words in folded text, the same branches in the same order as the finder's
    _plain: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)
    _words: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "after", tuple(fold(w) for w in self.after))
        object.__setattr__(self, "before", tuple(fold(w) for w in self.before))
        object.__setattr__(self, "follow", tuple(fold(w) for w in self.follow))
        words = tuple(w for w in (*self.after, *self.before, *self.follow) if w)
        object.__setattr__(self, "_finder", unfolded(words))
        plain = "|".join(re.escape(w) for w in words) or "(?!)"
        object.__setattr__(self, "_plain", re.compile(plain))
        object.__setattr__(self, "_words", words)

    def spans(self, text: str, folded: Folded | None = None) -> list[tuple[int, int]]:
        """Where the words stand in ``text`` (one look per document), for :meth:`told`
        and :meth:`follows` to skip the triggers with none near them.

        ``folded``: :meth:`Folded.of <timeline.text.Folded.of>` ``text``, when
        known: the words are then looked for in the fold, a plain search at C speed
        (most texts hold none of them), and their places mapped back.
        """
        if folded is None:
            return [m.span() for m in self._finder.finditer(text)]
        # each word found by a plain search, then taken as the alternation of the
        # words would: left to right, at one place the first word listed, none
        # overlapping the one before
        fold_text = folded.text
        found = []
        for rank, word in enumerate(self._words):
            at = fold_text.find(word)
            while at >= 0:
                found.append((at, rank, at + len(word)))
                at = fold_text.find(word, at + 1)
        found.sort()
        spans = []
        end = 0
        for start, _rank, stop in found:
            if start >= end:
                spans.append(folded.original(start, stop))
                end = stop
        return spans

    def _near(
        self,
        text: str,
        lo: int,
        hi: int,
        spans: Sequence[tuple[int, int]] | None,
        folded: Folded | None,
    ) -> bool:
        if spans is not None:
            # a word inside [lo, hi) overlaps a span of the whole text's matches:
            # the first span ending after lo must start before hi
            at = bisect.bisect_right(spans, lo, key=lambda span: span[1])
            if at == len(spans) or spans[at][0] >= hi:
                return False
        if folded is not None:
            return self._plain.search(folded.text, folded.at(lo), folded.at(hi)) is not None
        return self._finder.search(text, lo, hi) is not None

    def told(
        self,
        text: str,
        start: int,
        end: int,
        spans: Sequence[tuple[int, int]] | None = None,
        folded: Folded | None = None,
    ) -> bool:
        """Whether the trigger at ``start:end`` of ``text`` is told as a repetition.

        ``spans``: :meth:`spans` of ``text``, and ``folded``: its
        :class:`~timeline.text.Folded`, when the caller looks at many triggers.
        """
        if not self._near(text, max(0, start - _LOOK_BEFORE), end + _LOOK_AFTER, spans, folded):
            return False  # none of the words anywhere near: nothing to fold
        after = f" {_fold_of(text, end, end + _LOOK_AFTER, folded)[:30]}"
        if any(f" {w}" in after for w in self.after):
            return True
        return self._before(text, start, self.before, folded)

    def follows(
        self,
        text: str,
        start: int,
        spans: Sequence[tuple[int, int]] | None = None,
        folded: Folded | None = None,
    ) -> bool:
        """Whether the trigger at ``start`` acts on those an earlier event moved."""
        if not self._near(text, max(0, start - _LOOK_BEFORE), start, spans, folded):
            return False
        return self._before(text, start, self.follow, folded)

    @staticmethod
    def _before(text: str, start: int, words: tuple[str, ...], folded: Folded | None) -> bool:
        if not words:
            return False
        before = _fold_of(text, max(0, start - _LOOK_BEFORE), start, folded)
        clause = f" {_QUOTES.sub(' ', _CLAUSE_END.split(before)[-1])} "
        return any(f" {w} " in clause for w in words)


def _fold_of(text: str, start: int, end: int, folded: Folded | None) -> str:
    """``fold(text[start:end])``, read from ``folded`` (all of ``text``) when given."""
    return fold(text[start:end]) if folded is None else folded.slice(start, end)


@attrs.frozen
class Constraint:
    """A relation between two clusters stated by the text.

    ``kind`` is ``BEFORE`` (source before target) or ``INCLUDES`` (source
    includes target); ``origin`` says where it came from (``signal``, ``again``,
    ``presupposition``) and ``weight`` how much it is trusted.
    """

    source: int
    target: int
    kind: str
    origin: str
    weight: int


_SIGNAL_GAP = 20  # words between two events of a sentence that a signal may join


def textual_constraints(
    documents: Sequence[Document],
    items: Sequence[Item],
    owner: Mapping[int, int],
    signals: Mapping[str, str],
    presupposes: Mapping[str, tuple[str, ...]],
    again: Again = Again(),
    echoes: frozenset[str] = frozenset(),
    resumptive: frozenset[str] = frozenset(),
    readings: Sequence[TextReading] | None = None,
) -> list[Constraint]:
    """Relations the texts state: signals in a sentence, "again", presuppositions.

    ``echoes``: words right before a statement that make it the words another
    statement of the sentence takes up ("ردد ما قاله ديتز": Dietz spoke first).
    ``resumptive``: words that take up the sentence's main event, so that a signal
    after them relates to it ("…، وذلك بعد أن قال"). ``readings``: the texts as
    :func:`read_texts` read them with the same ``signals`` and ``again``, when the
    caller has them already.
    """
    out: list[Constraint] = []
    if readings is None:
        readings = read_texts(documents, items, signals, again)
    for reading in readings:
        doc_items = reading.items
        for index, (a, b) in enumerate(itertools.pairwise(doc_items)):
            gap = reading.gaps[index]
            if gap is None:
                continue
            told = a.event.type == b.event.type == "STATEMENT"
            if told and gap and gap[-1] in echoes and owner[a.key] != owner[b.key]:
                out.append(Constraint(owner[b.key], owner[a.key], "BEFORE", "signal", 3))
                continue
            taken_up = any(word in resumptive for word in gap[-4:-1])
            if len(gap) > _SIGNAL_GAP and not taken_up:
                continue
            if taken_up:
                # "…، وذلك بعد أن قال": وذلك takes up the sentence's main event
                a = next(
                    i
                    for i in doc_items[: index + 1]
                    if i.event.sentence_start == b.event.sentence_start
                )
            # the signal stands just before the second event
            kind = reading.signals[index]
            ca, cb = owner[a.key], owner[b.key]
            if kind is None or ca == cb:
                continue
            if kind == "AFTER":  # A بعد B: B came first
                out.append(Constraint(cb, ca, "BEFORE", "signal", 3))
            elif kind == "BEFORE":
                out.append(Constraint(ca, cb, "BEFORE", "signal", 3))
            elif kind == "DURING" and (a.event.type != "STATEMENT" or b.event.type in _OCCASIONS):
                # "قال خلال زيارته": said during the visit; but "أشاد ببسالة
                # المقاتلين خلال المعارك": the bravery was during the battles,
                # the praise is not
                out.append(Constraint(cb, ca, "INCLUDES", "signal", 3))
        for item, teller in _told(doc_items):
            # what a statement tells as done was done before it was told
            if owner[item.key] != owner[teller.key]:
                out.append(Constraint(owner[item.key], owner[teller.key], "BEFORE", "report", 1))
        for previous, item in reading.again:
            if owner[previous.key] != owner[item.key]:
                out.append(Constraint(owner[previous.key], owner[item.key], "BEFORE", "again", 2))
        for item in doc_items:
            wanted = presupposes.get(item.event.type)
            if not wanted:
                continue
            for other in doc_items:
                if other.event.type not in wanted or owner[other.key] == owner[item.key]:
                    continue
                if other.event.segment != item.event.segment:
                    continue
                if item.location and other.location and item.location == other.location:
                    out.append(
                        Constraint(owner[other.key], owner[item.key], "BEFORE", "presupposition", 1)
                    )
    return out


def moves_within(
    groups: Sequence[Sequence[Item]],
    spans: Sequence[tuple[dt.date | None, dt.date | None]],
    places: Mapping[str, str],
    families: frozenset[str],
) -> list[Constraint]:
    """Troops sent to a country came before those of them moved to one of its regions.

    A cluster of ``families`` (deployments) placed in a region ("إلى مقاطعة كورسك")
    comes after a cluster of the same kind placed in the region's country ("إلى
    روسيا") that shares a party with it other than the country, when their spans
    can meet. Clusters are looked up by (family, country, party), so the cost grows
    with the clusters, not their pairs.
    """
    by_country: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    regional: list[tuple[int, str, str, set[str]]] = []  # cluster, family, country, parties
    for index, group in enumerate(groups):
        family = group[0].family
        if family not in families:
            continue
        located = {i.location for i in group if i.location}
        parties = {p for i in group for p in i.participants}
        for place in located:
            country = places.get(place)
            if country is None:
                for party in parties - {place}:
                    by_country[(family, place, party)].append(index)
            else:
                regional.append((index, family, country, parties))
    out: list[Constraint] = []
    for index, family, country, parties in regional:
        seen: set[int] = set()
        for party in parties - {country}:
            for other in by_country.get((family, country, party), ()):
                if other in seen or other == index or not _can_meet(spans[other], spans[index]):
                    continue
                seen.add(other)
                out.append(Constraint(other, index, "BEFORE", "presupposition", 1))
    return out


def _can_meet(a: Interval, b: Interval) -> bool:
    """Whether two spans (open where ``None``) overlap."""
    return not _empty((_max(a[0], b[0]), _min(a[1], b[1])))


def _told(doc_items: Sequence[Item]) -> list[tuple[Item, Item]]:
    """Pairs (event, statement) where the statement earlier in the sentence tells the
    event as done ("قالت إن كوريا الشمالية أرسلت جنوداً")."""
    out = []
    teller: Item | None = None
    for item in doc_items:
        if teller is not None and teller.event.sentence_start != item.event.sentence_start:
            teller = None
        if item.event.type == "STATEMENT" and item.event.modality != "reported":
            teller = item
        elif teller is not None and item.event.modality == "reported":
            # a deed, or a telling quoted in the teller's words ("تبادلا الرسائل")
            out.append((item, teller))
    return out


def _again(
    text: str, doc_items: Sequence[Item], again: Again, folded: Folded | None = None
) -> list[tuple[Item, Item]]:
    """Pairs (earlier, later) where the later event happens "again" (مرة أخرى);
    ``folded``: ``text`` folded, when known."""
    out: list[tuple[Item, Item]] = []
    spans = again.spans(text, folded)
    if not spans:
        return out
    ends = [end for _start, end in spans]
    for index, item in enumerate(doc_items):
        # told and follows look no farther from a trigger than these
        at = bisect.bisect_right(ends, max(0, item.event.start - _LOOK_BEFORE))
        if at == len(spans) or spans[at][0] >= item.event.end + _LOOK_AFTER:
            continue
        told = again.told(text, item.event.start, item.event.end, spans, folded)
        follows = not told and again.follows(text, item.event.start, spans, folded)
        if not (told or follows):
            continue
        for previous in reversed(doc_items[:index]):
            same = previous.family == item.family and (
                follows
                or previous.participants & item.participants
                or not (previous.participants and item.participants)
            )
            if same:
                out.append((previous, item))
                break
    return out


def repeated_events(
    documents: Sequence[Document],
    items: Sequence[Item],
    again: Again = Again(),
    signals: Mapping[str, str] | None = None,
    readings: Sequence[TextReading] | None = None,
) -> list[tuple[int, int]]:
    """Mention keys, the earlier first, the text says are two occurrences ("they met
    again"), or, with ``signals``, two events of a kind one sentence puts in order
    ("غارة إسرائيلية … و"حزب الله" يرد بقصف": the response is another attack).

    ``readings``: the texts as :func:`read_texts` read them with the same
    ``signals`` and ``again``, when the caller has them already.
    """
    if readings is None:
        readings = read_texts(documents, items, signals or {}, again)
    pairs = []
    for reading in readings:
        pairs += [(a.key, b.key) for a, b in reading.again]
        if not signals:
            continue
        for index, (a, b) in enumerate(itertools.pairwise(reading.items)):
            gap = reading.gaps[index]
            if gap is None or a.family != b.family or len(gap) > _SIGNAL_GAP:
                continue
            kind = reading.signals[index]
            if kind == "AFTER":
                pairs.append((b.key, a.key))
            elif kind == "BEFORE":
                pairs.append((a.key, b.key))
    return pairs


@attrs.frozen
class TextReading:
    """One article's mentions in text order, with what its text says between them
    (:func:`read_texts`)."""

    #: the article's mentions, by where they stand
    items: tuple[Item, ...]
    #: per neighbouring pair ``items[i]``, ``items[i + 1]`` of one sentence, the
    #: folded words between them; ``None`` for a pair of two sentences
    gaps: tuple[tuple[str, ...] | None, ...]
    #: per pair, the kind of the signal just before the second (``AFTER``,
    #: ``BEFORE``, ``DURING``), if any
    signals: tuple[str | None, ...]
    #: pairs (earlier, later) where the later event happens "again"
    again: tuple[tuple[Item, Item], ...]


def read_texts(
    documents: Sequence[Document],
    items: Sequence[Item],
    signals: Mapping[str, str],
    again: Again = Again(),
    folds: Sequence[Folded] | None = None,
) -> list[TextReading]:
    """What each article says between its mentions, read once for
    :func:`repeated_events` and :func:`textual_constraints`, in document order.

    ``folds``: each document's text folded (:meth:`Folded.of
    <timeline.text.Folded.of>`), when the caller has them."""
    folded = _folded(signals)
    by_doc: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        by_doc[item.doc_index].append(item)
    out = []
    for doc_index, doc_items in by_doc.items():
        doc_items.sort(key=lambda i: i.event.start)
        text = documents[doc_index].text
        # one fold of the text for every gap
        folded_text = Folded.of(text) if folds is None else folds[doc_index]
        gaps: list[tuple[str, ...] | None] = []
        kinds: list[str | None] = []
        for a, b in itertools.pairwise(doc_items):
            if a.event.sentence_start != b.event.sentence_start:
                gaps.append(None)
                kinds.append(None)
                continue
            gap = tuple(folded_text.slice(a.event.end, b.event.start).split())
            gaps.append(gap)
            kinds.append(_tail_signal(gap, folded) if folded else None)
        out.append(
            TextReading(
                items=tuple(doc_items),
                gaps=tuple(gaps),
                signals=tuple(kinds),
                again=tuple(_again(text, doc_items, again, folded_text)),
            )
        )
    return out


def _folded(signals: Mapping[str, str]) -> list[tuple[str, str]]:
    """The signal words folded and set between spaces, the longest first (a phrase
    before its words)."""
    folded = sorted(((fold(k), v) for k, v in signals.items()), key=lambda x: -len(x[0]))
    return [(f" {word} ", kind) for word, kind in folded]


def _tail_signal(gap: Sequence[str], folded: Sequence[tuple[str, str]]) -> str | None:
    """The kind of the signal that stands just before the second event, if any
    (``folded``: :func:`_folded`)."""
    tail = f" {' '.join(gap[-4:])} "
    for word, kind in folded:
        if word in tail:
            return kind
    return None


Interval = tuple[dt.date | None, dt.date | None]


def _empty(span: Interval) -> bool:
    return span[0] is not None and span[1] is not None and span[0] > span[1]


def propagate(
    intervals: list[Interval], constraints: Sequence[Constraint]
) -> tuple[list[Interval], list[Constraint], list[str]]:
    """Narrow intervals along the constraints; drop and report those that clash.

    Constraints are taken strongest first; each is propagated from its own two
    nodes outwards (only what it changes is looked at again), and one that would
    empty an interval, close a cycle of ``BEFORE`` or put an event before one it
    includes (or lies in) is set aside, its changes undone.

    Returns:
        The narrowed intervals, the constraints kept, and conflict messages.
    """
    intervals = list(intervals)
    kept: list[Constraint] = []
    conflicts: list[str] = []
    touching: dict[int, list[Constraint]] = defaultdict(list)
    befores = _Befores()
    kinds: dict[frozenset[int], set[str]] = defaultdict(set)  # kept kinds per pair
    # Strongest first: a weaker constraint that contradicts stronger ones goes.
    for constraint in sorted(constraints, key=lambda c: -c.weight):
        pair = frozenset((constraint.source, constraint.target))
        other = {"BEFORE": "INCLUDES", "INCLUDES": "BEFORE"}.get(constraint.kind)
        if other in kinds[pair]:
            # "قال خلال زيارته" … "المحادثات كانت مثمرة": what one was told during
            # an event is not also before it
            conflicts.append(
                f"{constraint.origin} relation {constraint.source}→{constraint.target} "
                f"contradicts a kept {other} relation; set aside"
            )
            continue
        later: set[int] = set()
        if constraint.kind == "BEFORE":
            found = befores.later(constraint.source, constraint.target)
            if found is None:
                conflicts.append(
                    f"{constraint.origin} relation {constraint.source}→{constraint.target} "
                    "would close a cycle of BEFORE; set aside"
                )
                continue
            later = found
        if not _narrow(intervals, touching, constraint):
            conflicts.append(
                f"{constraint.origin} relation {constraint.source}→{constraint.target} "
                "contradicts the dates; set aside"
            )
            continue
        kept.append(constraint)
        kinds[pair].add(constraint.kind)
        touching[constraint.source].append(constraint)
        touching[constraint.target].append(constraint)
        if constraint.kind == "BEFORE":
            befores.add(constraint.source, constraint.target, later)
    return intervals, kept, conflicts


_NARROW_STEPS = 200  # constraint visits one new constraint may cause, per kept one


def _narrow(
    intervals: list[Interval], touching: Mapping[int, list[Constraint]], new: Constraint
) -> bool:
    """Propagate ``new`` over the kept constraints; undo and say False on a clash."""
    undo: dict[int, Interval] = {}
    work: deque[Constraint] = deque([new])
    budget = _NARROW_STEPS * (len(touching) + 1)
    while work and budget:
        budget -= 1
        c = work.popleft()
        a, b = intervals[c.source], intervals[c.target]
        if c.kind == "BEFORE":
            # the later one starts no sooner than the earlier one starts
            new_a, new_b = (a[0], _min(a[1], b[1])), (_max(b[0], a[0]), b[1])
        else:  # INCLUDES: target lies inside source
            new_a, new_b = a, (_max(b[0], a[0]), _min(b[1], a[1]))
        for node, old, narrowed in ((c.source, a, new_a), (c.target, b, new_b)):
            if narrowed == old:
                continue
            undo.setdefault(node, old)
            intervals[node] = narrowed
            if _empty(narrowed):
                for index, interval in undo.items():
                    intervals[index] = interval
                return False
            work.extend(other for other in touching.get(node, ()) if other is not c)
            if c is not new and node in (new.source, new.target):
                work.append(new)
    return True


class _Befores:
    """The kept ``BEFORE`` relations, with a topological rank of their nodes kept up
    to date as relations come (Pearce and Kelly's dynamic topological order): a
    new relation from a lower rank to a higher closes no cycle, and one the other
    way round is checked and reordered only over the nodes ranked between its two
    ends, not over all it reaches."""

    def __init__(self) -> None:
        self._after: dict[int, list[int]] = defaultdict(list)
        self._before: dict[int, list[int]] = defaultdict(list)
        self._rank: dict[int, int] = {}
        self._low = 0
        self._high = 0

    def later(self, source: int, target: int) -> set[int] | None:
        """The nodes that ``source → target`` would have to move behind ``source``
        (for :meth:`add`), or ``None`` when a path of kept relations already leads
        from ``target`` to ``source`` (the new one would close a cycle)."""
        rank = self._rank
        if source not in rank:
            self._low -= 1  # a new node goes before every other
            rank[source] = self._low
        if target not in rank:
            self._high += 1  # and a new node after
            rank[target] = self._high
        bound = rank[source]
        if rank[target] > bound:
            return set()
        # a path from target to source runs through ranks between theirs only
        found, stack = {target}, [target]
        while stack:
            node = stack.pop()
            if node == source:
                return None
            for nxt in self._after.get(node, ()):
                if nxt not in found and rank[nxt] <= bound:
                    found.add(nxt)
                    stack.append(nxt)
        return found

    def add(self, source: int, target: int, later: set[int]) -> None:
        """Keep ``source → target``; ``later`` is :meth:`later`'s answer."""
        self._after[source].append(target)
        self._before[target].append(source)
        if not later:
            return
        rank = self._rank
        floor = rank[target]
        earlier, stack = {source}, [source]
        while stack:
            node = stack.pop()
            for previous in self._before.get(node, ()):
                if previous not in earlier and rank[previous] >= floor:
                    earlier.add(previous)
                    stack.append(previous)
        # the same ranks, given to what comes before first, then to what follows
        moved = sorted(earlier, key=rank.__getitem__) + sorted(later, key=rank.__getitem__)
        for node, value in zip(moved, sorted(rank[n] for n in moved), strict=True):
            rank[node] = value


def _max(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return b if a is None else a if b is None else max(a, b)


def _min(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return b if a is None else a if b is None else min(a, b)


def interval_edges(intervals: Sequence[Interval]) -> list[tuple[int, int, str]]:
    """``BEFORE`` edges of the interval order (its transitive reduction, by groups)
    and ``SIMULTANEOUS`` edges between nodes on the same single day."""
    groups: dict[Interval, list[int]] = defaultdict(list)
    for index, span in enumerate(intervals):
        if span[0] is not None and span[1] is not None:
            groups[span].append(index)
    spans = sorted(groups, key=lambda s: (s[1], s[0]))
    ends = [s[1] for s in spans if s[1] is not None]
    edges: list[tuple[int, int, str]] = []
    running_max_start: list[dt.date] = []
    best: dt.date | None = None
    for span in spans:
        best = span[0] if best is None or span[0] > best else best  # type: ignore[operator]
        running_max_start.append(best)  # type: ignore[arg-type]
    for span in spans:
        start = span[0]
        assert start is not None
        count = bisect.bisect_left(ends, start)  # spans ending before this one starts
        if not count:
            continue
        floor = running_max_start[count - 1]
        # A precedes B directly unless some C lies between them (C starts after A ends)
        for index in range(count - 1, -1, -1):
            pred = spans[index]
            if pred[1] is not None and pred[1] < floor:
                break
            for source in groups[pred][:1]:
                for target in groups[span]:
                    edges.append((source, target, "BEFORE"))
            for source in groups[pred][1:]:
                edges.append((source, groups[span][0], "BEFORE"))
    for span, members in groups.items():
        if span[0] == span[1]:
            for a, b in itertools.pairwise(members):
                edges.append((a, b, "SIMULTANEOUS"))
    return edges


def order(
    intervals: Sequence[Interval],
    before: Sequence[tuple[int, int]],
    provenance: Sequence[tuple[int, int]],
    horizon: dt.date | None,
) -> list[int]:
    """Node indices in time order: a topological order of ``before``, ties by the
    day each event had happened by (its latest day; an event open towards the future
    by its earliest day, or the corpus's last publication day if later)."""
    far = dt.date.max

    def estimate(index: int) -> dt.date:
        # by when it had happened: a July visit comes before a meeting known only
        # to be "last year", a day before the month it lies in
        early, late = intervals[index]
        if late is not None:
            return late
        if early is not None:
            return max(early, horizon) if horizon else early
        return far

    successors: dict[int, set[int]] = defaultdict(set)
    indegree = [0] * len(intervals)
    for a, b in before:
        if b not in successors[a]:
            successors[a].add(b)
            indegree[b] += 1
    heap = [(estimate(i), provenance[i], i) for i in range(len(intervals)) if not indegree[i]]
    heapq.heapify(heap)
    out: list[int] = []
    while heap:
        _est, _prov, index = heapq.heappop(heap)
        out.append(index)
        for nxt in sorted(successors[index]):
            indegree[nxt] -= 1
            if not indegree[nxt]:
                heapq.heappush(heap, (estimate(nxt), provenance[nxt], nxt))
    if len(out) < len(intervals):  # a cycle slipped through: keep the rest by estimate
        rest = sorted(set(range(len(intervals))) - set(out), key=lambda i: (estimate(i), i))
        out.extend(rest)
    return out
