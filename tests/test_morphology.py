"""The engine reads a language's affixes from its Morphology, never from its own code."""

from __future__ import annotations

import re

import pytest

from timeline.lang.ar import EVENTS, GRAMMAR, MORPHOLOGY, RULES
from timeline.lang.ar.common import MACROS
from timeline.morphology import Morphology
from timeline.rules import Grammar

NONE = Morphology()


@pytest.mark.parametrize(
    ("word", "future"),
    [
        ("سيزور", True),
        ("وستلتقي", True),
        ("فسنعمل", True),
        ("سيطرت", False),  # a perfect that opens like a future verb
        ("سيطروا", False),
        ("سيل", False),  # too short to be س + imperfect + a root
        ("يزور", False),
        ("زار", False),
    ],
)
def test_future_verbs(word: str, future: bool) -> None:
    assert MORPHOLOGY.is_future_verb(word) is future
    assert NONE.is_future_verb(word) is False


def test_clitics_and_article() -> None:
    assert MORPHOLOGY.bare("وسيزور") == "سيزور"
    assert MORPHOLOGY.bare("وقع") == "وقع"  # a root letter, not a conjunction
    assert NONE.bare("وسيزور") == "وسيزور"
    assert MORPHOLOGY.has_place_preposition("بموسكو")
    assert not MORPHOLOGY.has_place_preposition("موسكو")
    assert not MORPHOLOGY.has_place_preposition("كموسكو")  # ك is no place preposition
    assert MORPHOLOGY.is_imperfect("يرسل") and not MORPHOLOGY.is_imperfect("أرسل")
    assert MORPHOLOGY.is_definite("القمة") and not NONE.is_definite("القمة")


def test_left_edge_takes_the_languages_clitics() -> None:
    edge = re.compile(MORPHOLOGY.left_edge() + "شهر")
    assert edge.match("وبشهر") and edge.match("لشهر") and edge.match("شهر")
    assert not edge.match("مشهر")
    bare = re.compile(NONE.left_edge() + "شهر")
    assert bare.match("شهر") and not bare.match("وشهر")


def test_a_grammar_without_clitics_matches_only_bare_words() -> None:
    plain = Grammar(RULES, [], MACROS)

    def spans(grammar: Grammar, text: str) -> list[str]:
        return [text[c.start : c.end] for c in grammar.scan(text)]

    assert "يونيو الماضي" in spans(GRAMMAR, "قال وبيونيو الماضي")
    assert "يونيو الماضي" in spans(plain, "قال في يونيو الماضي")
    # "وبيونيو" is one word to a language with no clitics
    assert not any("يونيو" in s for s in spans(plain, "قال وبيونيو الماضي"))


def test_event_language_keeps_its_morphology() -> None:
    assert EVENTS.morphology is MORPHOLOGY
    assert EVENTS.offset_signs and EVENTS.whether and EVENTS.resumptive
