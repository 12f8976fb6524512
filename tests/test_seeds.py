"""The seed articles: the values the project promises, segments, and the gold score."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import timeline
from timeline.evaluate import main as evaluate_main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def docs() -> dict[str, timeline.Document]:
    return {d.id or "": d for d in timeline.read_corpus(SEEDS)}


def _values(doc: timeline.Document, surface: str) -> list[str]:
    return [t.value for t in doc.timexes if t.text == surface]


def test_promised_values(docs: dict[str, timeline.Document]) -> None:
    assert "2024-10-21" in _values(docs["000"], "اليوم الاثنين")
    assert _values(docs["002"], "يونيو الماضي") == ["2024-06"]
    assert _values(docs["003"], "أمس الإثنين")[0] == "2024-10-28"


def test_future_cues_in_000(docs: dict[str, timeline.Document]) -> None:
    doc = docs["000"]
    assert _values(doc, "يوم الثلاثاء") == ["2024-10-22"]
    assert _values(doc, "يوم الخميس") == ["2024-10-24"]


def test_embedded_friday_is_resolved_before_and_flagged(docs: dict[str, timeline.Document]) -> None:
    (friday,) = [t for t in docs["000"].timexes if t.text == "اليوم الجمعة"]
    assert friday.value == "2024-10-18"
    assert friday.note and "conflict" in friday.note


def test_related_block_of_004_is_not_anchored_on_2023(docs: dict[str, timeline.Document]) -> None:
    doc = docs["004"]
    related = [s for s in doc.segments if s.kind == "related"]
    assert len(related) == 1 and related[0].published is None
    marker = doc.text.index("إقرأ أيضاً")
    assert related[0].start <= marker
    inside = [t for t in doc.timexes if t.start >= related[0].start]
    assert inside, "the related block has time expressions"
    for t in inside:
        assert not t.value.startswith("2023"), t
        assert t.anchor is None
    assert [t.value for t in inside if t.text == "أغسطس 2024"] == ["2024-08"]


def test_headline_lines_are_their_own_segments(docs: dict[str, timeline.Document]) -> None:
    doc = docs["001"]
    headlines = [doc.text[s.start : s.end].strip() for s in doc.segments if s.kind == "headline"]
    assert "سيول تقول إن القوات الكورية الشمالية تقاتل الآن لصالح روسيا في أوكرانيا" in headlines


def test_header_date_of_004_is_read_when_not_given() -> None:
    text = (SEEDS / "004_512641a6fdf04b61.txt").read_text(encoding="utf-8")
    doc = timeline.extract(text)
    assert doc.published == dt.date(2023, 8, 31)
    assert doc.published_source == "header"
    assert _values(doc, "اليوم الخميس") == ["2023-08-31"]


def test_offsets_hold_everywhere(docs: dict[str, timeline.Document]) -> None:
    for doc in docs.values():
        for t in doc.timexes:
            assert doc.text[t.start : t.end] == t.text


def test_round_trip(docs: dict[str, timeline.Document]) -> None:
    for doc in docs.values():
        data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
        assert timeline.Document.from_dict(data) == doc


def test_seed_gold_value_f1(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_main([str(ROOT / "tests" / "gold" / "seeds"), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["total"]["value_f1"] >= 0.97, scores["total"]
