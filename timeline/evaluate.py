"""Score the tagger against a gold folder, TempEval-3 style.

Run it as ``python -m timeline.evaluate GOLD_DIR [--errors] [--json]``.

The gold folder holds, at any depth:

* ``*.json`` files with a ``"timexes"`` key (files without one are skipped). The
  text is inline (``"text"``) or in a file (``"file"``, relative to the JSON
  file's folder). Optional keys: ``"id"`` (default: the file's stem),
  ``"published"`` (an ISO date or ``null``) and ``"prefer"`` (``"auto"``,
  ``"past"`` or ``"future"``; default ``"auto"``).
* ``*.tml`` files in the TempEval-3 TimeML format: the text is the content of
  ``<TEXT>`` with the tags removed (offsets refer to that plain text), the gold
  timexes are its ``<TIMEX3>`` elements, and the publication date is the value
  of the ``TIMEX3`` with ``functionInDocument="CREATION_TIME"`` (in ``<DCT>``).

Each document goes through :func:`timeline.extract` with its publication date,
id and ``prefer`` policy, and the output is scored against the gold:

* strict span match: same ``start`` and ``end``;
* relaxed span match: overlapping spans, paired one-to-one, greedily by
  overlap size (then by the smaller union, then by position);
* on relaxed pairs: type accuracy, and the value scores TempEval-3 uses:
  value precision = correct values / system timexes, value recall = correct
  values / gold timexes, and their F1.

Totals are micro-averaged: the per-document :class:`Counts` are added up and
the ratios computed once.

The scoring functions (:func:`align`, :func:`score_document`, :func:`f1`, …)
are pure and need neither the tagger nor the file system.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import importlib
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "Counts",
    "DocumentResult",
    "ErrorItem",
    "Extractor",
    "GoldDocument",
    "GoldFormatError",
    "align",
    "document_errors",
    "evaluate",
    "f1",
    "format_report",
    "load_gold",
    "main",
    "parse_timeml",
    "precision",
    "read_gold_json",
    "read_timeml",
    "recall",
    "report_json",
    "score_document",
    "timeline_extractor",
    "total",
]

PREFER_VALUES = ("auto", "past", "future")


class GoldFormatError(ValueError):
    """A gold file cannot be read: bad JSON, a missing key, wrong offsets."""


# --------------------------------------------------------------------------- scoring


def precision(correct: int, system: int) -> float:
    """Return ``correct / system``, or 0.0 when the system found nothing.

    Args:
        correct: Number of correct system items.
        system: Number of system items.

    Returns:
        The precision in ``[0, 1]``.

    Examples:
        >>> precision(3, 4)
        0.75
        >>> precision(0, 0)
        0.0
    """
    return correct / system if system else 0.0


def recall(correct: int, gold: int) -> float:
    """Return ``correct / gold``, or 0.0 when the gold is empty.

    Args:
        correct: Number of correct system items.
        gold: Number of gold items.

    Returns:
        The recall in ``[0, 1]``.

    Examples:
        >>> recall(3, 6)
        0.5
    """
    return correct / gold if gold else 0.0


def f1(p: float, r: float) -> float:
    """Return the harmonic mean of a precision and a recall (0.0 if both are 0).

    Args:
        p: Precision.
        r: Recall.

    Returns:
        ``2pr / (p + r)``.

    Examples:
        >>> f1(0.5, 1.0)
        0.6666666666666666
        >>> f1(0.0, 0.0)
        0.0
    """
    return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen(kw_only=True)
class Counts:
    """Raw counts for one document or, added up, for a whole folder.

    Attributes:
        documents: Number of documents counted.
        gold: Gold timexes.
        system: System timexes.
        strict: Pairs with exactly the same span.
        relaxed: Pairs with overlapping spans (one-to-one).
        type_correct: Relaxed pairs with the same type.
        value_correct: Relaxed pairs with the same value.
        mod_correct: Relaxed pairs with the same mod (``None`` equals ``None``).

    Examples:
        >>> a = Counts(documents=1, gold=2, system=1, strict=1, relaxed=1)
        >>> (a + a).gold
        4
        >>> sum([a, a], Counts()).relaxed
        2
    """

    documents: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    mod_correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        """Add two sets of counts field by field."""
        if not isinstance(other, Counts):
            return NotImplemented
        return Counts(
            **{
                field.name: getattr(self, field.name) + getattr(other, field.name)
                for field in attrs.fields(Counts)
            }
        )

    @property
    def strict_precision(self) -> float:
        """Strict span precision."""
        return precision(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        """Strict span recall."""
        return recall(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        """Strict span F1."""
        return f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        """Relaxed span precision."""
        return precision(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        """Relaxed span recall."""
        return recall(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        """Relaxed span F1."""
        return f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        """Share of relaxed pairs whose type is right."""
        return precision(self.type_correct, self.relaxed)

    @property
    def mod_accuracy(self) -> float:
        """Share of relaxed pairs whose mod is right."""
        return precision(self.mod_correct, self.relaxed)

    @property
    def value_precision(self) -> float:
        """Correct values over system timexes (TempEval-3)."""
        return precision(self.value_correct, self.system)

    @property
    def value_recall(self) -> float:
        """Correct values over gold timexes (TempEval-3)."""
        return recall(self.value_correct, self.gold)

    @property
    def value_f1(self) -> float:
        """F1 of value precision and value recall."""
        return f1(self.value_precision, self.value_recall)

    def to_dict(self) -> dict[str, Any]:
        """Return the counts and every derived score, JSON-ready."""
        scores = {
            name: round(getattr(self, name), 4)
            for name in (
                "strict_precision",
                "strict_recall",
                "strict_f1",
                "relaxed_precision",
                "relaxed_recall",
                "relaxed_f1",
                "type_accuracy",
                "mod_accuracy",
                "value_precision",
                "value_recall",
                "value_f1",
            )
        }
        return {**attrs.asdict(self), **scores}


def _span(timex: Mapping[str, Any]) -> tuple[int, int]:
    return int(timex["start"]), int(timex["end"])


def _norm(value: object) -> str:
    return "" if value is None else str(value).strip()


def align(
    gold: Sequence[Mapping[str, Any]], system: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """Pair gold and system timexes one-to-one by overlapping spans.

    Candidate pairs are the (gold, system) pairs whose spans share at least one
    character. They are taken greedily: the largest overlap first, then the
    smallest union (so an exact match wins a tie), then by position; a timex
    already paired is skipped. Exact matches are therefore always paired with
    each other.

    Args:
        gold: Gold timexes (mappings with ``start`` and ``end``).
        system: System timexes.

    Returns:
        ``(gold index, system index)`` pairs, sorted by gold index.

    Examples:
        >>> g = [{"start": 0, "end": 10}]
        >>> s = [{"start": 0, "end": 4}, {"start": 2, "end": 10}]
        >>> align(g, s)
        [(0, 1)]
    """
    candidates: list[tuple[int, int, int, int, int, int]] = []
    for i, g in enumerate(gold):
        g_start, g_end = _span(g)
        for j, s in enumerate(system):
            s_start, s_end = _span(s)
            overlap = min(g_end, s_end) - max(g_start, s_start)
            if overlap > 0:
                union = max(g_end, s_end) - min(g_start, s_start)
                candidates.append((-overlap, union, g_start, s_start, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, i, j in candidates:
        if i in used_gold or j in used_system:
            continue
        used_gold.add(i)
        used_system.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def score_document(
    gold: Sequence[Mapping[str, Any]], system: Sequence[Mapping[str, Any]]
) -> Counts:
    """Count matches between one document's gold and system timexes.

    Args:
        gold: Gold timexes: mappings with ``start``, ``end``, ``type``,
            ``value`` and optionally ``mod``.
        system: System timexes, same keys.

    Returns:
        The :class:`Counts` for this document (``documents == 1``).

    Examples:
        >>> gold = [{"start": 0, "end": 11, "type": "DATE", "value": "2024-10-21"}]
        >>> system = [{"start": 4, "end": 11, "type": "DATE", "value": "2024-10-21"}]
        >>> c = score_document(gold, system)
        >>> (c.strict, c.relaxed, c.value_correct)
        (0, 1, 1)
    """
    strict = relaxed = type_correct = value_correct = mod_correct = 0
    for i, j in align(gold, system):
        g, s = gold[i], system[j]
        relaxed += 1
        strict += _span(g) == _span(s)
        type_correct += _norm(g.get("type")).upper() == _norm(s.get("type")).upper()
        value_correct += _norm(g.get("value")) == _norm(s.get("value"))
        mod_correct += _norm(g.get("mod")) == _norm(s.get("mod"))
    return Counts(
        documents=1,
        gold=len(gold),
        system=len(system),
        strict=strict,
        relaxed=relaxed,
        type_correct=type_correct,
        value_correct=value_correct,
        mod_correct=mod_correct,
    )


@attrs.frozen(kw_only=True)
class ErrorItem:
    """One scoring error, for the ``--errors`` listing.

    Attributes:
        doc: Document id.
        kind: ``FP`` (system only), ``FN`` (gold only), ``VALUE`` (paired, wrong
            value), ``TYPE`` (paired, right value, wrong type), ``MOD`` (paired,
            right value and type, wrong mod) or ``SPAN`` (paired, all right but
            the span differs).
        gold_text: Gold surface, or ``None``.
        system_text: System surface, or ``None``.
        start: Start offset (gold's when there is a gold timex).
        end: End offset (gold's when there is a gold timex).
        gold_value: Gold value (with type and mod), or ``None``.
        system_value: System value (with type and mod), or ``None``.
    """

    doc: str
    kind: str
    gold_text: str | None
    system_text: str | None
    start: int
    end: int
    gold_value: str | None
    system_value: str | None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dictionary."""
        return attrs.asdict(self)


def _describe(timex: Mapping[str, Any]) -> str:
    out = f"{_norm(timex.get('value'))} {_norm(timex.get('type'))}"
    mod = _norm(timex.get("mod"))
    return f"{out} mod={mod}" if mod else out


def _surface(timex: Mapping[str, Any], text: str | None) -> str:
    if "text" in timex and timex["text"] is not None:
        return str(timex["text"])
    start, end = _span(timex)
    return text[start:end] if text is not None else ""


def document_errors(
    doc_id: str,
    gold: Sequence[Mapping[str, Any]],
    system: Sequence[Mapping[str, Any]],
    text: str | None = None,
) -> list[ErrorItem]:
    """List every false positive, false negative and wrong attribute in a document.

    A relaxed pair gives at most one item: ``VALUE`` if the value is wrong,
    else ``TYPE``, else ``MOD``, else ``SPAN`` when only the extent differs.

    Args:
        doc_id: Document id, copied into each item.
        gold: Gold timexes.
        system: System timexes.
        text: The document text, to show surfaces of timexes without ``text``.

    Returns:
        The errors, ordered by offset.

    Examples:
        >>> gold = [{"text": "أمس", "start": 0, "end": 3, "type": "DATE", "value": "2024-10-20"}]
        >>> [e.kind for e in document_errors("000", gold, [])]
        ['FN']
    """
    items: list[ErrorItem] = []
    pairs = align(gold, system)
    paired_gold = {i for i, _ in pairs}
    paired_system = {j for _, j in pairs}
    for i, j in pairs:
        g, s = gold[i], system[j]
        if _norm(g.get("value")) != _norm(s.get("value")):
            kind = "VALUE"
        elif _norm(g.get("type")).upper() != _norm(s.get("type")).upper():
            kind = "TYPE"
        elif _norm(g.get("mod")) != _norm(s.get("mod")):
            kind = "MOD"
        elif _span(g) != _span(s):
            kind = "SPAN"
        else:
            continue
        start, end = _span(g)
        items.append(
            ErrorItem(
                doc=doc_id,
                kind=kind,
                gold_text=_surface(g, text),
                system_text=_surface(s, text),
                start=start,
                end=end,
                gold_value=_describe(g),
                system_value=_describe(s),
            )
        )
    for i, g in enumerate(gold):
        if i not in paired_gold:
            start, end = _span(g)
            items.append(
                ErrorItem(
                    doc=doc_id,
                    kind="FN",
                    gold_text=_surface(g, text),
                    system_text=None,
                    start=start,
                    end=end,
                    gold_value=_describe(g),
                    system_value=None,
                )
            )
    for j, s in enumerate(system):
        if j not in paired_system:
            start, end = _span(s)
            items.append(
                ErrorItem(
                    doc=doc_id,
                    kind="FP",
                    gold_text=None,
                    system_text=_surface(s, text),
                    start=start,
                    end=end,
                    gold_value=None,
                    system_value=_describe(s),
                )
            )
    items.sort(key=lambda e: (e.start, e.end, e.kind))
    return items


# --------------------------------------------------------------------------- reading gold


@attrs.frozen(kw_only=True)
class GoldDocument:
    """One gold document.

    Attributes:
        id: Document id.
        text: The text the offsets refer to.
        published: Publication date (DCT), or ``None`` when unknown.
        prefer: Direction policy to pass to the tagger.
        timexes: Gold timexes (``text``, ``start``, ``end``, ``type``,
            ``value``, ``mod``), sorted by offset.
        path: The gold file.
    """

    id: str
    text: str
    published: dt.date | None
    prefer: str = "auto"
    timexes: tuple[Mapping[str, Any], ...] = ()
    path: Path | None = None


def _read_text(path: Path) -> str:
    # newline="" keeps the text exactly as stored, so offsets stay code points of the file.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _parse_published(value: object, where: Path) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise GoldFormatError(f"{where}: 'published' must be an ISO date or null, not {value!r}")


def _check_timexes(
    raw: object, text: str, where: Path, *, check_surface: bool = True
) -> tuple[dict[str, Any], ...]:
    if not isinstance(raw, list):
        raise GoldFormatError(f"{where}: 'timexes' must be a list")
    out: list[dict[str, Any]] = []
    for n, item in enumerate(raw):
        if not isinstance(item, dict):
            raise GoldFormatError(f"{where}: timex #{n} is not an object")
        try:
            start, end = int(item["start"]), int(item["end"])
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldFormatError(f"{where}: timex #{n} needs integer 'start' and 'end'") from exc
        if not 0 <= start < end <= len(text):
            raise GoldFormatError(f"{where}: timex #{n} has a bad span [{start}, {end})")
        surface = text[start:end]
        if check_surface and item.get("text") is not None and item["text"] != surface:
            raise GoldFormatError(
                f"{where}: timex #{n} says {item['text']!r} but the text at "
                f"[{start}, {end}) is {surface!r}"
            )
        for key in ("type", "value"):
            if not isinstance(item.get(key), str):
                raise GoldFormatError(f"{where}: timex #{n} needs a string {key!r}")
        out.append({**item, "text": surface, "start": start, "end": end, "mod": item.get("mod")})
    out.sort(key=lambda t: (t["start"], t["end"]))
    return tuple(out)


def read_gold_json(path: Path) -> GoldDocument | None:
    """Read one JSON gold file.

    Args:
        path: A ``*.json`` file.

    Returns:
        The document, or ``None`` when the JSON has no ``"timexes"`` key (it is
        not a gold file, e.g. a manifest).

    Raises:
        GoldFormatError: The file is not valid JSON, the text is missing, or a
            timex is malformed or does not match the text.
    """
    try:
        data = json.loads(_read_text(path))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read JSON: {exc}") from exc
    if not isinstance(data, dict) or "timexes" not in data:
        return None
    if isinstance(data.get("text"), str):
        text: str = data["text"]
    elif isinstance(data.get("file"), str):
        text_path = path.parent / data["file"]
        try:
            text = _read_text(text_path)
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldFormatError(f"{path}: cannot read the text file {text_path}: {exc}") from exc
    else:
        raise GoldFormatError(f"{path}: needs the document text in 'text' or a path in 'file'")
    prefer = data.get("prefer") or "auto"
    if prefer not in PREFER_VALUES:
        raise GoldFormatError(f"{path}: 'prefer' must be one of {PREFER_VALUES}, not {prefer!r}")
    return GoldDocument(
        id=str(data.get("id") or path.stem),
        text=text,
        published=_parse_published(data.get("published"), path),
        prefer=prefer,
        timexes=_check_timexes(data["timexes"], text, path),
        path=path,
    )


_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_TAG_NAME = re.compile(r"<\s*(/?)\s*([A-Za-z_][\w.:-]*)")
_ATTR = re.compile(r"""([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TEXT_ELEMENT = re.compile(r"<TEXT(?:\s[^>]*)?>(.*?)</TEXT\s*>", re.DOTALL)
_DOCID = re.compile(r"<DOCID(?:\s[^>]*)?>(.*?)</DOCID\s*>", re.DOTALL)


def _attributes(tag: str) -> dict[str, str]:
    return {
        m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
        for m in _ATTR.finditer(tag)
    }


def _creation_time(markup: str) -> str | None:
    for m in _TAG.finditer(markup):
        name = _TAG_NAME.match(m.group(0))
        if name and not name.group(1) and name.group(2).upper() == "TIMEX3":
            found = _attributes(m.group(0))
            if found.get("functionInDocument", "").upper() == "CREATION_TIME":
                return found.get("value")
    return None


def parse_timeml(markup: str) -> tuple[str, list[dict[str, Any]], str | None, str | None]:
    """Split a TempEval-3 TimeML document into plain text, timexes, DCT and id.

    Args:
        markup: The whole ``.tml`` file.

    Returns:
        ``(text, timexes, dct_value, docid)``: the content of ``<TEXT>`` with
        tags removed and entities decoded; its ``TIMEX3`` elements as dicts with
        offsets into that text; the ``CREATION_TIME`` timex's value (or
        ``None``); the ``<DOCID>`` (or ``None``).

    Raises:
        GoldFormatError: There is no ``<TEXT>`` element or the ``TIMEX3`` tags
            do not nest.

    Examples:
        >>> text, timexes, dct, _ = parse_timeml(
        ...     '<TimeML><TEXT>Sales <TIMEX3 tid="t1" type="DATE" value="1998">last '
        ...     'year</TIMEX3> &amp; more</TEXT></TimeML>')
        >>> text, timexes[0]["text"], timexes[0]["start"]
        ('Sales last year & more', 'last year', 6)
    """
    body = _TEXT_ELEMENT.search(markup)
    if body is None:
        raise GoldFormatError("no <TEXT> element")
    content = body.group(1)
    parts: list[str] = []
    length = 0
    stack: list[tuple[dict[str, str], int]] = []
    timexes: list[dict[str, Any]] = []
    pos = 0
    for m in _TAG.finditer(content):
        chunk = html.unescape(content[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        tag = m.group(0)
        name = _TAG_NAME.match(tag)
        if name is None or name.group(2).upper() != "TIMEX3":
            continue
        if name.group(1):
            if not stack:
                raise GoldFormatError(f"unbalanced </TIMEX3> at offset {length}")
            found, start = stack.pop()
            timexes.append(
                {
                    "start": start,
                    "end": length,
                    "type": found.get("type", ""),
                    "value": found.get("value", ""),
                    "mod": found.get("mod") or None,
                    "tid": found.get("tid"),
                }
            )
        elif not tag.rstrip(">").rstrip().endswith("/"):
            stack.append((_attributes(tag), length))
    if stack:
        raise GoldFormatError("unclosed <TIMEX3>")
    parts.append(html.unescape(content[pos:]))
    text = "".join(parts)
    for timex in timexes:
        timex["text"] = text[timex["start"] : timex["end"]]
    timexes = [t for t in timexes if t["end"] > t["start"]]
    timexes.sort(key=lambda t: (t["start"], t["end"]))
    docid = _DOCID.search(markup)
    return (
        text,
        timexes,
        _creation_time(markup),
        html.unescape(docid.group(1)).strip() if docid else None,
    )


def read_timeml(path: Path) -> GoldDocument:
    """Read one TempEval-3 ``.tml`` file.

    Args:
        path: The file.

    Returns:
        The document; its id is the ``<DOCID>`` or the file's stem, and its
        publication date the ``CREATION_TIME`` value (``None`` if it is not a
        full date).

    Raises:
        GoldFormatError: The file cannot be read or parsed.
    """
    try:
        markup = _read_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read: {exc}") from exc
    try:
        text, timexes, dct, docid = parse_timeml(markup)
    except GoldFormatError as exc:
        raise GoldFormatError(f"{path}: {exc}") from exc
    published: dt.date | None = None
    if dct:
        try:
            published = dt.date.fromisoformat(dct.strip()[:10])
        except ValueError:
            published = None
    return GoldDocument(
        id=docid or path.stem,
        text=text,
        published=published,
        prefer="auto",
        timexes=_check_timexes(timexes, text, path, check_surface=False),
        path=path,
    )


def load_gold(folder: Path) -> list[GoldDocument]:
    """Read every gold document under a folder, recursively.

    Args:
        folder: The gold folder.

    Returns:
        The documents, ordered by path.

    Raises:
        FileNotFoundError: ``folder`` is not a directory.
        GoldFormatError: A gold file is malformed.
    """
    if not folder.is_dir():
        raise FileNotFoundError(f"gold folder {str(folder)!r} does not exist or is not a folder")
    documents: list[GoldDocument] = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".json":
            doc = read_gold_json(path)
            if doc is not None:
                documents.append(doc)
        elif path.suffix == ".tml":
            documents.append(read_timeml(path))
    return documents


# --------------------------------------------------------------------------- running

Extractor = Callable[[GoldDocument], Sequence[Mapping[str, Any]]]
"""A tagger: takes a gold document, returns timex mappings (``start``, ``end``, …)."""


def _timex_dict(timex: object) -> dict[str, Any]:
    if isinstance(timex, Mapping):
        return dict(timex)
    return {
        key: getattr(timex, key, None) for key in ("text", "start", "end", "type", "value", "mod")
    }


def timeline_extractor() -> Extractor:
    """Return an extractor that runs :func:`timeline.extract`.

    ``timeline`` is imported here, not at module import, so this module loads
    while the tagger is still incomplete.

    Returns:
        The extractor.

    Raises:
        ImportError: ``timeline.extract`` cannot be imported.
    """
    package = importlib.import_module("timeline")
    extract: Callable[..., Any] | None = getattr(package, "extract", None)
    if extract is None:
        raise ImportError("timeline has no 'extract' function yet")

    def run(doc: GoldDocument) -> list[dict[str, Any]]:
        result = extract(doc.text, published=doc.published, doc_id=doc.id, prefer=doc.prefer)
        return [_timex_dict(t) for t in result.timexes]

    return run


@attrs.frozen(kw_only=True)
class DocumentResult:
    """The outcome for one document.

    Attributes:
        id: Document id.
        counts: Its counts.
        errors: Its errors (see :func:`document_errors`).
        failure: The exception message if the tagger raised, else ``None``.
    """

    id: str
    counts: Counts
    errors: tuple[ErrorItem, ...] = ()
    failure: str | None = None


def evaluate(documents: Sequence[GoldDocument], extractor: Extractor) -> list[DocumentResult]:
    """Run the tagger on every document and score it.

    A document on which the tagger raises is scored with no system timexes and
    keeps the exception message in ``failure``.

    Args:
        documents: Gold documents.
        extractor: The tagger.

    Returns:
        One result per document, in order.
    """
    results: list[DocumentResult] = []
    for doc in documents:
        failure: str | None = None
        try:
            system = [_timex_dict(t) for t in extractor(doc)]
        except Exception as exc:  # a tagger bug must not stop the evaluation
            failure = f"{type(exc).__name__}: {exc}"
            system = []
        results.append(
            DocumentResult(
                id=doc.id,
                counts=score_document(doc.timexes, system),
                errors=tuple(document_errors(doc.id, doc.timexes, system, doc.text)),
                failure=failure,
            )
        )
    return results


def total(results: Sequence[DocumentResult]) -> Counts:
    """Add up the counts of all documents (micro-average basis).

    Args:
        results: Per-document results.

    Returns:
        The summed counts.
    """
    return sum((r.counts for r in results), Counts())


def _quote(text: str | None, value: str | None) -> str:
    return "-" if text is None else f"«{text}» ({value})"


def _fmt(value: float, denominator: int) -> str:
    return f"{value:.3f}" if denominator else "  -  "


def format_report(
    folder: Path, results: Sequence[DocumentResult], *, show_errors: bool = False
) -> str:
    """Render the human-readable report.

    Args:
        folder: The gold folder (for the heading).
        results: Per-document results.
        show_errors: Also list every error.

    Returns:
        The report text.
    """
    totals = total(results)
    width = max([len("doc"), *(len(r.id) for r in results)])
    lines = [
        f"Gold: {folder} ({totals.documents} documents, {totals.gold} gold timexes, "
        f"{totals.system} system timexes)",
        "",
        f"{'doc':<{width}}  gold  sys  strict  relax  type  value  strictF1  relaxF1  valueF1",
    ]
    for r in results:
        c = r.counts
        both = c.gold + c.system
        lines.append(
            f"{r.id:<{width}}  {c.gold:4d}  {c.system:3d}  {c.strict:6d}  {c.relaxed:5d}"
            f"  {c.type_correct:4d}  {c.value_correct:5d}  {_fmt(c.strict_f1, both):>8}"
            f"  {_fmt(c.relaxed_f1, both):>7}  {_fmt(c.value_f1, both):>7}"
            + (f"  TAGGER FAILED: {r.failure}" if r.failure else "")
        )
    t = totals
    lines += [
        "",
        f"Micro-averaged over {t.documents} documents:",
        "                 P      R      F1",
        f"strict span   {t.strict_precision:.3f}  {t.strict_recall:.3f}  {t.strict_f1:.3f}"
        f"   ({t.strict} of {t.gold} gold, {t.system} system)",
        f"relaxed span  {t.relaxed_precision:.3f}  {t.relaxed_recall:.3f}  {t.relaxed_f1:.3f}"
        f"   ({t.relaxed} pairs)",
        f"value         {t.value_precision:.3f}  {t.value_recall:.3f}  {t.value_f1:.3f}"
        f"   ({t.value_correct} correct values)",
        f"type accuracy on relaxed pairs: {_fmt(t.type_accuracy, t.relaxed)}"
        f" ({t.type_correct}/{t.relaxed})",
        f"mod accuracy on relaxed pairs:  {_fmt(t.mod_accuracy, t.relaxed)}"
        f" ({t.mod_correct}/{t.relaxed})",
    ]
    failed = [r.id for r in results if r.failure]
    if failed:
        lines.append(f"tagger failed on {len(failed)} document(s): {', '.join(failed)}")
    if show_errors:
        errors = [e for r in results for e in r.errors]
        lines += ["", f"Errors ({len(errors)}):"]
        for e in errors:
            lines.append(
                f"{e.doc:<{width}}  {e.kind:<5}  [{e.start}:{e.end}]"
                f"  gold={_quote(e.gold_text, e.gold_value)}"
                f"  system={_quote(e.system_text, e.system_value)}"
            )
    return "\n".join(lines)


def report_json(
    folder: Path, results: Sequence[DocumentResult], *, show_errors: bool = False
) -> dict[str, Any]:
    """Return the numbers as a JSON-ready dictionary.

    Args:
        folder: The gold folder.
        results: Per-document results.
        show_errors: Include the error list.

    Returns:
        ``{"gold_dir", "documents": [...], "total": {...}}`` and, if asked,
        ``"errors"``.
    """
    out: dict[str, Any] = {
        "gold_dir": str(folder),
        "documents": [{"id": r.id, **r.counts.to_dict(), "failure": r.failure} for r in results],
        "total": total(results).to_dict(),
    }
    if show_errors:
        out["errors"] = [e.to_dict() for r in results for e in r.errors]
    return out


def main(argv: list[str] | None = None, *, extractor: Extractor | None = None) -> int:
    """Run ``python -m timeline.evaluate GOLD_DIR [--errors] [--json]``.

    Args:
        argv: Command-line arguments (default: ``sys.argv[1:]``).
        extractor: The tagger to score (default: :func:`timeline.extract`).

    Returns:
        0 on success; 2 when the folder is missing, holds no gold documents,
        holds a malformed gold file, or the tagger cannot be imported.
    """
    parser = argparse.ArgumentParser(
        prog="python -m timeline.evaluate",
        description="Score timeline's TIMEX3 output against a gold folder (TempEval-3 style).",
    )
    parser.add_argument("gold_dir", type=Path, help="folder of *.json gold files and/or *.tml")
    parser.add_argument(
        "--errors", action="store_true", help="list false positives/negatives and wrong values"
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    folder: Path = args.gold_dir
    try:
        documents = load_gold(folder)
    except (FileNotFoundError, GoldFormatError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not documents:
        print(
            f"error: no gold documents in {str(folder)!r} "
            "(expected *.json files with a 'timexes' key, or *.tml files)",
            file=sys.stderr,
        )
        return 2
    if extractor is None:
        try:
            extractor = timeline_extractor()
        except ImportError as exc:
            print(f"error: cannot load the tagger: {exc}", file=sys.stderr)
            return 2
    results = evaluate(documents, extractor)
    for r in results:
        if r.failure:
            print(f"warning: the tagger failed on {r.id}: {r.failure}", file=sys.stderr)
    if args.json:
        print(
            json.dumps(
                report_json(folder, results, show_errors=args.errors), ensure_ascii=False, indent=1
            )
        )
    else:
        print(format_report(folder, results, show_errors=args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
