"""Linear time on hostile input: seconds per MB from 10 KB up to a size limit.

Each kind of hostile text (repeated digits, ``يوم `` and ``في `` repeated, one line
without spaces, tatweel-stuffed and fully vowelled words, bidi and zero-width
controls, NUL bytes, CRLF) is extracted at growing sizes; the script prints the
seconds per MB and, per kind, the ratio between the slowest and the fastest size.
A ratio near 1 means linear time. Sizes up to 1 MB run several times (3 to 21)
and keep their median run; each run starts after a full garbage collection.

    python benchmarks/hostile.py [--max-mb 10]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time

import timeline

KINDS = {
    "digits": "1234567890",
    "yawm": "يوم ",
    "fi": "في ",
    "no spaces": "يونيوالماضيأمسالإثنين2024",
    "tatweel": "يـــونيو الـــماضي ",
    "diacritics": "يُونْيُو الْمَاضِي ",
    "bidi": "\u200fيونيو\u202b 2024 \u202c",
    "zero width": "أ\u200dمس\u200c ",
    "nul": "\x00أمس\x00",
    "crlf": "وصل الوفد أمس.\r\n",
    "news": "وقال الوزير يوم الاثنين إن الوفد سيصل في 5 نوفمبر 2024 بعد محادثات. ",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-mb", type=float, default=10.0)
    args = parser.parse_args()
    sizes = [10_000, 100_000, 1_000_000, 10_000_000]
    sizes = [s for s in sizes if s <= args.max_mb * 1_000_000]
    print(f"{'kind':12} " + " ".join(f"{s // 1000:>9} KB" for s in sizes) + "   ratio")
    # the first call builds the rules' dispatch table: time the texts, not that
    timeline.extract("في 12 أكتوبر 2024 قال الوزير.", published="2024-10-21")
    for name, unit in KINDS.items():
        # each kind once, small, first: word caches warm up before the clock runs
        timeline.extract(unit * 50, published="2024-10-21")
        rates = []
        for size in sizes:
            text = (unit * (size // len(unit) + 1))[:size]
            # small texts run several times and keep their median run, so a moment
            # of load on the machine does not pass for growth
            runs = []
            for _ in range(max(1 if size > 1_000_000 else 3, min(21, 1_000_000 // size))):
                gc.collect()  # every run starts from the same collector state
                start = time.perf_counter()
                timeline.extract(text, published="2024-10-21")
                runs.append(time.perf_counter() - start)
            rates.append(statistics.median(runs) / (size / 1_000_000))
        ratio = max(rates) / min(rates)
        print(f"{name:12} " + " ".join(f"{r:9.2f} s/MB" for r in rates) + f"   {ratio:.2f}")


if __name__ == "__main__":
    main()
