"""read_corpus, file encodings and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import timeline
from timeline.cli import main
from timeline.corpus import read_text

ROOT = Path(__file__).resolve().parent.parent


def _write_corpus(folder: Path, articles: list[dict[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_text(json.dumps({"articles": articles}), encoding="utf-8")


def test_read_corpus_uses_manifest_dates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("وصل الوفد أمس", encoding="utf-8")
    _write_corpus(tmp_path, [{"file": "a.txt", "published": "2024-10-21", "id": "x1"}])
    (doc,) = timeline.read_corpus(tmp_path)
    assert doc.id == "x1"
    assert [t.value for t in doc.timexes] == ["2024-10-20"]


def test_missing_file_is_named(tmp_path: Path) -> None:
    _write_corpus(tmp_path, [{"file": "missing.txt", "published": "2024-10-21"}])
    with pytest.raises(timeline.CorpusError, match=r"missing\.txt") as err:
        timeline.read_corpus(tmp_path)
    assert isinstance(err.value, OSError)


def test_bad_manifest_date_is_reported_with_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("أمس", encoding="utf-8")
    _write_corpus(tmp_path, [{"file": "a.txt", "published": "not a date"}])
    with pytest.raises(timeline.CorpusError, match=r"a\.txt"):
        timeline.read_corpus(tmp_path)


def test_no_such_folder() -> None:
    with pytest.raises(timeline.CorpusError):
        timeline.read_corpus("/no/such/folder")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = "وصل الوفد أمس الإثنين"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text(path) == text


def test_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("أمس".encode("cp1256"))
    assert read_text(path, encoding="cp1256") == "أمس"
    with pytest.raises(timeline.CorpusError, match=r"a\.txt"):
        read_text(path, encoding="no-such-codec")


def test_cli_extract_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ROOT / "seeds")]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 5
    first = json.loads(lines[0])
    assert first["id"] == "000" and first["published"] == "2024-10-21"
    assert {"text", "start", "end", "type", "value", "mod"} <= set(first["timexes"][0])


def test_cli_extract_file_with_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("زار الوفد موسكو في يونيو الماضي", encoding="utf-8")
    assert main(["extract", str(path), "--published", "2024-10-31", "--no-text"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "text" not in data
    assert [t["value"] for t in data["timexes"]] == ["2024-06"]


def test_cli_reports_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "/no/such/file.txt"]) == 2
    assert "file.txt" in capsys.readouterr().err
    path = tmp_path / "a.txt"
    path.write_text("أمس", encoding="utf-8")
    assert main(["extract", str(path), "--published", "bad"]) == 2
    assert "published" in capsys.readouterr().err


def test_module_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", "seeds/", "--no-text"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(out.stdout.strip().splitlines()) == 5


def test_cli_graph_json_graphml_timelinejs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["graph", str(ROOT / "seeds")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["nodes"] and data["edges"]
    out = tmp_path / "g.graphml"
    assert main(["graph", str(ROOT / "seeds"), "--format", "graphml", "-o", str(out)]) == 0
    assert "<graphml" in out.read_text(encoding="utf-8")
    assert main(["graph", str(ROOT / "seeds"), "--format", "graphml"]) == 2
    tl = tmp_path / "t.json"
    assert main(["graph", str(ROOT / "seeds"), "--format", "timelinejs", "-o", str(tl)]) == 0
    assert json.loads(tl.read_text(encoding="utf-8"))["events"]
