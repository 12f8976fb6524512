"""Arabic: lexicon, rules, modifiers, event triggers, gazetteer and negative examples."""

from __future__ import annotations

from timeline.events import Entity, EventLanguage
from timeline.lang.ar import events as ev
from timeline.lang.ar import gazetteer as gz
from timeline.lang.ar.common import MACROS
from timeline.lang.ar.morphology import MORPHOLOGY
from timeline.lang.ar.negatives import NEGATIVES
from timeline.lang.ar.rules import MODIFIERS, RULES
from timeline.ordering import Again
from timeline.rules import Grammar

GRAMMAR = Grammar(RULES, MODIFIERS, MACROS, MORPHOLOGY)


def _entities() -> list[tuple[str, Entity]]:
    """Gazetteer surfaces with their entity, people and places first (longest wins)."""
    out: list[tuple[str, Entity]] = []
    for name, (country, surfaces) in gz.PEOPLE.items():
        out += [(s, Entity("person", name, country)) for s in surfaces]
    for name, surfaces in gz.ORGANIZATIONS.items():
        state = gz.ORGANIZATION_COUNTRIES.get(name, "")
        out += [(s, Entity("organization", name, state)) for s in surfaces]
    for name, (country, surfaces) in gz.PLACES.items():
        out += [(s, Entity("place", name, country)) for s in surfaces]
    capital_names: dict[str, str] = {}
    for surface, country in gz.CAPITALS.items():
        name = capital_names.setdefault(country, surface)
        out.append((surface, Entity("capital", name, country)))
    for name, surfaces in gz.COUNTRIES.items():
        out += [(s, Entity("country", name, name)) for s in surfaces]
    out += [(s, Entity("country", country, country)) for s, country in gz.NISBA.items()]
    return out


# Place (or capital) name → its country, to tell that Kursk lies in Russia.
PLACE_COUNTRY: dict[str, str] = {
    **{name: country for name, (country, _s) in gz.PLACES.items() if country},
    **{e.name: e.country for _s, e in _entities() if e.kind == "capital"},
}

PERSONS: frozenset[str] = frozenset(gz.PEOPLE)

EVENTS = EventLanguage(
    triggers=ev.TRIGGERS,
    entities=_entities(),
    planned=ev.PLANNED_CUES,
    expected=ev.EXPECTED_CUES,
    hypothetical=ev.HYPOTHETICAL_CUES,
    condition_ends=ev.CONDITION_ENDS,
    comparisons=ev.COMPARISONS,
    phases=ev.PHASES,
    echoes=ev.ECHOES,
    relatives=ev.RELATIVES,
    after_clauses=ev.AFTER_CLAUSES,
    negations=ev.NEGATIONS,
    abstentions=ev.ABSTENTIONS,
    occasions=ev.OCCASIONS,
    hearsay=ev.HEARSAY,
    obligations=ev.OBLIGATIONS,
    that=ev.THAT,
    denials=ev.DENIAL_VERBS,
    denied_parts=ev.DENIED_PARTS,
    reports=ev.REPORT_MARKERS,
    time_signals=ev.TIME_SIGNALS,
    location_preps=ev.LOCATION_PREPOSITIONS,
    sources=ev.SOURCE_MARKERS,
    morphology=MORPHOLOGY,
    whether=ev.WHETHER,
    possible=ev.POSSIBLE_PARTICLES,
    provided=ev.PROVIDED_PARTICLES,
    offset_of=ev.OFFSET_OF,
    offset_signs=ev.OFFSET_SIGNS,
    resumptive=ev.RESUMPTIVE,
    relays=ev.RELAYS,
    place_heads=ev.PLACE_HEADS,
    happen=ev.HAPPEN_VERBS,
    potential=ev.POTENTIAL,
    purposes=ev.PURPOSES,
    carried_out=ev.CARRIED_OUT,
    in_force=ev.IN_FORCE,
    clause_openers=ev.CLAUSE_OPENERS,
    topics=ev.TOPICS,
    forces=(*ev.TROOPS, *ev.MILITARY),
    relayed_from=ev.RELAYED_FROM,
    past_auxiliaries=ev.PAST_AUXILIARIES,
    perfect_particles=ev.PERFECT_PARTICLES,
    country_words=ev.COUNTRY_WORDS,
)

# Words that tell an event happens again (folded once).
AGAIN = Again(after=ev.AGAIN_AFTER, before=ev.AGAIN_BEFORE, follow=ev.FOLLOW_UPS)

__all__ = [
    "AGAIN",
    "EVENTS",
    "GRAMMAR",
    "MODIFIERS",
    "MORPHOLOGY",
    "NEGATIVES",
    "PERSONS",
    "PLACE_COUNTRY",
    "RULES",
]
