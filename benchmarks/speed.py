"""Extraction speed against dateparser, in one run on the same texts.

Runs ``timeline.extract`` (time expressions and events) and
``dateparser.search.search_dates(languages=["ar"])`` over the seed corpus,
repeated, with each article's publication date as the base date, and prints
articles/s, characters/s and the ratio.

    python benchmarks/speed.py [--seconds 10] [--workers 2 --articles 400]
    python benchmarks/speed.py --profile

``--profile`` prints the share of extraction time each stage takes instead.

With ``--workers N`` it also extracts ``--articles`` seed copies (each moved to
another publication date) in one process and on a local Dask cluster of N
worker processes, builds their graph both ways, and prints the speed-up.
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


def _warm(text: str, published: dt.date) -> None:
    timeline.extract(text, published=published)


def _on_dask(workers: int, count: int) -> None:
    import dask.bag as db

    import timeline.dask as tdask

    seeds = _articles()
    records = [
        {
            "id": f"a{i}",
            "text": seeds[i % len(seeds)][0],
            "published": seeds[i % len(seeds)][1] + dt.timedelta(days=7 * (i // len(seeds))),
        }
        for i in range(count)
    ]
    start = time.perf_counter()
    docs = [timeline.extract(r["text"], published=r["published"], doc_id=r["id"]) for r in records]
    one_extract = time.perf_counter() - start
    start = time.perf_counter()
    graph = timeline.build_graph(docs)
    one_graph = time.perf_counter() - start
    with tdask.client(workers=workers) as dask_client:
        # start-up is not throughput: every worker imports the library and runs
        # it once (its lazily built tables and word caches) before the clock starts
        dask_client.run(_warm, seeds[0][0], seeds[0][1])
        bag = db.from_sequence(records, npartitions=4 * workers)
        start = time.perf_counter()
        remote_docs = tdask.extract(bag).persist()
        remote_docs.count().compute()
        many_extract = time.perf_counter() - start
        start = time.perf_counter()
        remote_graph = tdask.build_graph(remote_docs)
        many_graph = time.perf_counter() - start
    same = remote_graph.to_dict() == graph.to_dict()
    print(f"{count} articles, one process vs a LocalCluster of {workers} worker processes")
    print(
        f"extract   one {count / one_extract:8.1f} articles/s  dask {count / many_extract:8.1f}"
        f" articles/s  speed-up {one_extract / many_extract:5.2f}x"
    )
    print(
        f"graph     one {one_graph:8.2f} s           dask {many_graph:8.2f} s"
        f"           speed-up {one_graph / many_graph:5.2f}x  (same graph: {same})"
    )


# Stages of timeline.extract, by the function that does each (module, name).
STAGES = (
    ("timeline/text.py", "normalize", "normalise the text (offsets kept)"),
    ("timeline/rules.py", "scan", "run the time-expression rules (regular expressions)"),
    ("timeline/rules.py", "select", "choose among overlapping candidates"),
    ("timeline/resolve.py", "resolve", "resolve values against the publication date"),
    ("timeline/segments.py", "find_segments", "find related blocks and headlines"),
    ("timeline/events.py", "find_events", "find, place and date the events"),
    ("timeline/pipeline.py", "_corefer", "share time among an article's mentions of one event"),
)


def _profile(articles: list[tuple[str, dt.date]], seconds: float) -> None:
    """Print the share of extraction time each stage takes (cProfile, cumulative)."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    done = 0
    start = time.perf_counter()
    profiler.enable()
    while time.perf_counter() - start < seconds:
        for text, published in articles:
            timeline.extract(text, published=published)
            done += 1
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(
        cum
        for (path, _line, name), (_cc, _nc, _tt, cum, _callers) in stats.items()
        if path.endswith("timeline/pipeline.py") and name == "extract"
    )
    print(f"where the time goes ({done} articles under cProfile, which slows everything down)")
    for suffix, function, what in STAGES:
        cum = sum(
            c
            for (path, _line, name), (_cc, _nc, _tt, c, _callers) in stats.items()
            if path.endswith(suffix) and name == function
        )
        print(f"  {100 * cum / total:5.1f} %  {1000 * cum / done:7.2f} ms/article  {what}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=0, help="also time a Dask LocalCluster")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    args = parser.parse_args()
    articles = _articles()
    if args.profile:
        _profile(articles, args.seconds)
        return

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
    if args.workers:
        _on_dask(args.workers, args.articles)


if __name__ == "__main__":
    main()
