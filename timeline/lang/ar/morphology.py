"""Arabic affixes the engine reads (see :class:`timeline.morphology.Morphology`)."""

from __future__ import annotations

from timeline.morphology import Morphology

MORPHOLOGY = Morphology(
    # وقال، فأعلن
    conjunctions="وف",
    # بموسكو، لروسيا، كالعادة (after a conjunction: وبموسكو)
    prepositions="بلك",
    # "زار بموسكو" is rare, "وصل لبيونغ يانغ" is not: ب and ل put a name in a place
    place_prepositions="بل",
    # يرسل، تصل، نعمل
    imperfect="يتن",
    # سيزور، ستلتقي، سنعمل
    future="س",
    # سيطرت، سيطروا: perfects that open like a future verb
    perfect_endings=("ت", "وا"),
    article="ال",
    # بالغارة، كالعادة، للقمة (ل + ال: the ا falls)
    joined_articles=("بال", "كال", "لل"),
    # a conjunction comes off a word of five letters or more (وسيزور), not وقع
    min_stem=4,
)
