"""Where things are: a corpus folder's files, and which corpus a command reads.

Kept apart from `corpus` (which validates, and imports the model and PyYAML)
so that a query on a warm index finds its corpus without either.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from korea_cli.errors import CorpusError, UsageError

CODEBOOK_FILE = "codebook.yaml"
AUTHORS_DIR = "authors"
"""One `<author-id>.yaml` per author: adding an author creates a file, never edits a shared one."""
ESSAYS_DIR = "essays"
OLD_AUTHORS_FILE = "authors.yaml"
"""Where korea 0.1 kept every author: `korea migrate` splits it."""
CORPUS_ENV = "KOREA_CORPUS"


def bundled_corpus() -> Path | None:
    """The corpus shipped with the package: inside the wheel, or in a source checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "corpus", package.parents[1] / "corpus"):
        if (candidate / CODEBOOK_FILE).is_file():
            return candidate
    return None


def locate(option: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """The corpus to use: `--corpus`, then $KOREA_CORPUS, then the bundled one.

    `--corpus ""` is a mistake (an unset shell variable), never the bundled
    corpus; an empty $KOREA_CORPUS counts as unset, as environment variables do.
    """
    if option is not None:
        if not option.strip():
            raise CorpusError("--corpus is empty; give the corpus folder (an unset shell variable?)")
        path, source = Path(option), "--corpus"
    elif environ.get(CORPUS_ENV, "").strip():
        path, source = Path(environ[CORPUS_ENV]), CORPUS_ENV
    else:
        bundled = bundled_corpus()
        if bundled is None:
            raise CorpusError("no bundled corpus found; reinstall korea, or pass --corpus DIR")
        return bundled
    shown = repr(str(path)) if len(str(path)) <= 200 else repr(str(path)[:200] + "…")
    try:
        if not path.is_dir():
            missing = "is a file, not a folder" if path.exists() else "does not exist"
            raise CorpusError(f"corpus directory {shown} (from {source}) {missing}; pass a folder that holds {CODEBOOK_FILE}")
        os.lstat(path / CODEBOOK_FILE)  # one that is not a plain file is reported when it is read
    except FileNotFoundError:
        raise CorpusError(f"{shown} (from {source}) is not a korea corpus: it has no {CODEBOOK_FILE}") from None
    except OSError as error:  # a name longer than the file system allows, a folder we may not enter
        raise CorpusError(f"cannot use {shown} (from {source}) as the corpus: {error.strerror or error}; check the path and its permissions") from None
    return path


def refuse_bundled(root: Path, doing: str) -> None:
    """Every writer's guard: the corpus shipped with the package is never written to, whatever path names it."""
    bundled = bundled_corpus()
    if bundled is not None and root.resolve() == bundled.resolve():
        raise UsageError(f"the bundled corpus is read-only; {doing} your own corpus with --corpus DIR (copy the bundled one to start from it)")
