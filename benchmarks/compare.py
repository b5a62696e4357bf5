"""Time the same `korea` queries from two source trees, interleaved, whole process: did a change make them faster?

    git worktree add /tmp/before HEAD~1
    python benchmarks/compare.py /tmp/before/src src [--size 10000] [--runs 11]

Each round runs every query once from each tree, one after the other, so that drift in the machine's load hits both
alike; the medians and the change are printed, and the outputs of the two trees are compared (a change that speeds a
query up by answering differently is reported, not timed). Both trees read the same corpus (benchmarks/.corpora, made by
run.py) and the same warm index (benchmarks/.cache): a change to the index's format needs run.py's cold build instead.

With `--build`, each round times a cold build from each tree instead (`korea index --rebuild`, in a fresh cache each time),
with the peak resident memory of its largest process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUERIES = {"who": ["who"], "positions": ["positions", "--topic", "sanctions"], "search": ["search", "peace regiem"]}
ENTRY = "import sys; from korea_cli.entry import main; sys.exit(main())"


def run(tree: str, args: list[str], corpus: Path, cache: Path) -> tuple[float, bytes]:
    """One whole process of `korea ARGS` from the source tree `tree`: its time and its output."""
    env = {**os.environ, "PYTHONPATH": tree, "XDG_CACHE_HOME": str(cache)}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", ENTRY, *args, "--corpus", str(corpus)], env=env, capture_output=True, check=False)
    return time.perf_counter() - start, done.stdout


def build(tree: str, corpus: Path) -> tuple[float, float]:
    """One cold build of `corpus` from the source tree `tree`, in a cache of its own: seconds, and the peak MiB of its
    largest process (the writer, or a reader it forked)."""
    import tempfile

    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PYTHONPATH": tree, "XDG_CACHE_HOME": cache}
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", ENTRY, "index", "--rebuild", "--corpus", str(corpus)], env=env, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"the build from {tree} failed (exit {child.returncode})")
    return elapsed, usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20  # KiB on Linux, bytes on macOS


def compare_builds(before: str, after: str, corpus: Path, runs: int) -> None:
    timed: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
    for _ in range(runs):
        for side, tree in (("before", before), ("after", after)):
            timed[side].append(build(tree, corpus))
    print("| build | before s | after s | change | largest process, before → after |\n|---|---:|---:|---:|---:|")
    seconds = {side: statistics.median(t for t, _ in timed[side]) for side in timed}
    peak = {side: max(m for _, m in timed[side]) for side in timed}
    change = 100 * (seconds["after"] - seconds["before"]) / seconds["before"]
    print(f"| {corpus.name} | {seconds['before']:.1f} | {seconds['after']:.1f} | {change:+.0f}% | {peak['before']:.0f} → {peak['after']:.0f} MiB |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", help="the source tree before the change (the folder holding korea_cli)")
    parser.add_argument("after", help="the source tree after it")
    parser.add_argument("--size", default="10000-realistic", help="a corpus under benchmarks/.corpora, or a corpus folder's path")
    parser.add_argument("--runs", type=int, default=11, help="rounds (the median is shown)")
    parser.add_argument("--cache", type=Path, default=HERE / ".cache", help="the index cache both trees use (default benchmarks/.cache)")
    parser.add_argument("--build", action="store_true", help="time cold index builds (a fresh cache each) instead of the queries")
    args = parser.parse_args()
    corpus = HERE / ".corpora" / args.size
    if not corpus.is_dir():
        parser.error(f"no corpus {corpus}: make it with `python benchmarks/run.py --sizes {args.size.split('-')[0]}`")
    if args.build:
        print(f"python benchmarks/compare.py {args.before} {args.after} --size {args.size} --runs {args.runs} --build\n")
        compare_builds(args.before, args.after, corpus, args.runs)
        return 0
    times: dict[tuple[str, str], list[float]] = {(name, side): [] for name in QUERIES for side in ("before", "after")}
    outputs: dict[tuple[str, str], bytes] = {}
    for _ in range(args.runs):
        for name, query in QUERIES.items():
            for side, tree in (("before", args.before), ("after", args.after)):
                elapsed, output = run(tree, query, corpus, args.cache)
                times[(name, side)].append(elapsed)
                outputs[(name, side)] = output
    print(f"python benchmarks/compare.py {args.before} {args.after} --size {args.size} --runs {args.runs}\n")
    print("| query | before ms | after ms | change | same output |\n|---|---:|---:|---:|---|")
    for name in QUERIES:
        before, after = (statistics.median(times[(name, side)]) for side in ("before", "after"))
        same = "yes" if outputs[(name, "before")] == outputs[(name, "after")] else "NO"
        print(f"| {name} | {1000 * before:.0f} | {1000 * after:.0f} | {100 * (after - before) / before:+.0f}% | {same} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
