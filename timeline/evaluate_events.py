"""Score events and the event graph against a gold set.

Run it as ``python -m timeline.evaluate_events CORPUS EVENTS.json [--order ORDER.json]``.

``EVENTS.json`` is a list of gold event mentions::

    [{"doc": "000", "trigger": "استدعت", "start": 1489, "end": 1495, "type": "SUMMONS",
      "earliest": "2024-10-21", "latest": "2024-10-21", "same_as": "summons-2024-10-21"}]

``ORDER.json`` lists ordered pairs of ``same_as`` labels:
``[{"before": "visit-2023-07", "after": "veto-2024-03"}]``.

Printed scores:

* mentions found with the right type (a system event of that type whose trigger
  overlaps the gold trigger), and of those, the share whose interval lies inside
  the gold interval (an open system bound is inside only an open gold bound);
* precision: system events that match a gold mention;
* merging: gold events reported by several articles whose mentions all sit in one
  node, and B-cubed precision and recall of the nodes over the found mentions (a
  mention's node shares the gold event of the mention: precision; its gold event's
  mentions share its node: recall; a mention with no ``same_as`` is an event of its
  own);
* ordering: gold pairs the graph implies, and pairs it contradicts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["inside", "main", "score"]


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def inside(
    system: tuple[dt.date | None, dt.date | None], gold: tuple[dt.date | None, dt.date | None]
) -> bool:
    """Whether the system interval lies inside the gold one.

    Examples:
        >>> d = dt.date
        >>> inside((d(2024, 6, 5), d(2024, 6, 5)), (d(2024, 6, 1), d(2024, 6, 30)))
        True
        >>> inside((None, d(2024, 6, 5)), (d(2024, 6, 1), d(2024, 6, 30)))
        False
    """
    (se, sl), (ge, gl) = system, gold
    early = ge is None or (se is not None and se >= ge)
    late = gl is None or (sl is not None and sl <= gl)
    return early and late


def score(
    documents: Sequence[Any], gold: Sequence[Mapping[str, Any]], order: Sequence[Mapping[str, str]]
) -> dict[str, Any]:
    """Score the documents' events and their graph against gold mentions and pairs."""
    from timeline.graph import build_graph

    events = {(d.id, e.start): e for d in documents for e in d.events}
    by_doc: dict[str, list[Any]] = defaultdict(list)
    for d in documents:
        by_doc[d.id].extend(d.events)
    graph = build_graph(documents)
    node_of: dict[tuple[str, int], str] = {}
    for node in graph.nodes.values():
        for mention in node.mentions:
            node_of[(mention.doc, mention.start)] = node.id
    found = typed = within = node_within = 0
    matched_system: set[tuple[str, int]] = set()
    label_nodes: dict[str, set[str]] = defaultdict(set)
    label_docs: dict[str, set[str]] = defaultdict(set)
    misses: list[str] = []
    pairs_found: list[tuple[str, str]] = []  # (gold event, node) of each found mention
    for index, g in enumerate(gold):
        label = g.get("same_as")
        if label:
            label_docs[label].add(g["doc"])
        hits = [e for e in by_doc.get(g["doc"], ()) if e.start < g["end"] and g["start"] < e.end]
        if not hits:
            misses.append(f"missed {g['doc']} {g['trigger']} ({g['type']})")
            continue
        found += 1
        same = [e for e in hits if e.type == g["type"]]
        if not same:
            misses.append(f"type {g['doc']} {g['trigger']}: {hits[0].type} for {g['type']}")
            continue
        typed += 1
        event = same[0]
        matched_system.add((g["doc"], event.start))
        if label:
            label_nodes[label].add(node_of[(g["doc"], event.start)])
        pairs_found.append((label or f"#{index}", node_of[(g["doc"], event.start)]))
        truth = (_day(g.get("earliest")), _day(g.get("latest")))
        node = graph.nodes[node_of[(g["doc"], event.start)]]
        if inside((node.earliest, node.latest), truth):
            node_within += 1
        if inside((event.earliest, event.latest), truth):
            within += 1
        else:
            misses.append(
                f"interval {g['doc']} {g['trigger']}: {event.earliest}..{event.latest} not in "
                f"{g.get('earliest')}..{g.get('latest')}"
            )
    multi = [lab for lab, docs in label_docs.items() if len(docs) > 1]
    merged = [lab for lab in multi if len(label_nodes.get(lab, ())) == 1]
    for lab in multi:
        if lab not in merged:
            where = sorted(label_nodes.get(lab, ()))
            misses.append(f"split {lab} ({len(label_docs[lab])} articles) over nodes {where}")
    implied = contradicted = 0
    for pair in order:
        a, b = label_nodes.get(pair["before"], set()), label_nodes.get(pair["after"], set())
        relations = {graph.relation(x, y) for x in a for y in b if x != y}
        if relations and relations <= {"BEFORE"}:
            implied += 1
        elif "AFTER" in relations:
            contradicted += 1
            misses.append(f"contradicted {pair['before']} < {pair['after']}")
        else:
            misses.append(
                f"not implied {pair['before']} < {pair['after']}: {sorted(map(str, relations))}"
            )
    b3_precision, b3_recall = _b_cubed(pairs_found)
    n = max(len(gold), 1)
    return {
        "gold_mentions": len(gold),
        "found": found / n,
        "found_with_type": typed / n,
        "found_with_type_and_interval": within / n,
        "found_with_type_and_node_interval": node_within / n,
        "system_events": len(events),
        "precision": len(matched_system) / max(len(events), 1),
        "multi_article_events": len(multi),
        "merged": len(merged) / max(len(multi), 1),
        "node_precision": b3_precision,
        "node_recall": b3_recall,
        "pairs": len(order),
        "implied": implied / max(len(order), 1),
        "contradicted": contradicted,
        "errors": misses,
    }


