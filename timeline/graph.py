"""The cross-document event graph: one node per real-world event, ordered.

:func:`build_graph` turns the events of many documents into an
:class:`EventGraph`:

1. **Merging.** Mentions of one real-world event (the June 2024 summit reported by
   three articles) become one node. Candidate pairs come from blocking — the same
   type family and the same month, or, for events with an open interval, the same
   type family and participant — never from comparing every pair. A pair merges
   when the intervals overlap, the participants agree and the places agree; a merge
   that would leave a node with an empty interval is refused.
2. **Edges.** ``BEFORE`` edges come from the intervals (the transitive reduction of
   "ends before the other begins"), from signals inside a sentence (``بعد``،
   ``عقب``، ``في أعقاب``، ``قبل``، ``خلال``), from "again" (``مرة أخرى``) and from
   what an event presupposes (a recapture comes after the attack on that place).
   ``SIMULTANEOUS`` and ``INCLUDES`` come from equal and nested intervals and from
   ``خلال``/``عندما``.
3. **Propagation.** Intervals are narrowed along ``BEFORE`` edges until nothing
   changes (an event after X and before Y lies between). A cycle of ``BEFORE`` or
   an edge that the intervals contradict is reported in :attr:`EventGraph.conflicts`
   and dropped; the rest is still ordered.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from timeline.lang.ar import display as ar
from timeline.merging import PLACED, Item, cluster, items_of
from timeline.model import Document, Mention, parse_date
from timeline.ordering import (
    interval_edges,
    moves_within,
    order,
    propagate,
    read_texts,
    repeated_events,
    textual_constraints,
)

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EventGraph", "Node", "build_graph"]

# Types that may name one real-world event from different angles: a state visit is
# reported as a visit, a summit or talks.
FAMILIES: Mapping[str, str] = {"MEETING": "MEETING", "VISIT": "MEETING"}
# A recapture presupposes that the place was taken first.
PRESUPPOSES: Mapping[str, tuple[str, ...]] = {"RECAPTURE": ("INVASION", "ATTACK")}
_BROAD = 400  # days: an interval wider than this is too vague to merge on alone
_DAY = dt.timedelta(days=1)


@attrs.frozen(kw_only=True)
class Node:
    """One real-world event and every mention of it.

    Attributes:
        id: Stable identifier (``n0007``).
        type: Event type of its first mention.
        label: A short readable label (trigger and main participants).
        earliest: First possible day, or ``None``.
        latest: Last possible day, or ``None``.
        value: The most precise TIMEX3 value among its mentions.
        participants: Participants of all mentions, in order of first mention.
        location: The place, if any mention gives one.
        modality: The strongest modality among its mentions (asserted wins).
        mentions: Where it is reported.
        documents: How many distinct documents report it.
    """

    id: str
    type: str
    label: str
    earliest: dt.date | None
    latest: dt.date | None
    value: str | None
    participants: tuple[str, ...]
    location: str | None
    modality: str
    mentions: tuple[Mention, ...]

    @property
    def documents(self) -> int:
        """How many distinct documents report this event."""
        return len({m.doc for m in self.mentions})

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of GUIDE §5 (plus extra keys)."""
        return {
            "id": self.id,
            "type": self.type,
            "label": self.label,
            "earliest": _iso(self.earliest),
            "latest": _iso(self.latest),
            "value": self.value,
            "participants": list(self.participants),
            "location": self.location,
            "modality": self.modality,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Node:
        """Rebuild a node from :meth:`to_dict` output."""
        return cls(
            id=data["id"],
            type=data["type"],
            label=data.get("label", ""),
            earliest=parse_date(data.get("earliest"), what="earliest"),
            latest=parse_date(data.get("latest"), what="latest"),
            value=data.get("value"),
            participants=tuple(data.get("participants", ())),
            location=data.get("location"),
            modality=data.get("modality", "asserted"),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", ())),
        )


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@attrs.frozen(kw_only=True)
class EventGraph:
    """Events of many documents, merged and ordered.

    Attributes:
        nodes: The nodes, by id, in time order.
        edges: ``(source, target, relation)`` triples: ``BEFORE`` (source before
            target), ``SIMULTANEOUS`` or ``INCLUDES`` (source includes target).
        conflicts: Contradictions found and set aside, in words.
        sources: Each source document's id and publication date.
    """

    nodes: Mapping[str, Node]
    edges: tuple[tuple[str, str, str], ...]
    conflicts: tuple[str, ...] = ()
    sources: Mapping[str, dt.date | None] = attrs.field(factory=dict)

    def __len__(self) -> int:
        return len(self.nodes)

    def node_of(self, doc: str, start: int) -> Node | None:
        """The node holding the mention of document ``doc`` at trigger offset ``start``."""
        for node in self.nodes.values():
            for mention in node.mentions:
                if mention.doc == doc and mention.start <= start < mention.end:
                    return node
        return None

    def relation(self, a: str, b: str) -> str | None:
        """What the graph says of node ``a`` against node ``b``.

        Returns:
            ``BEFORE``, ``AFTER``, ``SIMULTANEOUS``, ``INCLUDES``, ``DURING`` or
            ``None`` when nothing is implied. ``BEFORE`` is implied by the
            intervals (``a`` ends before ``b`` begins) or by a path of edges.
        """
        na, nb = self.nodes[a], self.nodes[b]
        if _before(na, nb) or self._path(a, b):
            return "BEFORE"
        if _before(nb, na) or self._path(b, a):
            return "AFTER"
        for source, target, rel in self.edges:
            if rel == "SIMULTANEOUS" and {source, target} == {a, b}:
                return "SIMULTANEOUS"
            if rel == "INCLUDES" and (source, target) == (a, b):
                return "INCLUDES"
            if rel == "INCLUDES" and (source, target) == (b, a):
                return "DURING"
        return None

    def _path(self, a: str, b: str) -> bool:
        successors: dict[str, list[str]] = defaultdict(list)
        for source, target, rel in self.edges:
            if rel == "BEFORE":
                successors[source].append(target)
            elif rel == "SIMULTANEOUS":
                successors[source].append("=" + target)
        seen = {a}
        stack: list[tuple[str, bool]] = [(a, False)]
        while stack:
            node, crossed = stack.pop()
            for nxt in successors.get(node, ()):
                simultaneous = nxt.startswith("=")
                name = nxt[1:] if simultaneous else nxt
                passed = crossed or not simultaneous
                if name == b and passed:
                    return True
                key = name + ("+" if passed else "")
                if key not in seen:
                    seen.add(key)
                    stack.append((name, passed))
        return False

    def ordered(self) -> list[Node]:  # nodes are stored in time order
        """The nodes in time order.

        A node never comes before one the graph puts before it. Among nodes the
        graph does not order, the one that had happened sooner comes first: the
        end of its interval, and for one open at the end its start or the last
        publication date of the corpus, whichever is later. Ties go by provenance
        (document, then offset).
        """
        return [self.nodes[i] for i in self.nodes]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of GUIDE §5."""
        return {
            "nodes": [n.to_dict() for n in self.nodes.values()],
            "edges": [{"source": s, "target": t, "relation": r} for s, t, r in self.edges],
            "conflicts": list(self.conflicts),
            "sources": {k: _iso(v) for k, v in self.sources.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventGraph:
        """Rebuild a graph from :meth:`to_dict` output."""
        nodes = [Node.from_dict(n) for n in data.get("nodes", ())]
        return cls(
            nodes={n.id: n for n in nodes},
            edges=tuple((e["source"], e["target"], e["relation"]) for e in data.get("edges", ())),
            conflicts=tuple(data.get("conflicts", ())),
            sources={
                k: parse_date(v, what="source date") for k, v in data.get("sources", {}).items()
            },
        )

    def to_networkx(self) -> nx.DiGraph[str]:
        """Return a ``networkx.DiGraph``: node attributes as in :meth:`Node.to_dict`."""
        import networkx as nx

        graph: nx.DiGraph[str] = nx.DiGraph()
        for node in self.nodes.values():
            attributes = node.to_dict()
            attributes.pop("id")
            graph.add_node(node.id, **attributes)
        for source, target, relation in self.edges:
            graph.add_edge(source, target, relation=relation)
        return graph

    def to_graphml(self, path: str | Path) -> Path:
        """Write the graph as GraphML (lists and mentions as JSON strings)."""
        import networkx as nx

        graph: nx.DiGraph[str] = nx.DiGraph()
        for node in self.nodes.values():
            data = node.to_dict()
            flat = {
                k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v)
                for k, v in data.items()
                if k != "id"
            }
            graph.add_node(node.id, **{k: ("" if v is None else v) for k, v in flat.items()})
        for source, target, relation in self.edges:
            graph.add_edge(source, target, relation=relation)
        out = Path(path)
        nx.write_graphml(graph, out)
        return out

    def to_html(self, path: str | Path, *, title: str | None = None) -> Path:
        """Write a self-contained, right-to-left interactive HTML timeline."""
        from timeline.html import to_html

        return to_html(self, path, title=title)

    def to_timelinejs(self, title: str = "timeline") -> dict[str, Any]:
        """Return a TimelineJS3 JSON document (one slide per dated node)."""
        events = []
        for node in self.ordered():
            start = node.earliest or node.latest
            if start is None:
                continue
            item: dict[str, Any] = {
                "start_date": _timelinejs_date(start, node.value),
                "text": {
                    "headline": node.label,
                    "text": ar.LIST_SEPARATOR.join(node.participants)
                    + (f" — {node.documents} {ar.SOURCES}" if node.documents > 1 else ""),
                },
                "group": node.type,
                "unique_id": node.id,
            }
            end = node.latest
            if end is not None and end != start:
                item["end_date"] = _timelinejs_date(end, None)
            events.append(item)
        return {"title": {"text": {"headline": title}}, "events": events}


def _timelinejs_date(day: dt.date, value: str | None) -> dict[str, str]:
    out = {"year": str(day.year)}
    if value is None or len(value) >= 7:
        out["month"] = str(day.month)
    if value is None or len(value) >= 10:
        out["day"] = str(day.day)
    return out


def _before(a: Node, b: Node) -> bool:
    return a.latest is not None and b.earliest is not None and a.latest < b.earliest


_STRENGTH = {"asserted": 0, "reported": 1, "denied": 2, "planned": 3, "expected": 4}


def _node_fields(
    group: Sequence[Item], span: tuple[dt.date | None, dt.date | None]
) -> dict[str, Any]:
    first = group[0].event
    names: list[str] = []
    counts: dict[str, int] = {}
    for item in group:
        for name in item.event.participants:
            if name not in counts:
                names.append(name)
            counts[name] = counts.get(name, 0) + 1
    # the label: the first mention that dates the event itself ("الهجوم الواسع الذي
    # شنته في أغسطس 2024", not "بفشل الهجوم"), and the names most mentions give
    head = next((i.event for i in group if i.value), first)
    shown = sorted(names, key=lambda n: -counts[n])[:2]
    values = [i.event.value for i in group if i.event.value and not i.event.value.startswith("X")]
    value = max(values, key=len) if values else None
    location = next((i.location for i in group if i.location), None)
    modality = min((i.event.modality for i in group), key=lambda m: _STRENGTH.get(m, 9))
    label = head.trigger + (f" ({ar.LIST_SEPARATOR.join(shown)})" if shown else "")
    return {
        "type": first.type,
        "label": label,
        "earliest": span[0],
        "latest": span[1],
        "value": value,
        "participants": tuple(names),
        "location": location,
        "modality": modality,
        "mentions": tuple(
            Mention(doc=i.doc, start=i.event.start, end=i.event.end, trigger=i.event.trigger)
            for i in group
        ),
    }


def build_graph(documents: Iterable[Document], *, language: str = "ar") -> EventGraph:
    """Merge the events of ``documents`` into one ordered graph.

    Args:
        documents: Documents from :func:`timeline.extract` or
            :func:`timeline.read_corpus`.
        language: The language whose signal words to read (``"ar"``).

    Returns:
        The :class:`EventGraph`.

    Examples:
        >>> import timeline
        >>> a = timeline.extract("زار الرئيس الروسي بيونغ يانغ في يونيو 2024.", doc_id="a")
        >>> b = timeline.extract("وكان بوتين قد زار كوريا الشمالية في يونيو 2024.", doc_id="b")
        >>> graph = timeline.build_graph([a, b])
        >>> [(n.type, n.documents) for n in graph.ordered()]
        [('VISIT', 2)]
    """
    if language != "ar":
        raise ValueError(f"unknown language {language!r}")
    return assemble(list(documents))


def assemble(
    docs: Sequence[Document], scored: Iterable[tuple[int, int, int]] | None = None
) -> EventGraph:
    """Build the graph of ``docs`` from merge scores computed elsewhere.

    Args:
        docs: The documents, in corpus order.
        scored: ``(-score, a, b)`` triples from
            :func:`timeline.merging.score_pairs` over every block
            (:func:`timeline.merging.emissions`,
            :func:`timeline.merging.block_pairs`), mention keys numbered in
            corpus order; ``None`` computes them here.

    Returns:
        The same :class:`EventGraph` as :func:`build_graph`.
    """
    # the graph allocates a few objects per mention and frees almost none before
    # it is done: the cycle collector's passes over them would be wasted
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _assemble(docs, scored)
    finally:
        if collecting:
            gc.enable()


def _assemble(
    docs: Sequence[Document], scored: Iterable[tuple[int, int, int]] | None = None
) -> EventGraph:
    from timeline.lang.ar import AGAIN, EVENTS, PERSONS, PLACE_COUNTRY
    from timeline.lang.ar.events import EVENT_SIGNALS

    items = items_of(docs, FAMILIES, EVENTS.morphology)
    readings = read_texts(docs, items, EVENT_SIGNALS, AGAIN)
    apart = repeated_events(docs, items, AGAIN, EVENT_SIGNALS, readings)
    groups = cluster(items, PLACE_COUNTRY, apart=apart, persons=PERSONS, scored=scored)
    groups.sort(key=lambda g: (g[0].doc_index, g[0].event.start))
    owner = {item.key: index for index, group in enumerate(groups) for item in group}
    spans: list[tuple[dt.date | None, dt.date | None]] = []
    for group in groups:
        spans.append(_span(group))
    constraints = textual_constraints(
        docs,
        items,
        owner,
        EVENT_SIGNALS,
        PRESUPPOSES,
        AGAIN,
        EVENTS.echoes,
        EVENTS.resumptive,
        readings,
    )
    constraints += moves_within(groups, spans, PLACE_COUNTRY, PLACED)
    spans, kept, conflicts = propagate(spans, constraints)
    text_edges = [(c.source, c.target, c.kind) for c in kept]
    ordered_pairs = {frozenset((c.source, c.target)) for c in kept}
    edges = [
        e
        for e in interval_edges(spans)
        if not (e[2] == "SIMULTANEOUS" and frozenset(e[:2]) in ordered_pairs)
    ]
    before = [(a, b) for a, b, r in [*edges, *text_edges] if r == "BEFORE"]
    provenance = [(g[0].doc_index, g[0].event.start) for g in groups]
    published = [d.published for d in docs if d.published is not None]
    horizon = max(published) if published else None
    sequence = order(spans, before, provenance, horizon)
    ids = {index: f"n{rank:05d}" for rank, index in enumerate(sequence)}
    nodes = {ids[i]: Node(id=ids[i], **_node_fields(groups[i], spans[i])) for i in sequence}
    seen: set[tuple[str, str, str]] = set()
    all_edges: list[tuple[str, str, str]] = []
    for a, b, rel in [*edges, *text_edges]:
        edge = (ids[a], ids[b], rel)
        if a != b and edge not in seen:
            seen.add(edge)
            all_edges.append(edge)
    messages = tuple(_name_conflict(msg, ids, nodes) for msg in conflicts)
    sources = {(d.id if d.id is not None else f"doc{i}"): d.published for i, d in enumerate(docs)}
    return EventGraph(nodes=nodes, edges=tuple(all_edges), conflicts=messages, sources=sources)


def _span(group: Sequence[Item]) -> tuple[dt.date | None, dt.date | None]:
    """A node's interval: what all its mentions say, as dated; where a retelling's
    report day falls after the words it retells, what merging allowed."""
    for own in (True, False):
        early = max(
            (d for i in group if (d := i.event.earliest if own else i.earliest)), default=None
        )
        late = min((i.latest for i in group if i.latest), default=None)
        if early is None or late is None or early <= late:
            return early, late
    return None, None


def _name_conflict(message: str, ids: Mapping[int, str], nodes: Mapping[str, Node]) -> str:
    head, _, rest = message.partition(" relation ")
    pair, _, tail = rest.partition(" ")
    source, _, target = pair.partition("→")
    try:
        a, b = nodes[ids[int(source)]], nodes[ids[int(target)]]
    except (ValueError, KeyError):
        return message
    return f"{head} relation {a.id} ({a.label}) → {b.id} ({b.label}) {tail}"
