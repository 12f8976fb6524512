"""Regression gates on the project's development gold sets (value F1, TempEval-3 style)."""

from __future__ import annotations

import json
from pathlib import Path

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