def _b_cubed(pairs: Sequence[tuple[str, str]]) -> tuple[float, float]:
    """B-cubed precision and recall of ``(gold event, node)`` pairs, one per mention.

    Examples:
        >>> p, r = _b_cubed([("a", "n1"), ("a", "n1"), ("b", "n1")])  # b joins a's node
        >>> round(p, 3), r
        (0.556, 1.0)
        >>> _b_cubed([("a", "n1"), ("a", "n2")])  # a split
        (1.0, 0.5)
    """
    if not pairs:
        return 1.0, 1.0
    per_label: dict[str, int] = defaultdict(int)
    per_node: dict[str, int] = defaultdict(int)
    both: dict[tuple[str, str], int] = defaultdict(int)
    for label, node in pairs:
        per_label[label] += 1
        per_node[node] += 1
        both[(label, node)] += 1
    precision = sum(both[p] / per_node[p[1]] for p in pairs) / len(pairs)
    recall = sum(both[p] / per_label[p[0]] for p in pairs) / len(pairs)
    return precision, recall


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    from timeline.corpus import read_corpus
    from timeline.errors import TimelineError

    parser = argparse.ArgumentParser(prog="python -m timeline.evaluate_events")
    parser.add_argument("corpus", help="corpus folder with a manifest.json")
    parser.add_argument("events", help="gold event mentions (JSON list)")
    parser.add_argument("--order", help="gold ordered pairs (JSON list)")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    try:
        documents = read_corpus(args.corpus)
        gold = json.loads(Path(args.events).read_text(encoding="utf-8"))
        order = json.loads(Path(args.order).read_text(encoding="utf-8")) if args.order else []
    except (OSError, ValueError, TimelineError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = score(documents, gold, order)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    errors = result.pop("errors")
    for name, value in result.items():
        print(f"{name:32} {value:.3f}" if isinstance(value, float) else f"{name:32} {value}")
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
