"""Tests for timeline.evaluate: the pure scoring and the gold readers (no tagger needed)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from timeline.evaluate import (
    Counts,
    GoldDocument,
    GoldFormatError,
    align,
    document_errors,
    evaluate,
    f1,
    load_gold,
    main,
    read_timeml,
    score_document,
    total,
)

GOLD_SEEDS = Path(__file__).parent / "gold" / "seeds"


def tx(
    start: int,
    end: int,
    value: str = "2024-10-21",
    type_: str = "DATE",
    mod: str | None = None,
    text: str | None = None,
) -> dict[str, Any]:
    """Build a timex mapping."""
    return {"text": text, "start": start, "end": end, "type": type_, "value": value, "mod": mod}


# ----------------------------------------------------------------------------- f1 and Counts


def test_f1_arithmetic() -> None:
    assert f1(0.5, 1.0) == pytest.approx(2 / 3)
    assert f1(1.0, 1.0) == 1.0
    assert f1(0.0, 0.0) == 0.0
    assert f1(0.0, 1.0) == 0.0


def test_counts_add_up() -> None:
    a = Counts(documents=1, gold=3, system=2, strict=1, relaxed=2, type_correct=2, value_correct=1)
    b = Counts(
        documents=1,
        gold=1,
        system=4,
        strict=1,
        relaxed=1,
        type_correct=1,
        value_correct=1,
        mod_correct=1,
    )
    s = a + b
    assert s == Counts(
        documents=2,
        gold=4,
        system=6,
        strict=2,
        relaxed=3,
        type_correct=3,
        value_correct=2,
        mod_correct=1,
    )
    assert sum([a, b], Counts()) == s
    # micro-average: ratios from the summed counts, not an average of ratios
    assert s.value_precision == pytest.approx(2 / 6)
    assert s.value_recall == pytest.approx(2 / 4)


def test_empty_counts_score_zero() -> None:
    c = Counts()
    assert (c.strict_f1, c.relaxed_f1, c.value_f1, c.type_accuracy) == (0.0, 0.0, 0.0, 0.0)


# ----------------------------------------------------------------------------- matching


def test_strict_versus_relaxed() -> None:
    gold = [tx(0, 13), tx(20, 31), tx(40, 45)]
    # exact, partial (missing "يوم "), disjoint
    system = [tx(0, 13), tx(24, 31), tx(50, 55)]
    c = score_document(gold, system)
    assert (c.gold, c.system, c.strict, c.relaxed) == (3, 3, 1, 2)
    assert c.strict_precision == pytest.approx(1 / 3)
    assert c.relaxed_recall == pytest.approx(2 / 3)


def test_touching_spans_do_not_overlap() -> None:
    assert align([tx(0, 5)], [tx(5, 9)]) == []


def test_relaxed_matching_is_one_to_one() -> None:
    # one long system span covers two gold spans: only one pair
    gold = [tx(0, 5), tx(6, 12)]
    system = [tx(0, 12)]
    assert align(gold, system) == [(1, 0)]  # the larger overlap (6 > 5) wins
    c = score_document(gold, system)
    assert (c.relaxed, c.strict) == (1, 0)
    assert c.relaxed_precision == 1.0
    assert c.relaxed_recall == 0.5
    # and the other way round: two system spans inside one gold span
    c2 = score_document(system, gold)
    assert (c2.relaxed, c2.gold, c2.system) == (1, 1, 2)


def test_greedy_matching_prefers_exact_then_larger_overlap() -> None:
    gold = [tx(0, 10), tx(8, 20)]
    system = [tx(0, 10), tx(5, 20)]
    # (g1, s1) overlap 12 beats (g0, s1) overlap 5; (g0, s0) is exact
    assert align(gold, system) == [(0, 0), (1, 1)]
    # a tie on overlap goes to the smaller union, i.e. the exact match
    assert align([tx(0, 10)], [tx(0, 20), tx(0, 10)]) == [(0, 1)]


def test_value_f1_arithmetic() -> None:
    gold = [
        tx(0, 4, "2024-10-21"),
        tx(10, 14, "2024-06"),
        tx(20, 24, "P1D", "SET"),
        tx(30, 34, "PAST_REF"),
    ]
    system = [
        tx(0, 4, "2024-10-21"),  # right
        tx(11, 14, "2024-06"),  # right value, partial span
        tx(20, 24, "P1W", "SET"),  # wrong value
        tx(40, 44, "2024"),  # false positive
        tx(50, 54, "2024"),  # false positive
    ]
    c = score_document(gold, system)
    assert (c.gold, c.system, c.relaxed, c.strict, c.value_correct) == (4, 5, 3, 2, 2)
    assert c.value_precision == pytest.approx(2 / 5)
    assert c.value_recall == pytest.approx(2 / 4)
    assert c.value_f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)
    assert c.type_accuracy == 1.0


def test_type_and_mod_counts() -> None:
    gold = [tx(0, 5, "P2Y6M", "DURATION", "MORE_THAN"), tx(10, 15, "P1D", "SET")]
    system = [tx(0, 5, "P2Y6M", "DURATION"), tx(10, 15, "P1D", "DURATION")]
    c = score_document(gold, system)
    assert (c.type_correct, c.value_correct, c.mod_correct) == (1, 2, 1)


def test_document_errors_lists_fp_fn_and_wrong_values() -> None:
    text = "قال أمس الإثنين إن يونيو الماضي شهد يوميًا"
    g_yesterday = tx(4, 15, "2024-10-28", text="أمس الإثنين")
    g_june = tx(19, 31, "2024-06", text="يونيو الماضي")
    g_daily = tx(35, 41, "P1D", "SET", text="يوميًا")
    s_monday = tx(8, 15, "2024-10-28")  # partial span, right value
    s_june = tx(19, 31, "2023-06")  # wrong value
    s_extra = tx(0, 3, "PRESENT_REF")  # false positive
    gold = [g_yesterday, g_june, g_daily]
    errors = document_errors("003", gold, [s_monday, s_june, s_extra], text)
    kinds = [(e.kind, e.gold_text, e.system_text) for e in errors]
    assert kinds == [
        ("FP", None, "قال"),
        ("SPAN", "أمس الإثنين", "الإثنين"),
        ("VALUE", "يونيو الماضي", "يونيو الماضي"),
        ("FN", "يوميًا", None),
    ]
    value_error = errors[2]
    assert value_error.gold_value is not None and value_error.gold_value.startswith("2024-06")
    assert value_error.system_value is not None and value_error.system_value.startswith("2023-06")
    assert all(e.doc == "003" for e in errors)


def test_perfect_system_has_no_errors() -> None:
    gold = [tx(0, 4), tx(10, 14, "P6W", "DURATION")]
    assert document_errors("x", gold, list(gold)) == []
    c = score_document(gold, list(gold))
    assert c.strict_f1 == c.relaxed_f1 == c.value_f1 == 1.0


# ----------------------------------------------------------------------------- readers

TML = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>ar_test_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-21" temporalFunction="false" \
functionInDocument="CREATION_TIME">2024-10-21</TIMEX3></DCT>
<TITLE>عنوان</TITLE>
<TEXT>
استدعت كوريا الجنوبية <TIMEX3 tid="t1" type="DATE" value="2024-10-21">اليوم الاثنين</TIMEX3> \
السفير &amp; <EVENT eid="e1" class="OCCURRENCE">خسرت</EVENT> روسيا أكثر من 1200 جندي \
<TIMEX3 tid="t2" type="SET" value="P1D">يوميًا</TIMEX3> منذ <TIMEX3 tid="t3" type="DURATION" \
value="P2Y6M" mod="MORE_THAN">أكثر من عامين ونصف عام</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>
"""


