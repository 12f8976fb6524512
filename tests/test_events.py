"""Events: every trigger's examples, modality, participants, dating, the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

import timeline
from timeline.lang.ar.events import TRIGGERS
from timeline.triggers import EventExample

ROOT = Path(__file__).resolve().parent.parent

CASES = [
    pytest.param(trigger.type, ex, id=f"ar/{trigger.type}/{ex.text[:40]}")
    for trigger in TRIGGERS
    for ex in trigger.examples
]


@pytest.mark.parametrize(("kind", "example"), CASES)
def test_trigger_example(kind: str, example: EventExample) -> None:
    doc = timeline.extract(example.text, published=example.published)
    at = example.text.index(example.trigger)
    span = (at, at + len(example.trigger))
    hits = [e for e in doc.events if e.start < span[1] and span[0] < e.end]
    if example.negative:
        assert not [e for e in hits if e.type == kind], hits
        return
    assert len(hits) == 1, doc.events
    event = hits[0]
    assert event.type == kind
    assert example.text[event.start : event.end] == event.trigger
    if example.value is not None:
        assert (event.value or "") == example.value, event
    if example.modality is not None:
        assert event.modality == example.modality, event
    for name in example.participants:
        assert name in event.participants, event
    if example.location is not None:
        assert event.location == example.location, event


def test_every_trigger_has_examples() -> None:
    assert all(t.examples for t in TRIGGERS)
    types = {t.type for t in TRIGGERS}
    assert {
        "MEETING",
        "VISIT",
        "DEPLOYMENT",
        "AGREEMENT",
        "ATTACK",
        "INVASION",
        "RECAPTURE",
        "STATEMENT",
        "SUMMONS",
        "VETO",
        "NEGOTIATION",
        "AID",
    } <= types
