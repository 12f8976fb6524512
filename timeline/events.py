"""Events: triggers, participants, place, modality and a dated interval.

:func:`find_events` works on one document's normalised text and its resolved time
expressions. It knows no language: the words come from an :class:`EventLanguage`
built from a language's data modules (triggers, gazetteer, cue words).

How an event is dated:

* the time expression nearest to its trigger in the same sentence governs it; a
  signal right before that expression bounds the event instead (``منذ``/``بعد``:
  from then on, ``قبل``/``بحلول``: until then);
* a reporting verb with no expression of its own speaks for the same occasion as an
  earlier dated statement of its speaker in the segment (``قال زيلينسكي الإثنين`` …
  ``وقال زيلينسكي``); one with no subject of its own (``ولفتت إلى أن``) goes on with the
  statement just before; otherwise it is dated by its segment's publication date;
* a clause opened by ``بعد أن``/``بعدما`` tells something that came before the event
  of the sentence it hangs on;
* otherwise the interval is open on one side: a past event happened at the latest
  on the publication date, a planned or expected one at the earliest then. In a
  segment whose date is unknown, a statement is bounded below by the latest
  absolute date the segment names, and by that date plus an amount the segment
  says a state begun then had lasted (``منذ الهجوم … في أغسطس 2024`` and ``منذ عدة
  أشهر``: November 2024).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, TypeVar

import attrs
import numpy as np

from timeline.calendars import add_months
from timeline.model import Event, Segment, TimeExpression
from timeline.morphology import Morphology
from timeline.text import SENTENCE_END, NormalizedText, fold
from timeline.triggers import Lexicon, Token, Trigger, tokenize, variants

__all__ = ["Entity", "EventLanguage", "find_events"]

_CLAUSE_BREAK = re.compile(r"[،,:؛;«»\"“”]")
_PUNCTUATION_MARKS = frozenset("،,:؛;")  # each one of _CLAUSE_BREAK's
_SHORT_QUOTE = re.compile(r"[“\"«][^“”\"«»\n\s]+[”\"»]")


def _clause_breaks(text: str) -> tuple[list[int], list[int]]:
    """Clause punctuation, save the marks around a quoted name (لحلف “الناتو” مارك
    روته), and the commas, colons and semicolons among it (one pass over the text)."""
    quoted = set()
    for m in _SHORT_QUOTE.finditer(text):
        quoted.add(m.start())
        quoted.add(m.end() - 1)
    found = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    marks = _PUNCTUATION_MARKS
    return [i for i in found if i not in quoted], [i for i in found if text[i] in marks]


_T = TypeVar("_T")

_MERGE_GAP = 6  # same-type triggers this close in a sentence are one event
_BEFORE = 4  # participants: words before the trigger
_AFTER = 10  # participants: words after the trigger
_AFTER_MEETING = 14  # … after a meeting's verb (host, guest, place and day)
_CUE_REACH = 12  # modality cues: words before the trigger
_REQUIRES_BEFORE = 5  # a trigger's required context: words before it
_TIME_REACH = 15  # dating: words between a time expression and the trigger after it
_TIME_AFTER = 15  # … and the trigger before it
_HEADING_WORDS = 5  # the longest line read as a heading
_OCCASIONS = frozenset({"MEETING", "VISIT", "NEGOTIATION"})  # what a statement is made at
_OCCASION_REACH = 8  # words between a statement verb and the meeting it was made at
_OBLIGATION_REACH = 4  # words between "ينبغي" and what ought to be done
_ORDERING = frozenset({"AFTER", "BEFORE"})  # signal sides that put two events in order
_PURPOSE_REACH = 6  # words between an aim and its event: the aim and whom it moves
_TOLD_OBJECT_REACH = 8  # words between a telling and what it tells as its object
_PLUPERFECT_REACH = 6  # words between "وكان" and "قد" (its subject)
_HAPPEN_REACH = 12  # words between an event noun and the verb that says it may happen
_RELAY_REACH = 12  # words from a relaying verb to the telling it brings in
_PLACE_REACH = 16  # words after a trigger where the place it happened at may stand
_SIGNAL_REACH = 5  # words between a trigger and the signal that relates it to another event
_SET_OFF_REACH = 8  # words from a telling to a day set off by commas after its subject
_PERSON_REACH = 6  # words after a verb of attacking where its person object stands
_SOURCE_REACH = 3  # words between "وفقاً ل" and the name of the source
_ABSTAIN_REACH = 4  # words between a verb of refraining and what is refrained from


@attrs.frozen
class Entity:
    """A gazetteer entry: its kind, its name and its country.

    ``kind`` is ``country``, ``person``, ``organization``, ``capital`` or
    ``place``. A nationality adjective is a ``country``.
    """

    kind: str
    name: str
    country: str = ""


def _lexicon(words: Iterable[str]) -> Lexicon[str]:
    return Lexicon((w, w) for w in words)


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _folded_signals(table: Mapping[str, str]) -> dict[str, str]:
    return {fold(k): v for k, v in table.items()}


def _folded_signs(table: Mapping[str, int]) -> dict[str, int]:
    return {fold(k): v for k, v in table.items()}


def _phrases(items: Iterable[Sequence[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in words) for words in items)


def _trigger_tuple(triggers: Iterable[Trigger]) -> tuple[Trigger, ...]:
    return tuple(triggers)


def _entity_lexicon(entries: Iterable[tuple[str, Entity]]) -> Lexicon[Entity]:
    return Lexicon(entries)


@attrs.frozen(kw_only=True)
class EventLanguage:
    """Everything :func:`find_events` needs to know about a language.

    Each word list is given as written (a tuple of strings) and folded here;
    phrase lists (``planned``, ``purposes`` …) become :class:`Lexicon` objects
    looked up over tokens.
    """

    #: the event triggers, each with its words, conditions and examples
    triggers: tuple[Trigger, ...] = attrs.field(converter=_trigger_tuple)
    entities: Lexicon[Entity] = attrs.field(converter=_entity_lexicon)
    morphology: Morphology = attrs.field(factory=Morphology)
    planned: Lexicon[str] = attrs.field(default=(), converter=_lexicon)
    expected: Lexicon[str] = attrs.field(default=(), converter=_lexicon)
    hypothetical: Lexicon[str] = attrs.field(default=(), converter=_lexicon)
    denials: Lexicon[str] = attrs.field(default=(), converter=_lexicon)
    reports: Lexicon[str] = attrs.field(default=(), converter=_lexicon)
    condition_ends: Lexicon[str] = attrs.field(default=(), converter=_lexicon)
    comparisons: Lexicon[str] = attrs.field(default=(), converter=_lexicon)
    abstentions: Lexicon[str] = attrs.field(default=(), converter=_lexicon)
    purposes: Lexicon[str] = attrs.field(default=(), converter=_lexicon)
    #: right before an agreement, carrying it out (تنفيذ اتفاق): it was made before
    carried_out: frozenset[str] = attrs.field(default=(), converter=_folded)
    #: between a denial verb and the event: a part in it denied, not the event
    denied_parts: frozenset[str] = attrs.field(default=(), converter=_folded)
    #: in force (يسري): an agreement in force since a day was made by it
    in_force: frozenset[str] = attrs.field(default=(), converter=_folded)
    negations: frozenset[str] = attrs.field(default=(), converter=_folded)
    location_preps: frozenset[str] = attrs.field(default=(), converter=_folded)
    sources: frozenset[str] = attrs.field(default=(), converter=_folded)
    echoes: frozenset[str] = attrs.field(default=(), converter=_folded)
    relatives: frozenset[str] = attrs.field(default=(), converter=_folded)
    after_clauses: frozenset[str] = attrs.field(default=(), converter=_folded)
    occasions: frozenset[str] = attrs.field(default=(), converter=_folded)
    hearsay: frozenset[str] = attrs.field(default=(), converter=_folded)
    obligations: frozenset[str] = attrs.field(default=(), converter=_folded)
    that: frozenset[str] = attrs.field(default=(), converter=_folded)
    whether: frozenset[str] = attrs.field(default=(), converter=_folded)
    offset_of: frozenset[str] = attrs.field(default=(), converter=_folded)
    resumptive: frozenset[str] = attrs.field(default=(), converter=_folded)
    relays: frozenset[str] = attrs.field(default=(), converter=_folded)
    place_heads: frozenset[str] = attrs.field(default=(), converter=_folded)
    happen: frozenset[str] = attrs.field(default=(), converter=_folded)
    potential: frozenset[str] = attrs.field(default=(), converter=_folded)
    clause_openers: frozenset[str] = attrs.field(default=(), converter=_folded)
    topics: frozenset[str] = attrs.field(default=(), converter=_folded)
    forces: frozenset[str] = attrs.field(default=(), converter=_folded)
    relayed_from: frozenset[str] = attrs.field(default=(), converter=_folded)
    past_auxiliaries: frozenset[str] = attrs.field(default=(), converter=_folded)
    perfect_particles: frozenset[str] = attrs.field(default=(), converter=_folded)
    country_words: frozenset[str] = attrs.field(default=(), converter=_folded)
    time_signals: Mapping[str, str] = attrs.field(factory=dict, converter=_folded_signals)
    phases: Mapping[str, str] = attrs.field(factory=dict, converter=_folded_signals)
    offset_signs: Mapping[str, int] = attrs.field(factory=dict, converter=_folded_signs)
    possible: tuple[tuple[str, ...], ...] = attrs.field(default=(), converter=_phrases)
    provided: tuple[tuple[str, ...], ...] = attrs.field(default=(), converter=_phrases)
    #: the triggers' words, looked up over tokens (computed)
    trigger_words: Lexicon[Trigger] = attrs.field(init=False, repr=False, eq=False)
    #: per trigger, its folded ``requires`` and ``excludes`` words (computed)
    requires: Mapping[Trigger, frozenset[str]] = attrs.field(init=False, repr=False, eq=False)
    excludes: Mapping[Trigger, frozenset[str]] = attrs.field(init=False, repr=False, eq=False)
    # what _happening found of each word looked at (a memo)
    _word_kinds: dict[str, int] = attrs.field(init=False, repr=False, eq=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        triggers = self.triggers
        object.__setattr__(
            self, "trigger_words", Lexicon((w, t) for t in triggers for w in t.words)
        )
        object.__setattr__(self, "requires", {t: _folded(t.requires) for t in triggers})
        object.__setattr__(self, "excludes", {t: _folded(t.excludes) for t in triggers})


@attrs.frozen
class _Hit:
    first: int
    count: int
    trigger: Trigger


@attrs.frozen
class _Context:
    """One document's tokens and what the events are read against."""

    text: str
    tokens: list[Token]
    starts: list[int]
    sentence_ends: list[int]
    clause_breaks: list[int]
    punctuation: list[int]
    lang: EventLanguage
    entity_firsts: list[int] = attrs.field(factory=list)
    #: the token after each entity, by its first token
    entity_ends: dict[int, int] = attrs.field(factory=dict)
    place_firsts: set[int] = attrs.field(factory=set)
    person_firsts: set[int] = attrs.field(factory=set)
    #: the first token of each trigger, in text order, and of each telling
    trigger_firsts: list[int] = attrs.field(factory=list)
    statement_firsts: set[int] = attrs.field(factory=set)
    _heads: dict[int, list[int]] = attrs.field(factory=dict)
    # per token: its sentence's token range, and how many clause breaks and
    # punctuation marks stand before it (no mark stands inside a token)
    _sentence: list[tuple[int, int]] = attrs.field(init=False, factory=list)
    _breaks_before: list[int] = attrs.field(init=False, factory=list)
    _marks_before: list[int] = attrs.field(init=False, factory=list)
    # the text's words, each with its tokens in text order (the words as a set too,
    # for the word lists' lookups)
    _distinct: set[str] = attrs.field(init=False, factory=set)
    _where: dict[str, list[int]] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        # a sentence's tokens: from the first after one end to the last before the next
        sentence, first = self._sentence, 0
        for end in self.sentence_ends:
            last = bisect.bisect_left(self.starts, end)
            if last > first:
                sentence += [(first, last)] * (last - first)
                first = last
        if first < len(self.starts):
            sentence += [(first, len(self.starts))] * (len(self.starts) - first)
        starts = np.asarray(self.starts, dtype=np.int64)
        for marks, before in (
            (self.clause_breaks, self._breaks_before),
            (self.punctuation, self._marks_before),
        ):
            before.extend(np.searchsorted(np.asarray(marks, dtype=np.int64), starts).tolist())
        where = self._where
        for index, (_start, _end, text) in enumerate(self.tokens):
            found = where.get(text)
            if found is None:
                where[text] = [index]
            else:
                found.append(index)
        self._distinct.update(where)

    def heads(self, lexicon: Lexicon[Any]) -> list[int]:
        """The tokens an entry of ``lexicon`` may begin at (found once)."""
        heads = self._heads.get(id(lexicon))
        if heads is None:
            # the tokens of the few words an entry begins with, not every token
            where = self._where
            heads = sorted(i for word in lexicon.starting(self._distinct) for i in where[word])
            self._heads[id(lexicon)] = heads
        return heads

    def scan(self, lexicon: Lexicon[_T], lo: int, hi: int) -> list[tuple[int, int, _T]]:
        """``lexicon.scan`` over tokens ``[lo, hi)``, read only where an entry begins."""
        return lexicon.scan_heads(self.tokens, self.heads(lexicon), lo, hi)

    def sentence_of(self, token: int) -> tuple[int, int]:
        """Token range ``[first, last)`` of the sentence holding ``token``."""
        return self._sentence[token]

    def break_between(self, a: int, b: int) -> bool:
        """Whether clause punctuation stands between tokens ``a`` and ``b`` (a < b)."""
        return self._breaks_before[b] > self._breaks_before[a]

    def tokens_of(self, word: str, lo: int, hi: int) -> list[int]:
        """The tokens in ``[lo, hi)`` that are ``word``, in text order."""
        where = self._where.get(word)
        if where is None:
            return []
        return where[bisect.bisect_left(where, lo) : bisect.bisect_left(where, hi)]

    def clause_end(self, token: int) -> int:
        """The first token after ``token`` that clause punctuation stands before
        (the number of tokens if none does)."""
        before = self._breaks_before
        return bisect.bisect_right(before, before[token], token)

    def punctuation_between(self, a: int, b: int) -> bool:
        """Whether a comma, colon or semicolon stands between tokens ``a`` and ``b``."""
        return self._marks_before[b] > self._marks_before[a]


