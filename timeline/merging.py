"""Merging event mentions into real-world events (the first step of the graph).

Candidate pairs come from blocking: two mentions are compared only when they
share a block key — their type family, a month their interval covers and one of
their participants (or place). Mentions with an open or very broad interval are
blocked by family and participant alone, and compared only against the others of
that block. A compatible pair is merged when the merged interval stays non-empty.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs
import numpy as np

from timeline.model import Document, Event
from timeline.morphology import Morphology

_T = TypeVar("_T")

__all__ = [
    "PLACED",
    "Item",
    "block_pairs",
    "cluster",
    "corefer",
    "emissions",
    "items_of",
    "score_pairs",
]

#: Members on either side a mention meets in a block, in corpus order.
BLOCK_REACH = 10
NARROW_DAYS = 62  # an interval this short or shorter is "dated" for blocking
_ONGOING = frozenset({"AID", "DEPLOYMENT", "NEGOTIATION"})
# Kinds of event one party gives another: two givers, two events
_GIVEN = frozenset({"AID"})
#: Kinds of event whose places tell them apart even within one country: troops
#: sent to a country and troops sent to one of its regions are two moves.
PLACED = frozenset({"DEPLOYMENT"})
# Kinds of event a report tells one of: its undated mention of the kind is the one
# it dates elsewhere ("بفشل الهجوم الأوكراني على المنطقة" … "منذ الهجوم الواسع
# الذي شنته في أغسطس 2024")
_SINGULAR = frozenset({"INVASION"})
_NEARBY = 450  # characters: statements this close in one report may be one telling
_BROAD_DAYS = 400
_TELLING_DAYS = 7  # a statement is retold within a week
_COREFER_REACH = 6  # mentions of a family an article's mention is compared with
_LOOSE_YEARS = 2  # years a loosely dated mention reaches back from its bound


@attrs.frozen(kw_only=True)
class Item:
    """One event mention with what merging needs."""

    key: int
    doc: str
    doc_index: int
    event: Event
    family: str
    earliest: dt.date | None
    latest: dt.date | None
    participants: frozenset[str]
    location: str | None
    undated_segment: bool = False
    #: the trigger carries the definite article (القمة): alone, it may take up an
    #: event its article named before
    definite: bool = False
    #: dated to a stretch of at most NARROW_DAYS (computed)
    narrow: bool = attrs.field(init=False)
    #: the value that dates the mention itself (computed): none for one bounded by
    #: its telling's day or for a day of an unknown week (``XXXX-XX-XX``)
    value: str | None = attrs.field(init=False)
    #: everything :func:`score_pairs` reads of a mention when its pair spans two
    #: documents, but for its dates (computed): what it reads of two mentions'
    #: dates is how they relate (:func:`_date_relations`), so equal profiles
    #: related alike score alike against anything
    profile: tuple[Any, ...] = attrs.field(init=False, eq=False, repr=False)
    #: the profile and what else :func:`score_pairs` reads of a mention when its
    #: pair lies in one document, but for where the two stand in it (computed)
    within: tuple[Any, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        early, late = self.earliest, self.latest
        narrow = early is not None and late is not None and (late - early).days <= NARROW_DAYS
        object.__setattr__(self, "narrow", narrow)
        value = self.event.value
        if self.event.signal in _NOT_OWN or not value or value == "XXXX-XX-XX":
            # a telling's day, another event's time, or "الثلاثاء" where no one
            # knows the week
            value = None
        object.__setattr__(self, "value", value)
        e = self.event
        profile = (
            self.family,
            self.participants,
            self.location,
            narrow,
            value is None,
            value is not None and value.endswith("_REF"),
            value is not None and _has_digit(value),
            early is None,
            late is None,
            e.type,
            e.modality,
            e.signal,
            not e.value,
        )
        object.__setattr__(self, "profile", profile)
        within = (profile, self.definite, " " in e.trigger, self.undated_segment)
        object.__setattr__(self, "within", within)


@functools.lru_cache(maxsize=4096)
def _has_digit(value: str) -> bool:
    """Whether a value names a number (``2024-06``, not ``XXXX-XX``); values recur."""
    return any(c.isdigit() for c in value)


_NOT_OWN = frozenset({"BY", "AFTER_EVENT", "BEFORE_EVENT"})
_RELATIVE = frozenset({"AFTER_EVENT", "BEFORE_EVENT"})  # dated from another event


def items_of(
    documents: Sequence[Document],
    families: Mapping[str, str],
    morphology: Morphology | None = None,
) -> list[Item]:
    """Every event of every document as an :class:`Item`, in document order.

    ``morphology`` tells which triggers carry the definite article (none without it).
    """
    # triggers recur: each spelling is looked at once
    definite = functools.lru_cache(maxsize=None)((morphology or Morphology()).is_definite)
    out: list[Item] = []
    for doc_index, doc in enumerate(documents):
        name = doc.id if doc.id is not None else f"doc{doc_index}"
        segments = doc.segments
        for event in doc.events:
            earliest = event.earliest
            dct = (
                segments[event.segment].published
                if event.segment < len(segments)
                else doc.published
            )
            if _told_that_day(event, dct):
                # a statement dated only by its report may retell words of a few days
                # before: for merging it is open towards the past
                earliest = None
            out.append(
                Item(
                    key=len(out),
                    doc=name,
                    doc_index=doc_index,
                    event=event,
                    family=families.get(event.type, event.type),
                    earliest=earliest,
                    latest=event.latest,
                    participants=frozenset(event.participants),
                    location=event.location,
                    undated_segment=dct is None,
                    definite=definite(event.trigger),
                )
            )
    return out


def corefer(
    document: Document,
    families: Mapping[str, str],
    places: Mapping[str, str],
    persons: frozenset[str] = frozenset(),
    apart: Iterable[tuple[int, int]] = (),
    items: Sequence[Item] | None = None,
    morphology: Morphology | None = None,
) -> tuple[Event, ...]:
    """A document's events with what its other mentions of the same event say.

    The document's own mentions are merged with the rules :func:`cluster` uses for
    a corpus; each mention then takes the interval all mentions of its event share
    ("سيصافح هذا الأسبوع" … "يوم الثلاثاء" … "يختتم … الخميس": the Tuesday). A
    mention whose own dates the others contradict keeps them. ``apart``: pairs of
    event indexes the text tells are two occurrences ("again"), the earlier first:
    the later begins no sooner than the earlier; ``items``: the
    document's :func:`items_of`, when the caller has them already (else they are
    made here with ``morphology``).
    """
    apart = list(apart)
    if items is None:
        items = items_of([document], families, morphology)
    if len(items) < 2:
        return document.events
    events = list(document.events)
    # an article names an event again within a few dozen mentions; comparing each
    # mention with its recent ones keeps a long text linear
    recent: dict[str, list[int]] = defaultdict(list)
    pairs: list[tuple[int, int]] = []
    for item in items:
        window = recent[item.family]
        pairs += [(key, item.key) for key in window]
        window.append(item.key)
        if len(window) > _COREFER_REACH:
            del window[0]
    scored = score_pairs(items, pairs, places, persons)
    for group in cluster(items, places, apart=apart, persons=persons, scored=scored):
        if len(group) < 2:
            continue
        early = max((i.event.earliest for i in group if i.event.earliest), default=None)
        late = min((i.event.latest for i in group if i.event.latest), default=None)
        if early is not None and late is not None and early > late:
            continue
        for item in group:
            event = events[item.key]
            own_early, own_late = event.earliest, event.latest
            # a mention of how the event ends or begins keeps that day: "اختتمت
            # القمة أعمالها اليوم" is not the day a guest arrived for it
            shared_early = own_early if event.signal == "BEGINS" or early is None else early
            shared_late = own_late if event.signal == "ENDS" or late is None else late
            if (shared_early, shared_late) != (own_early, own_late):
                events[item.key] = attrs.evolve(event, earliest=shared_early, latest=shared_late)
    for earlier, later in apart:
        # "مجموعة أخرى من المسؤولين سافروا": the second occurrence came after the
        # first began
        first, then = events[earlier], events[later]
        floor = first.earliest
        if floor is None or (then.earliest is not None and then.earliest >= floor):
            continue
        if then.latest is not None and floor > then.latest:
            continue
        events[later] = attrs.evolve(then, earliest=floor)
    return tuple(events)


def _told_that_day(event: Event, dct: dt.date | None) -> bool:
    """A statement a person made, dated by its segment's publication day ``dct``."""
    if event.type != "STATEMENT" or event.earliest is None or event.earliest != event.latest:
        return False
    return dct is not None and event.value == dct.isoformat()


