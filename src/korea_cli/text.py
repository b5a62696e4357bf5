"""Text rules shared by the loader, the checker and name matching.

A passage is a paragraph: a block of non-blank lines, kept verbatim. Quotes
are compared after folding whitespace and typographic quotes only, so a
curator may type straight quotes and still be held to the exact words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
    }
)
_WHITESPACE = re.compile(r"\s+")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of `text`, in order.

    A line that holds only whitespace (including no-break spaces, which web
    copies are full of) separates paragraphs and belongs to none.
    """
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        content_end = offset + len(line.rstrip("\r\n"))
        if line.strip():
            if start is None:
                start = offset
            end = content_end
        elif start is not None:
            spans.append((start, end))
            start = None
        offset += len(line)
    if start is not None:
        spans.append((start, end))
    return spans


@functools.lru_cache(maxsize=64)
def normalize_for_quote(text: str) -> str:
    """`text` with typographic quotes made straight and whitespace runs made one space.

    Cached: validating an essay compares its text and each passage with several quotes.
    """
    return _WHITESPACE.sub(" ", text.translate(_QUOTES)).strip()


def quote_in(quote: str, passage: str) -> bool:
    """Whether `quote` stands word for word in `passage`."""
    needle = normalize_for_quote(quote)
    return bool(needle) and needle in normalize_for_quote(passage)


def fold(text: str) -> str:
    """`text` as people type it: no case, no diacritics, straight quotes, single spaces."""
    bare = text.translate(_QUOTES)
    if not bare.isascii():  # ASCII has nothing to decompose: skip the walk over every character
        bare = "".join(ch for ch in unicodedata.normalize("NFKD", bare) if not unicodedata.combining(ch))
    return _WHITESPACE.sub(" ", bare.casefold()).strip()


def phrases_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Whole-word match of any of `phrases` in folded text: case- and accent-blind, hyphens and spaces alike."""
    parts = [r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", fold(p)))) for p in phrases]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def phrases_finder(phrases: Iterable[str]) -> Callable[[str], bool]:
    """Whether folded text names any of `phrases` (as `phrases_pattern`), skipping the regex when no phrase's first word is there at all."""
    phrases = list(phrases)
    pattern = phrases_pattern(phrases)
    first_words = {re.split(r"[\s-]+", fold(p))[0] for p in phrases}
    return lambda folded: any(word in folded for word in first_words) and pattern.search(folded) is not None