def _accepts(ctx: _Context, hit: _Hit) -> bool:
    after = hit.first + hit.count
    excluded = ctx.lang.excludes.get(hit.trigger, frozenset())
    if excluded and any(
        form in excluded for tok in ctx.tokens[after : after + 2] for form in variants(tok.text)
    ):
        return False
    if hit.trigger.needs_object:
        # "بمواصلة دعم أوكرانيا": a name right after the word is what it is done to
        at = bisect.bisect_left(ctx.entity_firsts, after)
        named = at < len(ctx.entity_firsts) and ctx.entity_firsts[at] == after
        # "لن يدعم بلاده": a country named by a word that points back at it
        told = after < len(ctx.tokens) and ctx.tokens[after].text in ctx.lang.country_words
        if not (named or told):
            return False
    if hit.trigger.not_a_person and _against_a_person(ctx, hit):
        return False
    wanted = ctx.lang.requires.get(hit.trigger, frozenset())
    if not wanted:
        return True
    if hit.trigger.needs_place:
        # "وصل بلينكن إلى الرياض": a required word right before a place's name
        return any(
            ctx.tokens[i].text in wanted and i + 1 in ctx.place_firsts
            for i in range(after, min(after + hit.trigger.window, len(ctx.tokens)))
        )
    before = ctx.tokens[max(0, hit.first - _REQUIRES_BEFORE) : hit.first]
    for tok in [*before, *ctx.tokens[after : after + hit.trigger.window]]:
        if any(form in wanted for form in variants(tok.text)):
            return True
    return False


def _against_a_person(ctx: _Context, hit: _Hit) -> bool:
    """A person named in the clause after the trigger, and no force or weapon."""
    after = hit.first + hit.count
    end = min(len(ctx.tokens), after + _PERSON_REACH)
    person = False
    for index in range(after, end):
        if index > after and ctx.break_between(index - 1, index):
            break
        if _among(ctx.tokens[index].text, ctx.lang.forces):
            return False
        person = person or index in ctx.person_firsts
    return person


def _triggers(ctx: _Context) -> tuple[list[_Hit], list[tuple[_Hit, int]]]:
    """The event triggers, and the companions of each: another word of the same type
    close by in its clause that names the same act ("ووقعت … اتفاقا"، "حق النقض
    (الفيتو)"، "وأضاف خلال مؤتمر صحافي"), with the index of the trigger it goes with."""
    hits: list[_Hit] = []
    # a name is no event's word ("الأمير فيصل": not ف + يصل; "قوات الدعم السريع")
    named = {i for first, end in ctx.entity_ends.items() for i in range(first, end)}
    for index in ctx.heads(ctx.lang.trigger_words):
        if hits and index < hits[-1].first + hits[-1].count:
            continue  # inside the trigger before
        if index in named:
            continue
        # a word may announce several types (نقل جنود، نقل عن): the first that fits
        chosen = next(
            (
                _Hit(index, count, trig)
                for count, trig in ctx.lang.trigger_words.options(ctx.tokens, index)
                if _accepts(ctx, _Hit(index, count, trig))
            ),
            None,
        )
        if chosen is not None:
            hits.append(chosen)
    hits = [hit for number, hit in enumerate(hits) if not _held_since(ctx, hits, number)]
    merged: list[_Hit] = []
    companions: list[tuple[_Hit, int]] = []
    for hit in hits:
        if companions and companions[-1][1] == len(merged) - 1:
            previous = companions[-1][0]
            if hit.first == previous.first + previous.count and hit.trigger.type == (
                previous.trigger.type
            ):
                # "أبرمتا اتفاقية شراكة": a noun joined to the companion before it
                # names it further; one mention, not another
                continue
        if merged:
            last = merged[-1]
            same_sentence = ctx.sentence_of(last.first) == ctx.sentence_of(hit.first)
            if (
                last.trigger.type == hit.trigger.type
                and same_sentence
                and hit.first - (last.first + last.count) <= _MERGE_GAP
                and not ctx.break_between(last.first, hit.first)
                and not _signal_between(ctx, last.first + last.count, hit.first)
                and not (hit.trigger.type == "STATEMENT" and _relayed(ctx, last.first, hit.first))
                and not (hit.trigger.addressed and _that_between(ctx, last.first, hit.first))
            ):
                companions.append((hit, len(merged) - 1))
                continue
        merged.append(hit)
    return merged, companions


def _carried_out(ctx: _Context, hit: _Hit) -> bool:
    """An agreement carried out or breached ("من المقرر أن تعقد لجنة الإشراف على تنفيذ
    اتفاق وقف إطلاق النار اجتماعاً يوم الخميس"): it was made before, on no day its
    clause tells, and is not what is planned."""
    return (
        hit.trigger.type == "AGREEMENT"
        and hit.first > 0
        and _among(ctx.tokens[hit.first - 1].text, ctx.lang.carried_out)
    )


def _in_force(ctx: _Context, hit: _Hit) -> bool:
    """An agreement told as in force ("يسري منذ 27 نوفمبر اتفاق"): a since-day is the
    day it was made by."""
    if hit.trigger.type != "AGREEMENT":
        return False
    first, _ = ctx.sentence_of(hit.first)
    lo = max(first, hit.first - _CUE_REACH)
    return any(_among(ctx.tokens[i].text, ctx.lang.in_force) for i in range(lo, hit.first))


def _held_since(ctx: _Context, hits: list[_Hit], number: int) -> bool:
    """Whether the hit tells a state held since another event its clause names
    ("قد سيطرت على أجزاء من كورسك منذ الهجوم"): the taking was that event."""
    hit = hits[number]
    if not hit.trigger.held:
        return False
    later = {h.first for h in hits[number + 1 :]}
    signals = ctx.lang.time_signals
    for index in range(hit.first + hit.count, len(ctx.tokens) - 1):
        if ctx.break_between(index - 1, index):
            return False
        if signals.get(ctx.tokens[index].text) == "SINCE" and index + 1 in later:
            return True
    return False


