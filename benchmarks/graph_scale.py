"""How ``build_graph`` grows: 10k, 30k and 100k synthetic articles.

Prints seconds, peak memory (tracemalloc) and the growth exponent between the
smallest and the largest size (1.0 is linear).

    python benchmarks/graph_scale.py [--sizes 10000 30000 100000]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import shifted_documents

import timeline


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    args = parser.parse_args()
    times = []
    for n in args.sizes:
        docs = list(shifted_documents(n))
        tracemalloc.start()
        start = time.perf_counter()
        graph = timeline.build_graph(docs)
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        times.append(elapsed)
        mentions = sum(len(d.events) for d in docs)
        print(
            f"{n:7d} articles  {mentions:8d} mentions  {len(graph.nodes):7d} nodes  "
            f"{len(graph.edges):8d} edges  {elapsed:8.1f} s  peak {peak / 2**20:8.1f} MiB"
        )
    if len(times) > 1:
        exponent = math.log(times[-1] / times[0]) / math.log(args.sizes[-1] / args.sizes[0])
        print(f"growth exponent {exponent:.2f}")


if __name__ == "__main__":
    main()