def _months(a: dt.date, b: dt.date) -> Iterable[str]:
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        yield f"{y:04d}-{m:02d}"
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _anchors(item: Item) -> list[str]:
    return sorted(item.participants) + ([f"@{item.location}"] if item.location else [])


def _doc_keys(item: Item) -> list[tuple[str, ...]]:
    """The block keys that name the mention's document: every mention meets the
    others of its family in its document; one with no bound meets there only
    those naming someone or somewhere it names."""
    own: list[tuple[str, ...]] = [(item.family, "doc", item.doc)]
    if item.latest is None and item.earliest is None:
        # no bound: the names it gives meet only its own document's mentions
        own += [(item.family, "doc-p", item.doc, p) for p in _anchors(item)]
    return own


def _shared_keys(item: Item) -> list[tuple[str, ...]]:
    """Block keys any document's mention may have: family, month and one
    participant or the place.

    A mention dated to a stretch of up to two months is keyed by each month it
    covers; one open on a side by the month of its known bound and the month
    before (reported news is recent); one with no bound, or naming no one and not
    well dated, has none (it meets only mentions of its own document).
    """
    anchors = _anchors(item)
    if item.narrow and item.earliest and item.latest:
        months = list(_months(item.earliest, item.latest))
    elif not anchors:
        return []
    else:
        bound = item.latest or item.earliest
        if bound is None:
            return []
        months = [f"{bound.year:04d}-{bound.month:02d}"]
        first = bound.replace(day=1)
        if first > dt.date.min:  # January of year 1 has no month before it
            before = first - dt.timedelta(days=1)
            months.insert(0, f"{before.year:04d}-{before.month:02d}")
    keys: list[tuple[str, ...]] = [(item.family, month, p) for month in months for p in anchors]
    if item.narrow:
        # a well-dated mention, naming anyone or no one, meets its family's
        # mentions of the month
        keys += [(item.family, month, "*") for month in months]
    return keys


def emissions(item: Item, persons: frozenset[str]) -> list[tuple[tuple[str, ...], str]]:
    """The blocks one mention goes to, each with its role there.

    Role ``"b"``: an ordinary block (every pair of its members is a candidate).
    A loosely dated mention may tell of an event well before its report, so it
    also meets the mentions of its family that name the same person or place:
    blocks keyed ``("~", family, name, year)`` pair their ``"l"`` (loose) members
    with all members, ``"s"`` (selective, well dated) ones included. A loose
    mention goes to the year of its bound and the year before (after, for one open
    towards the future); a well-dated one to the years it covers; one with no date
    at all to the block ``("~", family, name, "*")`` where every named mention
    stands. Keyed by year, the blocks grow with a year of news, not with the
    corpus.
    """
    return [(key, "b") for key in _doc_keys(item)] + _shared_emissions(item, persons)


def _shared_emissions(item: Item, persons: frozenset[str]) -> list[tuple[tuple[str, ...], str]]:
    """The blocks of :func:`emissions` that do not name the mention's document: the
    same for every mention alike in :func:`_sharing`."""
    out = [(key, "b") for key in _shared_keys(item)]
    names = [p for p in sorted(item.participants) if p in persons]
    names += [f"@{item.location}"] if item.location else []
    if not names:
        return out
    # by year: a loose mention meets what the few years up to its bound name (a
    # retelling is of recent news); a well-dated one stands in the years it covers
    bound = item.latest or item.earliest
    if bound is None:
        # not dated at all (a related article of unknown date): it meets every
        # mention naming the same person or place; such mentions are few
        return out + [(("~", item.family, name, "*"), "l") for name in names]
    if item.narrow and item.earliest and item.latest:
        years: Iterable[int] = range(item.earliest.year, item.latest.year + 1)
        role = "s"
    else:
        reach = range(_LOOSE_YEARS)
        years = [bound.year - k if item.latest else bound.year + k for k in reach]
        role = "l"
    out += [(("~", item.family, name, str(year)), role) for name in names for year in years]
    out += [(("~", item.family, name, "*"), "s") for name in names]
    return out


def _sharing(item: Item) -> tuple[Any, ...]:
    """What :func:`_shared_emissions` reads of a mention."""
    return (item.family, item.participants, item.location, item.narrow, item.earliest, item.latest)


def block_pairs(key: tuple[str, ...], members: Iterable[tuple[int, str]]) -> set[tuple[int, int]]:
    """The candidate pairs ``(a, b)``, ``a < b``, of one block's members ``(key, role)``.

    Mention keys follow corpus order; in a large block a mention is paired with the
    :data:`BLOCK_REACH` members on either side of it in that order (reports of one
    event stand close together in a corpus read in time order, and merging is
    transitive), so a block costs a bounded number of pairs per member.
    """
    ordered = sorted(members)
    keys = [k for k, _ in ordered]
    reach = BLOCK_REACH
    if key and key[0] == "~":
        return {
            (min(a, b), max(a, b))
            for i, (a, role) in enumerate(ordered)
            if role == "l"
            for b in keys[max(0, i - reach) : i + reach + 1]
            if a != b
        }
    return {(a, b) for i, a in enumerate(keys) for b in keys[i + 1 : i + 1 + reach] if a != b}


def _candidate_pairs(
    items: Sequence[Item], persons: frozenset[str] = frozenset()
) -> set[tuple[int, int]]:
    """The candidate pairs ``(a, b)``, ``a < b``, of every block (as
    :func:`block_pairs` gives them block by block)."""
    codes = _candidate_codes(items, persons)
    return {(int(c >> _SHIFT), int(c & _LOW)) for c in codes.tolist()}


_SHIFT = 32
_LOW = (1 << _SHIFT) - 1
_FITS = 1 << 62  # codes below this fit in an int64 array