def _that_between(ctx: _Context, lo: int, hi: int) -> bool:
    """Whether a that-word (أن، إن) stands between tokens ``lo`` and ``hi``."""
    return any(ctx.tokens[i].text in ctx.lang.that for i in range(lo + 1, hi))


def _signal_between(ctx: _Context, lo: int, hi: int) -> bool:
    """Two triggers are two events: an ordering word between them ("الإحاطة بعد أسبوع
    من تصريح"), a telling of a telling ("ردد ما قاله") or a verb joined by و."""
    signals = ctx.lang.time_signals
    if hi > 0 and ctx.tokens[hi - 1].text in ctx.lang.echoes:
        return True  # "ردد ما قاله ديتز": one telling of another
    forms = ctx.lang.morphology.forms(ctx.tokens[hi].text)
    if len(forms) > 1 and forms[1] in ctx.lang.trigger_words:
        return True  # "ترسل تحذيراً … وتقول إن": a second clause, a second telling
    return any(ctx.tokens[i].text in signals for i in range(lo, hi))


def _window(ctx: _Context, hit: _Hit) -> tuple[int, int]:
    """Token range around a trigger, inside its sentence and clause."""
    first, last = ctx.sentence_of(hit.first)
    lo = max(first, hit.first - _BEFORE)
    # a quotation may open on the trigger: "جنوداً كوريين شماليين “ينتشرون في روسيا”"
    while lo < hit.first and ctx.punctuation_between(lo, hit.first):
        lo += 1
    for index in range(hit.first - 2, lo - 1, -1):  # "سبق لكوريا أن زودت": أن + verb
        if ctx.tokens[index].text in ctx.lang.that:
            lo = index + 1  # "تقول واشنطن إن كوريا الشمالية زودت": the teller is not a party
            break
    # a host and a guest both stand after a meeting's verb, the guest after a long
    # title and place ("استقبل ولي العهد السعودي … في قصر اليمامة اليوم الرئيس الفرنسي")
    reach = _AFTER_MEETING if hit.trigger.type == "MEETING" else _AFTER
    hi = min(last, hit.first + hit.count + reach)
    end = hit.first + hit.count
    for index in range(end, hi):
        # a comma right after the trigger may set off its subject or time ("أعلنت
        # الوزارة، مساء الثلاثاء،"), not a new clause's verb ("بالاتفاق، ودعا")
        opens = index > end or _is_trigger(ctx, index)
        if opens and ctx.break_between(index - 1, index):
            hi = index
            break
        if hit.trigger.type == "STATEMENT" and ctx.tokens[index].text in ctx.lang.echoes:
            hi = index  # "ردد ما قاله ديتز": Dietz is the echoed voice, not a party
            break
    return lo, hi


def _context(
    text: str, tokens: list[Token], lang: EventLanguage, sentence_ends: list[int] | None = None
) -> _Context:
    """The event reader's view of a normalised text and its tokens (and where its
    sentences end, when known)."""
    if sentence_ends is None:
        sentence_ends = [m.end() for m in SENTENCE_END.finditer(text)]
    breaks, punctuation = _clause_breaks(text)
    return _Context(
        text=text,
        tokens=tokens,
        starts=[t.start for t in tokens],
        sentence_ends=sentence_ends,
        clause_breaks=breaks,
        punctuation=punctuation,
        lang=lang,
    )


def _among(word: str, words: AbstractSet[str]) -> bool:
    """Whether a form of ``word``, clitics off, is one of ``words``."""
    return any(form in words for form in variants(word))


def _is_trigger(ctx: _Context, index: int) -> bool:
    """Whether a trigger begins at token ``index``."""
    at = bisect.bisect_left(ctx.trigger_firsts, index)
    return at < len(ctx.trigger_firsts) and ctx.trigger_firsts[at] == index


def _apart_before(ctx: _Context, lo: int, hi: int) -> bool:
    """Whether a name at token ``lo`` belongs to something else than the trigger at
    ``hi``: another trigger or an ordering word (قبل، بعد) stands between them. An
    event a state lasts since may share its place ("سيطرت على كورسك منذ الهجوم")."""
    at = bisect.bisect_right(ctx.trigger_firsts, lo)
    if at < len(ctx.trigger_firsts) and ctx.trigger_firsts[at] < hi:
        return True
    signals = ctx.lang.time_signals
    return any(signals.get(ctx.tokens[i].text) in _ORDERING for i in range(lo + 1, hi))


@attrs.frozen
class _PlaceRule:
    """What makes a name the place of an event of one type.

    Attributes:
        object: A place right after the verb, with no preposition, is where it
            goes ("سيزور الملك واشنطن").
        goes_to: A country a joined ل names is where it goes; for other types it
            is who receives or is told ("حزمة مساعدات لأوكرانيا").
        aimed: A country after a preposition further on in the clause is where
            it went ("أطلقت إيران ليل السبت … صاروخاً باتجاه إسرائيل").
    """

    object: bool = False
    goes_to: bool = False
    aimed: bool = False


_PLACE_RULES: Mapping[str, _PlaceRule] = {
    "VISIT": _PlaceRule(object=True, goes_to=True, aimed=True),
    "DEPLOYMENT": _PlaceRule(goes_to=True, aimed=True),
    "INVASION": _PlaceRule(goes_to=True, aimed=True),
    "ATTACK": _PlaceRule(aimed=True),
}
_NO_PLACE_RULE = _PlaceRule()


def _participants(
    ctx: _Context, hit: _Hit, found: Sequence[tuple[int, int, Entity]]
) -> tuple[tuple[str, ...], str | None]:
    lo, hi = _window(ctx, hit)
    rule = _PLACE_RULES.get(hit.trigger.type, _NO_PLACE_RULE)
    names: list[str] = []
    location: tuple[int, str] | None = None
    firsts = ctx.entity_firsts  # the first token of each of ``found``
    # "جلسة طارئة لبحث الأوضاع في غزة": a place after a topic word is not where
    _first_token, last = ctx.sentence_of(hit.first)
    after = hit.first + hit.count
    last = min(last, after + _PLACE_REACH)  # no place is looked for further on
    topic_from = next(
        (i for i in range(after, last) if ctx.tokens[i].text in ctx.lang.topics), last
    )
    for first, _count, entity in found[
        bisect.bisect_left(firsts, lo) : bisect.bisect_left(firsts, hi)
    ]:
        if entity.kind in ("country", "person", "organization"):
            name = entity.name
        elif entity.kind == "capital":
            name = entity.country
        else:
            name = ""
        if name and name not in names:
            names.append(name)
        if entity.kind == "organization" and entity.country and entity.country not in names:
            names.append(entity.country)  # the Russian army's events concern Russia
        if entity.kind in ("place", "capital", "country"):
            # a place after the trigger and a preposition first, then any place nearby
            rank = {"place": 0, "capital": 1, "country": 2}[entity.kind]
            # the object of a visit (a country may be a nisba naming who travels:
            # "وزيرة الخارجية الكورية")
            visited = rule.object and first > hit.first and entity.kind != "country"
            recipient = (
                entity.kind == "country"
                and not rule.goes_to
                and ctx.tokens[first].text[:1] in ctx.lang.morphology.place_prepositions
                and ctx.tokens[first - 1].text not in ctx.lang.location_preps
            )
            if first > topic_from:
                continue  # a place told as the topic
            if first < hit.first and _apart_before(ctx, first, hit.first):
                continue  # "ألقى كلمة … في نيويورك قبل ساعات من الغارة": the speech's place
            placed = visited or (_after_preposition(ctx, first) and not recipient)
            if not (first > hit.first and placed):
                # a capital or country without a preposition acts (استعادة موسكو): no place
                rank += 3 if entity.kind == "place" else 10
            if location is None or rank < location[0]:
                location = (rank, entity.name)
    if location is None or location[0] >= 10:
        # "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين": long
        # names push the place past the window; a place after a preposition further
        # on in the clause is still where it happened
        end = topic_from
        for first, _count, entity in found[
            bisect.bisect_left(firsts, hi) : bisect.bisect_left(firsts, end)
        ]:
            if ctx.break_between(hi - 1, first):
                break
            aimed = entity.kind == "country" and rule.aimed
            if (entity.kind in ("place", "capital") or aimed) and _after_preposition(ctx, first):
                location = (0, entity.name)
                break
    place = location[1] if location and location[0] < 10 else None
    return tuple(names), place


_SPEAKER_REACH = 7  # words after a reporting verb where its subject stands


def _speaker(ctx: _Context, hit: _Hit, found: Sequence[tuple[int, int, Entity]]) -> str | None:
    """Who speaks: the person or body right after a reporting verb (Arabic puts the
    verb first: "وقالت المتحدثة باسم البنتاغون …"), else the country named there."""
    after = hit.first + hit.count
    firsts = ctx.entity_firsts  # the first token of each of ``found``
    if hit.first > 0 and ctx.tokens[hit.first - 1].text in ctx.lang.relatives:
        # "ماثيو ميلر، الذي ردد": the name before the relative pronoun
        lo = max(0, hit.first - 1 - _BEFORE)
        before = found[bisect.bisect_left(firsts, lo) : bisect.bisect_left(firsts, hit.first)]
        for _first, _count, entity in reversed(before):
            if entity.kind in ("person", "organization"):
                return entity.name
    _, last = ctx.sentence_of(hit.first)
    if hit.trigger.nominal:
        # "بيان الخارجية": the name right after the noun; "تأكيد وجود قوات كورية" names
        # what is confirmed, not who confirms
        for first, _count, entity in found[bisect.bisect_left(firsts, after) :][:1]:
            if first == after and entity.kind in ("person", "organization"):
                return entity.name
        return None
    stop = min(last, after + _SPEAKER_REACH)
    for index in range(after, stop):
        text = ctx.tokens[index].text
        if text in ctx.lang.that or text in ctx.lang.echoes or ctx.break_between(after - 1, index):
            stop = index  # "ردد ما قاله ديتز": Dietz is not the one who echoes
            break
    window = found[bisect.bisect_left(firsts, after) : bisect.bisect_left(firsts, stop)]
    for kinds in (("person", "organization"), ("country", "capital")):
        for _first, _count, entity in window:
            if entity.kind in kinds:
                # a capital speaks for its country ("تنفي موسكو")
                return entity.country or entity.name if entity.kind == "capital" else entity.name
    return None


