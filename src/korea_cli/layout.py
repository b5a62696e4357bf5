"""Where things are: a corpus folder's files, and which corpus a command reads.

Kept apart from `corpus` (which validates, and imports the model and PyYAML)
so that a query on a warm index finds its corpus without either.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from korea_cli.errors import CorpusError

CODEBOOK_FILE = "codebook.yaml"
AUTHORS_FILE = "authors.yaml"
ESSAYS_DIR = "essays"
CORPUS_ENV = "KOREA_CORPUS"


def bundled_corpus() -> Path | None:
    """The corpus shipped with the package: inside the wheel, or in a source checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "corpus", package.parents[1] / "corpus"):
        if (candidate / CODEBOOK_FILE).is_file():
            return candidate
    return None


def locate(option: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """The corpus to use: `--corpus`, then $KOREA_CORPUS, then the bundled one."""
    if option:
        path, source = Path(option), "--corpus"
    elif environ.get(CORPUS_ENV):
        path, source = Path(environ[CORPUS_ENV]), CORPUS_ENV
    else:
        bundled = bundled_corpus()
        if bundled is None:
            raise CorpusError("no bundled corpus found; reinstall korea, or pass --corpus DIR")
        return bundled
    if not path.is_dir():
        raise CorpusError(f"corpus directory {str(path)!r} (from {source}) does not exist; pass a folder that holds {CODEBOOK_FILE}")
    if not (path / CODEBOOK_FILE).is_file():
        raise CorpusError(f"{str(path)!r} (from {source}) is not a korea corpus: it has no {CODEBOOK_FILE}")
    return path