def _candidate_codes(
    items: Sequence[Item], persons: frozenset[str] = frozenset()
) -> np.ndarray[Any, np.dtype[np.int64]]:
    """:func:`_candidate_pairs` as sorted unique codes ``a << 32 | b``, computed
    over all blocks at once: each block's members in key order, every member
    paired with the :data:`BLOCK_REACH` after it in its block (in a ``"~"`` block
    only where one of the two is loose)."""
    index: dict[tuple[str, ...], int] = {}
    tilde: list[bool] = []

    def number(key: tuple[str, ...]) -> int:
        found = index.get(key)
        if found is None:
            found = index[key] = len(index)
            tilde.append(bool(key) and key[0] == "~")
        return found

    # every mention meets its family in its document (_doc_keys: that block
    # first, then, for one with no bound, one per name it gives); mentions alike
    # in what their other blocks depend on share those: they are numbered once per
    # kind of mention (_sharing) and spread over its mentions as arrays
    kinds: dict[tuple[Any, ...], int] = {}
    kind_blocks: list[list[int]] = []
    kind_loose: list[list[bool]] = []
    kind_of: list[int] = []
    own: list[int] = []
    extra_blocks: list[int] = []
    extra_members: list[int] = []
    for item in items:
        alike = _sharing(item)
        kind = kinds.get(alike)
        if kind is None:
            kind = kinds[alike] = len(kind_blocks)
            pairs = _shared_emissions(item, persons)
            kind_blocks.append([number(k) for k, _ in pairs])
            kind_loose.append([r == "l" for _, r in pairs])
        kind_of.append(kind)
        doc_keys = _doc_keys(item)
        own.append(number(doc_keys[0]))
        if len(doc_keys) > 1:
            extra_blocks += [number(key) for key in doc_keys[1:]]
            extra_members += [item.key] * (len(doc_keys) - 1)
    if not items:
        return np.zeros(0, dtype=np.int64)
    key_of = np.asarray([item.key for item in items], dtype=np.int64)
    sizes = np.asarray([len(b) for b in kind_blocks], dtype=np.int64)
    flat_blocks = np.asarray([b for bs in kind_blocks for b in bs], dtype=np.int64)
    flat_loose = np.asarray([x for xs in kind_loose for x in xs], dtype=bool)
    kind_starts = np.cumsum(sizes) - sizes
    counts = sizes[np.asarray(kind_of, dtype=np.int64)]
    # each mention's run of its kind's blocks: the kind's start, then one on
    item_starts = np.repeat(kind_starts[kind_of] - (np.cumsum(counts) - counts), counts)
    at = item_starts + np.arange(len(item_starts))
    blocks = np.concatenate(
        (np.asarray(own, dtype=np.int64), np.asarray(extra_blocks, dtype=np.int64), flat_blocks[at])
    )
    members = np.concatenate(
        (key_of, np.asarray(extra_members, dtype=np.int64), np.repeat(key_of, counts))
    )
    loose = np.concatenate((np.zeros(len(own) + len(extra_blocks), dtype=bool), flat_loose[at]))
    # by block, then by key: one sort of the three side by side in one integer
    # (a mention stands once in a block), or, where they would not fit, of their rows
    width = int(members.max()) + 1
    if (len(index) + 1) * width * 2 < _FITS:
        rows = np.sort((blocks * width + members) << 1 | loose)
        blocks, members, is_loose = (rows >> 1) // width, (rows >> 1) % width, (rows & 1) == 1
    else:
        order = np.lexsort((members, blocks))
        blocks, members, is_loose = blocks[order], members[order], loose[order]
    in_tilde = np.asarray(tilde, dtype=bool)[blocks]
    found = []
    for d in range(1, BLOCK_REACH + 1):
        if d >= len(members):
            break
        a, b = members[:-d], members[d:]
        keep = (blocks[:-d] == blocks[d:]) & (a != b)
        # a "~" block pairs its loose members with their neighbours only
        keep &= ~in_tilde[:-d] | is_loose[:-d] | is_loose[d:]
        low, high = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
        found.append((low << _SHIFT) | high)
    if not found:
        return np.zeros(0, dtype=np.int64)
    codes = np.concatenate(found)
    del found  # the pieces go before the sort
    return _sorted_unique(codes)


def _sorted_unique(
    codes: np.ndarray[Any, np.dtype[np.int64]],
) -> np.ndarray[Any, np.dtype[np.int64]]:
    """The distinct codes, ascending (a sort, cheaper here than hashing; ``codes``
    is sorted in place)."""
    codes.sort()
    unique: np.ndarray[Any, np.dtype[np.int64]] = codes[_run_starts(codes)]
    return unique


def _run_starts(ranked: np.ndarray[Any, np.dtype[np.int64]]) -> np.ndarray[Any, np.dtype[np.bool_]]:
    """Where each run of equal values of a sorted array begins."""
    return np.concatenate(([True], ranked[1:] != ranked[:-1]))[: len(ranked)]


def score_pairs(
    items: Mapping[int, Item] | Sequence[Item],
    pairs: Iterable[tuple[int, int]],
    places: Mapping[str, str],
    persons: frozenset[str] = frozenset(),
) -> list[tuple[int, int, int]]:
    """``(-score, a, b)`` for every candidate pair that may be one event, the surest
    first (then by mention keys), as :func:`cluster` reads them.

    A pair is judged only on the two mentions' profiles (:attr:`Item.profile`)
    and how their dates relate, so it is scored once per pair of profiles so
    related: a story many reports retell costs one decision. ``items``: the
    mentions by key (a block's few members out of many, or all).
    """
    pairs = list(pairs)
    # only the mentions the pairs name, in key order
    named = sorted({k for pair in pairs for k in pair})
    local = {key: n for n, key in enumerate(named)}
    codes = np.asarray([(local[a] << _SHIFT) | local[b] for a, b in pairs], dtype=np.int64)
    scored = _score_codes([items[k] for k in named], codes, places, persons)
    return [(negative, named[a], named[b]) for negative, a, b in scored]


_Codes = np.ndarray[Any, np.dtype[np.int64]]
_NO_DAY = dt.date.max.toordinal() + 1  # after every day: an interval open to the future


def _score_codes(
    items: Sequence[Item],
    codes: _Codes,
    places: Mapping[str, str],
    persons: frozenset[str] = frozenset(),
) -> list[tuple[int, int, int]]:
    """:func:`score_pairs` over codes ``a << 32 | b`` of indexes into ``items``
    (:func:`_candidate_codes`), sorted as :func:`cluster` reads them (surest first,
    then by mention keys): :func:`_ranked` as triples."""
    negative, firsts, seconds = _ranked(items, codes, places, persons)
    return list(zip(negative.tolist(), firsts.tolist(), seconds.tolist(), strict=True))


def _ranked(
    items: Sequence[Item],
    codes: _Codes,
    places: Mapping[str, str],
    persons: frozenset[str] = frozenset(),
) -> tuple[_Codes, _Codes, _Codes]:
    """The pairs that may be one event as arrays ``(-score, a, b)``, surest first
    (then by mention keys).

    A pair from two documents is decided once per pair of profiles and relation of
    their dates (:func:`_date_relations`), the decision spread over all such pairs
    at once; a pair within one document once per pair of :attr:`Item.within`
    profiles, relation of their dates and places in the text. The pairs are
    scored :data:`_SCORE_CHUNK` at a time, each decision remembered across chunks.
    """
    if len(codes) == 0:
        return codes, codes, codes
    if len(codes) <= _DIRECT_PAIRS:
        return _ranked_directly(items, codes, places, persons)
    mentions = _Mentions.of(items)
    judge = _Judge(items, places, persons)
    parts = [
        _ranked_chunk(mentions, judge, codes[start : start + _SCORE_CHUNK])
        for start in range(0, len(codes), _SCORE_CHUNK)
    ]
    negative = np.concatenate([part[0] for part in parts])
    a_keys = np.concatenate([part[1] for part in parts])
    b_keys = np.concatenate([part[2] for part in parts])
    ranked = np.lexsort((b_keys, a_keys, negative))
    return negative[ranked], a_keys[ranked], b_keys[ranked]