def _same_block(ctx: _Context, hit: _Hit) -> bool:
    """The trigger's sentence follows another in the same paragraph."""
    first, _ = ctx.sentence_of(hit.first)
    if first == 0:
        return False
    gap = ctx.text[ctx.tokens[first - 1].end : ctx.tokens[first].start]
    return "\n" not in gap


def _previous_sentence_names(
    ctx: _Context, hit: _Hit, found: Sequence[tuple[int, int, Entity]]
) -> tuple[str, ...]:
    """Participants of "the two leaders" (الزعيمان): the people and countries just named."""
    first, _last = ctx.sentence_of(hit.first)
    if first == 0:
        return ()
    prev_first, _ = ctx.sentence_of(first - 1)
    names: list[str] = []
    firsts = ctx.entity_firsts
    window = found[bisect.bisect_left(firsts, prev_first) : bisect.bisect_left(firsts, first)]
    for index, _count, entity in window:
        wanted = entity.kind in ("country", "person", "organization")
        if prev_first <= index < first and wanted and entity.name not in names:
            names.append(entity.name)
    return tuple(names)


def _after_preposition(ctx: _Context, index: int) -> bool:
    if ctx.lang.morphology.has_place_preposition(ctx.tokens[index].text):
        return True  # لبيونغ، بموسكو
    prev = ctx.tokens[index - 1].text if index > 0 else ""
    if prev in ctx.lang.location_preps:
        return True
    # في مدينة كازان، في مقاطعة كورسك; not "إلى جانب روسيا" (alongside Russia)
    before = ctx.tokens[index - 2].text if index > 1 else ""
    return before in ctx.lang.location_preps and prev in ctx.lang.place_heads


def _denied(ctx: _Context, lo: int, hi: int) -> bool:
    """A denial verb before the trigger whose scope reaches it: a time signal or a
    clause opener in between opens another clause ("رفض المجلس القرار بعد فيتو
    أمريكي"، "رفضت حماس مقترحا، فيما شنت إسرائيل غارات")."""
    found = ctx.scan(ctx.lang.denials, lo, hi)
    if not found:
        return False
    first, count, _word = found[-1]
    signals, openers = ctx.lang.time_signals, ctx.lang.clause_openers
    after = lo + first + count
    parts = ctx.lang.denied_parts
    if any(_among(ctx.tokens[i].text, parts) for i in range(after, hi)):
        return False  # "نفى المتحدث مسؤولية قواته عن الهجوم": the attack happened
    return not any(
        ctx.tokens[i].text in signals or ctx.tokens[i].text in openers for i in range(after, hi)
    )


def _found_before(lexicon: Lexicon[str], ctx: _Context, lo: int, hi: int) -> bool:
    return bool(ctx.scan(lexicon, lo, hi))


def _modality(ctx: _Context, hit: _Hit, statements: Sequence[int]) -> tuple[str, bool]:
    """The event's modality, and whether it lies after its telling (planned,
    expected, or a hypothetical one ahead: see :func:`_hypothetical_ahead`)."""
    first, _last = ctx.sentence_of(hit.first)
    lo = max(first, hit.first - _CUE_REACH)
    word = ctx.tokens[hit.first].text
    near = [ctx.tokens[i].text for i in range(max(first, hit.first - 2), hit.first)]
    if hit.trigger.type == "STATEMENT" and near and near[-1] in ctx.lang.echoes:
        near = near[:-1]  # "ردد ما قاله ديتز": what Dietz said, not what he did not
    if any(w in ctx.lang.negations for w in near):
        return "denied", False
    if _found_before(ctx.lang.abstentions, ctx, max(lo, hit.first - _ABSTAIN_REACH), hit.first):
        return "denied", False  # "وأحجمت المتحدثة عن تأكيد"
    if hit.trigger.type != "STATEMENT" and _denied(ctx, lo, hit.first):
        return "denied", False
    if _conditional(ctx, lo, hit.first) or _particle_before(ctx, lo, hit.first, ctx.lang.possible):
        return "hypothetical", _hypothetical_ahead(ctx, hit)
    if _obliged(ctx, hit):
        return "hypothetical", True  # "ينبغي على الأوكرانيين الرد"
    ahead = _happens_ahead(ctx, hit)
    if ahead is not None:
        return ahead, True  # "إن نشر القوات على الخطوط الأمامية قد يحدث"
    if _potential(ctx, hit) or _purpose(ctx, hit):
        return "hypothetical", True  # "صفقات محتملة"، "للتوصل إلى اتفاق"
    if (
        _found_before(ctx.lang.planned, ctx, lo, hit.first)
        or ctx.lang.morphology.is_future_verb(word)
        or _particle_before(ctx, lo, hit.first, ctx.lang.provided)
    ):
        return "planned", True
    if _found_before(ctx.lang.expected, ctx, lo, hit.first):
        return "expected", True
    if hit.trigger.type != "STATEMENT":
        at = bisect.bisect_left(statements, first)
        if at < len(statements) and statements[at] < hit.first:
            # "… بعد أن رفضت حماس مقترحا، فيما شنت إسرائيل غارات": another clause
            # opened after the telling is not what it tells
            teller = statements[bisect.bisect_left(statements, hit.first) - 1]
            openers = ctx.lang.clause_openers
            if not any(ctx.tokens[i].text in openers for i in range(teller + 1, hit.first)):
                return "reported", False
        for tok in ctx.tokens[first : hit.first]:
            forms = variants(tok.text)
            if any(form in ctx.lang.sources or form in ctx.lang.hearsay for form in forms):
                return "reported", False  # "بحسب الوكالة"، "تقارير عن جنود يقاتلون"
    return "asserted", False


def _conditional(ctx: _Context, lo: int, hi: int) -> bool:
    """A condition (إذا، لو، في حال) before the trigger; "ما إذا" (whether) is none.

    A condition ends where a clause of fact opens after it ("...، وذلك بعد أن قال").
    """
    for first, count, _word in ctx.scan(ctx.lang.hypothetical, lo, hi):
        before = ctx.tokens[lo + first - 1].text if lo + first > 0 else ""
        if before in ctx.lang.whether:
            continue
        if ctx.scan(ctx.lang.condition_ends, lo + first + count, hi):
            continue
        return True
    return False


def _happens_ahead(ctx: _Context, hit: _Hit) -> str | None:
    """``"hypothetical"`` or ``"planned"`` when the event noun is what a later verb
    of happening says may or will come about ("نشر القوات … قد يحدث"، "… سيتم")."""
    end = hit.first + hit.count
    _first, last = ctx.sentence_of(hit.first)
    tokens = ctx.tokens
    lang = ctx.lang
    # up to the clause's end
    stop = min(last, end + _HAPPEN_REACH)
    if end < len(tokens):
        stop = min(stop, ctx.clause_end(end))
    for i in range(end, stop):
        word = tokens[i].text
        kind = _happening(lang, word)
        if not kind:
            continue
        if i > end and kind & _EVENT_WORD:
            return None  # another event's words: the verb is its, not this one's
        if kind & _WILL_HAPPEN:
            return "planned"  # "جولة جديدة من المفاوضات ستعقد يوم الأحد"
        if kind & _HAPPENS and any(
            tokens[i - len(p) : i] and [t.text for t in tokens[i - len(p) : i]] == list(p)
            for p in lang.possible
        ):
            return "hypothetical"
    return None


# what _happening tells of a word, one bit each
_EVENT_WORD, _WILL_HAPPEN, _HAPPENS = 1, 2, 4


def _happening(lang: EventLanguage, word: str) -> int:
    """Whether ``word`` begins an event's words, is a verb of happening in the
    future (ستعقد), or one of happening (يحدث): bits, each word looked at once."""
    kinds = lang._word_kinds
    kind = kinds.get(word)
    if kind is None:
        morphology = lang.morphology
        bare = morphology.bare(word)
        kind = (
            (_EVENT_WORD if word in lang.trigger_words else 0)
            | (
                _WILL_HAPPEN
                if bare[len(morphology.future) :] in lang.happen and morphology.is_future_verb(bare)
                else 0
            )
            | (_HAPPENS if word in lang.happen else 0)
        )
        if len(kinds) > 100_000:
            kinds.clear()
        kinds[word] = kind
    return kind


def _purpose(ctx: _Context, hit: _Hit) -> bool:
    """An aim right before the event noun: what is sought is not done ("جهود
    للتوصل إلى اتفاق")."""
    lo = max(0, hit.first - _PURPOSE_REACH)
    for at, count, _w in ctx.scan(ctx.lang.purposes, lo, hit.first):
        end = lo + at + count
        # "لإقناع بيونغ يانغ، ببيع ذخيرة": whom one seeks to move may stand between
        if end == hit.first or ctx.entity_ends.get(end) == hit.first:
            # "أعلن بايدن مساء الثلاثاء التوصل إلى الاتفاق": reaching it is what
            # was announced, done
            return not _told_object(ctx, lo + at)
    return False


def _told_object(ctx: _Context, index: int) -> bool:
    """Whether the words at ``index`` are what a telling earlier in their clause
    tells (its object, no that-word between)."""
    first, _ = ctx.sentence_of(index)
    for i in range(index - 1, max(first, index - _TOLD_OBJECT_REACH) - 1, -1):
        if ctx.break_between(i, index) or ctx.tokens[i].text in ctx.lang.that:
            return False
        if i in ctx.statement_firsts:
            return True
    return False


def _potential(ctx: _Context, hit: _Hit) -> bool:
    """A word right after the event noun, or after the noun it is joined to, that
    makes it a possibility (صفقات محتملة، صفقات الأسلحة المحتملة)."""
    after = hit.first + hit.count
    for index in range(after, min(after + 2, len(ctx.tokens))):
        if index > after and ctx.break_between(index - 1, index):
            return False
        if ctx.tokens[index].text in ctx.lang.potential:
            return True
    return False


