"""Time whole `korea` processes against baselines measured in the same run.

    python benchmarks/run.py [--sizes 2,1000,10000] [--runs 7]

For each corpus size (2 is the bundled corpus; others are made once with
make_corpus.py under benchmarks/.corpora/), every command runs --runs times,
interleaved round by round so that drift in the machine's load hits all
alike; the table shows medians, peak memory, and ratios against:

  floor  `python -c "import typer"`: what every Typer CLI pays to start
  rg     `rg -i` over the same essay texts: exact search, no ranking
  naive  one Python process scanning every passage with RapidFuzz

Output is piped (never a terminal), as in a shell pipeline.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE / ".corpora"
BIN = Path(sys.executable).parent
QUERY = "peace regiem"
NAIVE_SCAN = """
import sys
from pathlib import Path
from rapidfuzz import fuzz
from korea_cli.text import paragraph_spans
query = sys.argv[2]
hits = []
for text_file in Path(sys.argv[1], "essays").glob("*.txt"):
    text = text_file.read_text(encoding="utf-8")
    for start, end in paragraph_spans(text):
        score = fuzz.partial_ratio(query, text[start:end].lower())
        if score >= 80:
            hits.append((score, text_file.stem))
hits.sort(reverse=True)
print(len(hits))
"""


def corpus_for(size: int) -> Path:
    if size == 2:
        from korea_cli.corpus import bundled_corpus

        return bundled_corpus()
    path = CORPORA / str(size)
    if not (path / "codebook.yaml").exists():
        print(f"making a corpus of {size} essays in {path} …", file=sys.stderr)
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--essays", str(size), str(path)], check=True)
    return path


def measure(command: list[str]) -> tuple[float, int]:
    """Wall time in seconds and peak resident memory in KiB of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({process.returncode}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss


def commands(corpus: Path) -> dict[str, list[str]]:
    korea = [str(BIN / "korea")]
    env_corpus = ["--corpus", str(corpus)]
    found = {
        "floor: import typer": [sys.executable, "-c", "import typer"],
        "korea who": [*korea, "who", *env_corpus],
        "korea positions --topic sanctions": [*korea, "positions", "--topic", "sanctions", *env_corpus],
        f'korea search "{QUERY}"': [*korea, "search", QUERY, *env_corpus],
        f'naive RapidFuzz scan "{QUERY}"': [sys.executable, "-c", NAIVE_SCAN, str(corpus), QUERY],
    }
    if shutil.which("rg"):
        found['rg -i "peace regime"'] = ["rg", "-i", "--count-matches", "peace regime", str(corpus / "essays"), "--glob", "*.txt"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2,1000,10000", help="comma-separated essay counts (2: the bundled corpus)")
    parser.add_argument("--runs", type=int, default=7, help="runs of each command per size (the median is shown)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    print(f"python benchmarks/run.py --sizes {args.sizes} --runs {args.runs}\n")
    print(f"machine: {os.cpu_count()} cores; {sys.version.split()[0]}; rg: {'yes' if shutil.which('rg') else 'not installed'}\n")
    print("| essays | command | median ms | peak MiB | × floor | × rg | × naive |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for size in sizes:
        corpus = corpus_for(size)
        todo = commands(corpus)
        times: dict[str, list[float]] = {name: [] for name in todo}
        memory: dict[str, int] = dict.fromkeys(todo, 0)
        for _ in range(args.runs):
            for name, command in todo.items():
                elapsed, peak = measure(command)
                times[name].append(elapsed)
                memory[name] = max(memory[name], peak)
        median = {name: statistics.median(values) * 1000 for name, values in times.items()}
        floor = median["floor: import typer"]
        rg = next((m for n, m in median.items() if n.startswith("rg ")), None)
        naive = next(m for n, m in median.items() if n.startswith("naive"))
        for name, ms in median.items():
            ratio_rg = f"{ms / rg:.2f}" if rg else "–"
            print(f"| {size:,} | {name} | {ms:,.0f} | {memory[name] / 1024:,.0f} | {ms / floor:.2f} | {ratio_rg} | {ms / naive:.2f} |")


if __name__ == "__main__":
    main()
