"""The rule machinery: rules with examples, macro expansion, scanning, selection.

A rule is a regular expression written against normalised text with named
*macros* drawn from the lexicon (``{month}``, ``{weekday}``, ``{past}``) and a
``build`` function that turns the match into a :class:`~timeline.values.TimeSpec`.
Every rule carries examples, each with its own publication date; one generic test
runs them all.

Macros expand to named groups. ``{month}`` becomes ``(?P<month>…)``;
``{month:month2}`` gives the same alternatives under the group ``month2``. A
macro may contain other macros; used with an alias, its inner groups are named
``alias_inner``. Every pattern is compiled once, at import, and checked: an
unknown macro, a duplicate rule name or a pattern that matches the empty string
raises :class:`~timeline.errors.RuleDefinitionError`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from timeline.errors import RuleDefinitionError
from timeline.morphology import Morphology
from timeline.prefixes import Dispatch, starts
from timeline.text import fold, fold_pattern
from timeline.values import TimeSpec

__all__ = [
    "Candidate",
    "Example",
    "Grammar",
    "Match",
    "Modifier",
    "Rule",
    "alternation",
    "blocker",
    "join_day_and_clock",
    "select",
]

_MACRO = re.compile(r"\{([a-z_][a-z0-9_]*)(?::([a-z_][a-z0-9_]*))?\}")

_RIGHT = r"(?!\w)"


@attrs.frozen(kw_only=True)
class Example:
    """An example a rule must get right, with its own publication date.

    Attributes:
        text: The input text.
        published: The publication date (ISO string), or ``None``.
        value: The expected TIMEX3 value.
        surface: The expected expression when it is only part of ``text``
            (``None``: the whole text).
        type: The expected type, if checked.
        mod: The expected mod, if checked (``""`` means "no mod").
        prefer: The ``prefer`` setting to extract with.
        others: Other expressions the text holds besides the expected one, in
            text order (the example's expression is checked among them).
    """

    text: str
    published: str | None
    value: str
    surface: str | None = None
    type: str | None = None
    mod: str | None = None
    prefer: str = "auto"
    others: tuple[str, ...] = ()


def _examples(items: Iterable[Example]) -> tuple[Example, ...]:
    return tuple(items)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _check_name(instance: object, attribute: object, value: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", value):
        raise RuleDefinitionError(f"rule name {value!r} must be snake_case")


@attrs.frozen(kw_only=True)
class Match:
    """A rule's match: its named groups (folded text) and the lexicon tables."""

    groups: Mapping[str, str | None]
    full: str

    def __getitem__(self, name: str) -> str | None:
        return self.groups.get(name)

    def has(self, name: str) -> bool:
        """Whether the group ``name`` took part in the match."""
        return self.groups.get(name) is not None


Builder = Callable[[Match], "TimeSpec | None"]


@attrs.frozen(kw_only=True)
class Rule:
    """A pattern, the function that understands its matches, and examples.

    Attributes:
        name: Unique snake_case name (reported as ``TimeExpression.rule``).
        pattern: Regular expression over normalised text, with ``{macros}``. If it
            has a group named ``span``, only that group is the expression (the rest
            is context that must be there); otherwise the whole match is.
        build: Turns a :class:`Match` into a :class:`TimeSpec`, or ``None`` to
            reject the match.
        examples: Positive examples.
        priority: Breaks ties between equally long candidates (higher wins).
        blocks: The rule claims text that looks temporal but is not (a case
            number's year, a year inside a name): its matches win the selection
            like any candidate and are then dropped. Its examples have no
            expression at all.
    """

    name: str = attrs.field(validator=_check_name)
    pattern: str
    build: Builder
    examples: tuple[Example, ...] = attrs.field(converter=_examples)
    priority: int = 0
    blocks: bool = False


@attrs.frozen(kw_only=True)
class Modifier:
    """Words in front of an expression that widen it and set its ``mod``.

    ``مطلع`` before ``أكتوبر`` makes ``مطلع أكتوبر`` with ``mod="START"``.

    Attributes:
        name: Unique snake_case name, appended to the inner rule's name.
        pattern: Regular expression with ``{macros}`` that must end right before
            the expression (only whitespace between).
        build: Maps the match and the inner spec to a new spec (or ``None``).
        types: The expression types it applies to.
        examples: Positive examples.
        after: The words follow the expression (``أسبوعين على الأقل``) instead
            of preceding it.
    """

    name: str = attrs.field(validator=_check_name)
    pattern: str
    build: Callable[[Match, TimeSpec], TimeSpec | None]
    types: tuple[str, ...] = attrs.field(converter=_strings)
    examples: tuple[Example, ...] = attrs.field(converter=_examples)
    after: bool = False


@attrs.frozen(kw_only=True)
class Candidate:
    """A rule's match in normalised offsets, with its spec."""

    start: int
    end: int
    rule: str
    spec: TimeSpec
    priority: int = 0


def alternation(words: Iterable[str]) -> str:
    """Return a regex matching any of the folded ``words``, as a prefix tree.

    The tree keeps the regex engine from trying every word at every position;
    longer words win over their prefixes. Spaces inside an entry match any run of
    whitespace.

    Examples:
        >>> import re
        >>> rx = re.compile(alternation(["أمس", "أول أمس", "اول"]))
        >>> rx.fullmatch("اول  امس") is not None, rx.fullmatch("اول") is not None
        (True, True)
    """
    folded = {re.sub(r"\s+", " ", fold(w).strip()) for w in words}
    trie: dict[str, Any] = {}
    for word in folded:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = []
    for char in sorted(c for c in node if c):
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _trie_regex(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def _expand(
    pattern: str,
    macros: Mapping[str, str],
    prefix: str,
    depth: int = 0,
    used: dict[str, int] | None = None,
) -> str:
    """Expand ``{macro}`` references into named groups.

    A group name used a second time (a macro repeated in a lookahead, say) gets a
    numbered name (``gsuf__2``): only the first use is read by the builder;
    alias a macro (``{month:month2}``) to read a repeated one.
    """
    if depth > 8:
        raise RuleDefinitionError(f"macros nest too deeply in {pattern!r}")
    seen = {} if used is None else used

    def sub(m: re.Match[str]) -> str:
        name, alias = m[1], m[2]
        if name not in macros:
            raise RuleDefinitionError(f"unknown macro {{{name}}} in {pattern!r}")
        group = prefix + (alias or name)
        seen[group] = seen.get(group, 0) + 1
        if seen[group] > 1:
            group = f"{group}__{seen[group]}"
        inner_prefix = f"{alias}_" if alias else prefix
        body = _expand(macros[name], macros, inner_prefix, depth + 1, seen)
        return f"(?P<{group}>{body})"

    return _MACRO.sub(sub, pattern)


@attrs.frozen(kw_only=True)
class _Compiled:
    rule: Rule
    regex: re.Pattern[str]
    body: re.Pattern[str]


@attrs.frozen(kw_only=True)
class _CompiledModifier:
    modifier: Modifier
    regex: re.Pattern[str]


class Grammar:
    """A set of rules and modifiers compiled against one lexicon's macros."""

    def __init__(
        self,
        rules: Sequence[Rule],
        modifiers: Sequence[Modifier],
        macros: Mapping[str, str],
        morphology: Morphology | None = None,
    ) -> None:
        names = [r.name for r in rules] + [m.name for m in modifiers]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise RuleDefinitionError(f"duplicate rule names: {', '.join(dupes)}")
        self.rules = tuple(rules)
        self.modifiers = tuple(modifiers)
        self.morphology = morphology or Morphology()
        # left edge of an expression: the start of a word, after the optional
        # clitics (و، ف and one of ب، ل، ك in Arabic) that stay outside it
        self._left = self.morphology.left_edge()
        self._compiled = tuple(self._compile(r, macros) for r in rules)
        self._dispatch: Dispatch | None = None  # built on the first scan
        self._modifiers = tuple(
            _CompiledModifier(
                modifier=m,
                regex=self._compile_raw(
                    m.name,
                    f"\\s+(?P<span>{m.pattern}){_RIGHT}"
                    if m.after
                    else f"{self._left}(?P<span>{m.pattern})\\s+$",
                    macros,
                ),
            )
            for m in modifiers
        )

    @staticmethod
    def _compile_raw(name: str, pattern: str, macros: Mapping[str, str]) -> re.Pattern[str]:
        expanded = _expand(fold_pattern(pattern), macros, "")
        try:
            regex = re.compile(expanded)
        except re.error as exc:
            raise RuleDefinitionError(f"rule {name}: bad pattern: {exc}") from exc
        return regex

    def _compile(self, rule: Rule, macros: Mapping[str, str]) -> _Compiled:
        body = rule.pattern
        if "(?P<span>" not in body and "{span" not in body:
            body = f"(?P<span>{body})"
        regex = self._compile_raw(rule.name, f"{self._left}{body}{_RIGHT}", macros)
        if regex.match("") is not None:
            raise RuleDefinitionError(f"rule {rule.name}: pattern matches the empty string")
        return _Compiled(rule=rule, regex=regex, body=self._compile_raw(rule.name, body, macros))

    def matches(self, text: str, words: Sequence[int] | None = None) -> list[list[re.Match[str]]]:
        """Each rule's matches in ``text``, as ``finditer`` finds them, in rule order.

        Rules whose first characters are known are tried only at the words (and
        the quotation marks) that can begin them
        (:class:`~timeline.prefixes.Dispatch`); the others run over the whole
        text. ``words``: where the words of ``text`` begin
        (:func:`~timeline.prefixes.starts`), when the caller has them.
        """
        compiled = self._compiled
        if self._dispatch is None:
            clitics = (self.morphology.conjunctions, self.morphology.prepositions)
            self._dispatch = Dispatch([c.body for c in compiled], clitics=clitics)
        found: list[list[re.Match[str]]] = [[] for _ in compiled]
        for index in self._dispatch.whole:
            found[index] = list(compiled[index].regex.finditer(text))
        free = [0] * len(compiled)
        rules_at = self._dispatch.rules_at
        for position in self._dispatch.positions(text, starts(text) if words is None else words):
            for index in rules_at(text, position):
                if position < free[index]:
                    continue
                m = compiled[index].regex.match(text, position)
                if m is not None:
                    found[index].append(m)
                    free[index] = m.end()
        return found

    def scan(self, text: str, words: Sequence[int] | None = None) -> list[Candidate]:
        """Run every rule over normalised ``text``; return all accepted matches.

        ``words``: where the words of ``text`` begin, when the caller has them.
        """
        found: list[Candidate] = []
        for compiled, matches in zip(self._compiled, self.matches(text, words), strict=True):
            rule = compiled.rule
            for m in matches:
                start, end = m.span("span")
                while end > start and text[end - 1].isspace():
                    end -= 1
                if start == end:
                    continue
                if rule.blocks:
                    spec: TimeSpec | None = _BLOCK
                else:
                    spec = rule.build(Match(groups=m.groupdict(), full=m["span"]))
                if spec is None:
                    continue
                found.append(
                    Candidate(
                        start=start, end=end, rule=rule.name, spec=spec, priority=rule.priority
                    )
                )
        return found

    def extend(self, text: str, chosen: Sequence[Candidate]) -> list[Candidate]:
        """Widen chosen candidates over modifier words (``مطلع``، ``أكثر من``، ``على الأقل``)."""
        out: list[Candidate] = []
        previous_end = 0
        for index, cand in enumerate(chosen):
            next_start = chosen[index + 1].start if index + 1 < len(chosen) else len(text)
            before_done = after_done = False
            for cm in self._modifiers:
                mod = cm.modifier
                if cand.spec.type not in mod.types or (after_done if mod.after else before_done):
                    continue
                if mod.after:
                    m = cm.regex.match(text, cand.end, min(next_start, cand.end + 40))
                    offset = 0
                else:
                    window_start = max(previous_end, cand.start - 40)
                    m = cm.regex.search(text[window_start : cand.start])
                    offset = window_start
                if m is None:
                    continue
                spec = mod.build(Match(groups=m.groupdict(), full=m["span"]), cand.spec)
                if spec is None:
                    continue
                start = cand.start if mod.after else offset + m.start("span")
                end = offset + m.end("span") if mod.after else cand.end
                cand = Candidate(
                    start=start,
                    end=end,
                    rule=f"{cand.rule}+{mod.name}",
                    spec=spec,
                    priority=cand.priority,
                )
                if mod.after:
                    after_done = True
                else:
                    before_done = True
            out.append(cand)
            previous_end = cand.end
        return out


def _join(day: TimeSpec, clock: TimeSpec) -> TimeSpec | None:
    """The spec of a day followed by its clock time, or ``None`` if they do not join."""
    if day.mod is not None or clock.hour is None:
        return None
    if day.type == "SET":
        if day.value == "P1D":
            return attrs.evolve(day, value=f"XXXX-XX-XXT{clock.hour:02d}:{clock.minute or 0:02d}")
        if day.value and day.value.startswith("XXXX-WXX-") and "T" not in day.value:
            return attrs.evolve(day, value=f"{day.value}T{clock.hour:02d}:{clock.minute or 0:02d}")
        return None
    day_level = day.unit == "D" or day.weekday is not None or day.day is not None
    if not day_level or day.hour is not None or day.type not in ("DATE", "TIME"):
        return None
    hour = clock.hour
    if hour < 12 and (day.part in ("AF", "EV") or (day.part == "NI" and hour >= 6)):
        hour += 12
    return attrs.evolve(day, type="TIME", hour=hour, minute=clock.minute, part=None)


def join_day_and_clock(text: str, chosen: Sequence[Candidate], joiners: str) -> list[Candidate]:
    """Join a day and the clock time right after it into one expression.

    ``يوم الجمعة الساعة الثامنة مساءً`` is one TIME, as TIMEX3 writes a date with
    its time of day; ``كل يوم الساعة 8`` is one SET.

    Args:
        text: The normalised text.
        chosen: Selected candidates in text order.
        joiners: Regex of the words allowed between the two.

    Returns:
        The candidates, with joined pairs replaced by one.
    """
    gap = re.compile(rf"\s*(?:(?:{joiners})\s*)?")
    out: list[Candidate] = []
    for cand in chosen:
        if out and out[-1].spec.type == "TIME" and out[-1].spec.day_from_context:
            clock = out[-1]  # "التاسعة مساء يوم 2 ديسمبر": the clock time first
            joined = _join(cand.spec, clock.spec) if cand.spec.type == "DATE" else None
            if joined is not None and gap.fullmatch(text, clock.end, cand.start):
                out[-1] = Candidate(
                    start=clock.start,
                    end=cand.end,
                    rule=f"{clock.rule}+{cand.rule}",
                    spec=joined,
                    priority=cand.priority,
                )
                continue
        if out and cand.spec.type == "TIME" and cand.spec.day_from_context:
            day = out[-1]
            joined = _join(day.spec, cand.spec)
            if joined is not None and gap.fullmatch(text, day.end, cand.start):
                out[-1] = Candidate(
                    start=day.start,
                    end=cand.end,
                    rule=f"{day.rule}+{cand.rule}",
                    spec=joined,
                    priority=cand.priority,
                )
                continue
        out.append(cand)
    return out


_BLOCK = TimeSpec(type="BLOCK")


def _never(m: Match) -> TimeSpec | None:
    return None


def blocker(name: str, pattern: str, examples: Iterable[str]) -> Rule:
    """A rule that claims non-temporal text (see ``Rule.blocks``).

    Args:
        name: Rule name.
        pattern: What to claim.
        examples: Texts in which nothing may be found.
    """
    return Rule(
        name=name,
        pattern=pattern,
        build=_never,
        examples=tuple(Example(text=t, published="2024-10-21", value="") for t in examples),
        priority=10,
        blocks=True,
    )


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates: longest first, then priority, then leftmost.

    Examples:
        >>> a = Candidate(start=0, end=4, rule="a", spec=TimeSpec())
        >>> b = Candidate(start=2, end=10, rule="b", spec=TimeSpec())
        >>> [c.rule for c in select([a, b])]
        ['b']
    """
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: list[Candidate] = []
    starts: list[int] = []  # the taken spans, kept sorted (they never overlap)
    ends: list[int] = []
    for cand in ordered:
        at = bisect.bisect_left(starts, cand.end)  # spans starting before this one ends
        if at and ends[at - 1] > cand.start:
            continue
        taken.append(cand)
        starts.insert(at, cand.start)
        ends.insert(at, cand.end)
    return sorted((c for c in taken if c.spec.type != "BLOCK"), key=lambda c: c.start)
