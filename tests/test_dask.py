"""Dask runs equal single-process runs, document for document and node for node."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import timeline  # noqa: E402
import timeline.dask as tdask  # noqa: E402
from timeline.cli import main  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _articles() -> list[dict[str, Any]]:
    """The seeds three times over, each copy published at another date."""
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    entries = manifest["articles"] if isinstance(manifest, dict) else manifest
    out = []
    for copy, days in enumerate((0, 3, 400)):
        for entry in entries:
            published = dt.date.fromisoformat(entry["published"]) + dt.timedelta(days=days)
            text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
            out.append({"id": f"{copy}-{entry['file']}", "text": text, "published": published})
    return out


def _one(article: dict[str, Any]) -> timeline.Document:
    return timeline.extract(article["text"], published=article["published"], doc_id=article["id"])


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with tdask.client(workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client


def test_extraction_on_the_cluster_equals_one_process(cluster: Any) -> None:
    articles = _articles()
    local = [_one(a) for a in articles]
    remote = tdask.extract(db.from_sequence(articles, npartitions=4)).compute()
    assert len(remote) == len(local) == 15
    for a, b in zip(remote, local, strict=True):
        assert a.to_dict() == b.to_dict()


def test_graph_on_the_cluster_equals_one_process(cluster: Any) -> None:
    articles = _articles()
    docs = tdask.extract(db.from_sequence(articles, npartitions=4))
    local = timeline.build_graph(_one(a) for a in articles)
    remote = tdask.build_graph(docs)
    assert len(local.nodes) > 20
    assert remote.to_dict() == local.to_dict()
    assert list(remote.nodes) == list(local.nodes)


def _moved(doc: timeline.Document, days: int, name: str) -> timeline.Document:
    import attrs

    def move(day: dt.date | None) -> dt.date | None:
        return day + dt.timedelta(days=days) if day is not None else None

    events = [
        attrs.evolve(e, id=f"{name}-{i}", earliest=move(e.earliest), latest=move(e.latest))
        for i, e in enumerate(doc.events)
    ]
    return attrs.evolve(doc, id=name, published=move(doc.published), events=events)


def test_large_blocks_on_the_cluster_equal_one_process(cluster: Any) -> None:
    # 80 articles a few days apart: blocks far larger than a mention's reach in them
    seeds = timeline.read_corpus(SEEDS)
    docs = [_moved(seeds[i % 5], 3 * (i // 5), f"m{i:03d}") for i in range(80)]
    blocks: dict[tuple[str, ...], int] = {}
    from timeline.graph import FAMILIES
    from timeline.lang.ar import PERSONS
    from timeline.merging import BLOCK_REACH, emissions, items_of

    for item in items_of(docs, FAMILIES):
        for key, _role in emissions(item, PERSONS):
            blocks[key] = blocks.get(key, 0) + 1
    assert max(blocks.values()) > 2 * BLOCK_REACH + 1
    local = timeline.build_graph(docs)
    remote = tdask.build_graph(db.from_sequence(docs, npartitions=6))
    assert remote.to_dict() == local.to_dict()


def test_corpus_folder_read_on_the_workers(cluster: Any) -> None:
    docs = tdask.read_corpus(SEEDS, partition_size=2)
    assert docs.npartitions == 3
    assert [d.to_dict() for d in docs.compute()] == [
        d.to_dict() for d in timeline.read_corpus(SEEDS)
    ]
    alone = timeline.build_graph(timeline.read_corpus(SEEDS))
    assert tdask.build_graph(docs).to_dict() == alone.to_dict()


def test_unnamed_documents_keep_their_corpus_wide_names() -> None:
    texts = ["زار بوتين بيونغ يانغ أمس الأربعاء.", "التقى بوتين كيم في بيونغ يانغ يوم الأربعاء."]
    docs = [timeline.extract(t, published="2024-06-20") for t in texts]
    with dask.config.set(scheduler="sync"):
        remote = tdask.build_graph(db.from_sequence(docs, npartitions=2))
    assert remote.to_dict() == timeline.build_graph(docs).to_dict()
    assert set(remote.sources) == {"doc0", "doc1"}


def test_the_command_line_runs_on_a_local_cluster(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(SEEDS)]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert main(["graph", str(SEEDS), "--workers", "2"]) == 0
    assert json.loads(capsys.readouterr().out) == alone
    assert main(["extract", str(SEEDS), "--no-text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert main(["extract", str(SEEDS), "--no-text", "--workers", "1"]) == 0
    assert capsys.readouterr().out.splitlines() == lines


def test_bad_input_gets_the_library_errors() -> None:
    with pytest.raises(timeline.InvalidSettingError):
        tdask.extract([{"text": "x"}])
    with pytest.raises(timeline.InvalidSettingError), tdask.client():
        pass
    with pytest.raises(timeline.InvalidSettingError), tdask.client(workers=0):
        pass
    with pytest.raises(timeline.CorpusError):
        tdask.read_corpus(SEEDS / "missing")
    with dask.config.set(scheduler="sync"), pytest.raises(timeline.InvalidSettingError):
        tdask.extract(db.from_sequence([{"id": "a"}])).compute()
    with pytest.raises(ValueError):
        tdask.build_graph(db.from_sequence([]), language="xx")
    with pytest.raises(SystemExit) as exit_:
        main(["graph", str(SEEDS), "--workers", "1", "--scheduler", "tcp://x:1"])
    assert exit_.value.code == 2


def test_a_dataframe_is_read_through_its_bag_of_records() -> None:
    class Frame:
        """What timeline.dask uses of a Dask dataframe: ``to_bag(format="dict")``."""

        def __init__(self, records: list[dict[str, Any]]) -> None:
            self.records = records
            self.asked: list[str] = []

        def to_bag(self, format: str = "tuple") -> Any:
            self.asked.append(format)
            return db.from_sequence(self.records, npartitions=2)

    articles = _articles()[:4]
    frame = Frame(articles)
    with dask.config.set(scheduler="sync"):
        docs = tdask.extract(frame).compute()
    assert frame.asked == ["dict"]
    assert [d.to_dict() for d in docs] == [_one(a).to_dict() for a in articles]


def test_the_command_line_reads_single_files_on_a_cluster(
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = str(sorted(SEEDS.glob("*.txt"))[0])
    args = ["extract", file, "--published", "2024-10-21", "--no-text"]
    assert main(args) == 0
    alone = capsys.readouterr().out
    assert main([*args, "--workers", "1"]) == 0
    assert capsys.readouterr().out == alone
    assert json.loads(alone)["id"] == Path(file).stem


def test_the_command_line_reports_cluster_mistakes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["graph", str(SEEDS), "--workers", "0"]) == 2
    assert "workers must be at least 1" in capsys.readouterr().err
    monkeypatch.setitem(__import__("sys").modules, "timeline.dask", None)  # as if not installed
    assert main(["extract", str(SEEDS), "--workers", "2"]) == 2
    assert "timeline.dask" in capsys.readouterr().err
