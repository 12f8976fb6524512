"""Corpus runs on Dask: extraction and graph building spread over a cluster.

Install the extra (``pip install "timeline[dask]"``). Every function takes and
returns ``dask.bag`` objects, so it runs unchanged on the threaded scheduler, on
a :class:`dask.distributed.LocalCluster` or on a real cluster whose workers
have ``timeline`` installed (and, for :func:`read_corpus`, see the corpus
folder at the same path).

Graph building is map → shuffle → merge:

1. *map*: every document becomes its event mentions, each with the blocking
   keys it belongs to (family × month × participant or place, and the
   person/place keys that let a loosely dated mention meet older events);
2. *shuffle*: mentions are grouped by key across the cluster: each partition
   sends one pickled blob per bucket of keys, and each bucket's task gathers
   its blobs from every partition;
3. *merge*: each block scores its candidate pairs on the worker that holds it
   (a pair two mentions share in several blocks is scored in each, and the
   client keeps one); only the scored pairs (three integers each) come back. The client joins
   them into events and orders the graph exactly as :func:`timeline.build_graph`
   does, so the result is the same node for node.

The final union and ordering still read every document on the client, so the
graph itself must fit in the client's memory; extraction does not.

Examples:
    >>> import dask
    >>> import dask.bag as db
    >>> import timeline
    >>> import timeline.dask as tdask
    >>> articles = db.from_sequence(
    ...     [{"id": "a", "text": "زار بوتين بيونغ يانغ أمس الأربعاء.", "published": "2024-06-20"}]
    ... )
    >>> with dask.config.set(scheduler="sync"):
    ...     docs = tdask.extract(articles).compute()
    >>> docs[0].timexes[0].value
    '2024-06-19'
"""

from __future__ import annotations

import contextlib
import pickle
import zlib
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

try:
    import dask
    import dask.bag as db
    from dask.delayed import delayed
except ImportError as exc:  # pragma: no cover - exercised without the extra only
    raise ImportError(
        'timeline.dask needs Dask: pip install "timeline[dask]" (dask[bag] and distributed)'
    ) from exc

from timeline.corpus import entries, read_entry
from timeline.errors import CorpusError, InvalidSettingError
from timeline.graph import EventGraph, assemble
from timeline.merging import Item, block_pairs, emissions, items_of, score_pairs
from timeline.model import Document
from timeline.pipeline import extract as _extract

__all__ = ["build_graph", "client", "extract", "read_corpus"]


def _article(record: Mapping[str, Any], prefer: str) -> Document:
    if not isinstance(record, Mapping) or not isinstance(record.get("text"), str):
        raise InvalidSettingError(f"an article needs a 'text' string, got {record!r:.80}")
    published = record.get("published", record.get("date"))
    doc_id = record.get("id")
    return _extract(
        record["text"],
        published=published,
        doc_id=None if doc_id is None else str(doc_id),
        prefer=str(record.get("prefer", prefer)),
    )


def extract(articles: Any, *, prefer: str = "auto") -> db.Bag:
    """Extract every article of a bag (or dataframe) into documents.

    Args:
        articles: A ``dask.bag.Bag`` of mappings with ``text``, ``published``
            (or ``date``: a date or ISO string) and ``id``; or a Dask dataframe
            with those columns.
        prefer: As for :func:`timeline.extract`; an article's own ``prefer``
            field wins.

    Returns:
        A bag of :class:`~timeline.model.Document`, in the articles' order.

    Raises:
        InvalidSettingError: ``articles`` is neither a bag nor a dataframe.
    """
    if hasattr(articles, "to_bag") and not isinstance(articles, db.Bag):
        articles = articles.to_bag(format="dict")
    if not isinstance(articles, db.Bag):
        raise InvalidSettingError(
            f"expected a dask bag or dataframe, got {type(articles).__name__}"
        )
    return articles.map(_article, prefer)


def read_corpus(
    path: str | Path, *, encoding: str | None = None, partition_size: int = 64
) -> db.Bag:
    """A bag of the documents of a corpus folder, read and extracted on the workers.

    Args:
        path: A folder with a ``manifest.json`` (or ``*.txt`` files). Workers
            must see it at the same path.
        encoding: Force an encoding for every file.
        partition_size: Articles per partition.

    Returns:
        A bag of :class:`~timeline.model.Document`, in manifest order.

    Raises:
        CorpusError: The folder or its manifest cannot be read (a missing or
            unreadable article raises when the bag is computed).
    """
    folder = Path(path)
    if not folder.is_dir():
        raise CorpusError(f"no such folder: {folder}")
    return db.from_sequence(entries(folder), partition_size=max(1, partition_size)).map(
        lambda entry: read_entry(folder, entry, encoding)
    )


