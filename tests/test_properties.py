"""Properties over generated text: no crash, offsets hold, deterministic, round trips."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline.lang.ar import lexicon

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
        "كوريا الشمالية",
        "روسيا",
        "اقرأ أيضاً",
        "\n",
        "،",
        ".",
        "(",
        ")",
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