def test_read_timeml(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.id == "ar_test_1"
    assert doc.published is not None and doc.published.isoformat() == "2024-10-21"
    assert "<" not in doc.text and "&amp;" not in doc.text and "السفير & خسرت" in doc.text
    assert [(t["text"], t["type"], t["value"], t["mod"]) for t in doc.timexes] == [
        ("اليوم الاثنين", "DATE", "2024-10-21", None),
        ("يوميًا", "SET", "P1D", None),
        ("أكثر من عامين ونصف عام", "DURATION", "P2Y6M", "MORE_THAN"),
    ]
    for t in doc.timexes:
        assert doc.text[t["start"] : t["end"]] == t["text"]
    assert doc.timexes[0]["start"] == doc.text.index("اليوم الاثنين")
    assert doc.timexes[2]["end"] == doc.text.index(".\n")
    # the DCT's TIMEX3 lies outside <TEXT>: it is the DCT, not a gold timex
    assert len(doc.timexes) == 3


def test_load_gold_reads_json_and_tml_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.tml").write_text(TML, encoding="utf-8")
    (tmp_path / "b.txt").write_text("قال أمس إن", encoding="utf-8")
    gold = {
        "id": "b",
        "published": "2024-10-29",
        "file": "b.txt",
        "prefer": "past",
        "timexes": [
            {
                "text": "أمس",
                "start": 4,
                "end": 7,
                "type": "DATE",
                "value": "2024-10-28",
                "mod": None,
            }
        ],
    }
    (tmp_path / "b.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{"articles": []}', encoding="utf-8")
    inline: dict[str, Any] = {"text": "غداً", "published": None, "timexes": []}
    (tmp_path / "c.json").write_text(json.dumps(inline, ensure_ascii=False), encoding="utf-8")
    docs = load_gold(tmp_path)
    assert [d.id for d in docs] == ["b", "c", "ar_test_1"]
    assert docs[0].prefer == "past" and docs[0].text == "قال أمس إن"
    assert docs[1].published is None and docs[1].text == "غداً"


def test_json_gold_with_wrong_offsets_is_rejected(tmp_path: Path) -> None:
    gold = {
        "text": "قال أمس إن",
        "timexes": [{"text": "أمس", "start": 3, "end": 6, "type": "DATE", "value": "XXXX-XX-XX"}],
    }
    (tmp_path / "bad.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad\.json"):
        load_gold(tmp_path)
    assert main([str(tmp_path)], extractor=lambda doc: []) == 2


def test_seed_gold_is_consistent() -> None:
    docs = load_gold(GOLD_SEEDS)
    assert [d.id for d in docs] == ["000", "001", "002", "003", "004"]
    for doc in docs:
        assert doc.published is not None
        spans = [(t["start"], t["end"]) for t in doc.timexes]
        assert spans == sorted(spans)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), doc.id


# ----------------------------------------------------------------------------- running


def _echo(doc: GoldDocument) -> Sequence[Mapping[str, Any]]:
    return doc.timexes


def test_evaluate_with_a_fake_tagger() -> None:
    docs = [
        GoldDocument(id="a", text="x" * 20, published=None, timexes=(tx(0, 4), tx(5, 9))),
        GoldDocument(id="b", text="x" * 20, published=None, timexes=(tx(0, 4),)),
    ]
    results = evaluate(docs, _echo)
    assert total(results) == Counts(
        documents=2,
        gold=3,
        system=3,
        strict=3,
        relaxed=3,
        type_correct=3,
        value_correct=3,
        mod_correct=3,
    )

    def broken(doc: GoldDocument) -> Sequence[Mapping[str, Any]]:
        raise RuntimeError("boom")

    failed = evaluate(docs, broken)
    assert failed[0].failure == "RuntimeError: boom"
    assert total(failed).system == 0 and total(failed).gold == 3


def test_main_reports_and_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(GOLD_SEEDS), "--errors"], extractor=lambda doc: []) == 0
    out = capsys.readouterr().out
    assert "Micro-averaged over 5 documents" in out and "FN" in out
    assert main([str(GOLD_SEEDS), "--json"], extractor=_echo) == 0
    numbers = json.loads(capsys.readouterr().out)
    assert numbers["total"]["value_f1"] == 1.0
    assert [d["id"] for d in numbers["documents"]] == ["000", "001", "002", "003", "004"]


def test_main_missing_or_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope")], extractor=_echo) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main([str(tmp_path)], extractor=_echo) == 2
    assert "no gold documents" in capsys.readouterr().err