def _partition_items(docs: Sequence[Document], doc_offset: int, item_offset: int) -> list[Item]:
    from timeline.graph import FAMILIES
    from timeline.lang.ar import MORPHOLOGY

    out = []
    for item in items_of(docs, FAMILIES, MORPHOLOGY):
        own = docs[item.doc_index].id is not None
        out.append(
            attrs.evolve(
                item,
                key=item.key + item_offset,
                doc=item.doc if own else f"doc{item.doc_index + doc_offset}",
                doc_index=item.doc_index + doc_offset,
            )
        )
    return out


_Key = tuple[str, ...]
_Record = tuple[_Key, int, str, Item]


def _bucket(key: _Key, buckets: int) -> int:
    """The shuffle bucket of a block key, the same in every process (``hash`` of a
    string is salted per process)."""
    return zlib.crc32("\x1f".join(key).encode("utf-8")) % buckets


def _split(
    docs: Sequence[Document], doc_offset: int, item_offset: int, buckets: int
) -> list[bytes]:
    """Map: a partition's mentions, each sent to the bucket of every block it
    belongs to, one pickled blob per bucket."""
    from timeline.lang.ar import PERSONS

    out: list[list[_Record]] = [[] for _ in range(buckets)]
    for item in _partition_items(docs, doc_offset, item_offset):
        for key, role in emissions(item, PERSONS):
            out[_bucket(key, buckets)].append((key, item.key, role, item))
    return [pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL) for records in out]


def _score_bucket(*blobs: bytes) -> bytes:
    """Merge: the blocks of one bucket, gathered from every partition, each scoring
    its candidate pairs; the scored pairs come back as one pickled blob."""
    from timeline.lang.ar import PERSONS, PLACE_COUNTRY

    blocks: dict[_Key, list[tuple[int, str]]] = defaultdict(list)
    found: dict[int, Item] = {}
    for blob in blobs:
        for key, number, role, item in pickle.loads(blob):
            blocks[key].append((number, role))
            found[number] = item
    scored: list[tuple[int, int, int]] = []
    for key, members in blocks.items():
        # a pair met in several blocks is scored in each; the client keeps one of each
        scored += score_pairs(found, block_pairs(key, members), PLACE_COUNTRY, PERSONS)
    return pickle.dumps(scored, protocol=pickle.HIGHEST_PROTOCOL)


def build_graph(documents: db.Bag, *, language: str = "ar") -> EventGraph:
    """Build the event graph of a bag of documents on Dask.

    The result equals :func:`timeline.build_graph` over the same documents in
    the same order.

    Args:
        documents: A bag of :class:`~timeline.model.Document` (from
            :func:`extract` or :func:`read_corpus`).
        language: The language whose signal words to read (``"ar"``).

    Returns:
        The :class:`~timeline.graph.EventGraph`.

    Raises:
        ValueError: An unknown ``language``.
    """
    if language != "ar":
        raise ValueError(f"unknown language {language!r}")
    documents = documents.map_partitions(list).persist()  # partitions may be iterators
    parts = documents.to_delayed()
    sizes = dask.compute(*[delayed(_sizes)(part) for part in parts])
    buckets = len(parts)
    doc_offset = item_offset = 0
    splits = []
    for part, (n_docs, n_items) in zip(parts, sizes, strict=True):
        splits.append(delayed(_split, nout=buckets)(part, doc_offset, item_offset, buckets))
        doc_offset += n_docs
        item_offset += n_items
    # the shuffle moves one blob per (partition, bucket): lists of many small
    # tuples cost dask.distributed far more to send than their bytes
    merged = [
        delayed(_score_bucket)(*[split[bucket] for split in splits]) for bucket in range(buckets)
    ]
    scored = [triple for blob in dask.compute(*merged) for triple in pickle.loads(blob)]
    return assemble(documents.compute(), scored)


def _sizes(docs: Sequence[Document]) -> tuple[int, int]:
    docs = list(docs)
    return len(docs), sum(len(d.events) for d in docs)


@contextlib.contextmanager
def client(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A ``dask.distributed`` client for the duration of a ``with`` block.

    Args:
        workers: Start a local cluster with this many worker processes.
        scheduler: Or connect to an existing scheduler (``tcp://host:8786``).

    Yields:
        The :class:`distributed.Client` (it is the default scheduler inside).

    Raises:
        InvalidSettingError: Neither or both given, or ``workers`` below 1.
    """
    from distributed import Client, LocalCluster

    if (workers is None) == (scheduler is None):
        raise InvalidSettingError("give either workers or a scheduler address")
    if scheduler is not None:
        with Client(scheduler) as connected:
            yield connected
        return
    assert workers is not None
    if workers < 1:
        raise InvalidSettingError(f"workers must be at least 1, got {workers}")
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",
        ) as cluster,
        Client(cluster) as local,
    ):
        yield local