_SCORE_CHUNK = 1 << 21  # candidate pairs scored at once: the arrays stay small
# up to this many pairs (an article's own, a small block's), each pair is judged
# as it stands: sharing decisions over arrays costs more than it saves
_DIRECT_PAIRS = 512


def _ranked_directly(
    items: Sequence[Item],
    codes: _Codes,
    places: Mapping[str, str],
    persons: frozenset[str] = frozenset(),
) -> tuple[_Codes, _Codes, _Codes]:
    """:func:`_ranked` judging each pair with :func:`_compatible`."""
    countries = frozenset(places.values())
    scored = []
    for code in codes.tolist():
        a, b = code >> _SHIFT, code & _LOW
        score = _compatible(items[a], items[b], places, persons, countries)
        if score:
            scored.append((-score, a, b))
    scored.sort()
    out = np.asarray(scored, dtype=np.int64).reshape(-1, 3)
    return out[:, 0].copy(), out[:, 1].copy(), out[:, 2].copy()


@attrs.frozen
class _Mentions:
    """Per mention, as arrays, what scoring reads of it (indexes into the items)."""

    doc: _Codes
    family: _Codes
    #: the bounds as day numbers, -1 where open
    low: _Codes
    high: _Codes
    #: the same, open sides as the farthest days (for the overlap test)
    reach_low: _Codes
    reach_high: _Codes
    #: numbered Item.profile and Item.within, and how many of each
    kind: _Codes
    kinds: int
    local: _Codes
    locals: int
    segment: _Codes
    sentence: _Codes
    start: _Codes
    #: numbered values (0: none) and date keys (what _same_value reads)
    value: _Codes
    date_key: _Codes
    date_keys: int
    #: the events' own bounds, -1 where open
    event_low: _Codes
    event_high: _Codes
    narrow: np.ndarray[Any, np.dtype[np.bool_]]

    @classmethod
    def of(cls, items: Sequence[Item]) -> _Mentions:
        def numbered(values: Iterable[Any], start: int = 0) -> tuple[_Codes, int]:
            seen: dict[Any, int] = {}
            out = np.asarray(
                [seen.setdefault(v, len(seen) + start) for v in values], dtype=np.int64
            )
            return out, len(seen) + start

        def day(date: dt.date | None) -> int:
            return date.toordinal() if date else -1

        kind, kinds = numbered(i.profile for i in items)
        local, locals_ = numbered(i.within for i in items)
        date_key, date_keys = numbered(_date_key(i) for i in items)
        values: dict[str | None, int] = {None: 0}
        low = np.asarray([day(i.earliest) for i in items], dtype=np.int64)
        high = np.asarray([day(i.latest) for i in items], dtype=np.int64)
        return cls(
            doc=numbered(i.doc for i in items)[0],
            family=numbered(i.family for i in items)[0],
            low=low,
            high=high,
            reach_low=np.maximum(low, 0),
            reach_high=np.where(high < 0, _NO_DAY, high),
            kind=kind,
            kinds=kinds,
            local=local,
            locals=locals_,
            segment=np.asarray([i.event.segment for i in items], dtype=np.int64),
            sentence=np.asarray([i.event.sentence_start for i in items], dtype=np.int64),
            start=np.asarray([i.event.start for i in items], dtype=np.int64),
            value=np.asarray([values.setdefault(i.value, len(values)) for i in items]),
            date_key=date_key,
            date_keys=date_keys,
            event_low=np.asarray([day(i.event.earliest) for i in items], dtype=np.int64),
            event_high=np.asarray([day(i.event.latest) for i in items], dtype=np.int64),
            narrow=np.asarray([i.narrow for i in items], dtype=bool),
        )


class _Judge:
    """:func:`_compatible` and :func:`_same_value` over mentions by index, each
    answer remembered by the code of what it was decided on."""

    def __init__(
        self, items: Sequence[Item], places: Mapping[str, str], persons: frozenset[str]
    ) -> None:
        self.items = items
        self.places = places
        self.persons = persons
        self.countries = frozenset(places.values())
        self.decided: dict[tuple[int, int], int] = {}  # (which table, code) → score
        self.alike: dict[int, bool] = {}

    def decide(
        self, table: int, codes: list[int] | None, firsts: list[int], seconds: list[int]
    ) -> list[int]:
        """The score of each pair ``(firsts[i], seconds[i])``, one that stands for
        all pairs whose rows have code ``codes[i]`` in ``table`` (none: decided
        afresh, nothing kept)."""
        items, decided = self.items, self.decided
        if codes is None:
            return [
                _compatible(items[a], items[b], self.places, self.persons, self.countries)
                for a, b in zip(firsts, seconds, strict=True)
            ]
        out = []
        for code, a, b in zip(codes, firsts, seconds, strict=True):
            score = decided.get((table, code))
            if score is None:
                score = _compatible(items[a], items[b], self.places, self.persons, self.countries)
                decided[table, code] = score
            out.append(score)
        return out

    def same_value(self, codes: list[int], firsts: list[int], seconds: list[int]) -> list[bool]:
        """:func:`_same_value` of each pair, remembered by the code of its date keys."""
        out = []
        items, alike = self.items, self.alike
        for code, a, b in zip(codes, firsts, seconds, strict=True):
            same = alike.get(code)
            if same is None:
                same = alike[code] = _same_value(items[a], items[b])
            out.append(same)
        return out


_ACROSS, _WITHIN = 0, 1  # the two tables of decisions: across documents and within one


