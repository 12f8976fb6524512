"""A Hijri-dated article: Hajj dates given in both calendars, on one Gregorian axis.

The article dates the Hajj in Hijri months (ذي الحجة 1445هـ) with their
Gregorian pairs (الموافق); the values are Gregorian, the Hijri reading is kept.
Run from the repository root::

    python examples/plot_hijri_article.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import timeline

DATA = Path(__file__).resolve().parent / "data" / "hijri_article.txt"
out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()

document = timeline.extract(DATA.read_text(encoding="utf-8"), published="2024-06-07", doc_id="hajj")
for t in document.timexes:
    print(f"{t.text:32} {t.value:12} {t.hijri or ''}")
png = timeline.render(
    document, out_dir / "timeline_hijri.png", title="موسم الحج 1445هـ", show="timexes"
)
print(png)
