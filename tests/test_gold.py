"""Regression gates on the project's development gold sets (value F1, TempEval-3 style)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline.evaluate import main as evaluate_main

GOLD = Path(__file__).resolve().parent / "gold"


@pytest.mark.parametrize(
    ("folder", "minimum"),
    [
        ("seeds", 0.97),
        ("dev", 0.95),
        ("dev2", 0.93),
        ("dev3", 0.92),
        ("assistant", 0.95),
        ("assistant2", 0.95),
        ("assistant3", 0.93),
    ],
)
def test_value_f1(folder: str, minimum: float, capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_main([str(GOLD / folder), "--json"]) == 0
    total = json.loads(capsys.readouterr().out)["total"]
    assert total["gold"] > 0
    assert total["value_f1"] >= minimum, total


def _event_scores(events: str, order: str, corpus: Path | None = None) -> dict[str, Any]:
    """A corpus's events and graph (by default the seeds') scored against one
    annotation (file names under tests/gold/)."""
    import timeline
    from timeline.evaluate_events import score

    gold = json.loads((GOLD / events).read_text(encoding="utf-8"))
    pairs = json.loads((GOLD / order).read_text(encoding="utf-8"))
    return score(timeline.read_corpus(corpus or GOLD.parent.parent / "seeds"), gold, pairs)


def test_seed_event_gold_regression_floor() -> None:
    """Events and ordering against an independent annotation of the seeds.

    The floors are the levels reached so far (see tests/gold/events/NOTES.md for the
    annotation's choices); they catch regressions, they are not the goals.
    """
    result = _event_scores("events/seed_events.json", "events/seed_order.json")
    assert result["found_with_type"] >= 0.99, result
    # this annotation marks one word per act, no nominal tellings (بيان، تأكيد) and
    # no fighting (يقاتلون); the library marks each trigger word, as the later
    # annotations do, and fighting as an attack, as the third does
    # words this annotation leaves out (حديث له، أُرغمت على مغادرة) are found
    assert result["precision"] >= 0.78, result
    assert result["found_with_type_and_interval"] >= 0.98, result
    assert result["found_with_type_and_node_interval"] >= 0.99, result
    assert result["implied"] >= 0.99, result
    assert result["contradicted"] == 0, result
    # every multi-article event left in pieces is named with its nodes
    splits = [e for e in result["errors"] if e.startswith("split ")]
    unmerged = round(result["multi_article_events"] * (1 - result["merged"]))
    assert len(splits) == unmerged, splits
    assert result["merged"] >= 0.99, result
    assert all("over nodes ['n" in e for e in splits), splits


# Floors for the later blind annotations (tests/gold/eventsN/NOTES.md records each
# one's first score, taken before any tuning on it; tests/gold/BLIND_ANNOTATION.md
# says how they were made). The floors are what the library reaches now:
# found with type, precision, found with type and interval, pairs implied, merged,
# node precision (B-cubed).
# First scores (found with type / interval / implied): events2 0.859 / 0.766 / 0.735
# (it disagrees with the first on conventions: one mention per noun of a clause,
# nouns such as بيان and تأكيد); events3 0.838 / 0.805 / 0.833; events4 0.968 /
# 0.962 / 0.967; events5 0.954 / 0.948 / 0.947; events6 0.950 / 0.899 / 1.000;
# events7 0.951 / 0.926 / 1.000; events8 0.958 / 0.885 / 0.912; events9 0.965 / 0.965 /
# 1.000; events10 0.980 / 0.980 / 1.000 (merged 7 of 7).
EVENT_FLOORS = {
    "events2": (0.98, 0.88, 0.98, 0.99, 0.99, 0.82),
    "events3": (0.97, 0.84, 0.97, 0.94, 0.99, 0.82),
    "events4": (0.99, 0.85, 0.99, 0.99, 0.87, 0.83),
    "events5": (0.98, 0.88, 0.98, 0.97, 0.99, 0.85),
    "events6": (0.96, 0.89, 0.93, 0.99, 0.99, 0.84),
    "events7": (0.96, 0.91, 0.92, 0.99, 0.99, 0.83),
    # events8 takes the 2023 sale sought (ببيع) as the 2024 supplies: one split
    "events8": (0.96, 0.86, 0.90, 0.94, 0.85, 0.85),
    # events9 also takes that sale for the supplies, and troops sent "لدعم العمليات"
    # for aid, which no other annotation does: two splits
    "events9": (0.96, 0.88, 0.96, 0.99, 0.74, 0.82),
    "events10": (0.97, 0.92, 0.97, 0.99, 0.99, 0.81),
}


@pytest.mark.parametrize(("folder", "floors"), EVENT_FLOORS.items())
def test_blind_event_gold_regression_floor(
    folder: str, floors: tuple[float, float, float, float, float, float]
) -> None:
    """Events and ordering against one of the later blind annotations."""
    result = _event_scores(f"{folder}/events.json", f"{folder}/order.json")
    keys = (
        "found_with_type",
        "precision",
        "found_with_type_and_interval",
        "implied",
        "merged",
        "node_precision",
    )
    for key, floor in zip(keys, floors, strict=True):
        assert result[key] >= floor, (key, result)
    assert result["contradicted"] == 0, result


def test_other_stories_event_gold_regression_floor() -> None:
    """Events and ordering on six reports of other stories, written for the purpose
    and annotated blind (tests/gold/other_events/NOTES.md records the first score:
    found with type 0.948, interval 0.731, implied 0.474, merged 0 of 5, 3 pairs
    contradicted). Floors at what the library reaches now."""
    result = _event_scores(
        "other_events/events.json", "other_events/order.json", GOLD / "other_events"
    )
    assert result["found_with_type"] >= 0.98, result
    assert result["found_with_type_and_interval"] >= 0.85, result
    assert result["implied"] >= 0.76, result
    assert result["merged"] >= 0.39, result
    assert result["node_precision"] >= 0.78, result
    assert result["contradicted"] == 0, result
