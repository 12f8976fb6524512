"""How ``build_graph`` grows: 10k, 30k and 100k synthetic articles.

The articles recombine the seeds' sentences under shifted publication dates
(``corpus.recombined_documents``).

Prints seconds and the growth exponent between the smallest and the largest size
(1.0 is linear) and the process's peak resident memory so far (corpora
included); with ``--memory`` each graph is built a second time under
tracemalloc, which slows Python down several times, to print its peak memory.

    python benchmarks/graph_scale.py [--sizes 10000 30000 100000] [--memory]
"""

from __future__ import annotations

import argparse
import math
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import recombined_documents

import timeline


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument(
        "--memory",
        action="store_true",
        help="build each graph a second time under tracemalloc and print its peak memory",
    )
    args = parser.parse_args()
    times = []
    for n in args.sizes:
        docs = list(recombined_documents(n))
        start = time.perf_counter()
        graph = timeline.build_graph(docs)
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        peak = 0
        if args.memory:  # a second run under tracemalloc, which slows Python down
            del graph
            tracemalloc.start()
            graph = timeline.build_graph(docs)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        mentions = sum(len(d.events) for d in docs)
        # the process's peak resident memory so far (corpora included), in MiB
        resident = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{n:7d} articles  {mentions:8d} mentions  {len(graph.nodes):7d} nodes  "
            f"{len(graph.edges):8d} edges  {elapsed:8.1f} s  resident peak {resident:8.0f} MiB"
            + (f"  graph peak {peak / 2**20:8.1f} MiB" if args.memory else "")
        )
    if len(times) > 1:
        exponent = math.log(times[-1] / times[0]) / math.log(args.sizes[-1] / args.sizes[0])
        print(f"growth exponent {exponent:.2f}")


if __name__ == "__main__":
    main()