def _ranked_chunk(
    mentions: _Mentions, judge: _Judge, codes: _Codes
) -> tuple[_Codes, _Codes, _Codes]:
    """:func:`_ranked`'s scores ``(-score, a, b)`` of the pairs ``codes`` that may
    be one event, unsorted."""
    m = mentions
    first, second = codes >> _SHIFT, codes & _LOW
    # what _compatible looks at first, over all pairs at once: one family, and
    # intervals that meet (open sides as the farthest days)
    low, high = m.reach_low, m.reach_high
    possible = np.flatnonzero(
        (m.family[first] == m.family[second])
        & (np.maximum(low[first], low[second]) <= np.minimum(high[first], high[second]))
    )
    first, second = first[possible], second[possible]
    scores = np.zeros(len(possible), dtype=np.int64)
    dates = _date_relations(m, judge, first, second)
    same = m.doc[first] == m.doc[second]

    def decide(table: int, pairs: _Codes, columns: list[tuple[_Codes, int]]) -> None:
        # one look per distinct row of ``columns`` (values below their sizes),
        # spread over all its pairs
        if not len(pairs):
            return
        alike, packed = _rows(columns)
        order = np.argsort(alike)  # any pair of a kind stands for all
        begins = _run_starts(alike[order])
        heads = np.flatnonzero(begins)
        looked = pairs[order[heads]]
        a, b = first[looked].tolist(), second[looked].tolist()
        # a packed code means the same row in every chunk: its decision is kept
        decided = judge.decide(table, alike[order[heads]].tolist() if packed else None, a, b)
        scores[pairs[order]] = np.asarray(decided, dtype=np.int64)[np.cumsum(begins) - 1]

    across = np.flatnonzero(~same)
    a, b = first[across], second[across]
    decide(
        _ACROSS,
        across,
        [(m.kind[a], m.kinds), (m.kind[b], m.kinds), (dates[across], _DATES)],
    )
    # two mentions of one document: their Item.within profiles, their dates and
    # where they stand to each other (one segment, one sentence, near, which first)
    within = np.flatnonzero(same)
    a, b = first[within], second[within]
    relation = (
        (m.segment[a] == m.segment[b]).astype(np.int64)
        | (m.sentence[a] == m.sentence[b]) << 1
        | (np.abs(m.sentence[a] - m.sentence[b]) <= _NEARBY) << 2
        | (m.start[a] > m.start[b]) << 3
    )
    decide(
        _WITHIN,
        within,
        [
            (m.local[a], m.locals),
            (m.local[b], m.locals),
            (dates[within], _DATES),
            (relation, 16),
        ],
    )
    kept = np.flatnonzero(scores)
    return -scores[kept], first[kept], second[kept]


_DATES = 1 << 6  # the relations _date_relations tells, one bit each


def _date_relations(m: _Mentions, judge: _Judge, first: _Codes, second: _Codes) -> _Codes:
    """What :func:`_compatible` reads of the dates of pairs ``(first[i],
    second[i])`` (indexes into the mentions) whose intervals meet, beyond
    :attr:`Item.profile`: one bit each for equal values, values that can name one
    time (:func:`_same_value`), one day told alike, two undated tellings a week
    apart at most (:func:`_retold`), and each way round, an undated telling within
    a week after a dated one (:func:`_recent_telling`)."""
    va, vb = m.value[first], m.value[second]
    equal = va == vb
    same_value = equal.copy()
    # two different values: decided once per pair of what _same_value reads
    hard = np.flatnonzero(~equal & (va != 0) & (vb != 0))
    if len(hard):
        both = m.date_key[first[hard]] * m.date_keys + m.date_key[second[hard]]
        distinct, looked, inverse = np.unique(both, return_index=True, return_inverse=True)
        alike = judge.same_value(
            distinct.tolist(), first[hard[looked]].tolist(), second[hard[looked]].tolist()
        )
        same_value[hard] = np.asarray(alike, dtype=bool)[inverse.reshape(-1)]
    none = -1
    low, high = m.low, m.high
    one_day = (m.event_low[first] == m.event_low[second]) & (
        m.event_high[first] == m.event_high[second]
    )
    # open towards the past, with an end (a telling dated by its report)
    told = (low == none) & (high != none)
    gap = high[second] - high[first]
    retold = told[first] & told[second] & (np.abs(gap) <= _TELLING_DAYS)
    # one of a known day (narrow, a single day)
    day = m.narrow & (low == high) & (low != none)

    def recent(dated: _Codes, later: _Codes) -> _Codes:
        after = high[later] - low[dated]
        within: _Codes = day[dated] & told[later] & (after >= 0) & (after <= _TELLING_DAYS)
        return within

    bits: _Codes = (
        equal.astype(np.int64)
        | same_value << 1
        | one_day << 2
        | retold << 3
        | recent(first, second) << 4
        | recent(second, first) << 5
    )
    return bits


def _rows(columns: list[tuple[_Codes, int]]) -> tuple[_Codes, bool]:
    """One code per row of ``columns`` (arrays of values below their sizes), equal
    for equal rows, and whether the codes are the values side by side in one
    integer (the same row has the same code in every call) or, where they would not
    fit, the rows' ranks in this call."""
    code = np.zeros(len(columns[0][0]), dtype=np.int64)
    room = 1
    for values, size in columns:
        room *= max(size, 1)
        if room >= _FITS:
            break
        code = code * max(size, 1) + values
    else:
        return code, True
    # too many kinds for one integer: rank the distinct rows
    order = np.lexsort([values for values, _ in reversed(columns)])
    begins = np.zeros(len(order), dtype=bool)
    begins[:1] = True
    for values, _ in columns:
        ranked = values[order]
        begins[1:] |= ranked[1:] != ranked[:-1]
    ranks = np.empty(len(order), dtype=np.int64)
    ranks[order] = np.cumsum(begins) - 1
    return ranks, False


def _overlap(
    a: tuple[dt.date | None, dt.date | None], b: tuple[dt.date | None, dt.date | None]
) -> tuple[dt.date | None, dt.date | None] | None:
    early = a[0] if b[0] is None else b[0] if a[0] is None else max(a[0], b[0])
    late = a[1] if b[1] is None else b[1] if a[1] is None else min(a[1], b[1])
    if early is not None and late is not None and early > late:
        return None
    return early, late


def _same_place(a: Item, b: Item, places: Mapping[str, str]) -> bool:
    if not (a.location and b.location):
        return False
    la, lb = a.location, b.location
    return (
        la == lb
        or places.get(la) == lb
        or places.get(lb) == la
        or (la in places and places.get(la) == places.get(lb))
    )


