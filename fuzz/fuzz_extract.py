"""Fuzz ``timeline.extract`` and the corpus reader with atheris for a bounded time.

    pip install atheris
    python fuzz/fuzz_extract.py [SECONDS]     # default 60

It feeds arbitrary bytes (decoded as UTF-8 with replacement, and as raw manifest
JSON) to the library and checks what must always hold: no exception other than the
library's own errors for bad manifests, and every span is the text it claims.
libFuzzer prints how many inputs it ran ("Done N runs in S second(s)").
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import timeline

SECONDS = int(float(sys.argv[1])) if len(sys.argv) > 1 else 60
WORKDIR = Path(tempfile.mkdtemp())
(WORKDIR / "a.txt").write_text("وصل الوفد أمس", encoding="utf-8")


def one(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes() // 2)
    doc = timeline.extract(text, published="2024-10-21")
    for t in doc.timexes:
        assert text[t.start : t.end] == t.text
    for e in doc.events:
        assert text[e.start : e.end] == e.trigger
    manifest = provider.ConsumeBytes(provider.remaining_bytes())
    (WORKDIR / "manifest.json").write_bytes(manifest)
    try:
        timeline.read_corpus(WORKDIR)
    except timeline.CorpusError:
        pass
    except timeline.TimelineError:
        pass


def main() -> None:
    atheris.Setup(
        [sys.argv[0], f"-max_total_time={SECONDS}", "-rss_limit_mb=4096", "-artifact_prefix=/tmp/"],
        one,
    )
    atheris.Fuzz()


if __name__ == "__main__":
    main()
