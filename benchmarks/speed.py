"""Extraction speed against dateparser, in one run on the same texts.

Runs ``timeline.extract`` (time expressions and events) and
``dateparser.search.search_dates(languages=["ar"])`` over the seed corpus,
repeated, with each article's publication date as the base date, and prints
articles/s, characters/s and the ratio.

    python benchmarks/speed.py [--seconds 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

import timeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _articles() -> list[tuple[str, dt.date]]:
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    return [
        ((SEEDS / a["file"]).read_text(encoding="utf-8"), dt.date.fromisoformat(a["published"]))
        for a in manifest["articles"]
    ]


def _rate(run, articles: list[tuple[str, dt.date]], seconds: float) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    done = chars = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text, published in articles:
            run(text, published)
            done += 1
            chars += len(text)
    elapsed = time.perf_counter() - start
    return done / elapsed, chars / elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    articles = _articles()

    def ours(text: str, published: dt.date) -> None:
        timeline.extract(text, published=published)

    def theirs(text: str, published: dt.date) -> None:
        from dateparser.search import search_dates

        base = dt.datetime.combine(published, dt.time())
        search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": base})

    ours(*articles[0])
    theirs(*articles[0])
    a_rate, a_chars = _rate(ours, articles, args.seconds)
    b_rate, b_chars = _rate(theirs, articles, args.seconds)
    print(f"timeline.extract      {a_rate:9.1f} articles/s  {a_chars:12.0f} chars/s")
    print(f"dateparser (ar)       {b_rate:9.1f} articles/s  {b_chars:12.0f} chars/s")
    print(f"ratio                 {a_rate / b_rate:9.1f}x")


if __name__ == "__main__":
    main()