def _compatible(
    a: Item,
    b: Item,
    places: Mapping[str, str],
    persons: frozenset[str] = frozenset(),
    countries: frozenset[str] = frozenset(),
) -> int:
    """A merge score (higher is surer), or 0 when the two are different events.

    ``countries`` are the names that are countries: a country two statements
    both name is their topic, not their speaker. A pair is decided on what
    :attr:`Item.profile` (within one document, :attr:`Item.within` and where the
    two stand) holds and on how the two mentions' dates relate
    (:func:`_date_relations`); :func:`score_pairs` reuses the decision for pairs
    alike in those. A new rule that reads more of a mention adds it to the
    profile; one that reads the dates in a new way adds a relation.
    """
    if a.family != b.family or _overlap((a.earliest, a.latest), (b.earliest, b.latest)) is None:
        return 0
    if (
        a.doc != b.doc
        and a.participants
        and b.participants
        and a.participants.isdisjoint(b.participants)
        and not (a.narrow and b.narrow and _same_place(a, b, places))
    ):
        return 0  # two reports naming different parties (decided below too; said early)
    ea, eb = a.event, b.event
    # one sentence telling one event after another of its kind ("الزيارة تأتي بعد لقاء
    # الملك بالرئيس") tells two events: cluster() keeps them apart (_ordered_in_sentence)
    doubted = {ea.modality, eb.modality} & {"denied", "hypothetical"}
    if doubted and ea.modality != eb.modality and not _own_topic(a, b):
        return 0
    if a.location and b.location and not _same_place(a, b, places):
        return 0
    shared = a.participants & b.participants
    either = a.participants | b.participants
    same_place = _same_place(a, b, places)
    vague = not (a.narrow and b.narrow)
    va, vb = a.value, b.value
    refs = (va or "").endswith("_REF") or (vb or "").endswith("_REF")
    if vague and va and vb and not _same_value(a, b) and not refs:
        return 0  # "last year" is not "June 2024", however the intervals overlap
    same_segment = a.doc == b.doc and ea.segment == eb.segment
    # a related article on the same page retells, with no time at all, what the page
    # dates ("بعد أن أكدت وزارة الدفاع الأميركية أن …")
    untimed = (
        a.doc == b.doc
        and not same_segment
        and ea.type == eb.type == "STATEMENT"
        and (_untimed(a) or _untimed(b) or not (va and vb))
    )
    # "الاتفاقية" alone, undated and naming no one, takes up the article's agreement
    # … and takes up only what was told before it: the later of the two is the
    # anaphor; one naming parties all the earlier names takes it up too ("غارة
    # إسرائيلية فجر اليوم" … "بعد ساعات من الغارة")
    later, earlier = (a, b) if ea.start > eb.start else (b, a)
    anaphor = (
        a.doc == b.doc
        and ea.type == eb.type
        and (
            _anaphor(later)
            or (
                same_segment
                and _anaphor(later, named=True)
                and later.participants <= earlier.participants
                and (not later.location or _same_place(later, earlier, places))
            )
        )
    )
    singular = same_segment and _singular_topic(a, b)
    if a.doc == b.doc and ea.sentence_start != eb.sentence_start and not (untimed or anaphor):
        topical = _ongoing_topic(a, b) or (same_segment and _placed_topic(a, b)) or singular
        if (va or vb) and not _same_value(a, b) and not (topical and not (va and vb)):
            return 0  # one article telling two dates tells two events
        topic = same_segment and ea.type == eb.type and ea.type != "STATEMENT"
        said = ea.type == eb.type == "STATEMENT"  # the statement rule below decides
        if not (va and vb) and len(shared) < 2 and not same_place and not topic and not said:
            return 0
    undated_topic = (not va and not vb) or anaphor
    nested = _parties_nest(a, b)
    if (
        same_segment
        and undated_topic
        and ea.type == eb.type
        and ea.type != "STATEMENT"
        and (nested or not (a.participants and b.participants))
    ):
        # one short report naming one undated event twice: its topic (the support
        # China gives Russia is not the supplies North Korea sends it)
        return 1 + len(shared) * 2
    # a statement and the next of the same voice a few lines on name their topics,
    # which differ: the statement rule below decides
    told_on = (
        ea.type == eb.type == "STATEMENT"
        and same_segment
        and abs(ea.sentence_start - eb.sentence_start) <= _NEARBY
    )
    # "أطلقت إيران ليل السبت … في أول هجوم مباشر": one sentence, one time, one act
    one_sentence = a.doc == b.doc and ea.sentence_start == eb.sentence_start
    one_day_twice = one_sentence and bool(va) and va == vb and ea.type == eb.type
    if singular:
        pass  # the parties a report names around one invasion differ (بوتين، بيسكوف)
    elif a.participants and b.participants:
        if shared:
            if not nested and len(shared) * 3 < len(either) and not told_on:
                return 0
        elif not (same_place and (a.doc == b.doc or not vague)):
            return 0  # different names for one place and time: a recapture told twice
    elif not same_place and not (not vague and a.doc != b.doc) and not one_day_twice:
        return 0  # a mention naming no one joins only a well-dated event of its month
    if vague and a.doc != b.doc:
        # a vaguely dated mention joins another article's event only on strong
        # evidence: two names in common, one of them a person or the place, or a
        # date that says as much ("XXXX-06" against "2024-06")
        people = shared & persons
        informative = _same_value(a, b) and any(c.isdigit() for c in (va or vb or ""))
        both_vague = not (a.narrow or b.narrow)
        strong = people or same_place
        if informative:
            pass
        elif both_vague and not (len(shared) >= 2 and strong):
            # two loosely dated mentions need a person or the place in common, or,
            # for an ongoing supply or deployment, the same parties (one naming
            # also who told of it)
            same_parties = nested and len(shared) >= 2
            # troops of one country moved to one region ("انتشار القوات الكورية
            # الشمالية في كورسك" … "نشر قوات كورية شمالية في كورسك"): one move
            one_region = bool(shared) and a.family in PLACED and _region(a, b, places)
            if not (same_parties and a.family in _ONGOING) and not one_region:
                return 0
        elif len(shared) < 2 and not (people and same_place):
            return 0
    if ea.type == "STATEMENT":
        # statements merge for the same speaker on the same day, or when one goes on
        # from the other a few lines further in one report (وأضاف، مشيراً إلى)
        same_day = ea.earliest == eb.earliest and ea.latest == eb.latest
        nearby = (
            a.doc == b.doc
            and ea.segment == eb.segment
            and abs(ea.sentence_start - eb.sentence_start) <= _NEARBY
        )
        # two reports' undated tellings of one speaker's words (each open towards the
        # past): on the same report day, or a week apart when a person speaks
        retold = a.doc != b.doc and _retold(a, b) and (same_day or bool(shared & persons))
        if untimed and (shared & persons or len(shared) >= 2):
            same_day = _untimed(a) or _untimed(b) or _recent_telling(a, b) or _recent_telling(b, a)
        if not same_day and a.doc != b.doc and (shared & persons or len(shared) >= 2):
            # a later report of the same person's words, not dated itself, ends
            # a few days after the dated telling: one statement
            same_day = _recent_telling(a, b) or _recent_telling(b, a) or retold
        # a country both name is usually the topic; the speaker is a person or a body
        speaker = shared - countries
        # one person's tellings of one day in one report, however far apart in it
        # ("وقال ديتز" … "ردد ما قاله ديتز"): one statement
        one_voice = same_segment and bool(speaker & persons)
        if not same_day or not (
            (shared and (nearby or one_voice or ((a.narrow or b.narrow or retold) and speaker)))
            or (nearby and not (a.participants and b.participants))
        ):
            return 0
        voices_a, voices_b = a.participants - countries, b.participants - countries
        if voices_a and voices_b and voices_a.isdisjoint(voices_b):
            return 0  # two voices on one topic ("أكدت الوكالة" … "وأشاد بوتين")
    # one sentence naming an act twice is surer than another report's mention of the day
    return 1 + len(shared) * 2 + (a.narrow and b.narrow) + (a.doc != b.doc) + 2 * one_sentence


def _recent_telling(dated: Item, later: Item) -> bool:
    """``later`` is open towards the past and ends within a week after ``dated``'s day."""
    if not dated.narrow or dated.earliest != dated.latest or dated.earliest is None:
        return False
    if later.earliest is not None or later.latest is None:
        return False
    return 0 <= (later.latest - dated.earliest).days <= _TELLING_DAYS


def _parties_nest(a: Item, b: Item) -> bool:
    """Whether one mention's parties are all among the other's."""
    return a.participants <= b.participants or b.participants <= a.participants


def _ongoing_topic(a: Item, b: Item) -> bool:
    """An ongoing supply or deployment an article names undated and dated, between
    the same parties ("إرسال قوات كورية شمالية إلى روسيا" … "أرسلت 1500 جندي هذا الشهر")."""
    return bool(
        a.family == b.family
        and a.family in _ONGOING
        and len(a.participants & b.participants) >= 2
        and _parties_nest(a, b)
    )


