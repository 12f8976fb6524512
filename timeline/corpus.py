"""Read a folder of articles described by a ``manifest.json``.

The manifest lists the articles and their publication dates::

    {"articles": [{"file": "000_c247dd1110d1901d.txt", "published": "2024-10-21"}]}

An entry may also carry ``id`` and ``prefer``. Without ``id`` a document is named
after its file: the leading number of a numbered file (``000`` for
``000_c247dd1110d1901d.txt``), else the file's stem. A folder without a manifest
is read file by file (``*.txt``), with dates taken from the texts' headers.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from timeline.errors import CorpusError, TimelineError
from timeline.model import Document
from timeline.pipeline import extract

__all__ = ["iter_corpus", "read_corpus", "read_text"]

_NUMBERED = re.compile(r"^(\d+)_")


def read_text(path: str | Path, encoding: str | None = None) -> str:
    """Read a text file: UTF-8 (with or without BOM), UTF-16 or Windows-1256.

    Args:
        path: The file.
        encoding: Force an encoding instead of detecting it.

    Returns:
        The text, with a leading byte-order mark removed.

    Raises:
        CorpusError: The file cannot be read or decoded (its path is named).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        if encoding is not None:
            return data.decode(encoding).lstrip("\ufeff")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return data.decode("cp1256")
    except (UnicodeDecodeError, LookupError) as exc:
        raise CorpusError(f"cannot decode {path} ({encoding or 'detected'}): {exc}") from exc


def _doc_id(file: Path) -> str:
    m = _NUMBERED.match(file.stem)
    return m[1] if m else file.stem


def entries(folder: Path) -> list[dict[str, Any]]:
    """The article entries of a corpus folder's manifest (or its ``*.txt`` files)."""
    manifest = folder / "manifest.json"
    if not manifest.exists():
        return [{"file": p.name} for p in sorted(folder.glob("*.txt"))]
    try:
        data = json.loads(read_text(manifest))
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{manifest} is not valid JSON: {exc}") from exc
    articles = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(articles, list):
        raise CorpusError(f"{manifest} has no list of articles")
    out: list[dict[str, Any]] = []
    for i, entry in enumerate(articles):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise CorpusError(f"{manifest}: entry {i} has no 'file'")
        out.append(entry)
    return out


def iter_corpus(path: str | Path, *, encoding: str | None = None) -> Iterator[Document]:
    """Yield the documents of a corpus folder (or one file) one at a time.

    Args:
        path: A folder with a ``manifest.json`` (or ``*.txt`` files), or one file.
        encoding: Force an encoding for every file.

    Yields:
        One :class:`~timeline.model.Document` per article, in manifest order.

    Raises:
        CorpusError: The folder, its manifest or one of its files cannot be read.
    """
    path = Path(path)
    if path.is_file():
        yield extract(read_text(path, encoding), doc_id=_doc_id(path))
        return
    if not path.is_dir():
        raise CorpusError(f"no such file or folder: {path}")
    for entry in entries(path):
        yield read_entry(path, entry, encoding)


def read_entry(folder: Path, entry: dict[str, Any], encoding: str | None = None) -> Document:
    """Read and extract one manifest entry of ``folder``.

    Raises:
        CorpusError: The file is missing or cannot be read.
    """
    file = folder / entry["file"]
    if not file.is_file():
        raise CorpusError(f"{folder / 'manifest.json'} names a missing file: {entry['file']}")
    try:
        return extract(
            read_text(file, encoding),
            published=entry.get("published"),
            doc_id=str(entry.get("id") or _doc_id(file)),
            prefer=entry.get("prefer", "auto"),
        )
    except TimelineError as exc:
        if isinstance(exc, CorpusError):
            raise
        raise CorpusError(f"{file}: {exc}") from exc


def read_corpus(path: str | Path, *, encoding: str | None = None) -> list[Document]:
    """Read every document of a corpus folder.

    Args:
        path: A folder with a ``manifest.json`` like the seeds', or one file.
        encoding: Force an encoding (default: detect UTF-8, UTF-16, Windows-1256).

    Returns:
        The documents, in manifest order.

    Raises:
        CorpusError: The folder, its manifest or one of its files cannot be read.

    Examples:
        >>> import timeline
        >>> docs = timeline.read_corpus("seeds")
        >>> [d.id for d in docs]
        ['000', '001', '002', '003', '004']
    """
    return list(iter_corpus(path, encoding=encoding))
