"""The cross-document event graph: merging, ordering, signals, conflicts, exports."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import timeline
from timeline.graph import EventGraph, Node
from timeline.merging import _candidate_pairs, items_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeds() -> list[timeline.Document]:
    return timeline.read_corpus(ROOT / "seeds")


@pytest.fixture(scope="module")
def tripled(seeds: list[timeline.Document]) -> list[timeline.Document]:
    """Each seed three times under other ids: many mentions share a profile."""
    return [
        timeline.extract(d.text, published=d.published, doc_id=f"{d.id}-{copy}")
        for copy in range(3)
        for d in seeds
    ]


@pytest.fixture(scope="module")
def graph(seeds: list[timeline.Document]) -> EventGraph:
    return timeline.build_graph(seeds)


def node_with(graph: EventGraph, doc: str, trigger: str, kind: str) -> Node:
    for node in graph.nodes.values():
        if node.type == kind and any(m.doc == doc and m.trigger == trigger for m in node.mentions):
            return node
    raise AssertionError(f"no {kind} node with {trigger!r} from {doc}")


def test_june_summit_is_one_node_reported_by_three_articles(graph: EventGraph) -> None:
    visit = node_with(graph, "001", "زار", "VISIT")
    assert {m.doc for m in visit.mentions} >= {"001", "002", "003"}
    assert (visit.earliest, visit.latest) == (
        __import__("datetime").date(2024, 6, 1),
        __import__("datetime").date(2024, 6, 30),
    )
    treaty = node_with(graph, "002", "أبرمتا", "AGREEMENT")
    assert {m.doc for m in treaty.mentions} >= {"001", "002", "003"}


def test_kursk_deployment_is_merged_across_articles(graph: EventGraph) -> None:
    kursk = node_with(graph, "003", "نشر", "DEPLOYMENT")
    assert {"002", "003"} <= {m.doc for m in kursk.mentions}


def test_the_move_to_kursk_is_apart_from_the_dispatch_to_russia_and_after_it(
    graph: EventGraph,
) -> None:
    kursk = node_with(graph, "002", "انتشار", "DEPLOYMENT")  # "في كورسك"
    dispatch = node_with(graph, "000", "أرسلت", "DEPLOYMENT")
    assert kursk.id != dispatch.id and kursk.location == "كورسك"
    # "عمليات الانتشار الكورية الشمالية", told with no place, is the country-wide one
    assert any(m.doc == "003" and m.trigger == "عمليات الانتشار" for m in dispatch.mentions)
    assert graph.relation(dispatch.id, kursk.id) == "BEFORE"


def test_whereas_orders_nothing() -> None:
    doc = timeline.extract(
        "وقال البنتاغون إن ألفي جندي تم إرسالهم إلى كورسك، في حين يزعم أن آلافاً آخرين "
        "تم نقلهم إلى روسيا.",
        published="2024-10-30",
        doc_id="d",
    )
    graph = timeline.build_graph([doc])
    claim = node_with(graph, "d", "يزعم", "STATEMENT")
    sent = node_with(graph, "d", "إرسالهم", "DEPLOYMENT")
    assert graph.relation(claim.id, sent.id) != "INCLUDES"


def test_kursk_recapture_comes_after_the_offensive_and_the_summit(graph: EventGraph) -> None:
    recapture = node_with(graph, "004", "استعادة", "RECAPTURE")
    offensive = node_with(graph, "004", "الهجوم الواسع", "INVASION")
    summit = node_with(graph, "001", "زار", "VISIT")
    assert graph.relation(offensive.id, recapture.id) == "BEFORE"
    assert graph.relation(summit.id, recapture.id) == "BEFORE"
    assert graph.relation(recapture.id, summit.id) == "AFTER"


def test_seed_events_come_out_in_order(graph: EventGraph) -> None:
    sequence = [
        node_with(graph, "004", "زيارته", "VISIT"),  # the defence minister, July 2023
        node_with(graph, "003", "اجتماع", "MEETING"),  # Kim and Putin, 2023
        node_with(graph, "001", "حق النقض", "VETO"),  # March 2024
        node_with(graph, "001", "زار", "VISIT"),  # June 2024 summit
        node_with(graph, "001", "بنقل", "DEPLOYMENT"),  # October 2024
        node_with(graph, "000", "يجتمعوا", "MEETING"),  # BRICS in Kazan
        node_with(graph, "004", "استعادة", "RECAPTURE"),  # Kursk
    ]
    order = [n.id for n in graph.ordered()]
    positions = [order.index(n.id) for n in sequence]
    labels = [n.label for n in sequence]
    assert positions == sorted(positions), list(zip(labels, positions, strict=True))


def test_again_keeps_two_meetings_apart_and_ordered(graph: EventGraph) -> None:
    first = node_with(graph, "003", "اجتماع", "MEETING")
    summit = node_with(graph, "001", "زار", "VISIT")
    assert first.id != summit.id
    assert graph.relation(first.id, summit.id) == "BEFORE"


def test_ordered_respects_every_before_edge(graph: EventGraph) -> None:
    rank = {n.id: i for i, n in enumerate(graph.ordered())}
    for source, target, relation in graph.edges:
        if relation == "BEFORE":
            assert rank[source] < rank[target]


def test_no_before_cycle(graph: EventGraph) -> None:
    import networkx as nx

    before = nx.DiGraph((s, t) for s, t, r in graph.edges if r == "BEFORE")
    assert nx.is_directed_acyclic_graph(before)


def test_signal_after_puts_the_statement_first() -> None:
    doc = timeline.extract(
        "وجاء الهجوم على المدينة بعد أسبوع من تصريح وزير الدفاع الروسي.",
        published="2024-10-15",
        doc_id="s",
    )
    graph = timeline.build_graph([doc])
    attack = node_with(graph, "s", "الهجوم", "ATTACK")
    statement = node_with(graph, "s", "تصريح", "STATEMENT")
    assert graph.relation(statement.id, attack.id) == "BEFORE"


def test_during_signal_is_an_includes_edge() -> None:
    doc = timeline.extract(
        "وأبرمت روسيا وكوريا الشمالية اتفاقية خلال زيارة بوتين إلى بيونغ يانغ.",
        published="2024-10-15",
        doc_id="d",
    )
    graph = timeline.build_graph([doc])
    treaty = node_with(graph, "d", "وأبرمت", "AGREEMENT")
    visit = node_with(graph, "d", "زيارة", "VISIT")
    assert graph.relation(visit.id, treaty.id) == "INCLUDES"


def test_contradiction_is_reported_and_the_rest_still_ordered() -> None:
    a = timeline.extract(
        "وقعت روسيا وإيران اتفاقا في مارس 2024 بعد الهجوم على المصفاة في مايو 2024.",
        doc_id="a",
    )
    b = timeline.extract("زار الرئيس الإيراني موسكو في يناير 2024.", doc_id="b")
    graph = timeline.build_graph([a, b])
    assert graph.conflicts and "contradicts" in graph.conflicts[0]
    assert len(graph.ordered()) == len(graph.nodes)


def test_distinct_events_stay_apart() -> None:
    a = timeline.extract("زار الرئيس الفرنسي القاهرة في مايو 2024.", doc_id="a")
    b = timeline.extract("زار الرئيس الصيني موسكو في مايو 2024.", doc_id="b")
    graph = timeline.build_graph([a, b])
    visits = [n for n in graph.nodes.values() if n.type == "VISIT"]
    assert len(visits) == 2


def test_blocking_does_not_compare_every_pair() -> None:
    docs = [
        timeline.extract(f"زار الرئيس الفرنسي القاهرة في {month} {year}.", doc_id=f"{year}-{i}")
        for year in range(2000, 2020)
        for i, month in enumerate(["يناير", "مارس", "مايو", "يوليو", "سبتمبر"])
    ]
    items = items_of(docs, {})
    pairs = _candidate_pairs(items)
    assert len(pairs) < len(items) * (len(items) - 1) // 20


def test_round_trip_and_exports(graph: EventGraph, tmp_path: Path) -> None:
    data = json.loads(json.dumps(graph.to_dict(), ensure_ascii=False))
    assert EventGraph.from_dict(data) == graph
    assert {"nodes", "edges"} <= set(data)
    assert {"id", "type", "label", "earliest", "latest", "mentions"} <= set(data["nodes"][0])
    nxg = graph.to_networkx()
    assert nxg.number_of_nodes() == len(graph.nodes)
    assert nxg.number_of_edges() == len({(s, t) for s, t, _ in graph.edges})
    path = graph.to_graphml(tmp_path / "g.graphml")
    assert path.read_text(encoding="utf-8").startswith("<?xml")
    tl = graph.to_timelinejs("seeds")
    assert tl["events"] and all("start_date" in e for e in tl["events"])


def test_a_cycle_across_documents_is_set_aside_and_reported() -> None:
    a = timeline.extract(
        "وقعت روسيا وإيران اتفاقا في مايو 2024 بعد الهجوم على المصفاة في مايو 2024.",
        doc_id="a",
        published="2024-06-01",
    )
    b = timeline.extract(
        "وجاء الهجوم على المصفاة في مايو 2024 بعد توقيع روسيا وإيران اتفاقا في مايو 2024.",
        doc_id="b",
        published="2024-06-01",
    )
    graph = timeline.build_graph([a, b])
    assert sorted((n.type, n.documents) for n in graph.nodes.values()) == [
        ("AGREEMENT", 2),
        ("ATTACK", 2),
    ]
    befores = [(s, t) for s, t, r in graph.edges if r == "BEFORE"]
    assert len(befores) == 1
    assert len(graph.conflicts) == 1 and "cycle" in graph.conflicts[0]
    assert [n.id for n in graph.ordered()] == list(befores[0])


@pytest.mark.parametrize(("published", "counts"), [("2024-10-31", [2]), ("2024-11-20", [1, 1])])
def test_a_recent_retelling_of_a_dated_statement_is_one_statement(
    published: str, counts: list[int]
) -> None:
    dated = timeline.extract(
        "قالت المتحدثة باسم البنتاغون سابرينا سينغ يوم الاثنين إن القوات وصلت.",
        doc_id="a",
        published="2024-10-29",
    )
    retold = timeline.extract(
        "وكانت المتحدثة باسم البنتاغون سابرينا سينغ قد قالت مؤخراً إن القوات وصلت إلى الحدود.",
        doc_id="b",
        published=published,
    )
    graph = timeline.build_graph([dated, retold])
    statements = [n for n in graph.nodes.values() if n.type == "STATEMENT"]
    # retold within a week: the same statement; three weeks later: another one
    assert sorted(n.documents for n in statements) == counts
    first = min(statements, key=lambda n: (n.earliest is None, n.earliest))
    assert first.earliest == first.latest == dt.date(2024, 10, 28)


@pytest.mark.parametrize(
    ("second", "statements"),
    [
        ("وحذرت كوريا الشمالية يوم الاثنين من التصعيد.", 2),  # only the topic in common
        ("وحذر حلف شمال الأطلسي كوريا الشمالية يوم الاثنين من التصعيد.", 1),  # the same body
    ],
)
def test_same_day_statements_far_apart_merge_on_their_speaker(second: str, statements: int) -> None:
    filler = " ".join(["وتقع المنطقة على مسافة بعيدة من الحدود الجنوبية."] * 12)
    text = f"قال حلف شمال الأطلسي يوم الاثنين إن كوريا الشمالية نشرت قوات.\n{filler}\n{second}"
    graph = timeline.build_graph([timeline.extract(text, doc_id="s", published="2024-10-29")])
    nodes = [n for n in graph.nodes.values() if n.type == "STATEMENT"]
    assert len(nodes) == statements
    assert all(n.earliest == n.latest == dt.date(2024, 10, 28) for n in nodes)


def test_the_october_dispatch_to_russia_is_one_node_across_five_reports(graph: EventGraph) -> None:
    # a doubt ("إذا كان صحيحاً أن جنود كوريا الشمالية يذهبون"), reports told on a
    # Monday and undated retellings all name the one dispatch
    dispatch = node_with(graph, "000", "يذهبون", "DEPLOYMENT")
    assert {m.doc for m in dispatch.mentions} == {"000", "001", "002", "003", "004"}
    assert dispatch.latest is not None and dispatch.latest <= dt.date(2024, 10, 21)


def test_a_denied_supply_and_its_report_are_one_event() -> None:
    docs = [
        timeline.extract(
            "وقال المسؤولون إن كوريا الشمالية زودت روسيا بالأسلحة والذخيرة. "
            "ونفت روسيا وكوريا الشمالية نقل الأسلحة.",
            published="2024-10-15",
            doc_id="a",
        ),
        timeline.extract(
            "وقال الرئيس إن كوريا الشمالية زودت روسيا بملايين القذائف.",
            published="2024-10-29",
            doc_id="b",
        ),
    ]
    graph = timeline.build_graph(docs)
    supply = [n for n in graph.nodes.values() if n.type == "AID"]
    assert len(supply) == 1, supply
    assert {m.doc for m in supply[0].mentions} == {"a", "b"}


def test_a_doubt_about_another_report_does_not_join_a_dated_event() -> None:
    docs = [
        timeline.extract(
            "هاجمت القوات الروسية مدينة خاركيف في مارس 2024. "
            "وإذا هاجمت القوات الروسية خاركيف مرة ثانية فسترد أوكرانيا.",
            published="2024-10-15",
            doc_id="a",
        )
    ]
    graph = timeline.build_graph(docs)
    attacks = [n for n in graph.nodes.values() if n.type == "ATTACK"]
    assert len(attacks) == 2, attacks


def test_two_reports_retelling_one_persons_words_are_one_statement() -> None:
    docs = [
        timeline.extract(
            "قالت وزارة الدفاع أمس الإثنين إن القيود باقية، وذلك بعد أن قال الأمين العام "
            "لحلف شمال الأطلسي مارك روته إن القوات انتشرت.",
            published="2024-10-29",
            doc_id="a",
        ),
        timeline.extract(
            "كما نقل الأمين العام لحلف “الناتو” مارك روته عن الوفد الكوري الجنوبي تقديمه أدلة.",
            published="2024-10-31",
            doc_id="b",
        ),
    ]
    graph = timeline.build_graph(docs)
    told = ("قال", "نقل")
    rutte = [n for n in graph.nodes.values() if any(m.trigger in told for m in n.mentions)]
    assert len(rutte) == 1 and {m.doc for m in rutte[0].mentions} == {"a", "b"}
    assert rutte[0].earliest is None and rutte[0].latest == dt.date(2024, 10, 28)


def test_one_persons_tellings_a_month_apart_stay_two() -> None:
    docs = [
        timeline.extract("وقال مارك روته إن الحلف قلق.", published="2024-09-20", doc_id="a"),
        timeline.extract("وقال مارك روته إن الحلف قلق.", published="2024-10-31", doc_id="b"),
    ]
    graph = timeline.build_graph(docs)
    assert len([n for n in graph.nodes.values() if n.type == "STATEMENT"]) == 2


def test_a_summit_told_by_its_week_its_first_day_and_its_close_is_one_node(
    graph: EventGraph,
) -> None:
    summit = node_with(graph, "000", "يجتمعوا", "MEETING")
    assert {m.trigger for m in summit.mentions} >= {"سيصافح", "يجتمعوا", "اجتماع", "مؤتمر"}
    kirby = node_with(graph, "000", "صرح", "STATEMENT")
    assert graph.relation(kirby.id, summit.id) == "BEFORE"


def test_a_related_article_retelling_the_pages_statement_without_time_joins_it() -> None:
    text = (
        "قالت وزارة الدفاع الأميركية (البنتاغون) أمس الإثنين إن كوريا الشمالية أرسلت قوات.\n"
        "اقرأ المزيد\n"
        "وأعلن الرئيس الكوري الجنوبي أن التعاون خطير، بعد أن أكدت وزارة الدفاع الأميركية "
        "(البنتاغون) أن كوريا الشمالية أرسلت نحو 10 آلاف جندي."
    )
    doc = timeline.extract(text, published="2024-10-29", doc_id="p")
    graph = timeline.build_graph([doc])
    told = node_with(graph, "p", "قالت", "STATEMENT")
    assert {m.trigger for m in told.mentions} == {"قالت", "أكدت"}
    assert told.earliest == told.latest == dt.date(2024, 10, 28)


def test_what_a_statement_tells_as_done_comes_before_it() -> None:
    doc = timeline.extract(
        "وقالت الوكالة في بيان إن كوريا الشمالية أرسلت قوات إلى روسيا.",
        published="2024-10-28",
        doc_id="a",
    )
    graph = timeline.build_graph([doc])
    sent = node_with(graph, "a", "أرسلت", "DEPLOYMENT")
    said = node_with(graph, "a", "وقالت", "STATEMENT")
    assert graph.relation(sent.id, said.id) == "BEFORE"


def test_another_group_travelling_comes_after_the_earlier_visit() -> None:
    doc = timeline.extract(
        "زار وزير الدفاع الروسي بيونغ يانغ في يوليو الماضي. "
        "وقالت إن مجموعة أخرى من المسؤولين الروس سافروا إلى كوريا الشمالية.",
        published="2023-08-31",
        doc_id="a",
    )
    graph = timeline.build_graph([doc])
    visits = [n for n in graph.nodes.values() if n.type == "VISIT"]
    assert len(visits) == 2
    first = node_with(graph, "a", "زار", "VISIT")
    second = next(n for n in visits if n.id != first.id)
    assert graph.relation(first.id, second.id) == "BEFORE"


def test_a_title_then_the_name_of_one_speaker_is_one_statement() -> None:
    doc = timeline.extract(
        "وأعلن الرئيس الكوري الجنوبي الثلاثاء أن التعاون العسكري بين روسيا وكوريا الشمالية "
        "يشكل تهديداً كبيراً. وقال يون “هذا التعاون يمثل تهديداً لأمننا القومي”.",
        published="2024-10-29",
        doc_id="a",
    )
    graph = timeline.build_graph([doc])
    said = [n for n in graph.nodes.values() if n.type == "STATEMENT"]
    assert len(said) == 1 and len(said[0].mentions) == 2
    assert said[0].earliest == said[0].latest == dt.date(2024, 10, 29)


def test_words_a_statement_takes_up_were_said_before_it() -> None:
    doc = timeline.extract(
        "قال الوزير إن الحرب طويلة. وقال المتحدث ماثيو ميللر، الذي ردد ما قاله الوزير "
        "أمس الإثنين، إن الدعم مستمر.",
        published="2024-10-15",
        doc_id="a",
    )
    graph = timeline.build_graph([doc])
    echoed = node_with(graph, "a", "قاله", "STATEMENT")
    echo = node_with(graph, "a", "ردد", "STATEMENT")
    assert echoed.id != echo.id
    assert graph.relation(echoed.id, echo.id) == "BEFORE"


def test_a_large_block_pairs_each_mention_with_its_neighbours_only() -> None:
    from timeline.merging import BLOCK_REACH, block_pairs

    members = [(k, "b") for k in range(200)]
    pairs = block_pairs(("MEETING", "2024-06", "روسيا"), members)
    assert all(b - a <= BLOCK_REACH for a, b in pairs)
    assert len(pairs) == sum(min(BLOCK_REACH, 199 - k) for k in range(200))
    loose = block_pairs(("~", "MEETING", "روسيا", "2024"), [*members[:-1], (199, "l")])
    assert loose == {(k, 199) for k in range(199 - BLOCK_REACH, 199)}


def test_a_loosely_dated_mention_meets_named_mentions_of_its_year_and_the_one_before() -> None:
    from timeline.graph import FAMILIES
    from timeline.lang.ar import PERSONS
    from timeline.merging import emissions

    day = "2024-10-21"
    docs = [
        timeline.extract("وقال المسؤول إن بوتين زار بيونغ يانغ.", published=day, doc_id="a"),
        timeline.extract("وزار بوتين بيونغ يانغ في يونيو 2024.", published=day, doc_id="b"),
    ]
    loose, dated = [i for i in items_of(docs, FAMILIES) if i.event.type == "VISIT"]
    keys = dict(emissions(loose, PERSONS))
    assert keys[("~", "MEETING", "فلاديمير بوتين", "2024")] == "l"
    assert keys[("~", "MEETING", "فلاديمير بوتين", "2023")] == "l"
    assert ("~", "MEETING", "فلاديمير بوتين", "2022") not in keys
    keys = dict(emissions(dated, PERSONS))
    assert keys[("~", "MEETING", "فلاديمير بوتين", "2024")] == "s"
    assert keys[("~", "MEETING", "فلاديمير بوتين", "*")] == "s"


def test_a_bare_definite_noun_takes_up_its_articles_event() -> None:
    doc = timeline.extract(
        "وأبرمت روسيا وكوريا الشمالية اتفاقية في يونيو 2024.\n"
        "وتنص الاتفاقية على المساعدة العسكرية.",
        published="2024-10-31",
        doc_id="a",
    )
    graph = timeline.build_graph([doc])
    pact = node_with(graph, "a", "الاتفاقية", "AGREEMENT")
    assert {m.trigger for m in pact.mentions} >= {"وأبرمت", "الاتفاقية"}
    assert (pact.earliest, pact.latest) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30))


@pytest.fixture(scope="module")
def shifted(seeds: list[timeline.Document]) -> list[timeline.Document]:
    """The seeds, and copies moved a few days and a month on: the same mentions
    with dates related in other ways (a day apart, a telling within a week, a
    month off)."""
    return [
        timeline.extract(
            d.text, published=d.published + dt.timedelta(days=days), doc_id=f"{d.id}+{days}"
        )
        for days in (0, 0, 1, 5, 9, 31)
        for d in seeds
        if d.published is not None
    ]


def test_pairs_are_scored_once_per_pair_of_profiles_and_date_relations(
    tripled: list[timeline.Document], shifted: list[timeline.Document]
) -> None:
    from timeline.graph import FAMILIES
    from timeline.lang.ar import PERSONS, PLACE_COUNTRY
    from timeline.merging import _candidate_codes, _compatible, _score_codes, score_pairs

    countries = frozenset(PLACE_COUNTRY.values())
    for docs in (tripled, shifted):
        items = items_of(docs, FAMILIES)
        pairs = sorted(_candidate_pairs(items, PERSONS))
        # profiles leave the dates out: far fewer kinds than mentions
        assert len({i.profile for i in items}) * 2 < len(items)
        direct = [
            (-score, a, b)
            for a, b in pairs
            for score in [_compatible(items[a], items[b], PLACE_COUNTRY, PERSONS, countries)]
            if score
        ]
        assert direct
        assert score_pairs(items, pairs, PLACE_COUNTRY, PERSONS) == sorted(direct)
        # all pairs at once, those within one document decided once per pair of
        # Item.within profiles, date relations and places in the text
        assert len({i.within for i in items}) < len(items)
        codes = _candidate_codes(items, PERSONS)
        assert _score_codes(items, codes, PLACE_COUNTRY, PERSONS) == sorted(direct)


def test_mentions_alike_but_for_how_their_values_relate_are_scored_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from timeline import merging
    from timeline.graph import FAMILIES
    from timeline.lang.ar import PERSONS, PLACE_COUNTRY
    from timeline.merging import _compatible, score_pairs

    # these few pairs are decided over arrays, as a corpus's are
    monkeypatch.setattr(merging, "_DIRECT_PAIRS", 0)

    def signing(when: str, doc_id: str) -> timeline.Document:
        return timeline.extract(
            f"وقعت روسيا وإيران اتفاقا {when}.", published="2024-07-01", doc_id=doc_id
        )

    quarter = signing("في الربع الثاني من 2024", "q")  # 2024-Q2: vague
    june = signing("في يونيو 2024", "m")
    # the same mentions dated to a week of June's first days: another value, which
    # can name the same time as the quarter's, where June's cannot
    first_week = {
        "value": "2024-W22",
        "earliest": dt.date(2024, 5, 27),
        "latest": dt.date(2024, 6, 2),
    }
    week = attrs.evolve(
        june, id="w", events=tuple(attrs.evolve(e, **first_week) for e in june.events)
    )
    items = items_of([quarter, june, week], FAMILIES)
    by_doc = {doc: [i.key for i in items if i.doc == doc] for doc in "qmw"}
    assert [items[k].profile for k in by_doc["m"]] == [items[k].profile for k in by_doc["w"]]
    pairs = [(a, b) for a in range(len(items)) for b in range(a + 1, len(items))]
    countries = frozenset(PLACE_COUNTRY.values())
    direct = [
        (-score, a, b)
        for a, b in pairs
        for score in [_compatible(items[a], items[b], PLACE_COUNTRY, PERSONS, countries)]
        if score
    ]
    merged = {(items[a].doc, items[b].doc) for _, a, b in direct}
    assert ("q", "w") in merged
    assert ("q", "m") not in merged
    assert score_pairs(items, pairs, PLACE_COUNTRY, PERSONS) == sorted(direct)
    # one sentence's two mentions naming no one, of one day told alike or of
    # values that only can name one time
    alike = attrs.evolve(
        june, id="y", events=tuple(attrs.evolve(e, participants=()) for e in june.events)
    )
    first, then = alike.events
    loosely = attrs.evolve(alike, id="x", events=(first, attrs.evolve(then, value="XXXX-06")))
    items = items_of([alike, loosely], FAMILIES)
    assert items[1].profile == items[3].profile
    countries = frozenset(PLACE_COUNTRY.values())
    direct = [
        (-score, a, b)
        for a, b in [(0, 1), (2, 3)]
        for score in [_compatible(items[a], items[b], PLACE_COUNTRY, PERSONS, countries)]
        if score
    ]
    assert [(a, b) for _, a, b in direct] == [(0, 1)]
    assert score_pairs(items, [(0, 1), (2, 3)], PLACE_COUNTRY, PERSONS) == direct


def test_those_troops_moving_follow_the_sending_that_brought_them() -> None:
    doc = timeline.extract(
        "أكدت وزارة الدفاع أن كوريا الشمالية أرسلت نحو 10 آلاف جندي إلى روسيا. "
        "وقالت المتحدثة إن بعض هؤلاء الجنود انتقلوا بالفعل إلى مكان أقرب إلى أوكرانيا.",
        published="2024-10-29",
        doc_id="d",
    )
    graph = timeline.build_graph([doc])
    sent = node_with(graph, "d", "أرسلت", "DEPLOYMENT")
    moved = node_with(graph, "d", "انتقلوا", "DEPLOYMENT")
    assert sent.id != moved.id
    assert graph.relation(sent.id, moved.id) == "BEFORE"


def test_a_corpus_at_the_first_day_of_the_calendar_builds() -> None:
    docs = [
        timeline.extract(
            "وقعت روسيا وإيران اتفاقا بعد وقعت روسيا وإيران اتفاقا.",
            published="0001-01-01",
            doc_id=f"d{i}",
        )
        for i in range(2)
    ]
    graph = timeline.build_graph(docs)
    assert graph.nodes


def test_words_a_statement_takes_up_are_one_telling_with_their_speakers_own() -> None:
    doc = timeline.extract(
        "وقال اللفتنانت كولونيل تشارلي ديتز إن الوزارة تتابع التقارير. "
        + "ويقول المسؤولون إن التقارير كثيرة في هذه الأيام. " * 8
        + "وكان من بين المتحدثين ماثيو ميللر، الذي ردد ما قاله ديتز.",
        published="2024-10-15",
        doc_id="d",
    )
    echoed = next(e for e in doc.events if e.trigger == "قاله")
    assert echoed.modality == "asserted"  # "ما قاله": what he said
    echo = next(e for e in doc.events if e.trigger == "ردد")
    assert "تشارلي ديتز" not in echo.participants
    graph = timeline.build_graph([doc])
    said = node_with(graph, "d", "وقال", "STATEMENT")
    assert any(m.trigger == "قاله" for m in said.mentions)
    assert graph.relation(said.id, node_with(graph, "d", "ردد", "STATEMENT").id) == "BEFORE"


def test_reports_undated_supplies_of_other_parties_stay_apart() -> None:
    doc = timeline.extract(
        "أشارت رئيسة الوزراء إلى دور الصين في دعم روسيا. "
        "وقال الوزير إن كوريا الشمالية زودت روسيا بالذخيرة لاستخدامها ضد أوكرانيا.",
        published="2024-10-29",
        doc_id="a",
    )
    graph = timeline.build_graph([doc])
    assert node_with(graph, "a", "دعم", "AID").id != node_with(graph, "a", "زودت", "AID").id


def test_a_telling_quoted_in_a_statement_comes_before_it() -> None:
    doc = timeline.extract(
        'وكشفت المندوبة أن "الرئيسين تبادلا الرسائل بعد زيارة وزير الدفاع الروسي '
        'إلى بيونغ يانغ في يوليو الماضي".',
        published="2023-08-31",
        doc_id="a",
    )
    graph = timeline.build_graph([doc])
    letters = node_with(graph, "a", "تبادلا الرسائل", "STATEMENT")
    told = node_with(graph, "a", "وكشفت", "STATEMENT")
    assert graph.relation(letters.id, told.id) == "BEFORE"


def test_a_reports_undated_invasion_is_the_one_it_dates() -> None:
    text = (
        "وأشاد بوتين بفشل الهجوم الأوكراني على المنطقة. "
        "وكانت القوات الأوكرانية قد سيطرت على أجزاء من كورسك منذ الهجوم الواسع "
        "الذي شنته في أغسطس 2024."
    )
    doc = timeline.extract(text, published="2025-04-27", doc_id="a")
    graph = timeline.build_graph([doc])
    failed = node_with(graph, "a", "الهجوم", "INVASION")
    assert failed is node_with(graph, "a", "الهجوم الواسع", "INVASION")
    assert (failed.earliest, failed.latest) == (dt.date(2024, 8, 1), dt.date(2024, 8, 31))


def test_two_dated_invasions_of_one_report_stay_apart() -> None:
    text = (
        "ومنذ غزو روسيا لأوكرانيا في فبراير 2022 تغير الكثير. "
        "وكانت القوات الأوكرانية قد توغلت في كورسك في أغسطس 2024."
    )
    doc = timeline.extract(text, published="2025-04-27", doc_id="a")
    graph = timeline.build_graph([doc])
    invasion = node_with(graph, "a", "غزو", "INVASION")
    assert invasion is not node_with(graph, "a", "توغلت", "INVASION")


def test_a_relayed_telling_is_its_sources_and_comes_before_the_relay() -> None:
    doc = timeline.extract(
        "ونقل روته عن الوفد الكوري الجنوبي تقديمه أدلة حول إرسال القوات.",
        published="2024-10-31",
        doc_id="a",
    )
    relayed = next(e for e in doc.events if e.trigger == "تقديمه")
    assert (relayed.type, relayed.modality) == ("STATEMENT", "reported")
    assert (relayed.earliest, relayed.latest) == (None, dt.date(2024, 10, 31))
    graph = timeline.build_graph([doc])
    source = node_with(graph, "a", "تقديمه", "STATEMENT")
    relay = node_with(graph, "a", "ونقل", "STATEMENT")
    assert source is not relay
    assert graph.relation(source.id, relay.id) == "BEFORE"


def test_four_reports_of_a_visit_a_signing_and_a_strike_make_three_ordered_nodes() -> None:
    articles = [
        ("a", "2024-10-22", "زار الرئيس الفرنسي إيمانويل ماكرون القاهرة أمس الإثنين."),
        (
            "b",
            "2024-10-23",
            "وكان الرئيس الفرنسي إيمانويل ماكرون قد زار القاهرة يوم الإثنين الماضي.",
        ),
        # the visit the signal governs came before the Thursday of the signing
        ("c", "2024-10-25", "بعد زيارة ماكرون إلى القاهرة، وقعت مصر وفرنسا اتفاقية يوم الخميس."),
        # the signing two days before the Saturday of the strike
        (
            "d",
            "2024-10-26",
            "قصفت الطائرات مواقع في جنوب لبنان فجر السبت، "
            "بعد يومين من توقيع الاتفاقية المصرية الفرنسية.",
        ),
    ]
    docs = [timeline.extract(t, published=p, doc_id=i) for i, p, t in articles]
    visit_c = next(e for e in docs[2].events if e.trigger == "زيارة")
    assert (visit_c.earliest, visit_c.latest, visit_c.signal) == (
        None,
        dt.date(2024, 10, 24),
        "BEFORE_EVENT",
    )
    signing_d = next(e for e in docs[3].events if e.trigger == "توقيع")
    assert signing_d.earliest == signing_d.latest == dt.date(2024, 10, 24)
    graph = timeline.build_graph(docs)
    visit = node_with(graph, "a", "زار", "VISIT")
    assert {m.doc for m in visit.mentions} == {"a", "b", "c"}
    signing = node_with(graph, "c", "وقعت", "AGREEMENT")
    assert {m.doc for m in signing.mentions} == {"c", "d"}
    strike = node_with(graph, "d", "قصفت", "ATTACK")
    assert [n.id for n in graph.ordered()] == [visit.id, signing.id, strike.id]


def test_what_was_told_during_a_visit_is_not_also_before_it() -> None:
    doc = timeline.extract(
        "قال بلينكن أمس خلال زيارته للرياض إن المحادثات كانت مثمرة.",
        published="2024-11-14",
        doc_id="a",
    )
    visit = next(e for e in doc.events if e.trigger == "زيارته")
    # the day dates the telling; the visit is where it was told, and then
    assert (visit.modality, visit.earliest, visit.latest) == (
        "asserted",
        dt.date(2024, 11, 13),
        dt.date(2024, 11, 13),
    )
    graph = timeline.build_graph([doc])
    during = node_with(graph, "a", "زيارته", "VISIT")
    told = node_with(graph, "a", "قال", "STATEMENT")
    assert graph.relation(during.id, told.id) == "INCLUDES"
    # the talks told as done would put the visit before the telling: set aside, said
    assert any("contradicts a kept INCLUDES" in c for c in graph.conflicts)


def test_three_meetings_of_two_leaders_told_by_five_reports_stay_three_in_order() -> None:
    articles = [
        (
            "q1",
            "2024-03-10",
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين يوم الجمعة.",
        ),
        (
            "q2",
            "2024-05-17",
            "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في بكين أمس الخميس.",
        ),
        (
            "q3",
            "2024-05-20",
            "وكان بوتين قد زار الصين الأسبوع الماضي والتقى شي جين بينغ.",
        ),
        (
            "q4",
            "2024-07-04",
            "التقى بوتين وشي مجددا على هامش قمة منظمة شنغهاي للتعاون في أستانا اليوم الخميس.",
        ),
        (
            "q5",
            "2024-07-05",
            "قال الكرملين إن بوتين وشي بحثا أمس في أستانا العلاقات الثنائية، "
            "بعد لقائهما في بكين في مايو.",
        ),
    ]
    docs = [timeline.extract(t, published=p, doc_id=i) for i, p, t in articles]
    # long names push the place past the participants' window; it is still found
    assert docs[0].events[0].location == "بكين"
    graph = timeline.build_graph(docs)
    lavrov = node_with(graph, "q1", "التقى", "MEETING")
    may = node_with(graph, "q2", "التقى", "MEETING")
    july = node_with(graph, "q4", "التقى", "MEETING")
    assert {m.doc for m in may.mentions} == {"q2", "q3", "q5"}
    assert {m.doc for m in july.mentions} == {"q4", "q5"}
    assert [n.id for n in graph.ordered() if n.type == "MEETING"] == [lavrov.id, may.id, july.id]


def test_two_voices_on_one_topic_the_same_day_are_two_statements() -> None:
    doc = timeline.extract(
        "وأكدت وكالة الأنباء المركزية الكورية أن قوات كوريا الشمالية شاركت في المعارك. "
        "وأشاد الرئيس الروسي فلاديمير بوتين بالمقاتلين الكوريين الشماليين.",
        published="2025-04-28",
        doc_id="a",
    )
    graph = timeline.build_graph([doc])
    agency = node_with(graph, "a", "وأكدت", "STATEMENT")
    assert agency is not node_with(graph, "a", "وأشاد", "STATEMENT")


def test_a_summit_announced_held_closed_and_dated_in_hijri_is_one_node() -> None:
    articles = [
        ("r1", "2024-05-10", "تستضيف البحرين القمة العربية الثالثة والثلاثين يوم 16 مايو الجاري."),
        (
            "r2",
            "2024-05-16",
            "انطلقت اليوم الخميس في المنامة أعمال القمة العربية برئاسة ملك البحرين.",
        ),
        (
            "r3",
            "2024-05-17",
            "اختتمت القمة العربية أعمالها أمس في البحرين بإصدار إعلان المنامة، "
            "الذي دعا إلى نشر قوات حماية دولية في الأراضي الفلسطينية.",
        ),
        ("r4", "2024-05-28", "عقدت القمة العربية في المنامة في الثامن من ذي القعدة 1445هـ."),
    ]
    docs = [timeline.extract(t, published=p, doc_id=i) for i, p, t in articles]
    graph = timeline.build_graph(docs)
    summit = node_with(graph, "r1", "القمة", "MEETING")
    assert {m.doc for m in summit.mentions} == {"r1", "r2", "r3", "r4"}
    assert summit.earliest == summit.latest == dt.date(2024, 5, 16)
    # what the declaration called for is not done, nor dated by the day before
    called = next(e for e in docs[2].events if e.trigger == "نشر")
    assert (called.modality, called.earliest, called.latest) == (
        "hypothetical",
        dt.date(2024, 5, 17),
        None,
    )


def test_a_nodes_label_is_its_first_mention_that_dates_it(graph: EventGraph) -> None:
    # 004's related article names the Kursk offensive "بفشل الهجوم" before it dates
    # it ("الهجوم الواسع الذي شنته في أغسطس 2024")
    offensive = node_with(graph, "004", "الهجوم", "INVASION")
    assert offensive.mentions[0].trigger == "الهجوم"
    assert offensive.label.startswith("الهجوم الواسع")


def test_a_telling_addressed_to_the_speaker_is_what_he_was_told_before() -> None:
    doc = timeline.extract(
        "واتهم الرئيس الأوكراني فولوديمير زيلينسكي هذا الأسبوع كوريا الشمالية بنقل جنود، "
        "قائلا إن وكالات استخباراته أطلعته على التورط الفعلي لكوريا الشمالية.",
        published="2024-10-15",
        doc_id="d",
    )
    told = next(e for e in doc.events if e.trigger == "أطلعته")
    assert told.modality == "reported"
    graph = timeline.build_graph([doc])
    accused = node_with(graph, "d", "واتهم", "STATEMENT")
    briefed = node_with(graph, "d", "أطلعته", "STATEMENT")
    assert accused.id != briefed.id
    assert graph.relation(briefed.id, accused.id) == "BEFORE"


def test_all_blocks_at_once_give_each_blocks_pairs_and_scores(
    seeds: list[timeline.Document],
) -> None:
    from collections import defaultdict

    from timeline.graph import FAMILIES
    from timeline.lang.ar import PERSONS, PLACE_COUNTRY
    from timeline.merging import (
        _candidate_codes,
        _score_codes,
        block_pairs,
        emissions,
        score_pairs,
    )

    # the seeds four times over, moved a month at a time: loose and dated
    # mentions share blocks, and many pairs share a pair of profiles
    docs = [
        timeline.extract(
            d.text, published=d.published + dt.timedelta(days=31 * copy), doc_id=f"{d.id}-{copy}"
        )
        for copy in range(4)
        for d in seeds
        if d.published is not None
    ]
    items = items_of(docs, FAMILIES)
    blocks: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
    for item in items:
        for key, role in emissions(item, PERSONS):
            blocks[key].append((item.key, role))
    one_by_one: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        one_by_one |= block_pairs(key, members)
    codes = _candidate_codes(items, PERSONS)
    assert {(int(c) >> 32, int(c) & 0xFFFFFFFF) for c in codes} == one_by_one
    scored = score_pairs(items, sorted(one_by_one), PLACE_COUNTRY, PERSONS)
    assert _score_codes(items, codes, PLACE_COUNTRY, PERSONS) == sorted(scored)


def test_praise_of_what_was_done_during_battles_is_not_during_them() -> None:
    doc = timeline.extract(
        "ووجه الجيش الروسي تحية علنية لما وصفه ببسالة المقاتلين خلال المعارك في كورسك. "
        "وقال الرئيس خلال زيارته إلى بيونغ يانغ إن التعاون مهم.",
        published="2025-04-27",
        doc_id="d",
    )
    graph = timeline.build_graph([doc])
    praise = node_with(graph, "d", "وصفه", "STATEMENT")
    battles = node_with(graph, "d", "المعارك", "ATTACK")
    assert graph.relation(battles.id, praise.id) != "INCLUDES"
    said = node_with(graph, "d", "وقال", "STATEMENT")
    visit = node_with(graph, "d", "زيارته", "VISIT")
    assert graph.relation(visit.id, said.id) == "INCLUDES"


def test_the_seeds_graph_holds_no_conflict(graph: EventGraph) -> None:
    assert graph.conflicts == ()


def test_support_of_two_givers_in_one_report_stays_two() -> None:
    doc = timeline.extract(
        "أعلنت السويد تقديم مساعدات عسكرية لأوكرانيا.\n\n"
        "ولن تستمر الحرب من دون مساعدة.\n\n"
        "وأشارت رئيسة الوزراء إلى دور الصين في دعم روسيا.",
        published="2024-10-29",
        doc_id="a",
    )
    graph = timeline.build_graph([doc])
    sweden = node_with(graph, "a", "مساعدات", "AID")
    china = node_with(graph, "a", "دعم", "AID")
    assert sweden.id != china.id


def test_three_reports_of_a_strike_a_reprisal_and_a_second_reprisal() -> None:
    reports = [
        (
            "a",
            "2024-04-02",
            "قتل سبعة من أفراد الحرس الثوري في غارة إسرائيلية استهدفت مبنى ملحقا "
            "بالسفارة الإيرانية في دمشق أمس الاثنين.",
        ),
        (
            "b",
            "2024-04-14",
            "أطلقت إيران ليل السبت أكثر من 300 طائرة مسيرة وصاروخ باتجاه إسرائيل، في "
            "أول هجوم مباشر من أراضيها، ردا على الغارة التي استهدفت قنصليتها في دمشق "
            "في الأول من أبريل.",
        ),
        (
            "c",
            "2024-04-19",
            "سمعت انفجارات قرب مدينة أصفهان فجر اليوم الجمعة، فيما نقلت وسائل إعلام "
            "أمريكية عن مسؤولين أن إسرائيل نفذت ضربة محدودة على إيران ردا على الهجوم "
            "الذي شنته طهران يوم السبت الماضي.",
        ),
    ]
    docs = [timeline.extract(text, published=day, doc_id=i) for i, day, text in reports]
    graph = timeline.build_graph(docs)
    damascus = node_with(graph, "a", "غارة", "ATTACK")
    launch = node_with(graph, "b", "أطلقت", "ATTACK")
    reprisal = node_with(graph, "c", "ضربة", "ATTACK")
    assert {m.doc for m in damascus.mentions} == {"a", "b"}
    # Iran's launch and "the attack Tehran launched on Saturday" are one event; the
    # strike "in response to" it is another, after it
    assert node_with(graph, "c", "الهجوم", "ATTACK").id == launch.id
    assert node_with(graph, "b", "هجوم", "ATTACK").id == launch.id
    assert reprisal.id != launch.id
    assert graph.relation(damascus.id, launch.id) == "BEFORE"
    assert graph.relation(launch.id, reprisal.id) == "BEFORE"


def test_building_a_graph_leaves_the_cycle_collector_as_it_found_it(
    seeds: list[timeline.Document],
) -> None:
    import gc

    assert gc.isenabled()
    timeline.build_graph(seeds[:2])
    assert gc.isenabled()
    gc.disable()
    try:
        timeline.build_graph(seeds[:2])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pairs_dropped_chunk_by_chunk_as_joined_leave_the_same_clusters(
    tripled: list[timeline.Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline import merging
    from timeline.graph import FAMILIES
    from timeline.lang.ar import PERSONS, PLACE_COUNTRY

    items = items_of(tripled, FAMILIES)

    def groups() -> list[list[int]]:
        found = merging.cluster(items, PLACE_COUNTRY, persons=PERSONS)
        return sorted(sorted(i.key for i in group) for group in found)

    whole = groups()
    assert any(len(group) > 3 for group in whole)
    # small chunks: the roots are looked at again and again, and the pairs joined
    # by then are dropped before the clusters are joined one by one
    across = merging._across_clusters
    given: list[int] = []

    def counted(
        firsts: Any, seconds: Any, parent: list[int], joined: list[int]
    ) -> Iterator[tuple[int, int]]:
        for pair in across(firsts, seconds, parent, joined):
            given.append(1)
            yield pair
        given.append(-len(firsts))

    monkeypatch.setattr(merging, "_CHUNK", 1)
    monkeypatch.setattr(merging, "_across_clusters", counted)
    assert groups() == whole
    ranked = -given[-1]
    assert 0 < len(given) - 1 < ranked  # some pairs were dropped, not all


def test_texts_are_read_between_mentions_as_their_folded_gaps(
    seeds: list[timeline.Document],
) -> None:
    from timeline.graph import FAMILIES
    from timeline.lang.ar import AGAIN
    from timeline.lang.ar.events import EVENT_SIGNALS
    from timeline.ordering import read_texts
    from timeline.text import fold

    # the seeds as given (one fold serves all gaps), and one with marks (each gap
    # folded on its own)
    marked = timeline.extract(
        "التقى بوتين وكيم في يونيو، ثمّ التقى بوتين وكيم مَرَّةً أُخرى في سبتمبر.",
        published="2024-10-20",
        doc_id="m",
    )
    docs = [*seeds, marked]
    items = items_of(docs, FAMILIES)
    readings = read_texts(docs, items, EVENT_SIGNALS, AGAIN)
    looked = 0
    for reading in readings:
        text = docs[reading.items[0].doc_index].text
        for (a, b), gap in zip(itertools.pairwise(reading.items), reading.gaps, strict=True):
            if gap is not None:
                assert gap == tuple(fold(text[a.event.end : b.event.start]).split())
                looked += 1
    assert looked > 20
    assert any(r.again for r in readings if r.items[0].doc == "m")


def _joined(kind: str, mentions: list[dict[str, Any]]) -> list[Any]:
    """Mentions of one kind of event on one day, each in its own report."""
    from timeline.merging import Item

    day = dt.date(2024, 10, 20)
    event = timeline.model.Event(
        id="e", type=kind, trigger="ت", start=0, end=1, earliest=day, latest=day, value=None
    )
    return [
        Item(
            key=n,
            doc=f"d{n}",
            doc_index=n,
            event=event,
            family=kind,
            earliest=day,
            latest=day,
            participants=frozenset(fields.get("participants", ())),
            location=fields.get("location"),
        )
        for n, fields in enumerate(mentions)
    ]


# two clusters, {0, 1} and {2, 3}, then a pair joining them through their roots
_TWO_THEN_ONE = [(-9, 0, 1), (-9, 2, 3), (-8, 0, 2)]


def _groups(items: list[Any], **kwargs: Any) -> list[list[int]]:
    from timeline.lang.ar import PLACE_COUNTRY
    from timeline.merging import cluster

    found = cluster(items, PLACE_COUNTRY, scored=_TWO_THEN_ONE, **kwargs)
    return sorted(sorted(i.key for i in group) for group in found)


def test_what_keeps_mentions_apart_holds_for_the_clusters_they_join() -> None:
    # every pair may join: one cluster
    assert _groups(_joined("ATTACK", [{}] * 4)) == [[0, 1, 2, 3]]
    # two mentions told apart ("again"), neither the root of its cluster
    assert _groups(_joined("ATTACK", [{}] * 4), apart=[(1, 3)]) == [[0, 1], [2, 3]]
    # troops sent to Kursk and troops sent to Russia: a region and its country (each
    # joined with a move to another country, which keeps neither apart)
    ukraine = {"location": "أوكرانيا"}
    placed = [ukraine, {"location": "كورسك"}, ukraine, {"location": "روسيا"}]
    assert _groups(_joined("DEPLOYMENT", placed)) == [[0, 1], [2, 3]]
    # what China gives and what North Korea gives
    given = [{}, {"participants": ["الصين"]}, {}, {"participants": ["كوريا الشمالية"]}]
    assert _groups(_joined("AID", given)) == [[0, 1], [2, 3]]


def test_rows_too_wide_for_one_integer_are_told_apart_by_rank(
    tripled: list[timeline.Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np

    from timeline import merging
    from timeline.graph import FAMILIES
    from timeline.lang.ar import PERSONS, PLACE_COUNTRY

    left = np.asarray([3, 1, 3, 0, 1], dtype=np.int64)
    right = np.asarray([2, 2, 2, 5, 0], dtype=np.int64)
    packed, fits = merging._rows([(left, 4), (right, 6)])
    ranked, wide = merging._rows([(left, 1 << 40), (right, 1 << 40)])  # would not fit
    assert fits and not wide
    for codes in (packed, ranked):
        assert codes[0] == codes[2]
        assert len({int(c) for c in codes}) == 4
    # the candidate pairs and their scores, every code too wide for one integer
    items = items_of(tripled, FAMILIES)
    codes = merging._candidate_codes(items, PERSONS)
    scored = merging._score_codes(items, codes, PLACE_COUNTRY, PERSONS)
    monkeypatch.setattr(merging, "_FITS", 0)
    assert np.array_equal(merging._candidate_codes(items, PERSONS), codes)
    assert merging._score_codes(items, codes, PLACE_COUNTRY, PERSONS) == scored


def test_few_pairs_judged_one_by_one_score_as_over_arrays(
    tripled: list[timeline.Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    # an article's own pairs (and a small block's) are judged as they stand
    from timeline import merging
    from timeline.graph import FAMILIES
    from timeline.lang.ar import PERSONS, PLACE_COUNTRY

    items = items_of(tripled, FAMILIES)
    codes = merging._candidate_codes(items, PERSONS)
    assert len(codes) > merging._DIRECT_PAIRS
    kept = 0
    for start in range(0, len(codes), 200):
        few = codes[start : start + 200]
        direct = merging._score_codes(items, few, PLACE_COUNTRY, PERSONS)
        with monkeypatch.context() as patch:
            patch.setattr(merging, "_DIRECT_PAIRS", 0)
            assert merging._score_codes(items, few, PLACE_COUNTRY, PERSONS) == direct
        kept += len(direct)
    assert kept > 100
    for doc in tripled[:5]:
        own = items_of([doc], FAMILIES)
        pairs = [(a.key, b.key) for a in own for b in own if a.key < b.key]
        direct_pairs = merging.score_pairs(own, pairs, PLACE_COUNTRY, PERSONS)
        with monkeypatch.context() as patch:
            patch.setattr(merging, "_DIRECT_PAIRS", 0)
            assert merging.score_pairs(own, pairs, PLACE_COUNTRY, PERSONS) == direct_pairs


def test_pairs_scored_a_few_at_a_time_score_as_all_at_once(
    shifted: list[timeline.Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline import merging
    from timeline.graph import FAMILIES
    from timeline.lang.ar import PERSONS, PLACE_COUNTRY

    items = items_of(shifted, FAMILIES)
    codes = merging._candidate_codes(items, PERSONS)
    whole = merging._score_codes(items, codes, PLACE_COUNTRY, PERSONS)
    assert len(codes) > merging._DIRECT_PAIRS
    # small chunks: each decision is made in one chunk and remembered in the next
    monkeypatch.setattr(merging, "_SCORE_CHUNK", 37)
    assert merging._score_codes(items, codes, PLACE_COUNTRY, PERSONS) == whole
    # ... and, where rows are ranked chunk by chunk, made afresh in each
    monkeypatch.setattr(merging, "_FITS", 0)
    assert merging._score_codes(items, codes, PLACE_COUNTRY, PERSONS) == whole


def _dated(mentions: list[tuple[str, int, str]]) -> list[Any]:
    """Meetings as (document, sentence, value), each open in time for merging, so
    that only how a document dates them can keep them apart."""
    from timeline.merging import Item

    return [
        Item(
            key=n,
            doc=doc,
            doc_index=n,
            event=timeline.model.Event(
                id=f"e{n}",
                type="MEETING",
                trigger="قمة",
                start=sentence,
                end=sentence + 1,
                sentence_start=sentence,
                value=value,
            ),
            family="MEETING",
            earliest=None,
            latest=None,
            participants=frozenset(),
            location=None,
        )
        for n, (doc, sentence, value) in enumerate(mentions)
    ]


def test_a_single_mention_joins_by_how_its_document_dates_the_cluster() -> None:
    from timeline.lang.ar import PLACE_COUNTRY
    from timeline.merging import _clashes_with, _date_key, _doc_clash, cluster

    def groups(mentions: list[tuple[str, int, str]], scored: list[Any]) -> list[list[int]]:
        found = cluster(_dated(mentions), PLACE_COUNTRY, scored=scored)
        return sorted(sorted(i.key for i in group) for group in found)

    day, other = "2024-10-20", "2024-10-25"
    first = [(-9, 0, 1), (-8, 1, 2)]  # {0, 1}, then mention 2 alone
    # the document of mention 0 dates mention 2 otherwise, in another sentence
    assert groups([("a", 0, day), ("b", 0, day), ("a", 10, other)], first) == [[0, 1], [2]]
    # … in the same sentence, or alike in another: one event
    assert groups([("a", 0, day), ("b", 0, day), ("a", 0, other)], first) == [[0, 1, 2]]
    assert groups([("a", 0, day), ("b", 0, day), ("a", 10, day)], first) == [[0, 1, 2]]
    # a single mention's sentence counts once it has joined: mention 3 is dated
    # otherwise than mentions 0 and 2, which stand in two sentences of its document
    joined = [("a", 0, day), ("b", 0, day), ("a", 10, day), ("a", 0, other)]
    steps = [(-9, 0, 1), (-8, 1, 2), (-7, 1, 3)]
    assert groups(joined, steps) == [[0, 1, 2], [3]]
    # … and so does its date: mention 2 brings another date in mention 0's sentence,
    # which mention 3, in another sentence, does not share
    joined = [("a", 0, day), ("b", 0, day), ("a", 0, other), ("a", 10, day)]
    assert groups(joined, steps) == [[0, 1, 2], [3]]
    # the single mention's test is the clusters' test on what it would bring
    items = _dated([("a", 0, day), ("a", 10, other), ("a", 0, other), ("b", 0, day)])
    for single in items:
        for held in items:
            dates = {held.doc: {_date_key(held): (held, {held.event.sentence_start})}}
            own = {single.doc: {_date_key(single): (single, {single.event.sentence_start})}}
            assert _clashes_with(dates, single) == _doc_clash(dates, own)
