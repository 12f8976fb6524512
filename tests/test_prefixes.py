"""The prefix analysis behind the rules' dispatch table."""

from __future__ import annotations

import re

import pytest

from timeline.lang.ar import MORPHOLOGY
from timeline.prefixes import Dispatch, prefix_strings, starts


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("abc", {"abc"}),
        ("ab|cd", {"ab", "cd"}),
        ("(?:ال)?شهر", {"الش", "شهر"}),
        ("a?b", {"ab", "b"}),
        (r"\d+ يوم", {"\ue000\ue000\ue000", "\ue000\ue000\ue001", "\ue000\ue001ي"}),
        ("x(?=y)z", {"xz"}),
        ("[ab]c", {"ac", "bc"}),
        # a class too wide to list ends the prefix where it stands
        (r"«\w+", {"«\ue002"}),
        ("ab[^c]", {"ab\ue002"}),
        ("a[\u0100-\uffff]", {"a\ue002"}),
    ],
)
def test_prefix_strings(pattern: str, expected: set[str]) -> None:
    assert prefix_strings(re.compile(pattern), depth=3) == expected


@pytest.mark.parametrize("pattern", [r".abc", r"\w+", "[^a]b", "(?i)abc", "a*"])
def test_unbounded_patterns_have_no_prefix_set(pattern: str) -> None:
    assert prefix_strings(re.compile(pattern)) is None


def test_a_pattern_may_end_inside_the_depth() -> None:
    assert prefix_strings(re.compile("ab"), depth=3) == {"ab"}
    dispatch = Dispatch([re.compile("ab"), re.compile("xyz")], depth=3)
    assert dispatch.rules_at("ab ", 0) == (0,)
    assert dispatch.rules_at("abz", 0) == (0,)
    assert dispatch.rules_at("xyq", 0) == ()


def test_a_wide_class_in_one_branch_leaves_the_others_their_depth() -> None:
    dispatch = Dispatch([re.compile(r"abcde|«\w+ \d")])
    assert dispatch.rules_at("abcde", 0) == (0,)
    assert dispatch.rules_at("«x 1", 0) == (0,)
    # the word's first letter alone no longer calls for the rule
    assert dispatch.rules_at("axyzw", 0) == ()
    assert dispatch.whole == ()


def test_dispatch_looks_behind_clitics_and_runs_unbounded_rules_whole() -> None:
    bodies = [re.compile("شهر"), re.compile(r"\w+"), re.compile("«x|ab"), re.compile(" x")]
    dispatch = Dispatch(bodies, clitics=(MORPHOLOGY.conjunctions, MORPHOLOGY.prepositions))
    assert dispatch.whole == (1, 3)
    # a rule that may open with a quotation mark is tried where one stands
    assert dispatch.marks == {"«"}
    assert dispatch.rules_at("«x»", 0) == (2,)
    assert dispatch.rules_at("abc", 0) == (2,)
    assert dispatch.positions("شهر «x» ab", starts("شهر «x» ab")) == [0, 4, 5, 8]
    assert dispatch.rules_at("وبشهر", 0) == (0,)
    assert dispatch.rules_at("لشهر", 0) == (0,)
    # a language with no clitics looks at the word as it stands
    assert Dispatch(bodies).rules_at("وبشهر", 0) == ()
    assert dispatch.rules_at("مشهر", 0) == ()


def test_word_starts() -> None:
    assert starts("في 12 أكتوبر،و") == [0, 3, 6, 13]