def _hypothetical_ahead(ctx: _Context, hit: _Hit) -> bool:
    """Whether a hypothetical event lies after its telling: what may be done (قد
    تزود), what would be done under a condition right before it (إذا دخلوا), what
    ought to be done (ينبغي الرد) or a possible one (صفقات محتملة). A condition on
    the truth of a report ("إذا كان صحيحاً أن جنوداً يذهبون") is about the present."""
    if _potential(ctx, hit) or _purpose(ctx, hit) or _obliged(ctx, hit):
        return True
    if _happens_ahead(ctx, hit) is not None:
        return True  # "نشر القوات … قد يحدث"
    first = hit.first
    morphology = ctx.lang.morphology
    singles = {p[0] for p in ctx.lang.possible if len(p) == 1}
    word = morphology.bare(ctx.tokens[first].text)
    if first > 0 and morphology.is_imperfect(word) and ctx.tokens[first - 1].text in singles:
        return True  # قد تزود
    if (
        first > 1
        and ctx.tokens[first - 2].text in singles
        and morphology.is_imperfect(ctx.tokens[first - 1].text)
    ):
        return True  # قد تشن هجوماً: a light verb before the event noun
    lo = max(0, first - 3)
    for at, count, _word in ctx.scan(ctx.lang.hypothetical, lo, first):
        if lo + at + count == first and _conditional(ctx, lo, first):
            return True  # إذا دخلوا
    return False


def _pluperfect(ctx: _Context, hit: _Hit) -> bool:
    """A perfect told as earlier than its report ("وكان نتنياهو قد ألقى كلمة"): an
    auxiliary, its subject, then the particle right before the trigger."""
    first = hit.first
    morphology = ctx.lang.morphology
    if first == 0 or morphology.is_imperfect(morphology.bare(ctx.tokens[first].text)):
        return False
    if ctx.tokens[first - 1].text not in ctx.lang.perfect_particles:
        return False
    auxiliaries = ctx.lang.past_auxiliaries
    for i in range(first - 2, max(-1, first - 2 - _PLUPERFECT_REACH), -1):
        if ctx.break_between(i, first):
            return False
        if any(form in auxiliaries for form in morphology.forms(ctx.tokens[i].text)):
            return True
    return False


def _obliged(ctx: _Context, hit: _Hit) -> bool:
    """A word of obligation a few words before the trigger, in its clause."""
    for i in range(hit.first - 1, max(0, hit.first - _OBLIGATION_REACH) - 1, -1):
        if ctx.break_between(i, hit.first):
            return False
        if ctx.tokens[i].text in ctx.lang.obligations:
            return True
    return False


def _particle_before(ctx: _Context, lo: int, hi: int, particles: Sequence[tuple[str, ...]]) -> bool:
    """Particles followed by an imperfect verb before the trigger (قد يرسل، على أن يصل)."""
    tokens = ctx.tokens
    for words in particles:
        n = len(words)
        for i in ctx.tokens_of(words[-1], max(lo, n - 1), hi):
            if any(tokens[i - n + 1 + k].text != w for k, w in enumerate(words[:-1])):
                continue
            nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if ctx.lang.morphology.is_imperfect(nxt):
                return True
    return False


@attrs.frozen
class _Timex:
    start: int  # normalised offsets
    end: int
    timex: TimeExpression


def _normalised(norm: NormalizedText, t: TimeExpression) -> tuple[int, int]:
    """A time expression's span in normalised offsets."""
    positions = norm.positions
    if not positions:
        return t.start, t.end
    return bisect.bisect_left(positions, t.start), bisect.bisect_left(positions, t.end)


def _timexes(norm: NormalizedText, timexes: Sequence[TimeExpression]) -> list[_Timex]:
    out = []
    for t in timexes:
        vague = t.value in _VAGUE
        if t.type not in ("DATE", "TIME") or (
            t.earliest is None and t.latest is None and not vague
        ):
            continue
        out.append(_Timex(*_normalised(norm, t), t))
    return out


_VAGUE = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


def _signal(ctx: _Context, start: int) -> str | None:
    before = ctx.text[max(0, start - 14) : start].split()
    if not before:
        return None
    for size in (2, 1):
        phrase = " ".join(before[-size:])
        for form in (phrase, *variants(phrase)) if size == 1 else (phrase,):
            found = ctx.lang.time_signals.get(form)
            if found:
                return found
    return None


def _date(
    ctx: _Context,
    hit: _Hit,
    dated: Sequence[_Timex],
    dated_starts: Sequence[int],
    triggers: Sequence[int],
    statements: frozenset[int] = frozenset(),
    *,
    telling: bool | None = None,
) -> tuple[TimeExpression, str | None] | None:
    """The time expression that dates a trigger, and the signal that says how.

    ``telling``: the trigger is a statement of its own (default: a STATEMENT).
    """
    if telling is None:
        telling = hit.trigger.type == "STATEMENT"
    first, last = ctx.sentence_of(hit.first)
    lo_char = ctx.tokens[first].start
    hi_char = ctx.tokens[last - 1].end if last > first else lo_char
    t_start, t_end = ctx.tokens[hit.first].start, ctx.tokens[hit.first + hit.count - 1].end
    best: tuple[int, int, _Timex, bool] | None = None
    lo_index = bisect.bisect_left(dated_starts, lo_char)
    hi_index = bisect.bisect_right(dated_starts, hi_char)
    for item in dated[lo_index:hi_index]:
        if item.start < lo_char or item.end > hi_char:
            continue
        if item.end <= t_start:
            gap = bisect.bisect_left(ctx.starts, t_start) - bisect.bisect_left(ctx.starts, item.end)
            key = (gap, 1)
        elif item.start >= t_end:
            gap = bisect.bisect_left(ctx.starts, item.start) - bisect.bisect_left(ctx.starts, t_end)
            key = (gap, 0)
        else:
            key = (0, 0)
        if key[0] > (_TIME_REACH if key[1] else _TIME_AFTER):
            continue
        at_token = bisect.bisect_left(ctx.starts, item.start)
        if at_token > hit.first and ctx.scan(ctx.lang.comparisons, hit.first + hit.count, at_token):
            continue  # "ارتفاعاً من تقديرات بلغت 3000 يوم الأربعاء": the older figure's day
        that_between = _that_between(
            ctx, min(at_token, hit.first + hit.count) - 1, max(at_token, hit.first)
        )
        if not telling and that_between:
            if at_token > hit.first:
                continue  # "اتفاق"، مضيفاً أن … التقى أمس": the day of another clause
            key = (key[0] + _TIME_REACH, key[1])  # "أعلنت مساء الثلاثاء أن …": the telling's
        if telling and at_token != hit.first:
            a, b = sorted((at_token, hit.first))
            fronted = at_token < hit.first and at_token - first <= 1
            if (
                a < b
                and ctx.break_between(a, b)
                and not _set_off(ctx, item, at_token, hit)
                and not fronted
            ):
                # "يوم الخميس، حسبما ذكرت": the day is not the telling; but one
                # opening the sentence is ("وفي أوت الماضي، أعلنت تيتيه")
                continue
            if at_token > hit.first and that_between:
                continue  # "قوله إن الوفد سيصل غداً": the day of what is told
        # an expression behind another event's trigger, or behind a signal such as
        # بعد (X في مارس بعد الهجوم), belongs to the other side first
        at = bisect.bisect_left(ctx.starts, item.start)
        lo_tok, hi_tok = sorted((at, hit.first))
        # the word right before a following expression is its own signal (منذ يناير)
        last = hi_tok - 1 if at > hit.first else hi_tok
        inner = bisect.bisect_right(triggers, lo_tok), bisect.bisect_left(triggers, hi_tok)
        between = inner[1] - inner[0] - (1 if lo_tok < hit.first < hi_tok else 0)
        crossed = between > 0 or any(
            ctx.tokens[i].text in ctx.lang.time_signals for i in range(lo_tok + 1, last)
        )
        if crossed:
            if telling:
                continue  # a statement crossed to its topic's date keeps its own day
            key = (key[0] + _TIME_REACH, key[1])
        if best is None or key < best[:2]:
            best = (key[0], key[1], item, crossed)
    if best is None:
        return None
    chosen = best[2]
    at_chosen = bisect.bisect_left(ctx.starts, chosen.start)
    if (
        best[3]
        and hit.first > 0
        and (at_chosen < hit.first or ctx.break_between(hit.first + hit.count - 1, at_chosen))
    ):
        # "بعد زيارة ماكرون إلى القاهرة، وقعت مصر وفرنسا اتفاقية يوم الخميس"، "نشر
        # الجيش اليوم تعزيزات في أعقاب التوغل": the visit, the incursion the signal
        # governs came before what the day dates ("في أعقاب الاتفاق … الذي توصل إليه
        # الزعيمان خلال قمة يونيو": a day in the event's own clause is its own)
        side = ctx.lang.time_signals.get(ctx.tokens[hit.first - 1].text)
        if side == "AFTER":
            return chosen.timex, "BEFORE_EVENT"
        if side == "BEFORE":
            return chosen.timex, "AFTER_EVENT"
    if best[3] and chosen.start >= t_end:
        # "تبادلا الرسائل بعد زيارة … في يوليو": the time of the event the signal
        # names bounds this one, not its own day
        # ("الزيارة تأتي بعد لقاء الملك بالرئيس في يناير": a verb of coming may stand
        # between the trigger and the signal)
        end = hit.first + hit.count
        at_timex = bisect.bisect_left(ctx.starts, chosen.start)
        next_trigger = bisect.bisect_right(triggers, hit.first)
        stop = min(
            at_timex,
            triggers[next_trigger] if next_trigger < len(triggers) else at_timex,
            end + _SIGNAL_REACH,
        )
        for index in range(end, stop):
            side = ctx.lang.time_signals.get(ctx.tokens[index].text)
            if side in ("AFTER", "BEFORE"):
                return chosen.timex, f"{side}_EVENT"
            if side is not None or ctx.break_between(max(end, index - 1), index):
                break
    signal = _signal(ctx, chosen.start)
    if (
        signal is None
        and chosen.end <= t_start
        and _reported_after(ctx, chosen, hit, triggers, statements)
    ):
        signal = "BY"  # "قال الإثنين إن … أرسل": Monday is when it was said
    return chosen.timex, signal


