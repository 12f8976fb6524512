"""Extraction over a corpus folder streams: peak memory does not grow with its size.

Writes a corpus folder of N articles (the seeds, each copy moved to another
publication date) with its ``manifest.json``, reads it with
:func:`timeline.corpus.iter_corpus` one document at a time, and prints the
peak traced memory (tracemalloc) for each N. Flat numbers mean streaming.

With ``--new-words`` every fifth word of each copy is replaced by a word made up
for it, so that the vocabulary grows with the corpus as a real one's does: the
rate (articles/s) should stay flat too; the peak grows until the word lists'
memos reach their bound (:class:`timeline.triggers.Lexicon`).

    python benchmarks/streaming.py [--sizes 100 1000 3000] [--new-words]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
import tracemalloc
from pathlib import Path

from timeline.corpus import iter_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _new_words(text: str, rng: random.Random) -> str:
    """``text`` with every fifth word replaced by six random letters."""
    words = text.split(" ")
    for i in range(0, len(words), 5):
        words[i] = "".join(rng.choice(_LETTERS) for _ in range(6))
    return " ".join(words)


def _write(folder: Path, count: int, new_words: bool = False) -> None:
    seeds = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))["articles"]
    texts = [(SEEDS / a["file"]).read_text(encoding="utf-8") for a in seeds]
    rng = random.Random(0)
    articles = []
    for i in range(count):
        k = i % len(seeds)
        name = f"{i:06d}.txt"
        text = _new_words(texts[k], rng) if new_words else texts[k]
        (folder / name).write_text(text, encoding="utf-8")
        published = dt.date.fromisoformat(seeds[k]["published"]) + dt.timedelta(days=i // 5)
        articles.append({"file": name, "id": f"a{i}", "published": published.isoformat()})
    (folder / "manifest.json").write_text(json.dumps({"articles": articles}), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000])
    parser.add_argument(
        "--new-words", action="store_true", help="give every copy words never seen before"
    )
    args = parser.parse_args()
    print(f"{'articles':>9} {'seconds':>8} {'art/s':>7} {'peak MiB':>9} {'timexes':>8}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            _write(folder, n, args.new_words)
            tracemalloc.start()
            start = time.perf_counter()
            timexes = sum(len(doc.timexes) for doc in iter_corpus(folder))
            elapsed = time.perf_counter() - start
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        print(f"{n:>9} {elapsed:>8.1f} {n / elapsed:>7.1f} {peak / 2**20:>9.2f} {timexes:>8}")


if __name__ == "__main__":
    main()
