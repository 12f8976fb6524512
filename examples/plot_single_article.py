"""One article's timeline: what a single report says happened, and when.

Draws the events of seed article 003 (Independent Arabia, 29 October 2024),
with statements shown and Latin month names. Run from the repository root::

    python examples/plot_single_article.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import timeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()

text = (SEEDS / "003_8bb3ecc1772ffdbe.txt").read_text(encoding="utf-8")
document = timeline.extract(text, published="2024-10-29", doc_id="003")
png = timeline.render(
    document,
    out_dir / "timeline_article.png",
    title="اندبندنت عربية، 29 أكتوبر 2024",
    months="latin",
    statements=True,
    broken_axis=False,
)
print(f"{len(document.timexes)} time expressions, {len(document.events)} events -> {png}")