def _singular_topic(a: Item, b: Item) -> bool:
    """Two mentions of a kind of event a report tells one of, one of them undated."""
    return bool(
        a.event.type == b.event.type and a.event.type in _SINGULAR and not (a.value and b.value)
    )


def _placed_topic(a: Item, b: Item) -> bool:
    """One report's undated and dated mention of a kind of event at one place, the
    parties of one within the other's ("زيارة إلى روسيا" … "غادر أمس إلى روسيا")."""
    return bool(
        a.event.type == b.event.type
        and a.location is not None
        and a.location == b.location
        and _parties_nest(a, b)
    )


def _own_topic(a: Item, b: Item) -> bool:
    """A report's doubt or denial of its own undated topic ("إذا كان صحيحاً أن جنوداً
    يذهبون"، "نفت موسكو نقل الأسلحة") is still that event."""
    ea, eb = a.event, b.event
    return bool(
        a.doc == b.doc
        and ea.segment == eb.segment
        and ea.type == eb.type != "STATEMENT"
        and not a.value
        and not b.value
        and a.participants & b.participants
    )


def _anaphor(item: Item, *, named: bool = False) -> bool:
    """A bare definite noun (الاتفاقية، القمة) with no date and no names of its own
    (``named``: names allowed)."""
    e = item.event
    return (
        not e.value
        and (named or (not item.participants and not item.location))
        and item.definite
        and " " not in e.trigger
    )


def _untimed(item: Item) -> bool:
    """Told with no time of its own, in a segment whose date is unknown."""
    return item.undated_segment and not item.event.value


def _retold(a: Item, b: Item) -> bool:
    """Two undated tellings of one person's words, reported within a week of each other."""
    if a.earliest is not None or b.earliest is not None or a.latest is None or b.latest is None:
        return False
    return abs((a.latest - b.latest).days) <= _TELLING_DAYS


def _same_value(a: Item, b: Item) -> bool:
    """Whether two mentions' values can name the same time (``XXXX-06`` ~ ``2024-06``)."""
    va, vb = a.value, b.value
    if not va or not vb or va == vb:
        return va == vb
    if len(va) == len(vb) and all(x == y or "X" in (x, y) for x, y in zip(va, vb, strict=True)):
        return True
    ea, eb = a.event, b.event
    if {ea.signal, eb.signal} & {"ENDS", "BEGINS", "SINCE", "BEFORE"}:
        # a lasting event's opening day and its closing day name one time, and so
        # do its bounds ("منذ مطلع أكتوبر" … "بحلول 27 أكتوبر")
        return _overlap((ea.earliest, ea.latest), (eb.earliest, eb.latest)) is not None
    if len(va) != len(vb) and "X" not in va + vb:
        # "this week" and its Tuesday: one time, told at two grains
        return _nested((ea.earliest, ea.latest), (eb.earliest, eb.latest))
    return False


def _nested(
    a: tuple[dt.date | None, dt.date | None], b: tuple[dt.date | None, dt.date | None]
) -> bool:
    (a0, a1), (b0, b1) = a, b
    if a0 is None or a1 is None or b0 is None or b1 is None:
        return False
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def cluster(
    items: Sequence[Item],
    places: Mapping[str, str],
    apart: Iterable[tuple[int, int]] = (),
    persons: frozenset[str] = frozenset(),
    scored: Iterable[tuple[int, int, int]] | None = None,
) -> list[list[Item]]:
    """Group mentions of one real-world event; each group keeps document order.

    Args:
        items: The mentions.
        places: Place name → its country (Kursk lies in Russia).
        persons: Names that are people (strong evidence for a merge).
        apart: Pairs of mention keys that the text says are different events
            ("they met *again*").
        scored: The scored candidate pairs (:func:`score_pairs`) when they were
            computed elsewhere (on a cluster); by default they are computed here.
    """
    countries = frozenset(places.values())
    separate: dict[int, set[int]] = defaultdict(set)
    for x, y in [*apart, *_ordered_in_sentence(items)]:
        separate[x].add(y)
        separate[y].add(x)
    parent = list(range(len(items)))
    interval: list[tuple[dt.date | None, dt.date | None]] = [(i.earliest, i.latest) for i in items]
    # per cluster (by root), what its joins are judged on, made when first needed
    # and dropped when the root joins another: a corpus's mentions are mostly
    # joined, and only the roots' state is held at once.
    # Its size, and its mentions' keys (none: a single mention's own)
    size = [1] * len(items)
    members: list[set[int] | None] = [None] * len(items)
    # each document's dated mentions by how they are dated, with the sentences they
    # stand in: clashes are checked on these few kinds, and the smaller cluster
    # joins the larger, so a long text stays near-linear
    dated: list[dict[str, dict[_DateKey, tuple[Item, set[int]]]] | None] = [None] * len(items)
    # the mentions it may not hold
    forbid: dict[int, set[int]] = {
        index: set(separate[i.key]) for index, i in enumerate(items) if i.key in separate
    }
    # the places its moves went to (:data:`PLACED` kinds; "" for a move told with
    # no place)
    where = {index: {i.location or ""} for index, i in enumerate(items) if i.family in PLACED}
    # the countries named by what one party gives another (:data:`_GIVEN`)
    givers = {
        index: set(i.participants & countries)
        for index, i in enumerate(items)
        if i.family in _GIVEN
    }
    nobody: frozenset[str] = frozenset()

    def dates_of(root: int) -> dict[str, dict[_DateKey, tuple[Item, set[int]]]]:
        found = dated[root]
        if found is None:
            i = items[root]
            found = {i.doc: {_date_key(i): (i, {i.event.sentence_start})}} if i.value else {}
            dated[root] = found
        return found

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if scored is None:
        _, firsts, seconds = _ranked(items, _candidate_codes(items, persons), places, persons)
    else:
        ranked = sorted(set(scored))
        firsts = np.asarray([a for _score, a, _b in ranked], dtype=np.int64)
        seconds = np.asarray([b for _score, _a, b in ranked], dtype=np.int64)
    joined: list[int] = []
    pairs = _across_clusters(firsts, seconds, parent, joined)
    # pairs of clusters (by root) kept apart for good: every reason below but the
    # givers' holds as the clusters grow (intervals only narrow; dates, sentences,
    # forbidden members and places only add up), and a root stays one only while
    # its cluster grows, so a refusal stands while both roots do. Two large
    # clusters meet through many candidate pairs: each is judged once.
    refused: set[int] = set()
    for ra, rb in pairs:
        # roots when the pair's chunk was read: most still are
        if parent[ra] != ra:
            ra = find(ra)
        if parent[rb] != rb:
            rb = find(rb)
        if ra == rb:
            continue
        both = ra << _SHIFT | rb if ra < rb else rb << _SHIFT | ra
        if both in refused:
            continue
        merged = _overlap(interval[ra], interval[rb])
        if merged is None:
            refused.add(both)
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        # most joins take in a single mention: its dates are read off it as it is
        single = items[rb] if size[rb] == 1 else None
        forbid_a, forbid_b = forbid.get(ra), forbid.get(rb)
        where_a, where_b = where.get(ra), where.get(rb)
        if (
            # a document's own mentions of different dates stay apart across
            # clusters too
            (
                _doc_clash(dates_of(ra), dates_of(rb))
                if single is None
                else single.value is not None and _clashes_with(dates_of(ra), single)
            )
            or (forbid_b is not None and not forbid_b.isdisjoint(members[ra] or (items[ra].key,)))
            or (forbid_a is not None and not forbid_a.isdisjoint(members[rb] or (items[rb].key,)))
            or (where_a and where_b and _other_places(where_a, where_b, places))
        ):
            refused.add(both)
            continue
        givers_a, givers_b = givers.get(ra, nobody), givers.get(rb, nobody)
        if givers_a - givers_b and givers_b - givers_a:
            # each names a giving country the other does not: "دور الصين في دعم روسيا"
            # … "كوريا الشمالية زودت روسيا", also when an unnamed one would chain them
            continue
        parent[rb] = ra
        joined.append(rb)
        interval[ra] = merged
        size[ra] += size[rb]
        mine = members[ra]
        if mine is None:
            mine = members[ra] = {items[ra].key}
        theirs = members[rb]
        if theirs is None:
            mine.add(items[rb].key)
        else:
            mine |= theirs
        dates = dates_of(ra)
        if single is None:
            for doc, kinds in dates_of(rb).items():
                kept_kinds = dates.setdefault(doc, {})
                for kind, (item, sentences) in kinds.items():
                    _keep_dated(kept_kinds, kind, item, sentences)
        elif single.value is not None:
            # what dates_of would make of the single mention, joined in place
            _keep_dated(
                dates.setdefault(single.doc, {}),
                _date_key(single),
                single,
                (single.event.sentence_start,),
            )
        if forbid_b is not None:
            _absorb(forbid, ra, rb)
        if where_b is not None:
            _absorb(where, ra, rb)
        if givers_b is not nobody:
            _absorb(givers, ra, rb)
        members[rb] = dated[rb] = None
    groups: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        groups[find(item.key)].append(item)
    return list(groups.values())


