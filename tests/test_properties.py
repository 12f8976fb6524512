"""Properties over generated text: no crash, offsets hold, deterministic, round trips."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline import text as text_module
from timeline.lang.ar import GRAMMAR, lexicon
from timeline.text import normalize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_WORDS = sorted(
    {
        *lexicon.MONTHS,
        *lexicon.WEEKDAYS,
        *lexicon.HIJRI_MONTHS,
        *lexicon.RELATIVE_DAYS,
        *lexicon.PAST_SIGNALS,
        *lexicon.FUTURE_SIGNALS,
        *lexicon.UNITS,
        *lexicon.CARDINALS,
        *lexicon.VAGUE,
        "يوم",
        "في",
        "منذ",
        "قبل",
        "بعد",
        "الساعة",
        "من",
        "عام",
        "قال",
        "زار",
        "اتفاق",
        "سيزور",
        "أرسلت",
        "التوصل إلى",
        "من المقرر أن",
        "قد",
        "وكان",
        "إذا",
        "لن",
        "أن",
        "مرة أخرى",
        "يختتم",
        "بدء",
        "كوريا الشمالية",
        "روسيا",
        "اقرأ أيضاً",
        "\n",
        "،",
        ".",
        "(",
        ")",
        "«طوكيو",
        "«",
        "»",
        "/",
        "-",
        "ـــ",
        "\u200f",
        "\u202b",
        "\u200d",
        "\x00",
        "\r\n",
        "  ",
    }
)
_NUMBERS = st.integers(min_value=0, max_value=99999).map(str)
_ARABIC_DIGITS = st.integers(min_value=0, max_value=9999).map(
    lambda n: str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
)
_PIECE = st.one_of(st.sampled_from(_WORDS), _NUMBERS, _ARABIC_DIGITS, st.text(max_size=6))
_TEXT = st.lists(_PIECE, max_size=40).map(" ".join)
_DATES = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(text=st.text(max_size=300))
def test_any_unicode_never_raises_and_offsets_hold(text: str) -> None:
    doc = timeline.extract(text, published="2024-10-21")
    for t in doc.timexes:
        assert text[t.start : t.end] == t.text
    for e in doc.events:
        assert text[e.start : e.end] == e.trigger


@_SETTINGS
@given(text=_TEXT, published=_DATES, prefer=st.sampled_from(["auto", "past", "future"]))
def test_lexicon_soup(text: str, published: str | None, prefer: str) -> None:
    doc = timeline.extract(text, published=published, prefer=prefer)
    for t in doc.timexes:
        assert text[t.start : t.end] == t.text
        assert t.start < t.end
    for e in doc.events:
        # an interval is never inverted, however the words fall
        assert e.earliest is None or e.latest is None or e.earliest <= e.latest, e
    again = timeline.extract(text, published=published, prefer=prefer)
    assert again == doc
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert timeline.Document.from_dict(data) == doc


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_TEXT, min_size=1, max_size=4), published=_DATES)
def test_graph_of_soup_round_trips_and_orders_everything(
    texts: list[str], published: str | None
) -> None:
    docs = [timeline.extract(t, published=published, doc_id=f"d{i}") for i, t in enumerate(texts)]
    graph = timeline.build_graph(docs)
    assert len(graph.ordered()) == len(graph.nodes)
    data = json.loads(json.dumps(graph.to_dict(), ensure_ascii=False))
    assert timeline.EventGraph.from_dict(data) == graph


# Clauses naming the same few events, with explicit dates and order signals, so
# that documents of one generated corpus contradict each other: "A after B" in
# one, "B after A" in another, dates that disagree with the signals, and so on.
_EVENTS = [
    "وقعت روسيا وإيران اتفاقا",
    "الهجوم على المصفاة",
    "زار الرئيس الإيراني موسكو",
    "قمة بوتين وكيم في بيونغ يانغ",
    "تصريح وزير الدفاع الروسي",
]
_MONTHS = ["يناير", "مارس", "مايو", "يونيو", "أغسطس", "أكتوبر"]
_WHEN = st.one_of(
    st.just(""),
    st.builds(
        lambda m, y: f" في {m} {y}",
        st.sampled_from(_MONTHS),
        st.sampled_from(["2023", "2024"]),
    ),
)
_CLAUSE = st.builds(
    lambda a, when_a, signal, b, when_b: f"{a}{when_a} {signal} {b}{when_b}.",
    st.sampled_from(_EVENTS),
    _WHEN,
    st.sampled_from(["بعد", "قبل", "في أعقاب", "خلال"]),
    st.sampled_from(_EVENTS),
    _WHEN,
)
_STORY = st.lists(_CLAUSE, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories=st.lists(_STORY, min_size=2, max_size=5), published=_DATES)
def test_contradictory_documents_give_an_acyclic_graph(
    stories: list[str], published: str | None
) -> None:
    import networkx as nx

    docs = [timeline.extract(s, published=published, doc_id=f"d{i}") for i, s in enumerate(stories)]
    graph = timeline.build_graph(docs)
    before = nx.DiGraph()
    before.add_nodes_from(graph.nodes)
    before.add_edges_from((s, t) for s, t, r in graph.edges if r == "BEFORE")
    assert nx.is_directed_acyclic_graph(before)
    rank = {node.id: i for i, node in enumerate(graph.ordered())}
    assert sorted(rank) == sorted(graph.nodes)
    for source, target in before.edges:
        assert rank[source] < rank[target]
    for node in graph.nodes.values():
        if node.earliest is not None and node.latest is not None:
            assert node.earliest <= node.latest, node
    assert all(isinstance(message, str) and message for message in graph.conflicts)
    assert graph == timeline.build_graph(docs)


def _plain_matches(text: str) -> list[list[tuple[tuple[int, int], dict[str, str | None]]]]:
    return [[(m.span(), m.groupdict()) for m in c.regex.finditer(text)] for c in GRAMMAR._compiled]


def _dispatched_matches(text: str) -> list[list[tuple[tuple[int, int], dict[str, str | None]]]]:
    return [[(m.span(), m.groupdict()) for m in ms] for ms in GRAMMAR.matches(text)]


@_SETTINGS
@given(text=_TEXT)
def test_dispatched_scan_finds_what_every_rule_finds_everywhere(text: str) -> None:
    normalized = normalize(text).normalized
    assert _dispatched_matches(normalized) == _plain_matches(normalized)


def test_dispatched_scan_on_seeds_and_rule_examples() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [e.text for r in GRAMMAR.rules for e in r.examples]
    assert len(texts) > 200
    matched = 0
    for text in texts:
        normalized = normalize(text).normalized
        plain = _plain_matches(normalized)
        assert _dispatched_matches(normalized) == plain, text
        matched += sum(map(len, plain))
    assert matched > 300


_AGAIN_WORDS = st.sampled_from(
    [
        "مرة أخرى",
        "مجدداً",
        "مجددا",
        "من جديد",
        "ثانية",
        "مرة ثانية",
        "هؤلاء الجنود",
        "مجموعة أخرى من",
        "التقى",
    ]
)
_AGAIN_TEXT = st.lists(st.one_of(_AGAIN_WORDS, _PIECE), max_size=40).map(" ".join)


_MARKED = st.lists(
    st.one_of(
        _PIECE,
        _AGAIN_WORDS,
        st.sampled_from([" ", "\u064e", "\u0640", "\u200f", "مَرَّةً أُخرى", "مجدداً", "هؤلاءِ"]),
    ),
    max_size=30,
).map("".join)


@_SETTINGS
@given(text=_MARKED, data=st.data())
def test_a_whole_texts_fold_gives_every_slices_fold(text: str, data: st.DataObject) -> None:
    from timeline.text import Folded, fold

    folded = Folded.of(text)
    assert folded.text == fold(text)
    for _ in range(5):
        start = data.draw(st.integers(min_value=0, max_value=len(text)))
        end = data.draw(st.integers(min_value=start, max_value=len(text)))
        assert folded.slice(start, end) == fold(text[start:end])


@_SETTINGS
@given(text=st.one_of(_AGAIN_TEXT, _MARKED), data=st.data())
def test_again_words_found_once_per_text_decide_as_a_look_per_trigger(
    text: str, data: st.DataObject
) -> None:
    from timeline.lang.ar import AGAIN
    from timeline.text import Folded

    spans = AGAIN.spans(text)
    folded = Folded.of(text)
    # looked for in the text's fold, the words stand where the finder finds them
    assert AGAIN.spans(text, folded) == spans
    for _ in range(5):
        start = data.draw(st.integers(min_value=0, max_value=len(text)))
        end = data.draw(st.integers(min_value=start, max_value=len(text)))
        told = AGAIN.told(text, start, end)
        assert AGAIN.told(text, start, end, spans) == told
        assert AGAIN.told(text, start, end, spans, folded) == told
        follows = AGAIN.follows(text, start)
        assert AGAIN.follows(text, start, spans) == follows
        assert AGAIN.follows(text, start, spans, folded) == follows


def test_again_words_that_begin_alike_are_taken_as_listed() -> None:
    # at one place the word listed first is the one found, as in the alternation
    from timeline.ordering import Again
    from timeline.text import Folded

    text = "التقيا مرّة أخرى، ثم مرة ثانية"
    for words, found in [
        (("مرة", "مرة أخرى", "ثانية"), ["مرّة", "مرة", "ثانية"]),
        (("مرة أخرى", "مرة", "ثانية"), ["مرّة أخرى", "مرة", "ثانية"]),
        (("مرة ثانية", "ثانية", "مرة"), ["مرّة", "مرة ثانية"]),
    ]:
        again = Again(after=words)
        spans = again.spans(text)
        assert again.spans(text, Folded.of(text)) == spans
        assert [text[a:b] for a, b in spans] == found


@given(text=st.text(alphabet="وصل الوفد، إلى: القاهرة. «نعم»؛ 12.5 !؟\n“”", max_size=80))
@_SETTINGS
def test_event_context_reads_sentences_and_breaks_as_their_definition(text: str) -> None:
    # the per-token tables the event reader answers from agree with the plain
    # definitions: a sentence runs between two ends; a break stands between two words
    import bisect
    import re

    from timeline import events
    from timeline.lang.ar import EVENTS
    from timeline.triggers import tokenize

    tokens = tokenize(text)
    if not tokens:
        return
    ends = [m.end() for m in text_module.SENTENCE_END.finditer(text)]
    # the marks around a quoted word (“الناتو”) break nothing
    quoted = [m.span() for m in re.finditer(r"[“\"«][^“”\"«»\n\s]+[”\"»]", text)]
    around = {start for start, _ in quoted} | {end - 1 for _, end in quoted}
    breaks = [i for i, c in enumerate(text) if c in '،,:؛;«»"“”' and i not in around]
    marks = [i for i, c in enumerate(text) if c in "،,:؛;"]
    starts = [t.start for t in tokens]
    ctx = events._context(text, tokens, EVENTS)
    for a, token in enumerate(tokens):
        index = bisect.bisect_right(ends, token.start)
        begin = ends[index - 1] if index > 0 else 0
        end = ends[index] if index < len(ends) else len(text)
        assert ctx.sentence_of(a) == (
            bisect.bisect_left(starts, begin),
            bisect.bisect_left(starts, end),
        )
        for b, other in enumerate(tokens):
            between = range(token.end, other.start)
            assert ctx.break_between(a, b) == any(p in between for p in breaks)
            assert ctx.punctuation_between(a, b) == any(p in between for p in marks)


def _heads_agree(text: str) -> int:
    # the reader finds where an entry may begin from each word's tokens; the
    # word list itself reads every token
    from timeline import events
    from timeline.lang.ar import EVENTS
    from timeline.triggers import Lexicon, tokenize

    normalized = normalize(text).normalized
    tokens = tokenize(normalized)
    ctx = events._context(normalized, tokens, EVENTS)
    lists = [v for v in attrs.asdict(EVENTS, recurse=False).values() if isinstance(v, Lexicon)]
    assert len(lists) > 10
    found = 0
    for words in lists:
        heads = ctx.heads(words)
        assert heads == words.heads(tokens)
        found += len(heads)
    return found


@_SETTINGS
@given(text=_TEXT)
def test_event_context_finds_each_word_lists_heads_as_the_list_does(text: str) -> None:
    _heads_agree(text)


def _plain_scan(words, tokens, lo: int, hi: int) -> list:  # type: ignore[no-untyped-def]
    # word by word: the first entry (in the list's order for the word) whose words
    # all follow before hi, then on after it
    found, index = [], lo
    while index < hi:
        texts = [t.text for t in tokens[index + 1 : hi]]
        hit = next(
            (
                (len(rest) + 1, value)
                for rest, value in words._entries(tokens[index].text)
                if texts[: len(rest)] == list(rest)
            ),
            None,
        )
        if hit is None:
            index += 1
            continue
        found.append((index - lo, *hit))
        index += hit[0]
    return found


@_SETTINGS
@given(
    text=st.lists(
        st.sampled_from(
            ["في حال", "من المقرر أن", "من", "في", "إذا", "على أن", "بهدف", "كيم جونغ", "أون"]
        )
        | _PIECE,
        max_size=20,
    ).map(" ".join),
    cut=st.tuples(st.integers(0, 30), st.integers(0, 30)),
)
def test_word_lists_scan_their_heads_as_word_by_word(text: str, cut: tuple[int, int]) -> None:
    from timeline.lang.ar import EVENTS
    from timeline.triggers import Lexicon, tokenize

    tokens = tokenize(normalize(text).normalized)
    lo, hi = sorted(cut)
    hi = min(hi, len(tokens))
    for words in attrs.asdict(EVENTS, recurse=False).values():
        if isinstance(words, Lexicon):
            got = words.scan_heads(tokens, words.heads(tokens), lo, hi)
            assert got == _plain_scan(words, tokens, lo, hi)


def test_word_lists_scan_entries_of_many_words_as_word_by_word() -> None:
    from timeline.lang.ar import EVENTS
    from timeline.triggers import tokenize

    for text, counts in [
        ("قال كيم جونغ أون", [3]),
        ("قال كيم جونغ اليوم", []),
        ("قال كيم سونغ أون", []),
        ("شن هجوم واسع على أراضي روسيا", [4]),
        ("شن هجوم واسع على مدن", [1]),
    ]:
        tokens = tokenize(normalize(text).normalized)
        for words in (EVENTS.entities, EVENTS.trigger_words):
            got = words.scan_heads(tokens, words.heads(tokens), 0, len(tokens))
            assert got == _plain_scan(words, tokens, 0, len(tokens))
        # the name; the attack on a territory (a trigger of its own) or on its own
        words = EVENTS.entities if "كيم" in text else EVENTS.trigger_words
        assert [n for at, n, _v in words.scan(tokens) if at == 1] == counts, text


def test_event_context_finds_the_seeds_word_list_heads_as_the_lists_do() -> None:
    assert sum(_heads_agree(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")) > 500


@_SETTINGS
@given(text=_TEXT)
def test_lines_read_their_folds_from_the_whole_texts_fold(text: str) -> None:
    # find_segments reads each line's fold off the text's Folded
    from timeline.segments import _lines

    assert _lines(text, text_module.Folded.of(text)) == _lines(text)


def _plain_happens_ahead(ctx, hit) -> str | None:  # type: ignore[no-untyped-def]
    # word by word, as the definition reads
    end = hit.first + hit.count
    _first, last = ctx.sentence_of(hit.first)
    tokens, lang = ctx.tokens, ctx.lang
    morphology = lang.morphology
    for i in range(end, min(last, end + 12)):
        if ctx.break_between(max(end - 1, i - 1), i) and i > end:
            return None
        word = tokens[i].text
        if i > end and word in lang.trigger_words:
            return None
        bare = morphology.bare(word)
        if bare[len(morphology.future) :] in lang.happen and morphology.is_future_verb(bare):
            return "planned"
        if word in lang.happen and any(
            tokens[i - len(p) : i] and [t.text for t in tokens[i - len(p) : i]] == list(p)
            for p in lang.possible
        ):
            return "hypothetical"
    return None


def _happening_agrees(text: str) -> list[str | None]:
    from timeline import events
    from timeline.lang.ar import EVENTS
    from timeline.triggers import tokenize

    normalized = normalize(text).normalized
    tokens = tokenize(normalized)
    if not tokens:
        return []
    ctx = events._context(normalized, tokens, EVENTS)
    hits, _ = events._triggers(ctx)
    found = [events._happens_ahead(ctx, hit) for hit in hits]
    assert found == [_plain_happens_ahead(ctx, hit) for hit in hits]
    return found


_HAPPENING = [
    "نشر القوات",
    "زيارة",
    "القمة",
    "قد يحدث",
    "ستعقد",
    "سيتم",
    "يحدث",
    "قد",
    "،",
    "الجنود",
]


@_SETTINGS
@given(text=st.lists(st.sampled_from(_HAPPENING) | _PIECE, max_size=14).map(" ".join))
def test_a_verb_of_happening_ahead_is_found_as_word_by_word(text: str) -> None:
    _happening_agrees(text)


def test_verbs_of_happening_ahead_in_examples_are_found_as_word_by_word() -> None:
    found = [
        _happening_agrees(text)
        for text in [
            "إن نشر القوات على الخطوط الأمامية قد يحدث",
            "جولة جديدة من المفاوضات ستعقد يوم الأحد",
            "نشر القوات، قد يحدث",
            "نشر القوات زيارة ستعقد",
            "نشر الجنود قد يحدث في الجولة",
        ]
    ]
    # a comma ends the clause; another event's word (زيارة) takes the verb after it
    assert found == [
        ["hypothetical"],
        ["planned"],
        [None],
        [None, "planned"],
        ["hypothetical", None],
    ]


_FOLDED_ALPHABET = "".join(sorted({*text_module._FOLD, *text_module._FOLD.values()})) + "بتثجحخ \n"


@_SETTINGS
@given(text=st.text(alphabet=_FOLDED_ALPHABET, min_size=150, max_size=600))
def test_long_text_folds_by_replacement_as_by_the_table(text: str) -> None:
    # long texts are folded character by character replacement; no target of the
    # table is itself a character it replaces, so the result is the translation
    assert not set(text_module._FOLD.values()) & set(text_module._FOLD)
    assert text_module._fold_letters(text) == text.translate(str.maketrans(text_module._FOLD))


@_SETTINGS
@given(text=st.text(alphabet="12٣.!?؟\n؛ ،وصل-_xß", max_size=40))
def test_sentence_ends_and_words_are_found_as_their_plain_patterns(text: str) -> None:
    # a sentence ends at .!?؟, a line break or ؛, but a dot between two digits;
    # a word is a run of word characters
    import re

    from timeline.triggers import tokenize

    plain_end = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[!?؟\n؛])")
    found = [m.span() for m in text_module.SENTENCE_END.finditer(text)]
    assert found == [m.span() for m in plain_end.finditer(text)]
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", text)]
    assert [tuple(t) for t in tokenize(text)] == words


@_SETTINGS
@given(text=st.text(alphabet=" \n\t\u00a0\u064b\u0651\u0640\u200f\ufeffوصل", max_size=40))
def test_blank_and_mark_runs_are_found_as_their_plain_pattern(text: str) -> None:
    # what normalize squeezes: a run of removed characters, or a blank followed
    # by more blanks or removed characters
    import re

    drop = text_module._DROP_CLASS
    plain = re.compile(f"[{drop}]+|\\s[\\s{drop}]+")
    found = [m.span() for m in text_module._SQUEEZE.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]


@_SETTINGS
@given(
    pairs=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7), st.integers(1, 3)), max_size=30)
)
def test_before_relations_closing_a_cycle_are_set_aside_as_a_plain_search_says(
    pairs: list[tuple[int, int, int]],
) -> None:
    # the kept relations' ranks are updated as they come; what is kept must be
    # what a plain search over the kept relations decides, strongest first
    from timeline.ordering import Constraint, propagate

    constraints = [Constraint(a, b, "BEFORE", "signal", w) for a, b, w in pairs]
    _spans, kept, _conflicts = propagate([(None, None)] * 8, constraints)
    expected: list[Constraint] = []
    after: dict[int, set[int]] = {n: set() for n in range(8)}

    def reaches(start: int, goal: int) -> bool:
        seen, stack = {start}, [start]
        while stack:
            node = stack.pop()
            if node == goal:
                return True
            for nxt in after[node] - seen:
                seen.add(nxt)
                stack.append(nxt)
        return False

    for c in sorted(constraints, key=lambda c: -c.weight):
        if not reaches(c.target, c.source):
            expected.append(c)
            after[c.source].add(c.target)
    assert kept == expected
