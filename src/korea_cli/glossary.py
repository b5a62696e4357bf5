"""The field's glossary in search: a query that names a thing one way ('DPRK') also finds the passages that name it another
('North Korea', 'D.P.R.K.').

The codebook lists each thing's names (`glossary`). A query is searched as
typed, and again with each glossary name it holds replaced by each other
name of that thing; a passage found only so says which name it was found by.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from korea_cli.text import fold

MAX_VARIANTS = 8
"""A query naming many glossary things is searched this many ways at most (the first names it holds first)."""


_SEPARATORS = re.compile(r"[\s.\-‐]+")
"""What `_pattern` lets stand between a name's words."""


@functools.lru_cache(maxsize=1024)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's words, folded: what `_pattern` matches and `_may_hold` looks for."""
    return tuple(re.findall(r"\w+", fold(name)))


def _may_hold(squashed: str, name: str) -> bool:
    """Whether a query (folded, separators taken out) may hold `name`: most queries hold none of the glossary's names, and
    compiling each name's pattern costs a search more than the rest of its reading. Exact for ASCII, where a case-blind
    match is a plain one; anything else is left to the pattern."""
    letters = "".join(_name_words(name))  # the letters any match of the pattern holds, in order, its separators taken out
    return not (squashed.isascii() and letters.isascii()) or letters in squashed


@functools.lru_cache(maxsize=1024)
def _pattern(name: str) -> re.Pattern[str]:
    """A name as a query may write it: any case, its words (or letters: 'D.P.R.K.') apart or run together, by a space, a hyphen
    or a dot ('Kim Jong Un', 'Kim Jong-un', 'Kim Jongun')."""
    words = list(_name_words(name))
    if len(words) == 1 and len(words[0]) <= 6 and name.isupper():
        words = list(words[0])  # an acronym: 'DPRK' is 'D.P.R.K.' too
    return re.compile(r"(?<![\w-])" + r"[\s.\-‐]*".join(map(re.escape, words)) + r"\.?(?![\w-])", re.I)


def variants(query: str, glossary: Sequence[Sequence[str]]) -> list[tuple[str, str | None]]:
    """The query as typed (None), then as it reads with one glossary name replaced by another, each with what was replaced
    ('DPRK → North Korea'). A name inside "quotes" is replaced within them: the phrase then asks for the other name."""
    folded = fold(query)
    out: list[tuple[str, str | None]] = [(query, None)]
    seen = {_words(query)}
    squashed = _SEPARATORS.sub("", folded)
    for names in glossary:
        held = next(((pattern, match) for name in names if _may_hold(squashed, name) and (match := (pattern := _pattern(name)).search(folded))), None)
        if held is None:
            continue
        pattern, match = held
        quoted = folded[: match.start()].count('"') % 2 == 1  # inside a "phrase" already: the name goes in as it is
        for other in names:
            # A name of several words is asked for whole, as a phrase: 'Republic of Korea' is not 'of' and 'Korea' anywhere.
            put = other if quoted or len(_words(other)) < 2 else f'"{other}"'
            rewritten = pattern.sub(lambda _: put, folded)  # noqa: B023 - used at once
            if _words(rewritten) not in seen and len(out) < MAX_VARIANTS:
                seen.add(_words(rewritten))
                out.append((rewritten, f"{query[match.start() : match.end()].strip() if len(query) == len(folded) else match.group().strip()} → {other}"))
    return out


def _words(text: str) -> tuple[str, ...]:
    """What search reads of a query: its words as it normalizes them ('Kim Jong-un' and 'kim jong un', 'D.P.R.K.' and 'DPRK'
    are one query)."""
    from korea_cli.search import words

    return tuple(words(text))
