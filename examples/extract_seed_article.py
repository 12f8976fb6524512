"""Time expressions of one seed article, resolved against its publication date.

Run from the repository root: ``python examples/extract_seed_article.py``.
"""

from __future__ import annotations

from pathlib import Path

import timeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

doc = timeline.read_corpus(SEEDS)[0]
print(f"document {doc.id}, published {doc.published}")
for t in doc.timexes:
    print(f"{t.start:5d}-{t.end:<5d} {t.type:9s} {t.value:12s} {t.text}")
