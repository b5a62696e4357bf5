"""Time whole `korea` processes against baselines measured in the same run.

    python benchmarks/run.py [--sizes 2,1000,10000,30000] [--vocabulary seed,realistic] [--runs 7]

For each corpus size (2 is the bundled corpus; others are made once with
make_corpus.py under benchmarks/.corpora/, in each --vocabulary: the seed
essays' 1,000 words, or a real corpus's tens of thousands), every command
runs --runs times, interleaved round by round so that drift in the
machine's load hits all alike; the table shows medians, peak memory, and
ratios against:

  floor  a Python process that imports sqlite3, opens the corpus's index
         and prints one row: what no Python CLI over SQLite can beat
  rg     `rg -i` over the same essay texts: exact search, no ranking
  naive  one Python process scanning every passage with RapidFuzz

and, when installed, `fzf --filter` over the same texts. `import typer`
is timed too: what every Typer CLI pays before its first line.

Queries run on a warm index, in a cache folder of the benchmark's own
(benchmarks/.cache); each korea query runs a second time "(watched)" on a
copy of that index (benchmarks/.cache-watched) whose corpus a watcher
(`korea watch`) watches, so that it asks the watcher instead of checking
every file, interleaved with the rest. The watcher is stopped at the end. Two more rows time the index itself: a cold build
(`korea index --rebuild`, --build-runs times) and the update after one
essay is added (`korea index` after copying an essay under a new id).

The package is byte-compiled first, as pip does when it installs it: an
editable checkout under PYTHONDONTWRITEBYTECODE would otherwise compile
every module on every call, which no installed copy does.
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
CACHE = HERE / ".cache"
WATCHED_CACHE = HERE / ".cache-watched"
WATCHED = " (watched)"
BIN = Path(sys.executable).parent
QUERY = "peace regiem"
GLOSSARY_QUERY = "north korea sanctions"
"""A query the codebook's glossary reads several ways ('North Korea' is also 'DPRK'): each way is searched and merged."""
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


FLOOR = "floor: python, sqlite3, one row"
TRUE_FLOOR = """
import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM essays").fetchone()[0])
"""


def corpus_for(size: int, vocabulary: str) -> Path:
    if size == 2:
        from korea_cli.layout import bundled_corpus

        return bundled_corpus()
    path = CORPORA / (str(size) if vocabulary == "seed" else f"{size}-{vocabulary}")
    if not (path / "codebook.yaml").exists():
        print(f"making a corpus of {size} essays ({vocabulary} vocabulary) in {path} …", file=sys.stderr)
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--essays", str(size), "--vocabulary", vocabulary, str(path)], check=True)
    return path


def measure(command: list[str], cache: Path = CACHE) -> tuple[float, int]:
    """Wall time in seconds and peak resident memory in KiB of one run of `command`, its index in `cache`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "XDG_CACHE_HOME": str(cache)})
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({process.returncode}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss


def commands(corpus: Path) -> dict[str, list[str]]:
    korea = [str(BIN / "korea")]
    env_corpus = ["--corpus", str(corpus)]
    from korea_cli.index import cache_file

    found = {
        FLOOR: [sys.executable, "-c", TRUE_FLOOR, str(cache_file(corpus, {"XDG_CACHE_HOME": str(CACHE)}))],
        "import typer": [sys.executable, "-c", "import typer"],
        "korea who": [*korea, "who", *env_corpus],
        "korea positions --topic sanctions": [*korea, "positions", "--topic", "sanctions", *env_corpus],
        f'korea search "{QUERY}"': [*korea, "search", QUERY, *env_corpus],
        f'korea search "{GLOSSARY_QUERY}"': [*korea, "search", GLOSSARY_QUERY, *env_corpus],
    }
    if watching_works():
        found.update({f"{name}{WATCHED}": command for name, command in list(found.items()) if name.startswith("korea ")})
    found |= {
        f'naive RapidFuzz scan "{QUERY}"': [sys.executable, "-c", NAIVE_SCAN, str(corpus), QUERY],
    }
    if shutil.which("rg"):
        found['rg -i "peace regime"'] = ["rg", "-i", "--count-matches", "peace regime", str(corpus / "essays"), "--glob", "*.txt"]
    if shutil.which("fzf"):
        script = 'find "$1" -name "*.txt" -exec cat {} + | fzf --filter "$2" | wc -l'
        found[f'fzf --filter "{QUERY}"'] = ["bash", "-c", script, "fzf", str(corpus / "essays"), QUERY]
    return found


def watching_works() -> bool:
    from korea_cli.watch import unwatchable

    return unwatchable(str(HERE)) is None


def start_watching(corpus: Path) -> None:
    """A copy of the warm index in WATCHED_CACHE, and a watcher of the corpus that the watched rows' queries ask."""
    from korea_cli.index import cache_file

    index = cache_file(corpus, {"XDG_CACHE_HOME": str(CACHE)})
    WATCHED_CACHE.joinpath("korea").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(index, cache_file(corpus, {"XDG_CACHE_HOME": str(WATCHED_CACHE)}))
    korea_watch(corpus)


