"""The passages closest in content to one passage: `korea similar`.

Lucene's "more like this", over the index's own vocabulary and postings: the passage's most telling words
(by TF-IDF: often in it, rare in the corpus, never a stop word) become a query, and every passage holding
any of them is ranked by BM25 on those words. A score is the share of the passage's own BM25 score on its
words that the other passage reaches (100: as alike as the passage to itself). Singular and plural are one
term ('sanction', 'sanctions'); nothing is downloaded, no model is run.

Reads the index (`passages.words`, the `postings` FTS5 table); prints nothing.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from korea_cli.index import Index

TELLING_WORDS = 25
"""How many of the passage's words make the query: Lucene's default for "more like this"."""
K1, B = 1.2, 0.75
"""BM25's usual constants: how fast a repeated word stops counting, and how much a long passage is discounted."""


FUNCTION_WORDS = frozenset(
    """
    a about above after again against all also although am among an and another any anyone anything are aren't around as at
    be because been before being below between both but by can cannot could did do does doing done down during each either
    else even ever every few first for from further had has have having he her here hers him his how however i if in
    into is it its itself just least less like made make many may me might more most much must my neither no nor not now
    of off often on once one only or other others otherwise our ours out over own per perhaps quite rather really said
    same second several shall she should since so some still such than that the their theirs them themselves then there
    therefore these they third this those though through thus to too toward towards under until up upon us very via
    was we well were what whatever when where whether which while who whom whose why will with within without would yet
    you your
    """.split()  # noqa: SIM905 (a word list reads best as words, as search.STOPWORDS does)
)
"""Words that carry no content, in any passage: never a telling word (search's own stop list is shorter, since a phrase needs its 'of')."""


class Term(NamedTuple):
    key: str
    """The word as compared: singular where the corpus has both forms."""
    shown: str
    """The form the passage itself uses most, as a reader is shown it."""
    forms: tuple[int, ...]
    """Its forms' vocabulary ids."""
    idf: float


class Similar(NamedTuple):
    rowid: int
    score: int
    """0–100: the share of the passage's own score on its telling words."""
    shared: list[str]
    """The telling words both passages hold, the weightiest first."""


def similar(index: Index, rowid: int, limit: int | None = 10, all_roles: bool = False, pool: set[int] | None = None) -> list[Similar]:
    """The passages most alike in content to passage `rowid` (never itself), best first; `pool` narrows the candidates."""
    kind = "" if all_roles else " AND kind : body"
    words_of = dict(index.rows("SELECT id, word FROM vocab WHERE id IN (SELECT value FROM json_each(?))", (_ids_json(index, rowid),)))
    mine = [words_of[i] for i in _ids(index, rowid)]
    counted = Counter(_key(word) for word in mine if word not in FUNCTION_WORDS and len(word) > 1 and not word.isdigit())
    total, length = _corpus_size(index, all_roles)
    terms: list[tuple[float, Term, int]] = []
    for key, tf in counted.items():
        forms = tuple(dict.fromkeys(i for i, word in words_of.items() if _key(word) == key))
        forms += tuple(i for (i,) in index.rows("SELECT id FROM vocab WHERE word IN (?, ?)", (key, f"{key}s")) if i not in forms)
        holders = _holding(index, forms, kind)
        idf = math.log(1 + (total - len(holders) + 0.5) / (len(holders) + 0.5))
        shown = Counter(word for word in mine if _key(word) == key).most_common(1)[0][0]
        terms.append((tf * idf, Term(key, shown, forms, idf), tf))
    terms.sort(key=lambda t: (-t[0], t[1].key))
    query = [term for _, term, _ in terms[:TELLING_WORDS]]
    if not query:
        return []
    own = sum(term.idf * _saturated(tf, len(mine), length) for _, term, tf in terms[:TELLING_WORDS])
    candidates: set[int] = set()
    for term in query:
        candidates |= _holding(index, term.forms, kind)
    candidates.discard(rowid)
    if pool is not None:
        candidates &= pool
    form_of = {form: term for term in query for form in term.forms}
    found = []
    for other, words in _words(index, candidates):
        ids = words.split()
        tfs = Counter(form_of[i].key for token in ids if (i := int(token[1:])) in form_of)
        parts = sorted(((term.idf * _saturated(tfs[term.key], len(ids), length), term.shown) for term in query if tfs[term.key]), reverse=True)
        score = sum(part for part, _ in parts)
        found.append(Similar(other, min(100, round(100 * score / own)), [shown for _, shown in parts]))
    found.sort(key=lambda s: (-s.score, s.rowid))
    return found[:limit] if limit is not None else found


def _key(word: str) -> str:
    """Singular and plural as one term: 'sanctions' is 'sanction'; 'process' and 'us' stay as they are."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _saturated(tf: int, length: int, average: float) -> float:
    return tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average))


def _ids_json(index: Index, rowid: int) -> str:
    return "[" + ",".join(str(i) for i in _ids(index, rowid)) + "]"


def _ids(index: Index, rowid: int) -> list[int]:
    (words,) = index.rows("SELECT words FROM passages WHERE rowid = ?", (rowid,))[0]
    return [int(token[1:]) for token in words.split()]


def _holding(index: Index, forms: tuple[int, ...], kind: str) -> set[int]:
    """The passages that hold any of these vocabulary ids."""
    expression = " OR ".join(f"w{i}" for i in forms)
    return {r for (r,) in index.rows("SELECT rowid FROM postings WHERE postings MATCH ?", (f"words : ({expression}){kind}",))}


def _corpus_size(index: Index, all_roles: bool) -> tuple[int, float]:
    """How many passages are compared, and their average length in words (BM25's norm)."""
    where = "" if all_roles else " WHERE role = 'body'"
    count, words = index.rows(f"SELECT count(*), total(length(words) - length(replace(words, ' ', '')) + (words != '')) FROM passages{where}")[0]
    return count, (words / count if count else 1.0)


def _words(index: Index, rowids: set[int]) -> list[tuple[int, str]]:
    ordered = sorted(rowids)
    found: list[tuple[int, str]] = []
    for start in range(0, len(ordered), 500):  # SQLite's bound-parameter limit
        chunk = ordered[start : start + 500]
        found += index.rows(f"SELECT rowid, words FROM passages WHERE rowid IN ({', '.join('?' * len(chunk))})", chunk)
    return found
