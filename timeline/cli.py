"""The command line: ``timeline extract``, ``timeline graph`` and ``timeline render``."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from timeline.corpus import iter_corpus, read_text
from timeline.errors import TimelineError
from timeline.model import Document
from timeline.pipeline import PREFER, extract

__all__ = ["main"]


def _single(name: str) -> tuple[str, str]:
    """The text and id of a file given by itself, or of standard input (``-``)."""
    if name == "-":
        return sys.stdin.read(), "stdin"
    return read_text(name), Path(name).stem


def _documents(paths: Sequence[str], published: str | None, prefer: str) -> Iterator[Document]:
    for name in paths:
        if Path(name).is_dir():
            yield from iter_corpus(name)
        else:
            text, doc_id = _single(name)
            yield extract(text, published=published, doc_id=doc_id, prefer=prefer)


def _bag(paths: Sequence[str], published: str | None, prefer: str) -> Any:
    """The documents as a Dask bag: folders are read on the workers."""
    import dask.bag as db

    import timeline.dask as tdask

    bags = []
    for name in paths:
        if Path(name).is_dir():
            bags.append(tdask.read_corpus(name))
        else:
            text, doc_id = _single(name)
            article = {"text": text, "published": published, "id": doc_id}
            bags.append(tdask.extract(db.from_sequence([article]), prefer=prefer))
    return db.concat(bags)


@contextlib.contextmanager
def _cluster(args: argparse.Namespace) -> Iterator[bool]:
    """Yield whether the command runs on Dask (``--workers`` or ``--scheduler``)."""
    if args.workers is None and args.scheduler is None:
        yield False
        return
    try:
        import timeline.dask as tdask
    except ImportError as exc:
        raise _Usage(str(exc)) from exc
    with tdask.client(workers=args.workers, scheduler=args.scheduler):
        yield True


class _Usage(Exception):
    """A command-line mistake to report with exit code 2."""


def _graph(args: argparse.Namespace) -> int:
    from timeline.graph import build_graph

    try:
        with _cluster(args) as distributed:
            if distributed:
                import timeline.dask as tdask

                graph = tdask.build_graph(_bag(args.paths, args.published, "auto"))
            else:
                graph = build_graph(_documents(args.paths, args.published, "auto"))
        if args.format == "graphml":
            if not args.output:
                print("timeline: error: --format graphml needs -o FILE", file=sys.stderr)
                return 2
            graph.to_graphml(args.output)
            return 0
        data = graph.to_timelinejs() if args.format == "timelinejs" else graph.to_dict()
        text = json.dumps(data, ensure_ascii=False, indent=args.indent)
        if args.output:
            Path(args.output).write_text(text + "\n", encoding="utf-8")
        else:
            print(text)
    except (TimelineError, OSError, _Usage) as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2
    return 0


def _render(args: argparse.Namespace) -> int:
    from timeline.graph import build_graph
    from timeline.plot import render

    broken = {"auto": "auto", "on": True, "off": False}[args.broken_axis]
    types = tuple(t.strip().upper() for t in args.types.split(",")) if args.types else None
    try:
        documents = list(_documents(args.paths, args.published, "auto"))
        source = build_graph(documents) if args.show == "events" else documents
        render(
            source,
            args.output,
            title=args.title,
            lanes=args.lanes,
            months=args.months,
            statements=args.statements,
            types=types,
            broken_axis=broken,
            show=args.show,
            width=args.width,
            dpi=args.dpi,
        )
        if args.html:
            (source if not isinstance(source, list) else build_graph(documents)).to_html(
                args.html, title=args.title
            )
    except (TimelineError, OSError) as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2
    print(args.output)
    return 0


def _dask_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="run on a local Dask cluster of N worker processes (needs timeline[dask])",
    )
    group.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on an existing Dask scheduler, e.g. tcp://host:8786 (needs timeline[dask])",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="timeline", description="Arabic news to timelines (TIMEX3 time expressions)."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        help="print one JSON object per document",
        description="Print one JSON object per document (Document.to_dict()). "
        "A folder is read through its manifest.json.",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    ex.add_argument("--published", help="publication date (ISO) for files given one by one")
    ex.add_argument("--prefer", choices=PREFER, default="auto")
    ex.add_argument("--indent", type=int, default=None, help="pretty-print with this indent")
    ex.add_argument("--no-text", action="store_true", help="leave the text out of the output")
    _dask_options(ex)
    gr = sub.add_parser(
        "graph",
        help="merge the events of many documents into one ordered graph",
        description="Build the event graph of the documents and print it as JSON "
        "(EventGraph.to_dict()), or write GraphML or TimelineJS JSON.",
    )
    gr.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    gr.add_argument("--published", help="publication date (ISO) for files given one by one")
    gr.add_argument("--format", choices=("json", "graphml", "timelinejs"), default="json")
    gr.add_argument("-o", "--output", help="write to this file instead of standard output")
    gr.add_argument("--indent", type=int, default=None, help="pretty-print JSON with this indent")
    _dask_options(gr)
    rd = sub.add_parser(
        "render",
        help="draw a timeline PNG of the documents' events",
        description="Build the event graph of the documents and draw it as a PNG timeline.",
    )
    rd.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    rd.add_argument("-o", "--output", required=True, help="the PNG to write")
    rd.add_argument("--published", help="publication date (ISO) for files given one by one")
    rd.add_argument("--title", help="the picture's title")
    rd.add_argument("--lanes", choices=("type", "participant"), default="type")
    rd.add_argument("--months", choices=("ar", "latin"), default="ar")
    rd.add_argument("--statements", action="store_true", help="draw statements too")
    rd.add_argument("--types", help="comma-separated event types to keep (MEETING,VISIT,…)")
    rd.add_argument("--broken-axis", choices=("auto", "on", "off"), default="auto")
    rd.add_argument("--show", choices=("events", "timexes"), default="events")
    rd.add_argument("--html", help="also write an interactive HTML timeline here")
    rd.add_argument("--width", type=float, default=14.0)
    rd.add_argument("--dpi", type=int, default=130)
    args = parser.parse_args(argv)
    if args.command == "graph":
        return _graph(args)
    if args.command == "render":
        return _render(args)
    try:
        with _cluster(args) as distributed:
            if distributed:
                # one partition at a time: the output streams in corpus order
                parts = _bag(args.paths, args.published, args.prefer).to_delayed()
                documents: Iterable[Document] = (d for part in parts for d in part.compute())
            else:
                documents = _documents(args.paths, args.published, args.prefer)
            for doc in documents:
                data = doc.to_dict()
                if args.no_text:
                    data.pop("text", None)
                print(json.dumps(data, ensure_ascii=False, indent=args.indent), flush=True)
    except (TimelineError, OSError, _Usage) as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piping into head
        return 0
    return 0
