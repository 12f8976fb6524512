"""Every rule and modifier against its own examples; negatives; registry checks."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import timeline
from timeline.lang.ar import MODIFIERS, NEGATIVES, RULES
from timeline.lang.ar import rules as rule_pkg
from timeline.rules import Example

CASES = [
    pytest.param(rule.name, ex, id=f"ar/{rule.name}/{ex.text}")
    for rule in (*RULES, *MODIFIERS)
    for ex in rule.examples
    if not getattr(rule, "blocks", False)
]
BLOCKED = [
    pytest.param(ex.text, id=f"ar/{rule.name}/{ex.text}")
    for rule in RULES
    if rule.blocks
    for ex in rule.examples
]


@pytest.mark.parametrize(("name", "example"), CASES)
def test_rule_example(name: str, example: Example) -> None:
    doc = timeline.extract(example.text, published=example.published, prefer=example.prefer)
    surface = example.surface or example.text
    assert sorted(t.text for t in doc.timexes) == sorted([surface, *example.others]), doc.timexes
    (timex,) = [t for t in doc.timexes if t.text == surface]
    assert example.text[timex.start : timex.end] == timex.text
    assert timex.value == example.value, timex
    assert name in timex.rule.split("+"), f"fired {timex.rule}, expected {name}"
    if example.type is not None:
        assert timex.type == example.type
    if example.mod is not None:
        assert timex.mod == (example.mod or None)


@pytest.mark.parametrize("text", BLOCKED)
def test_blocked(text: str) -> None:
    assert timeline.extract(text, published="2024-10-21").timexes == ()


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text: str) -> None:
    doc = timeline.extract(text, published="2024-10-21")
    assert doc.timexes == (), doc.timexes


def test_every_rule_has_examples_and_unique_name() -> None:
    names = [r.name for r in (*RULES, *MODIFIERS)]
    assert len(names) == len(set(names))
    assert all(r.examples for r in (*RULES, *MODIFIERS))


def test_every_family_module_is_registered() -> None:
    registered = {f.__name__.rsplit(".", 1)[-1] for f in rule_pkg.FAMILIES}
    modules = {m.name for m in pkgutil.iter_modules(rule_pkg.__path__)}
    assert modules == registered
    for name in modules:
        module = importlib.import_module(f"{rule_pkg.__name__}.{name}")
        assert module.RULES, name
        assert set(module.RULES) <= set(RULES)


def test_examples_cover_every_rule_with_dated_and_undated_inputs() -> None:
    dated = [ex for rule in RULES for ex in rule.examples if ex.published]
    assert len(dated) > 50
