"""Event triggers and word matching: the machinery behind event extraction.

A :class:`Trigger` is language data: an event type, the words that announce it
(verbs in their conjugated forms, verbal nouns, fixed phrases), optional context
words it needs or must not have nearby, and examples. :class:`Lexicon` indexes
words and phrases of any table (triggers, gazetteer entries) for lookup over the
tokens of a text, with Arabic clitics (و، ف، ب، ل، ك، سـ) and pronoun suffixes
taken off as needed.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Generic, NamedTuple, TypeVar

import attrs

from timeline.errors import RuleDefinitionError
from timeline.text import fold

__all__ = ["EventExample", "Lexicon", "Token", "Trigger", "entries", "tokenize", "variants"]

T = TypeVar("T")

_WORDS = re.compile(r"(\w+)")
_PREFIXES = ("وس", "فس", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك", "س")
_SUFFIXES = ("هما", "هم", "هن", "ها", "ه", "كم", "نا")


@attrs.frozen(kw_only=True)
class EventExample:
    """A sentence a trigger must be found in, with what must be found.

    Attributes:
        text: The input text.
        published: Its publication date (ISO), or ``None``.
        trigger: The trigger's expected surface.
        value: The expected TIMEX3 value the event is dated from (``""``: none).
        modality: The expected modality, if checked.
        participants: Participants that must be among the event's, if checked.
        location: The expected location, if checked.
        negative: The words must *not* be taken as this trigger here.
    """

    text: str
    published: str | None
    trigger: str
    value: str | None = None
    modality: str | None = None
    participants: tuple[str, ...] = ()
    location: str | None = None
    negative: bool = False


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _examples(items: Iterable[EventExample]) -> tuple[EventExample, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True, cache_hash=True)
class Trigger:
    """Words that announce an event of one type.

    Attributes:
        type: The event type (``MEETING``, ``VISIT`` …). A new type is a new value
            here plus its examples.
        words: Surface forms (one or more words each), written as news writes
            them; clitics and pronoun suffixes are handled by the matcher.
        requires: Words of which one must stand within ``window`` words after
            the trigger (``استدعى`` is a summons only with ``السفير``).
        excludes: Words that must not stand in the two words after the trigger
            (``مؤتمر صحفي`` is no meeting; ``الانضمام إلى القوات`` no agreement).
        window: How many words after the trigger ``requires`` looks at.
        examples: Sentences the trigger must be found in.
        nominal: The words are nouns (``بيان``، ``تأكيد``): what follows them is
            their object, and only a name right after one (``بيان الخارجية``)
            is who speaks.
        needs_object: The words are an event only with a name right after them,
            as their object (``دعم أوكرانيا`` is aid; ``لدعم العمليات`` is not).
        needs_place: One of ``requires`` must stand right before the name of a
            place, capital or country (``وصل بلينكن إلى الرياض`` is a visit;
            ``وصل عدد القتلى إلى 50`` is not).
        not_a_person: The words are no event when a person is named after them
            and no force or weapon is (``هاجم ترامب بايدن`` is words, not an
            attack; ``هاجمت القوات الروسية مواقع`` is one).
        addressed: The words tell someone something (``أطلعته``): after a
            that-word in another's statement they are what was told, an
            earlier telling (``قائلاً إن وكالات استخباراته أطلعته``).
        held: The words may tell a state held rather than an act: with a
            since-word in their clause followed by another event (``كانت
            القوات قد سيطرت على أجزاء من كورسك منذ الهجوم``) the taking was
            that event, and they are none of their own.
    """

    type: str
    words: tuple[str, ...] = attrs.field(converter=_strings)
    requires: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    excludes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    window: int = 6
    examples: tuple[EventExample, ...] = attrs.field(default=(), converter=_examples)
    nominal: bool = False
    needs_object: bool = False
    needs_place: bool = False
    not_a_person: bool = False
    addressed: bool = False
    held: bool = False

    def __attrs_post_init__(self) -> None:
        if not re.fullmatch(r"[A-Z][A-Z_]*", self.type):
            raise RuleDefinitionError(f"event type {self.type!r} must be UPPER_CASE")
        if not self.words:
            raise RuleDefinitionError(f"a {self.type} trigger has no words")


class Token(NamedTuple):
    """A word of the normalised text: offsets and folded surface (a light tuple:
    an article has hundreds)."""

    start: int
    end: int
    text: str


def tokenize(normalized: str) -> list[Token]:
    """Split normalised text into word tokens.

    Examples:
        >>> [t.text for t in tokenize("وصل الوفد، أمس")]
        ['وصل', 'الوفد', 'أمس']
    """
    # the text cut at its words, [between, word, between, …, between]: the pieces'
    # lengths give every offset, all in C (no match object per word; Token's own
    # __new__ is Python code)
    pieces = _WORDS.split(normalized)
    offsets = list(itertools.accumulate(map(len, pieces), initial=0))
    return list(map(_new_token, zip(offsets[1:-1:2], offsets[2::2], pieces[1::2], strict=True)))


_new_token = functools.partial(tuple.__new__, Token)


@functools.lru_cache(maxsize=65536)
def variants(word: str) -> tuple[str, ...]:
    """Forms a token may stand for once clitics and suffixes are taken off.

    Examples:
        >>> "زياره" in variants("وزيارته")
        True
    """
    forms = [word]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            forms.append(word[len(prefix) :])
    if word.startswith(("لل", "ولل", "فلل")):
        forms.append("ال" + word[word.index("لل") + 2 :])
    more = []
    for form in forms:
        for suffix in _SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                stem = form[: -len(suffix)]
                if stem.endswith("ت"):
                    more.append(stem[:-1] + "ه")  # زيارته → زياره
                if suffix != "ه":  # a final ه is mostly a folded ة (اشاره), not "his"
                    more.append(stem)
    return tuple(forms + more)


class Lexicon(Generic[T]):
    """Words and phrases mapped to values, looked up over tokens, longest first."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._phrases: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for surface, value in entries:
            words = tuple(fold(surface).split())
            if not words:
                raise RuleDefinitionError(f"empty lexicon entry for {value!r}")
            self._phrases.setdefault(words[0], []).append((words[1:], value))
        for options in self._phrases.values():
            options.sort(key=lambda item: -len(item[0]))
        # word -> the entries its forms begin, in form order (most words: none)
        self._memo: dict[str, tuple[tuple[tuple[str, ...], T], ...]] = {}
        # the memo's words that begin an entry
        self._starting: set[str] = set()

    def __contains__(self, word: str) -> bool:
        return word in self._phrases

    def heads(self, tokens: Sequence[Token]) -> list[int]:
        """Indices of the tokens an entry can begin at.

        Examples:
            >>> words = Lexicon([("في حال", "if")])
            >>> words.heads(tokenize("قال إنه في حال وصل الوفد في موعده"))
            [2, 6]
        """
        texts = [token.text for token in tokens]
        return self.heads_in(texts, set(texts))

    def heads_in(self, texts: Sequence[str], distinct: set[str] | frozenset[str]) -> list[int]:
        """:meth:`heads` of tokens given by their words and the set of those words
        (for a caller that looks up many word lists over one text)."""
        starting = self.starting(distinct)
        return [index for index, text in enumerate(texts) if text in starting]

    def starting(self, words: set[str] | frozenset[str]) -> set[str]:
        """The ``words`` an entry can begin at (each looked up once, then remembered)."""
        # words.difference(dict) reads the words; "words - memo.keys()" would read
        # every word the memo holds, the slower the more text was seen
        for word in words.difference(self._memo):
            self._entries(word)
        return self._starting & words

    def _entries(self, word: str) -> tuple[tuple[tuple[str, ...], T], ...]:
        found = self._memo.get(word)
        if found is None:
            found = tuple(entry for form in variants(word) for entry in self._phrases.get(form, ()))
            if len(self._memo) > 200_000:
                self._memo.clear()
                self._starting.clear()
            self._memo[word] = found
            if found:
                self._starting.add(word)
        return found

    def _fitting(
        self, tokens: Sequence[Token], index: int, end: int | None = None
    ) -> Iterator[tuple[int, T]]:
        """``(number of tokens, value)`` of each entry the tokens at ``index`` spell
        before token ``end`` (default: all), in the order of the word's forms."""
        stop = len(tokens) if end is None else end
        for rest, value in self._entries(tokens[index].text):
            if _fits(tokens, index, rest, stop):
                yield 1 + len(rest), value

    def match(self, tokens: Sequence[Token], index: int) -> tuple[int, T] | None:
        """Match the longest entry starting at ``tokens[index]``.

        Returns:
            ``(number of tokens, value)`` or ``None``.
        """
        return next(self._fitting(tokens, index), None)

    def options(self, tokens: Sequence[Token], index: int) -> list[tuple[int, T]]:
        """Every entry starting at ``tokens[index]``, longest first."""
        return sorted(self._fitting(tokens, index), key=lambda item: -item[0])

    def scan_heads(
        self, tokens: Sequence[Token], heads: Sequence[int], lo: int, hi: int
    ) -> list[tuple[int, int, T]]:
        """:meth:`scan` of ``tokens[lo:hi]`` (offsets from ``lo``), reading only the
        ``heads`` (sorted; from :meth:`heads`) in that range.

        Examples:
            >>> from timeline.text import fold
            >>> words = Lexicon([("في حال", "if")])
            >>> toks = tokenize(fold("قال إنه في حال وصل الوفد"))
            >>> words.scan_heads(toks, words.heads(toks), 1, 6) == words.scan(toks[1:6])
            True
        """
        found: list[tuple[int, int, T]] = []
        after = lo
        # only the heads in range are copied: a text's word lists may have many
        for index in heads[bisect.bisect_left(heads, lo) : bisect.bisect_left(heads, hi)]:
            if index < after:
                continue
            # the first entry that fits, as _fitting reads them (read in place: a
            # generator per head costs more than the look)
            for rest, value in self._entries(tokens[index].text):
                if _fits(tokens, index, rest, hi):
                    found.append((index - lo, len(rest) + 1, value))
                    after = index + len(rest) + 1
                    break
        return found

    def scan(self, tokens: Sequence[Token]) -> list[tuple[int, int, T]]:
        """All non-overlapping matches, left to right: ``(first token, count, value)``."""
        return self.scan_heads(tokens, self.heads(tokens), 0, len(tokens))


def _fits(tokens: Sequence[Token], index: int, rest: tuple[str, ...], stop: int) -> bool:
    """Whether the words after ``tokens[index]`` are ``rest``, ending before ``stop``."""
    if index + len(rest) >= stop:
        return False
    # a loop, not all(generator): most entries are of one or two words, and the
    # generator would cost more than the comparisons (about 2.5 % of extraction)
    for at, word in enumerate(rest, index + 1):  # noqa: SIM110
        if tokens[at].text != word:
            return False
    return True


def entries(table: Mapping[str, Iterable[str]]) -> list[tuple[str, str]]:
    """Flatten ``{canonical: surfaces}`` into ``(surface, canonical)`` pairs."""
    return [(surface, canonical) for canonical, surfaces in table.items() for surface in surfaces]