def _joined_to(
    ctx: _Context, hit: _Hit, events: Sequence[Event], sentence_start: int
) -> Event | None:
    """The deed of the sentence a deed joined by و goes on from ("زار زيلينسكي الجبهة
    يوم الجمعة، والتقى القادة العسكريين": Zelensky met them)."""
    word = ctx.tokens[hit.first].text
    if not events or word[:1] not in ctx.lang.morphology.conjunctions:
        return None
    last = events[-1]
    if last.sentence_start != sentence_start:
        return None
    if last.type == "STATEMENT" or hit.trigger.type == "STATEMENT":
        return None
    return last


def _set_off(ctx: _Context, item: _Timex, at_token: int, hit: _Hit) -> bool:
    """A day set off by commas right after a telling and its subject: "أعلنت الوزارة،
    مساء الثلاثاء، أن" (the day of the telling), also at the end of an occasion set
    off with it ("ندد المتحدث، في مؤتمره الصحفي الأسبوعي يوم الاثنين، بالغارة")."""
    if at_token <= hit.first:
        return False
    # the tokens around the day are words; only what stands between them is read
    after_token = bisect.bisect_left(ctx.starts, item.end)
    stop = ctx.tokens[after_token].start if after_token < len(ctx.tokens) else len(ctx.text)
    after = ctx.text[item.end : stop].strip()
    if after[:1] not in ("،", ","):
        return False
    before = ctx.text[ctx.tokens[at_token - 1].end : item.start].strip()
    if before[-1:] in ("،", ","):
        return at_token - (hit.first + hit.count) <= _SET_OFF_REACH
    # the comma opening the aside: one break between the telling and the day, just
    # before the words that lead to it, no other event's word among them
    opened = next(
        (
            i
            for i in range(at_token - 1, hit.first + hit.count - 1, -1)
            if ctx.break_between(i, i + 1)
        ),
        None,
    )
    if opened is None or ctx.break_between(hit.first, opened):
        return False
    if opened - (hit.first + hit.count) >= _SET_OFF_REACH:
        return False
    return at_token - opened - 1 <= _OCCASION_REACH and not any(
        _is_trigger(ctx, i) for i in range(opened + 1, at_token)
    )


def _reported_after(
    ctx: _Context,
    timex: _Timex,
    hit: _Hit,
    triggers: Sequence[int],
    statements: frozenset[int] = frozenset(),
) -> bool:
    """A statement's own time stands between the statement and the event it reports
    ("قال الإثنين إن …"، "اتهم هذا الأسبوع كوريا الشمالية بنقل جنود")."""
    at = bisect.bisect_left(ctx.starts, timex.start)
    first, _ = ctx.sentence_of(hit.first)
    index = bisect.bisect_left(triggers, at)
    before = index > bisect.bisect_left(triggers, first)
    if before and triggers[index - 1] in statements and hit.trigger.type != "STATEMENT":
        return True
    return before and _that_between(ctx, at - 1, hit.first)


