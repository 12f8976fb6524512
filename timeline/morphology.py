"""How a language builds its words, as far as the engine needs to know.

The engine never spells a letter of a language itself: the clitics a word may
carry, the letters that open an imperfect verb and the future prefix come from
the language's :class:`Morphology` (Arabic's is ``timeline.lang.ar.MORPHOLOGY``).
A language with no such morphology leaves the fields empty and every test says
no.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["Morphology"]


def _letters(value: str) -> str:
    return "".join(sorted(set(value)))


@attrs.frozen
class Morphology:
    """The affixes of a language that the engine reads.

    Attributes:
        conjunctions: One-letter conjunctions written joined to any word (و، ف).
        prepositions: One-letter prepositions written joined to a noun, after a
            conjunction if there is one (ب، ل، ك).
        place_prepositions: Those of :attr:`prepositions` that put a name in a
            place role (بموسكو، لبيونغ يانغ).
        imperfect: Letters an imperfect verb begins with (يرسل، تصل، نعمل).
        future: The prefix that puts an imperfect verb in the future (سيزور).
        perfect_endings: Endings of a perfect verb that begins like a future one
            (سيطرت، سيطروا).
        article: The definite article joined to a noun (القمة).
        joined_articles: The article as written after a joined preposition
            (بالغارة، للقمة: the ا of ال falls after ل).
        min_stem: :meth:`bare` takes a conjunction off only a word longer than this.

    Examples:
        >>> from timeline.lang.ar import MORPHOLOGY as m
        >>> m.is_future_verb("وسيلتقي"), m.is_future_verb("سيطروا")
        (True, False)
        >>> m.bare("وسيلتقي"), m.bare("وقع"), m.is_definite("القمة")
        ('سيلتقي', 'وقع', True)
    """

    conjunctions: str = attrs.field(default="", converter=_letters)
    prepositions: str = attrs.field(default="", converter=_letters)
    place_prepositions: str = attrs.field(default="", converter=_letters)
    imperfect: str = attrs.field(default="", converter=_letters)
    future: str = ""
    perfect_endings: tuple[str, ...] = ()
    article: str = ""
    joined_articles: tuple[str, ...] = ()
    min_stem: int = 0

    def left_edge(self) -> str:
        """A regex for a word's start with its optional clitics (no group captured)."""
        layers = (self.conjunctions, self.prepositions)
        clitics = "".join(f"[{re.escape(letters)}]?" for letters in layers if letters)
        return r"(?<!\w)" + (f"(?:{clitics}(?=\\w))?" if clitics else "")

    def conjunction_class(self) -> str:
        """A regex for one optional joined conjunction (``""`` when there is none)."""
        return f"[{re.escape(self.conjunctions)}]?" if self.conjunctions else ""

    def future_class(self) -> str:
        """A regex for the future prefix and an imperfect letter (never matches if none)."""
        if not (self.future and self.imperfect):
            return r"(?!)"
        return f"{re.escape(self.future)}[{re.escape(self.imperfect)}]"

    def bare(self, word: str) -> str:
        """The word without a leading conjunction (when a stem is left)."""
        if word[:1] and word[0] in self.conjunctions and len(word) > self.min_stem:
            return word[1:]
        return word

    def forms(self, word: str) -> tuple[str, ...]:
        """The word, and the word without a joined conjunction if it has one.

        Unlike :meth:`bare`, a short word loses its conjunction too (ونقل → نقل).
        """
        if len(word) > 1 and word[0] in self.conjunctions:
            return word, word[1:]
        return (word,)

    def is_future_verb(self, word: str) -> bool:
        """A future prefix + imperfect verb (سيزور، وستلتقي), not a perfect (سيطرت)."""
        if not (self.future and self.imperfect):
            return False
        bare = word[1:] if word[:1] and word[0] in self.conjunctions else word
        if self.perfect_endings and bare.endswith(self.perfect_endings):
            return False
        head = len(self.future)
        return (
            len(bare) >= head + 3
            and bare.startswith(self.future)
            and bare[head : head + 1] in tuple(self.imperfect)
        )

    def is_imperfect(self, word: str) -> bool:
        """Whether ``word`` opens like an imperfect verb (يرسل، تصل) and does not end
        like a perfect (توقفت، تراجعوا: perfects of verbs that open with ت)."""
        if len(word) < 3 or word[0] not in self.imperfect:
            return False
        return not (self.perfect_endings and word.endswith(self.perfect_endings))

    def has_place_preposition(self, word: str) -> bool:
        """A place preposition joined to a name (بموسكو، لبيونغ)."""
        return len(word) > 3 and word[:1] != "" and word[0] in self.place_prepositions

    def is_definite(self, word: str) -> bool:
        """Whether the word carries the definite article (القمة، الاتفاقية، وبالغارة).

        Examples:
            >>> from timeline.lang.ar.morphology import MORPHOLOGY as m
            >>> [m.is_definite(w) for w in ("القمة", "وبالغارة", "للقمة", "بغارة")]
            [True, True, True, False]
        """
        if not self.article:
            return False
        return any(
            form.startswith((self.article, *self.joined_articles)) for form in self.forms(word)
        )
