"""The Kursk story: North Korean troops sent to Russia, then Kursk retaken.

Keeps the deployments, the Ukrainian offensive and the recapture from the seed
corpus, lane by participant. Run from the repository root::

    python examples/plot_kursk_story.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import timeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()

graph = timeline.build_graph(timeline.read_corpus(SEEDS))
png = timeline.render(
    graph,
    out_dir / "timeline_kursk.png",
    title="كورسك: من إرسال القوات الكورية الشمالية إلى الاستعادة",
    types=("DEPLOYMENT", "INVASION", "RECAPTURE"),
    lanes="type",
    broken_axis=False,
)
print(png)