def korea_watch(corpus: Path, *flags: str) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(WATCHED_CACHE)}
    subprocess.run([str(BIN / "korea"), "watch", *flags, "--corpus", str(corpus)], check=True, stdout=subprocess.DEVNULL, env=env)


def index_rows(corpus: Path, build_runs: int, runs: int) -> dict[str, tuple[list[float], int]]:
    """Times of a cold build, and of the update that follows adding one essay (removed again, untimed, after each run)."""
    korea = [str(BIN / "korea"), "index", "--corpus", str(corpus)]
    builds = [measure([*korea, "--rebuild"]) for _ in range(build_runs)]
    essays = corpus / "essays"
    model = min(essays.glob("*.yaml")).stem
    updates = []
    for run in range(runs):
        added = f"zz-benchmark-added-{run}"
        (essays / f"{added}.txt").write_bytes((essays / f"{model}.txt").read_bytes())
        yaml_text = (essays / f"{model}.yaml").read_text(encoding="utf-8").replace(f"id: {model}\n", f"id: {added}\n", 1)
        (essays / f"{added}.yaml").write_text(yaml_text, encoding="utf-8")
        try:
            updates.append(measure(korea))
        finally:
            for suffix in (".yaml", ".txt"):
                (essays / f"{added}{suffix}").unlink()
            measure(korea)
    rows = {"cold index build (korea index --rebuild)": builds} if builds else {}  # --build-runs 0: the queries alone
    rows["index update after adding one essay"] = updates
    return {name: ([t for t, _ in timed], max(m for _, m in timed)) for name, timed in rows.items() if timed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2,1000,10000", help="comma-separated essay counts (2: the bundled corpus), e.g. 2,1000,10000,30000")
    parser.add_argument("--vocabulary", default="seed,realistic", help="the synthetic corpora's words: seed (1,000 words), realistic (Zipf, tens of thousands)")
    parser.add_argument("--runs", type=int, default=7, help="runs of each command per size (the median is shown)")
    parser.add_argument("--build-runs", type=int, default=1, help="cold index builds per size")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    import korea_cli

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(korea_cli.__file__).parent)], check=True, stdout=subprocess.DEVNULL)

    vocabularies = args.vocabulary.split(",")
    print(f"python benchmarks/run.py --sizes {args.sizes} --vocabulary {args.vocabulary} --runs {args.runs} --build-runs {args.build_runs}\n")
    installed = ", ".join(f"{tool}: {'yes' if shutil.which(tool) else 'not installed'}" for tool in ("rg", "fzf"))
    print(f"machine: {os.cpu_count()} cores; {sys.version.split()[0]}; {installed}\n")
    print("| essays | words | command | median ms | peak MiB | × floor | × rg | × naive |")
    print("|---:|---|---|---:|---:|---:|---:|---:|")
    for size, vocabulary in [(n, words) for n in sizes for words in (["seed"] if n == 2 else vocabularies)]:
        corpus = corpus_for(size, vocabulary)
        todo = commands(corpus)
        times: dict[str, list[float]] = {name: [] for name in todo}
        memory: dict[str, int] = dict.fromkeys(todo, 0)
        if size != 2:  # the bundled corpus ships inside the package: adding an essay to it is not a benchmark's business
            for name, (elapsed, peak) in index_rows(corpus, args.build_runs, args.runs).items():
                times[name], memory[name] = elapsed, peak
        measure([str(BIN / "korea"), "index", "--corpus", str(corpus)])  # warm: queries are timed on a fresh index
        watched = any(name.endswith(WATCHED) for name in todo)
        if watched:
            start_watching(corpus)
        try:
            for _ in range(args.runs):
                for name, command in todo.items():
                    elapsed, peak = measure(command, WATCHED_CACHE if name.endswith(WATCHED) else CACHE)
                    times[name].append(elapsed)
                    memory[name] = max(memory[name], peak)
        finally:
            if watched:
                korea_watch(corpus, "--stop")
        median = {name: statistics.median(values) * 1000 for name, values in times.items()}
        floor = median[FLOOR]
        rg = next((m for n, m in median.items() if n.startswith("rg ")), None)
        naive = next(m for n, m in median.items() if n.startswith("naive"))
        for name, ms in median.items():
            ratio_rg = f"{ms / rg:.2f}" if rg else "–"
            print(f"| {size:,} | {vocabulary} | {name} | {ms:,.0f} | {memory[name] / 1024:,.0f} | {ms / floor:.2f} | {ratio_rg} | {ms / naive:.2f} |")


if __name__ == "__main__":
    main()
