"""Extraction speed against dateparser, in one run on the same texts.

Runs ``timeline.extract`` (time expressions and events) and
``dateparser.search.search_dates(languages=["ar"])`` over the seed corpus,
repeated, with each article's publication date as the base date, and prints
articles/s, characters/s and the ratio.

    python benchmarks/speed.py [--seconds 10] [--workers 2 --articles 400]
    python benchmarks/speed.py --profile
    python benchmarks/speed.py --floor 2000

``--profile`` prints the time each stage of extraction takes instead (by wall
clock, each stage's function wrapped in a timer). ``--floor RATE`` prints what
the barest passes over the same texts cost (splitting at blanks, one regular
expression over the words, normalising, cutting into tokens) as a share of the
time an article may take at RATE articles/s.

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


# Stages of timeline.extract: (name in timeline.pipeline, what it does). Each is
# timed by a wrapper around the function the pipeline calls; GRAMMAR's methods
# are wrapped on its class.
STAGES = (
    ("normalize", "normalise the text (offsets kept)"),
    ("tokenize", "cut the normalised text into words"),
    ("GRAMMAR.scan", "run the time-expression rules (regular expressions)"),
    ("select", "choose among overlapping candidates"),
    ("GRAMMAR.extend", "extend the chosen expressions"),
    ("_tense", "read the tense around an expression"),
    ("resolve", "resolve values against the publication date"),
    ("Folded.of", "fold the text once for segments and coreference"),
    ("find_segments", "find related blocks and headlines"),
    ("find_events", "find, place and date the events"),
    ("_corefer", "share time among an article's mentions of one event"),
)


def _profile(articles: list[tuple[str, dt.date]], seconds: float) -> None:
    """Print the time each stage of extraction takes, by wall clock.

    Each stage's function is wrapped in a timer (a few hundred nanoseconds a
    call, against milliseconds an article), so the shares stay close to an
    unprofiled run; cProfile, which times every call, overstates stages made of
    many small calls.
    """
    import functools
    from collections import Counter
    from collections.abc import Callable
    from typing import Any

    import timeline.pipeline as pipeline
    from timeline.text import Folded

    spent: Counter[str] = Counter()
    inside: list[str] = []  # the stage running now, if any

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if inside:  # called by another stage (resolve by _corefer): its time
                return function(*args, **kwargs)
            inside.append(name)
            begin = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - begin
                inside.pop()

        return wrapper

    # start-up is not throughput: the tables built on the first call
    timeline.extract(articles[0][0], published=articles[0][1])
    # a dotted name is a method: GRAMMAR's on its class, Folded's on Folded
    owners = {"GRAMMAR": type(pipeline.GRAMMAR), "Folded": Folded}
    saved: list[tuple[Any, str, Any]] = []
    for name, _what in STAGES:
        head, _, method = name.rpartition(".")
        owner, attribute = (owners[head], method) if head else (pipeline, name)
        original = owner.__dict__[attribute]
        saved.append((owner, attribute, original))
        if isinstance(original, classmethod):
            setattr(owner, attribute, classmethod(timed(name, original.__func__)))
        else:
            setattr(owner, attribute, timed(name, original))
    try:
        done = 0
        total = 0.0
        while total < seconds:
            for text, published in articles:
                begin = time.perf_counter()
                timeline.extract(text, published=published)
                total += time.perf_counter() - begin
                done += 1
    finally:
        for owner, attribute, original in saved:
            setattr(owner, attribute, original)
    print(f"where the time goes ({done} articles, {1000 * total / done:.2f} ms/article)")
    for name, what in STAGES:
        print(f"  {100 * spent[name] / total:5.1f} %  {1000 * spent[name] / done:7.3f} ms  {what}")
    rest = total - sum(spent.values())
    print(f"  {100 * rest / total:5.1f} %  {1000 * rest / done:7.3f} ms  the rest of extract")


def _floor(articles: list[tuple[str, dt.date]], seconds: float, target: float) -> None:
    """Print what the barest passes over the seeds cost, against the time an
    article may take at ``target`` articles/s: how far plain Python gets."""
    import re

    from timeline.text import normalize
    from timeline.triggers import tokenize

    word = re.compile(r"\w+")
    passes = (
        ("str.split (no offsets)", lambda text: text.split()),
        (
            "one regular expression over the words, with offsets",
            lambda text: [m.span() for m in word.finditer(text)],
        ),
        ("timeline's normalize", normalize),
        ("timeline's normalize + tokenize", lambda text: tokenize(normalize(text).normalized)),
    )
    budget = 1000 / target
    print(f"the budget at {target:.0f} articles/s: {budget:.3f} ms an article")
    texts = [text for text, _published in articles]
    for name, run in passes:
        done = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds / len(passes):
            for text in texts:
                run(text)
                done += 1
        each = 1000 * (time.perf_counter() - start) / done
        print(f"  {each:7.3f} ms  {100 * each / budget:5.1f} % of the budget  {name}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=0, help="also time a Dask LocalCluster")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    parser.add_argument(
        "--floor",
        type=float,
        metavar="RATE",
        help="print what the barest passes over the seeds cost against RATE articles/s",
    )
    args = parser.parse_args()
    articles = _articles()
    if args.profile:
        _profile(articles, args.seconds)
        return
    if args.floor:
        _floor(articles, args.seconds, args.floor)
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
