"""The seed corpus: five articles, one timeline.

Reads ``seeds/`` (a folder with a ``manifest.json``), merges the events the five
articles report into one graph and draws it. Run from the repository root::

    python examples/plot_seed_corpus.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import timeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()

documents = timeline.read_corpus(SEEDS)
graph = timeline.build_graph(documents)
png = timeline.render(
    graph,
    out_dir / "timeline_seeds.png",
    title="روسيا وكوريا الشمالية: من زيارة يوليو 2023 إلى استعادة كورسك",
)
html = graph.to_html(out_dir / "timeline_seeds.html", title="روسيا وكوريا الشمالية")
print(f"{len(documents)} articles, {len(graph)} events -> {png}, {html}")
