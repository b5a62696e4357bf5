"""`korea add` reads the common formats right: scored against answer keys written by people who had not seen the detector.

tests/cases/formats/ (20 essays) was written first and the detector built against it; tests/cases/formats-holdout/
(12 essays, other surface forms) was written after, by someone else, and measured once before any change (first
sight: 53 of 147 roles); what failed there was then fixed in general rules; tests/cases/formats-fresh/ (8 essays)
likewise after that (first sight: 72 of 104 roles, 24 of 30 body passages). The first-sight figures are the honest
measure of essays no one has seen. `python tests/detection.py --misses` prints the table and every miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from detection import FORMATS, FRESH, HOLDOUT, Score, keys, score, suggestion_rates, total


@pytest.mark.parametrize("folder", [FORMATS, HOLDOUT, FRESH], ids=["formats", "holdout", "fresh"])
def test_roles_and_body_attribution_are_at_least_97_percent_right(folder: Path) -> None:
    everything, _ = total(folder)
    assert everything.essays >= 8
    assert everything.roles_right / everything.paragraphs >= 0.97, everything.misses
    assert everything.body_right / everything.body >= 0.97, everything.misses


@pytest.mark.parametrize("key", [*keys(FORMATS), *keys(HOLDOUT), *keys(FRESH)], ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_every_author_is_found_once_no_argument_leaks_and_title_and_date_are_right(key: Path) -> None:
    found: Score = score(key)
    assert found.authors_right == found.authors, found.misses
    assert found.leaks == 0, found.misses  # no footnote, question or boilerplate is searchable as an argument
    assert (found.titles_right, found.dates_right) == (1, 1), found.misses


@pytest.mark.parametrize(("folder", "floors"), [(FORMATS, (0.35, 0.35, 0.6, 0.6)), (HOLDOUT, (0.35, 0.3, 0.35, 0.8))], ids=["formats", "holdout"])
def test_suggestions_are_measured_against_the_keys_annotations(folder: Path, floors: tuple[float, float, float, float]) -> None:
    """Suggestions are a reviewer's starting point, not facts: these floors are what they reach now (README and the issue note give the figures)."""
    everything, _ = total(folder)
    rates = suggestion_rates(everything)
    measured = (rates["positions precision"], rates["positions recall"], rates["preconditions precision"], rates["preconditions recall"])
    assert all(value >= floor for value, floor in zip(measured, floors, strict=True)), rates