def _shifted(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held at the calendar's ends (year 1, year 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return day


def _interval(
    timex: TimeExpression, signal: str | None, dct: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    if timex.value in _VAGUE:  # في وقت سابق: before the report; قريباً: after it
        if dct is None:
            return None, None
        return {
            "PAST_REF": (None, _shifted(dct, -1)),
            "PRESENT_REF": (dct, dct),
            "FUTURE_REF": (_shifted(dct, 1), None),
        }[timex.value]
    early, late = timex.earliest, timex.latest
    if signal == "SINCE":
        return early, dct
    if signal == "ENDS":
        return None, late
    if signal in ("BEGINS", "AFTER_EVENT"):
        return early, None
    if signal == "BEFORE_EVENT":
        return None, late
    if signal == "AFTER":
        return (_shifted(late, 1) if late else None), None
    if signal in ("BEFORE", "BY"):
        return None, late
    return early, late


_Said = tuple[_Hit, tuple[str, ...], bool, "dt.date | None", "dt.date | None", "str | None"]


@attrs.frozen
class _Dated:
    earliest: dt.date | None
    latest: dt.date | None
    value: str | None
    speaker: str | None = None
    dated: bool = True


def _said_before(
    hit: _Hit,
    speaker: str | None,
    spoken: Sequence[_Said],
    ctx: _Context,
    country_of: Mapping[str, str] = {},
) -> _Dated | None:
    """The dated statement this one continues: the last one within three sentences,
    by the same speaker (or the last one, when this one has no subject of its own)."""
    if not spoken:
        return None
    first, _ = ctx.sentence_of(hit.first)
    for previous, names, dated, early, late, value in reversed(spoken[-5:]):
        prev_first, _ = ctx.sentence_of(previous.first)
        sentences_between = bisect.bisect_left(
            ctx.sentence_ends, ctx.tokens[first].start
        ) - bisect.bisect_left(ctx.sentence_ends, ctx.tokens[prev_first].start)
        if sentences_between > 5:
            return None
        if speaker is None:
            # undated itself, it still says who goes on speaking
            return _Dated(early, late, value, names[0] if names else None, dated=dated)
        if not dated or not (speaker in names or country_of.get(speaker) in names):
            continue  # "وأعلن الرئيس الكوري الجنوبي … وقال يون": the same voice
        return _Dated(early, late, value, names[0] if names else None)
    return None


def _embedded_reports(
    norm: NormalizedText, timexes: Sequence[TimeExpression]
) -> list[tuple[int, int, dt.date]]:
    """Paragraphs that are older reports: from a stale "اليوم الجمعة" to the paragraph end.

    Returns ``(start, end, report date)`` in normalised offsets.
    """
    out = []
    text = norm.normalized
    positions = norm.positions
    for t in timexes:
        if not (t.note and "conflict" in t.note and t.earliest and t.earliest == t.latest):
            continue
        start = bisect.bisect_left(positions, t.start) if positions else t.start
        end = text.find("\n", start)
        out.append((start, len(text) if end < 0 else end, t.earliest))
    return out


def _report_date(
    embedded: Sequence[tuple[int, int, dt.date]], position: int, dct: dt.date | None
) -> dt.date | None:
    for start, end, day in embedded:
        if start <= position < end:
            return day
    return dct


def _teller(spoken: Sequence[_Said], ctx: _Context, hit: _Hit) -> dt.date | None:
    """The day of the statement that reports this event, earlier in its sentence."""
    first, _ = ctx.sentence_of(hit.first)
    for previous, _names, dated, _early, late, _value in reversed(spoken):
        if previous.first < first:
            return None
        if dated and late is not None:
            return late
    return None


def _headings(
    ctx: _Context, hits: Sequence[_Hit], events: list[Event], untimed: Sequence[bool]
) -> None:
    """A heading names what the paragraph under it tells: an untimed event on a short
    line of its own takes the time of the first event of its type on the next line
    ("تقدم روسي" over "أحرز الجيش الروسي تقدماً … منذ مطلع أكتوبر")."""
    for index, hit in enumerate(hits):
        if not untimed[index] or events[index].modality != "asserted":
            continue
        first, last = ctx.sentence_of(hit.first)
        if last - first > _HEADING_WORDS or last >= len(ctx.tokens):
            continue
        if "\n" not in ctx.text[ctx.tokens[last - 1].end : ctx.tokens[last].start]:
            continue  # not a line of its own
        for later in range(index + 1, len(hits)):
            if ctx.sentence_of(hits[later].first)[0] != last:
                break
            if hits[later].trigger.type == hit.trigger.type and not untimed[later]:
                body = events[later]
                events[index] = attrs.evolve(
                    events[index],
                    earliest=body.earliest,
                    latest=body.latest,
                    value=body.value,
                    signal=body.signal,
                )
                break


def _seen_there(
    whereabouts: Mapping[tuple[int, str], Sequence[tuple[str, dt.date]]],
    segment: int,
    participants: Sequence[str],
    location: str | None,
) -> dt.date | None:
    """The earliest day a participant of an event spoke at the event's place (its
    location, or a country it names) in this segment."""
    places = {*participants, *([location] if location else [])}
    days = [
        day
        for name in participants
        for place, day in whereabouts.get((segment, name), ())
        if place in places
    ]
    return min(days) if days else None


def _relayed(ctx: _Context, teller: int, index: int) -> bool:
    """Whether a relaying verb (نقل) brings in the telling at ``index`` from a source
    named after "عن", a few words on in its clause."""
    if index - teller > _RELAY_REACH or ctx.break_between(teller, index):
        return False
    if ctx.lang.relays.isdisjoint(ctx.lang.morphology.forms(ctx.tokens[teller].text)):
        return False
    return any(ctx.tokens[i].text in ctx.lang.relayed_from for i in range(teller + 1, index))


def _quoted_telling(ctx: _Context, hit: _Hit, statements: Sequence[int]) -> bool:
    """Whether a statement stands inside the quoted words of an earlier statement of
    its sentence, opened after "أن"/"إن", or tells the teller something there."""
    first, _ = ctx.sentence_of(hit.first)
    at = bisect.bisect_left(statements, hit.first)
    if at == 0 or statements[at - 1] < first:
        return False
    teller = statements[at - 1]
    if _relayed(ctx, teller, hit.first):
        return True  # "نقل روته عن الوفد تقديمه أدلة": the delegation's telling, relayed
    if not _that_between(ctx, teller, hit.first):
        return False
    if hit.trigger.addressed:
        return True  # "قائلاً إن وكالات استخباراته أطلعته على": he was told before
    between = ctx.text[ctx.tokens[teller].end : ctx.tokens[hit.first].start]
    opened = between.count("“") + between.count("«") - between.count("”") - between.count("»")
    return opened > 0 or between.count('"') % 2 == 1


def _occasion(ctx: _Context, hit: _Hit, spoken: Sequence[_Said]) -> _Said | None:
    """The dated statement whose occasion this event is: a meeting or call right
    after it, brought in by "في"/"خلال" ("قال يون، في اتصال هاتفي مع …")."""
    if hit.trigger.type not in _OCCASIONS or hit.first == 0 or not spoken:
        return None  # "أشارت إلى دور الصين في دعم روسيا": support is told, not a setting
    if ctx.tokens[hit.first - 1].text not in ctx.lang.occasions:
        return None
    said = spoken[-1]
    start = said[0].first + said[0].count
    if said[4] is None or ctx.sentence_of(said[0].first)[0] != ctx.sentence_of(hit.first)[0]:
        return None
    if hit.first - start > _OCCASION_REACH or hit.first < start:
        return None
    if any(ctx.tokens[i].text in ctx.lang.that for i in range(start, hit.first)):
        return None  # "قال إن … في اجتماع": the meeting is what was told
    return said


def _source_voice(
    ctx: _Context,
    hit: _Hit,
    found: Sequence[tuple[int, int, Entity]],
    voices: Mapping[tuple[int, str], _Dated],
    segment: int,
    country_of: Mapping[str, str],
) -> dt.date | None:
    """The day a source named in the sentence spoke ("ووفقاً للرئيس الأوكراني، فإنه
    سبق لكوريا الشمالية أن زودت": Zelensky, who spoke on Monday), if it did."""
    first, _ = ctx.sentence_of(hit.first)
    for index in range(first, hit.first):
        if not _among(ctx.tokens[index].text, ctx.lang.sources):
            continue
        lo = bisect.bisect_left(ctx.entity_firsts, index + 1)
        hi = bisect.bisect_left(ctx.entity_firsts, min(hit.first, index + 1 + _SOURCE_REACH))
        for _first, _count, entity in found[lo:hi]:
            state = entity.country or entity.name
            days = [
                dated.latest
                for (seg, speaker), dated in voices.items()
                if seg == segment
                and dated.latest is not None
                and (speaker == entity.name or country_of.get(speaker) == state)
            ]
            if days:
                return max(days)
    return None


def _segment_floor(segment: Segment, timexes: Sequence[TimeExpression]) -> dt.date | None:
    """The latest absolute day a segment with no date names: it was written after."""
    days = [
        t.earliest
        for t in timexes
        if segment.start <= t.start < segment.end
        and t.anchor is None
        and t.earliest is not None
        and t.type in ("DATE", "TIME")
        and not t.value.startswith("X")
    ]
    return max(days) if days else None


_DURATION = re.compile(r"^P(\d+|X)(Y|M|W|D)$")
_SEVERAL = 3  # an Arabic plural of a unit (عدة أشهر، بضعة أيام) is at least three


def _after_duration(day: dt.date, value: str) -> dt.date | None:
    """``day`` moved forward by the least amount a duration value can mean."""
    return _shift(day, value, 1, several=_SEVERAL)


def _shift(day: dt.date, value: str, sign: int, several: int | None = None) -> dt.date | None:
    """``day`` moved by a duration value (``P1W``) forward (1) or back (-1)."""
    match = _DURATION.match(value)
    if match is None or (match.group(1) == "X" and several is None):
        return None
    amount = several if match.group(1) == "X" and several is not None else int(match.group(1))
    unit = match.group(2)
    try:
        if unit in ("D", "W"):
            return day + sign * dt.timedelta(days=amount * (7 if unit == "W" else 1))
        year, month = add_months(day.year, day.month, sign * amount * (12 if unit == "Y" else 1))
        return day.replace(year=year, month=month, day=min(day.day, 28))
    except (OverflowError, ValueError):
        return None


def _offset(ctx: _Context, hit: _Hit, durations: Sequence[_Timex]) -> tuple[int, str] | None:
    """ "بعد أسبوع من تصريح": the trigger lies that amount before (-1) or after (1)
    the event its sentence hangs on it."""
    if hit.first < 3 or ctx.tokens[hit.first - 1].text not in ctx.lang.offset_of:
        return None
    for item in durations:
        end = bisect.bisect_left(ctx.starts, item.end)
        if end != hit.first - 1:
            continue
        first = bisect.bisect_left(ctx.starts, item.start)
        word = ctx.tokens[first - 1].text if first > 0 else ""
        sign = ctx.lang.offset_signs.get(word)
        if sign is not None:
            return sign, item.timex.value
    return None


def _phase(ctx: _Context, hit: _Hit) -> str | None:
    """``ENDS`` or ``BEGINS`` when a word right before names one end of the event."""
    first, _ = ctx.sentence_of(hit.first)
    for index in range(max(first, hit.first - 2), hit.first):
        if ctx.break_between(index, hit.first):
            continue  # "بعد عام على بدء، أعلن": the start of another clause
        for form in variants(ctx.tokens[index].text):
            found = ctx.lang.phases.get(form)
            if found:
                return found
    return None


def _clause_after(ctx: _Context, hit: _Hit) -> bool:
    """Whether the trigger opens a clause told as earlier: "بعد أن قال", "بعدما أعلن"."""
    lead = [tok.text for tok in ctx.tokens[max(0, hit.first - 2) : hit.first]]
    if lead and lead[-1] in ctx.lang.that:
        lead = lead[:-1]
    if not lead:
        return False
    word = lead[-1]
    return ctx.lang.time_signals.get(word) == "AFTER" or word in ctx.lang.after_clauses


def _since_floors(
    ctx: _Context,
    norm: NormalizedText,
    timexes: Sequence[TimeExpression],
    segment: Segment,
) -> tuple[dt.date | None, list[tuple[int, int]]]:
    """What "for several months" says about a segment whose date is unknown.

    A segment that says a state began at a date ("منذ الهجوم … في أغسطس 2024") and
    that it had lasted an amount of time ("منذ عدة أشهر") was written at least that
    amount after the date. Returns that day and the sentences (token ranges) holding
    the amount: what they tell happened when the state had lasted so long.
    """

    def at(t: TimeExpression) -> int:
        return _normalised(norm, t)[0]

    inside = [t for t in timexes if segment.start <= t.start < segment.end]
    durations = [t for t in inside if t.type == "DURATION" and _signal(ctx, at(t)) == "SINCE"]
    if not durations:
        return None, []
    begins: list[dt.date] = []
    other_times = {bisect.bisect_left(ctx.starts, at(t)) for t in durations}
    for t in inside:
        if t.type != "DATE" or t.anchor is not None or t.earliest is None:
            continue
        if t.value.startswith("X"):
            continue
        token = bisect.bisect_left(ctx.starts, at(t))
        first, _ = ctx.sentence_of(min(token, len(ctx.tokens) - 1))
        for i in range(token - 1, max(first, token - 8) - 1, -1):
            if ctx.break_between(i, token) or i + 1 in other_times:
                break  # "منذ عدة أشهر، بعد معارك في أغسطس": منذ counts its own amount
            if ctx.lang.time_signals.get(ctx.tokens[i].text) == "SINCE":
                begins.append(t.earliest)
                break
    if not begins:
        return None, []
    floors = [day for t in durations if (day := _after_duration(max(begins), t.value)) is not None]
    if not floors:
        return None, []
    sentences = [
        ctx.sentence_of(min(bisect.bisect_left(ctx.starts, at(t)), len(ctx.tokens) - 1))
        for t in durations
    ]
    return min(floors), sentences


def find_events(
    norm: NormalizedText,
    timexes: Sequence[TimeExpression],
    segments: Sequence[Segment],
    doc_id: str | None,
    lang: EventLanguage,
    tokens: list[Token] | None = None,
    sentence_ends: list[int] | None = None,
) -> tuple[Event, ...]:
    """Find the events of one document.

    Args:
        norm: The document's normalised text.
        timexes: Its resolved time expressions.
        segments: Its segments (each with its publication date or ``None``).
        doc_id: The document id, used in event ids (``000-e3``).
        lang: The language's words.
        tokens: The normalised text's :func:`~timeline.triggers.tokenize`, when
            the caller has them.
        sentence_ends: Where its sentences end (the ends of
            :data:`~timeline.text.SENTENCE_END`'s matches), when the caller has them.

    Returns:
        The events, in text order.
    """
    text = norm.normalized
    tokens = tokenize(text) if tokens is None else tokens
    if not tokens:
        return ()
    ctx = _context(text, tokens, lang, sentence_ends)
    entities = ctx.scan(lang.entities, 0, len(tokens))
    country_of = {e.name: e.country for _f, _c, e in entities if e.kind == "person" and e.country}
    ctx.entity_firsts.extend(first for first, _count, _entity in entities)
    ctx.entity_ends.update((first, first + count) for first, count, _entity in entities)
    doers = {e.name for _f, _c, e in entities if e.kind in ("person", "organization")}
    ctx.person_firsts.update(first for first, _count, e in entities if e.kind == "person")
    ctx.place_firsts.update(
        first for first, _count, e in entities if e.kind in ("place", "capital", "country")
    )
    hits, companions = _triggers(ctx)
    ctx.trigger_firsts.extend(h.first for h in hits)
    ctx.statement_firsts.update(h.first for h in hits if h.trigger.type == "STATEMENT")
    statements = [h.first for h in hits if h.trigger.type == "STATEMENT"]
    trigger_tokens = [h.first for h in hits]
    statement_tokens = frozenset(statements)
    dated = _timexes(norm, timexes)
    dated_starts = [d.start for d in dated]
    seg_starts = [s.start for s in segments]
    events: list[Event] = []
    spoken: list[_Said] = []
    embedded = _embedded_reports(norm, timexes)
    floors: dict[int, tuple[dt.date | None, list[tuple[int, int]]]] = {}
    voices: dict[tuple[int, str], _Dated] = {}  # (segment, speaker) → its own day
    # (segment, speaker) → the places a dated statement of theirs was made at
    whereabouts: dict[tuple[int, str], list[tuple[str, dt.date]]] = {}
    previous: tuple[int, dt.date | None, dt.date | None] | None = None  # sentence, interval
    durations = [_Timex(*_normalised(norm, t), t) for t in timexes if t.type == "DURATION"]
    untimed: list[bool] = []  # per trigger: no time of its own in the text
    # each trigger and companion makes one event; their ids number them in text
    # order (the companions after the triggers where two begin together)
    spans = [
        norm.to_original(tokens[h.first].start, tokens[h.first + h.count - 1].end)
        for h in [*hits, *(h for h, _main in companions)]
    ]
    ids = [""] * len(spans)
    for number, index in enumerate(sorted(range(len(spans)), key=lambda i: spans[i][0]), 1):
        ids[index] = f"{doc_id or 'doc'}-e{number}"
    for index, hit in enumerate(hits):
        start, end = spans[index]
        sent_first, sent_last = ctx.sentence_of(hit.first)
        sentence = norm.to_original(tokens[sent_first].start, tokens[sent_last - 1].end)
        segment_index = max(0, bisect.bisect_right(seg_starts, start) - 1)
        segment = segments[segment_index] if segments else None
        dct = segment.published if segment else None
        dct = _report_date(embedded, tokens[hit.first].start, dct)
        modality, future = _modality(ctx, hit, statements)
        carried = _carried_out(ctx, hit)
        if carried:
            modality, future = "asserted", False
        participants, location = _participants(ctx, hit, entities)
        joined = _joined_to(ctx, hit, events, sentence[0])
        if joined is not None and not any(p in doers for p in participants):
            # "زار زيلينسكي خط المواجهة … والتقى القادة العسكريين": the same doer
            participants = (
                *[p for p in joined.participants if p not in participants],
                *participants,
            )
        if not participants and _same_block(ctx, hit):
            participants = _previous_sentence_names(ctx, hit, entities)
        statement = hit.trigger.type == "STATEMENT"
        if statement and _quoted_telling(ctx, hit, statements):
            # "وكشفت أن "الرئيسين … تبادلا الرسائل"": a telling inside another's
            # words is what was told, not a telling of the report's own day
            statement = False
            modality = "reported" if modality == "asserted" else modality
        found = _date(
            ctx, hit, dated, dated_starts, trigger_tokens, statement_tokens, telling=statement
        )
        if carried:
            found = None
        if found is not None and found[1] == "SINCE" and _in_force(ctx, hit):
            found = (found[0], "BY")  # "يسري منذ 27 نوفمبر اتفاق": made by that day
        value: str | None = None
        signal: str | None = None
        speaker = _speaker(ctx, hit, entities) if statement else None
        if speaker is not None and speaker not in participants:
            participants = (speaker, *participants)  # "ميللر، الذي ردد": Miller speaks
        if statement and found is not None and found[1] == "SINCE":
            # "أعلن الجيش السيطرة على البلدة منذ مطلع الشهر": the state lasts since
            # then; the telling is of its own day
            found = None
        if (
            future
            and found is not None
            and found[1] is None
            and found[0].latest is not None
            and dct is not None
            and found[0].latest < dct
        ):
            # "اختتمت القمة أعمالها أمس بإعلان دعا إلى نشر قوات": what is called
            # for is not dated by a day already past
            found = None
        if found is not None and found[0].value == "FUTURE_REF" and not future:
            # "متوقعاً رؤيتهم في مرحلة لاحقة"، "طرد القوات يمهد لانتصارات خلال المرحلة
            # القادمة": the time of what is to come, not of what was told or done
            found = None
        # a telling in the pluperfect is earlier than its report, with no day of its own
        earlier = statement and found is None and _pluperfect(ctx, hit)
        # a verb with no subject of its own ("ولفتت إلى أن") goes on with whoever spoke last
        said = (
            _said_before(hit, speaker, spoken, ctx, country_of)
            if found is None and not earlier
            else None
        )
        if statement and said is not None and said.speaker:
            # "وكشفت أن …": the ambassador still speaks; "وقال يون" after "الرئيس
            # الكوري الجنوبي": the voice named before
            if said.speaker not in participants:
                participants = (
                    (*participants, said.speaker) if speaker else (said.speaker, *participants)
                )
            speaker = speaker or said.speaker
        if said is not None and not said.dated:
            said = None
        voice = (
            voices.get((segment_index, speaker)) if speaker is not None and not earlier else None
        )
        floor: dt.date | None = None
        since_sentences: list[tuple[int, int]] = []
        if segment is not None and segment.published is None:
            if segment_index not in floors:
                since, sentences = _since_floors(ctx, norm, timexes, segment)
                days = [d for d in (_segment_floor(segment, timexes), since) if d is not None]
                floors[segment_index] = (max(days) if days else None, sentences)
            floor, since_sentences = floors[segment_index]
        # "وذلك بعد أن قال الحلف": what a clause opened by بعد tells came before the
        # event of the sentence it hangs on
        behind = previous is not None and previous[0] == sent_first and _clause_after(ctx, hit)
        bound = previous[2] if previous is not None else None
        shifted: dt.date | None = None
        if previous is not None and previous[0] == sent_first:
            # "قصفت … فجر السبت، بعد يومين من توقيع الاتفاقية": the signing two days
            # before the day of the sentence's event, whatever else the sentence dates
            offset = _offset(ctx, hit, durations)
            if offset is not None and previous[1] is not None and previous[1] == previous[2]:
                shifted = _shift(previous[1], offset[1], offset[0])
                if shifted is not None:
                    found = None
        if found is not None:
            timex, signal = found
            if signal == "BY" and statement:
                signal = None  # "أعلنت الجمعة أنها أكدت": confirmed in that report
            phase = _phase(ctx, hit) if signal is None else None
            if phase is not None:
                signal = phase  # "يختتم القمة يوم الخميس": the day it closes
            earliest, latest = _interval(timex, signal, dct)
            value = timex.value
            if (
                not statement
                and not future
                and modality in ("asserted", "reported")
                and dct is not None
                and earliest is not None
                and earliest > dct
            ):
                # "يصل الرئيس إلى القاهرة غداً في زيارة": a time ahead names a plan
                modality, future = "planned", True
            if future and signal == "BY":
                # "قال الوزير أمس إن الوفد قد يزور القاهرة": the day is the telling's,
                # and what may or will be done comes after it
                earliest, latest = timex.earliest, None
            elif future and dct is not None and earliest is None:
                earliest = dct
        elif shifted is not None:
            # "وجاءت الإحاطة بعد أسبوع من تصريح الوزير": the statement a week before
            earliest = latest = shifted
            value = shifted.isoformat()
        elif behind:
            earliest, latest = None, bound
        elif statement and earlier:
            # "وكان نتنياهو قد ألقى كلمة": told as before the report, not of its day
            earliest, latest = None, dct
        elif statement and said is not None:
            # "وأضاف زيلينسكي …" goes on with the statement dated just before
            earliest, latest, value = said.earliest, said.latest, said.value
        elif statement and voice is not None:
            # "وقال زيلينسكي …" after "قال زيلينسكي الإثنين": the same occasion
            earliest, latest, value = voice.earliest, voice.latest, voice.value
        elif statement and dct is not None:
            earliest = latest = dct
            value = dct.isoformat()
        elif dct is not None:
            earliest, latest = (dct, None) if future else (None, dct)
        elif statement and segment is not None:
            earliest, latest = floor, None
        elif floor is not None and any(a <= hit.first < b for a, b in since_sentences):
            # "استعادة مناطق كانت خاضعة لسيطرتها منذ عدة أشهر": when the state had lasted
            earliest, latest = floor, None
        else:
            earliest = latest = None
        # a day counted from the segment's own unknown day ("أمس الإثنين")
        relative = found is not None and found[0].value == "XXXX-XX-XX"
        news = statement or relative or future
        if news and floor is not None and earliest is not None and earliest < floor:
            # news (what is told, what the segment dates by a day of its own week,
            # what is to come) comes after the background its undated segment names
            earliest = floor if latest is None or floor <= latest else earliest
        own_day = found is not None and earliest is not None and earliest == latest
        if (
            statement
            and speaker is not None
            and (own_day or behind)
            and latest is not None
            and (dct is None or latest <= dct)
        ):
            voices.setdefault((segment_index, speaker), _Dated(earliest, latest, value))
        if not future and dct is not None:
            # what is told as done was done by the time it was told
            latest = dct if latest is None or latest > dct else latest
            if modality == "reported":
                teller = _teller(spoken, ctx, hit)
                if teller is None:
                    teller = _source_voice(ctx, hit, entities, voices, segment_index, country_of)
                if teller is not None and (latest is None or teller < latest):
                    latest = teller
            if earliest is not None and latest is not None and earliest > latest:
                earliest = latest
        # no time of its own in the text: neither an expression, nor an amount after
        # another event, nor a clause told as earlier
        untimed_here = found is None and shifted is None and not behind
        # "قال بلينكن أمس خلال زيارته": the day dates the telling, the visit is
        # where it was told
        told_then = found is None or found[1] == "BY"
        occasion = _occasion(ctx, hit, spoken) if told_then else None
        if occasion is not None:
            # "قال يون، في اتصال هاتفي مع …": the call is where he said it, and when
            modality = "asserted"
            earliest, latest, value = occasion[3], occasion[4], occasion[5]
        elif untimed_here and not statement and modality == "asserted":
            # "وأضاف زيلينسكي خلال مؤتمر صحافي في أيسلندا" (Monday) … "والتقى زيلينسكي
            # رؤساء حكومات أيسلندا …": one person at one place in one report, one trip
            day = _seen_there(whereabouts, segment_index, participants, location)
            if day is not None and (latest is None or day <= latest):
                earliest = day if earliest is None or earliest < day else earliest
        if (
            statement
            and speaker is not None
            and location is not None
            and earliest is not None
            and earliest == latest
        ):
            whereabouts.setdefault((segment_index, speaker), []).append((location, earliest))
        if modality != "hypothetical":
            # a condition ("إذا شاركت في القتال") is not what a clause after it hangs on
            previous = (sent_first, earliest, latest)
        if statement:
            spoken.append(
                (
                    hit,
                    (speaker,) if speaker else (),
                    found is not None
                    or said is not None
                    or voice is not None
                    or shifted is not None,
                    earliest,
                    latest,
                    value,
                )
            )
        events.append(
            Event(
                id=ids[index],
                type=hit.trigger.type,
                trigger=norm.original[start:end],
                start=start,
                end=end,
                earliest=earliest,
                latest=latest,
                value=value,
                participants=participants,
                location=location,
                modality=modality,
                sentence_start=sentence[0],
                sentence_end=sentence[1],
                segment=segment_index,
                signal=signal,
            )
        )
        untimed.append(untimed_here)
    _headings(ctx, hits, events, untimed)
    for index, (_hit, main) in enumerate(companions, len(hits)):
        # the same act named twice: one event, two mentions with one time and voice
        start, end = spans[index]
        events.append(
            attrs.evolve(
                events[main], id=ids[index], trigger=norm.original[start:end], start=start, end=end
            )
        )
    events.sort(key=lambda e: e.start)
    return tuple(events)