def _keep_dated(
    kinds: dict[_DateKey, tuple[Item, set[int]]],
    kind: _DateKey,
    item: Item,
    sentences: Iterable[int],
) -> None:
    """Add to a document's dated mentions of a cluster (by how they are dated) one
    joining cluster's mentions so dated, and their sentences (two at most kept)."""
    if kind in kinds:
        kept = kinds[kind][1]
        for sentence in sentences:
            if len(kept) < 2:
                kept.add(sentence)
    else:
        kinds[kind] = (item, set(sentences))


def _absorb(state: dict[int, set[_T]], root: int, joining: int) -> None:
    """Move what a cluster's ``state`` holds for the ``joining`` root into ``root``'s."""
    theirs = state.pop(joining, None)
    if theirs is not None:
        mine = state.get(root)
        if mine is None:
            state[root] = theirs
        else:
            mine |= theirs


_CHUNK = 1 << 12  # ranked pairs between two looks at their roots


def _across_clusters(
    firsts: _Codes, seconds: _Codes, parent: list[int], joined: list[int]
) -> Iterable[tuple[int, int]]:
    """The roots of the ranked pairs ``(firsts[i], seconds[i])``, in order, but of
    those already joined in one cluster when their turn comes near: in chunks, each
    chunk's pairs whose two mentions have one root by then are dropped at once (over
    arrays), and the roots of the rest, as they stand then, go to the caller, who
    joins clusters (``parent``) as it reads them and tells each root it joins to
    another (``joined``)."""
    # each mention's ancestor, kept up to date with the roots that joined others
    above = np.arange(len(parent), dtype=np.int64)
    for start in range(0, len(firsts), _CHUNK):
        if joined:
            above[joined] = [parent[x] for x in joined]
            joined.clear()
        a = _roots(above, firsts[start : start + _CHUNK])
        b = _roots(above, seconds[start : start + _CHUNK])
        apart = a != b
        yield from zip(a[apart].tolist(), b[apart].tolist(), strict=True)


def _roots(above: _Codes, keys: _Codes) -> _Codes:
    """The roots of ``keys`` in the forest ``above`` (each entry an ancestor), the
    keys' entries set to them."""
    found = keys
    while True:
        up = above[found]
        if np.array_equal(up, found):
            above[keys] = found
            return found
        found = up


def _ordered_in_sentence(items: Sequence[Item]) -> list[tuple[int, int]]:
    """Pairs of mention keys one sentence puts in order ("ضربة … رداً على الهجوم"):
    a mention dated from another event of its kind and the others of its kind in
    its sentence are different events, however other reports would chain them."""
    ordered = {
        (item.doc, item.event.sentence_start, item.family)
        for item in items
        if item.event.signal in _RELATIVE
    }
    if not ordered:
        return []
    by_sentence: dict[tuple[str, int, str], list[Item]] = defaultdict(list)
    for item in items:
        where = (item.doc, item.event.sentence_start, item.family)
        if where in ordered:
            by_sentence[where].append(item)
    out: list[tuple[int, int]] = []
    for group in by_sentence.values():
        for item in group:
            if item.event.signal in _RELATIVE:
                out += [(item.key, other.key) for other in group if other.key != item.key]
    return out


def _region(a: Item, b: Item, places: Mapping[str, str]) -> bool:
    """Both mentions name one place inside a country (a region or a city)."""
    return a.location is not None and a.location == b.location and a.location in places


def _other_places(left: set[str], right: set[str], places: Mapping[str, str]) -> bool:
    """Whether two clusters' moves went to different places of one country: a
    region and its country ("إلى مقاطعة كورسك" … "إلى روسيا"), or two regions. A
    move told with no place ("عمليات الانتشار الكورية الشمالية") is the country-wide
    one, not a region's."""
    for a in left:
        for b in right:
            if a == b:
                continue
            if not a or not b:
                if (a or b) in places:
                    return True
                continue
            ca, cb = places.get(a), places.get(b)
            if ca == b or cb == a or (ca is not None and ca == cb):
                return True
    return False


def _doc_clash(
    left: Mapping[str, Mapping[_DateKey, tuple[Item, set[int]]]],
    right: Mapping[str, Mapping[_DateKey, tuple[Item, set[int]]]],
) -> bool:
    """Whether one document dates mentions of the two clusters differently, in two
    different sentences."""
    if len(left) > len(right):
        left, right = right, left
    for doc, kinds in left.items():
        others = right.get(doc)
        if not others:
            continue
        for a, sentences_a in kinds.values():
            for b, sentences_b in others.values():
                # two sentences at least (each set keeps at most two)
                apart = len(sentences_a) > 1 or len(sentences_b) > 1 or sentences_a != sentences_b
                if apart and not _same_value(a, b):
                    return True
    return False


def _clashes_with(
    dates: Mapping[str, Mapping[_DateKey, tuple[Item, set[int]]]], single: Item
) -> bool:
    """:func:`_doc_clash` of a cluster's ``dates`` and a single dated mention's."""
    kinds = dates.get(single.doc)
    if not kinds:
        return False
    sentence = single.event.sentence_start
    for a, sentences in kinds.values():
        # two sentences at least (each set keeps at most two)
        if (len(sentences) > 1 or sentence not in sentences) and not _same_value(a, single):
            return True
    return False


_DateKey = tuple[str | None, str | None, dt.date | None, dt.date | None]


def _date_key(item: Item) -> _DateKey:
    """What :func:`_same_value` looks at: mentions alike in it clash alike."""
    e = item.event
    return (item.value, e.signal, e.earliest, e.latest)
