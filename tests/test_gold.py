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


def _event_scores(events: str, order: str) -> dict[str, Any]:
    """The seeds' events and graph scored against one annotation (file names under
    tests/gold/)."""
    import timeline
    from timeline.evaluate_events import score

    gold = json.loads((GOLD / events).read_text(encoding="utf-8"))
    pairs = json.loads((GOLD / order).read_text(encoding="utf-8"))
    return score(timeline.read_corpus(GOLD.parent.parent / "seeds"), gold, pairs)


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
    assert result["precision"] >= 0.80, result
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


def test_second_seed_event_gold_regression_floor() -> None:
    """Events against a second blind annotation (tests/gold/events2/NOTES.md).

    Scored once before any tuning on it: found with type 0.859, interval 0.766 per
    mention / 0.776 per node, precision 0.959, multi-article events merged 6 of 7,
    pairs implied 0.735, none contradicted. It disagrees with the first annotation on
    conventions (one mention per noun of a clause, nouns such as بيان and تأكيد);
    the floors below are what the library reaches now.
    """
    result = _event_scores("events2/events.json", "events2/order.json")
    assert result["found_with_type"] >= 0.98, result
    assert result["precision"] >= 0.89, result
    assert result["found_with_type_and_interval"] >= 0.97, result
    assert result["implied"] >= 0.99, result
    assert result["merged"] >= 0.99, result
    assert result["contradicted"] == 0, result


def test_third_seed_event_gold_regression_floor() -> None:
    """Events against a third blind annotation (tests/gold/events3/NOTES.md).

    Scored once before any tuning on it: found with type 0.838, interval 0.805 per
    mention / 0.811 per node, precision 0.896, multi-article events merged 7 of 8,
    pairs implied 0.833, none contradicted. The floors below are what the library
    reaches now.
    """
    result = _event_scores("events3/events.json", "events3/order.json")
    assert result["found_with_type"] >= 0.97, result
    assert result["precision"] >= 0.85, result
    assert result["found_with_type_and_interval"] >= 0.97, result
    assert result["implied"] >= 0.93, result
    assert result["merged"] >= 0.99, result
    assert result["contradicted"] == 0, result


def test_fourth_seed_event_gold_regression_floor() -> None:
    """Events against a fourth blind annotation (tests/gold/events4/NOTES.md).

    Scored once before any tuning on it: found with type 0.968, interval 0.962 per
    mention / 0.968 per node, precision 0.874, multi-article events merged 7 of 8,
    pairs implied 0.967, none contradicted.
    """
    result = _event_scores("events4/events.json", "events4/order.json")
    assert result["found_with_type"] >= 0.98, result
    assert result["precision"] >= 0.87, result
    assert result["found_with_type_and_interval"] >= 0.98, result
    assert result["implied"] >= 0.99, result
    assert result["merged"] >= 0.87, result
    assert result["contradicted"] == 0, result


def test_fifth_seed_event_gold_regression_floor() -> None:
    """Events against a fifth blind annotation (tests/gold/events5/NOTES.md).

    Scored once before any tuning on it: found with type 0.954, interval 0.948 per
    mention / 0.948 per node, precision 0.898, multi-article events merged 7 of 7,
    pairs implied 0.947, none contradicted.
    """
    result = _event_scores("events5/events.json", "events5/order.json")
    assert result["found_with_type"] >= 0.97, result
    assert result["precision"] >= 0.89, result
    assert result["found_with_type_and_interval"] >= 0.97, result
    assert result["implied"] >= 0.96, result
    assert result["merged"] >= 0.99, result
    assert result["contradicted"] == 0, result


def test_sixth_seed_event_gold_regression_floor() -> None:
    """Events against a sixth blind annotation (tests/gold/events6/NOTES.md).

    Scored once before any tuning on it: found with type 0.950, interval 0.899 per
    mention / 0.899 per node, precision 0.900, multi-article events merged 8 of 8,
    pairs implied 1.000, none contradicted.
    """
    result = _event_scores("events6/events.json", "events6/order.json")
    assert result["found_with_type"] >= 0.95, result
    assert result["precision"] >= 0.89, result
    assert result["found_with_type_and_interval"] >= 0.92, result
    assert result["implied"] >= 0.99, result
    assert result["merged"] >= 0.99, result
    assert result["contradicted"] == 0, result


def test_seventh_seed_event_gold_regression_floor() -> None:
    """Events against a seventh blind annotation (tests/gold/events7/NOTES.md).

    Scored once before any tuning on it: found with type 0.951, interval 0.926 per
    mention / 0.926 per node, precision 0.915, multi-article events merged 7 of 7,
    pairs implied 1.000, none contradicted.
    """
    result = _event_scores("events7/events.json", "events7/order.json")
    assert result["found_with_type"] >= 0.95, result
    assert result["precision"] >= 0.91, result
    assert result["found_with_type_and_interval"] >= 0.92, result
    assert result["implied"] >= 0.99, result
    assert result["merged"] >= 0.99, result
    assert result["contradicted"] == 0, result
