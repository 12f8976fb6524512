"""Arabic: lexicon, rules, modifiers and negative examples."""

from __future__ import annotations

from timeline.lang.ar.common import MACROS
from timeline.lang.ar.negatives import NEGATIVES
from timeline.lang.ar.rules import MODIFIERS, RULES
from timeline.rules import Grammar

GRAMMAR = Grammar(RULES, MODIFIERS, MACROS)

__all__ = ["GRAMMAR", "MODIFIERS", "NEGATIVES", "RULES"]
