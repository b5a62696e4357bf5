"""Typo-tolerant passage search, the way Meilisearch and Typesense rank.

A query is words, "quoted phrases" (required, exact) and -exclusions. Each
word matches the passage vocabulary with a typo budget that grows with its
length (none up to 4 letters, 1 from 5, 2 from 9; a typo in the first
letter counts twice), and the last word also as a prefix. Words are compared folded: no case, no diacritics, British
and American spellings alike, U.S. = US.

Hits rank by, in order: how many query words they contain; fewer typos;
words close together and in query order; the exact phrase; then corpus
order. `score` packs that order into one number in [0, 1].
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from korea_cli.errors import UsageError
from korea_cli.text import fold

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’]\w+)?")
_QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(\S+)')
MAX_TYPO_COUNT = 9
MAX_DISTANCE = 9
# A word list reads best as words.
STOPWORDS = frozenset(
    "a an and are as at be but by for from has have in is it its of on or that the their this to was were will with".split()  # noqa: SIM905
)
_SPELLINGS = {"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense", "programme": "program", "programmes": "programs"}
_BRITISH = (
    (re.compile(r"(.{3,})is(e|es|ed|ing|ation|ations)$"), r"\1iz\2"),  # denuclearisation, organise
    (re.compile(r"(.{3,})our(s|ed|ing|able|ite|ites)?$"), r"\1or\2"),  # neighbour, favourite
    (re.compile(r"(.{3,})tre(s)?$"), r"\1ter\2"),  # centre, theatre
)


@functools.lru_cache(maxsize=1 << 16)
def normalize_word(word: str) -> str:
    """One spelling for a word: folded, without possessive or dots, American spelling.

    Cached: a corpus has far fewer distinct words than tokens.
    """
    word = fold(word).replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "").replace(".", "")
    if word in _SPELLINGS:
        return _SPELLINGS[word]
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


@dataclass(frozen=True)
class Token:
    word: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """The words of `text`, normalized, with their character spans in `text`."""
    return [Token(word, m.start(), m.end()) for m in _TOKEN.finditer(text) if (word := normalize_word(m.group()))]


def typo_budget(word: str) -> int:
    return 0 if len(word) <= 4 else 1 if len(word) <= 8 else 2


@dataclass(frozen=True)
class Query:
    """A parsed query: the words to rank by, the phrases that must occur, what must not."""

    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...] = ()
    excluded: tuple[str, ...] = ()
    excluded_phrases: tuple[tuple[str, ...], ...] = ()

    @property
    def size(self) -> int:
        return len(self.words) + len(self.phrases)


MAX_QUERY_CHARS = 1000
"""A phrase as one remembers it is a few words; a megabyte of query is a mistake, refused with a word."""


def parse_query(text: str) -> Query:
    """Split a query into words, "phrases", -words and -"phrases"."""
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(f"the query is {len(text):,} characters; give at most {MAX_QUERY_CHARS:,}, the words you remember")
    words: list[str] = []
    phrases: list[tuple[str, ...]] = []
    excluded: list[str] = []
    excluded_phrases: list[tuple[str, ...]] = []
    for negate, quoted, bare in _QUERY_PART.findall(text):
        if quoted or (negate and not bare):
            phrase = tuple(t.word for t in tokenize(quoted))
            if phrase:
                (excluded_phrases if negate else phrases).append(phrase)
            continue
        if bare.startswith("-") and len(bare) > 1:
            excluded += [t.word for t in tokenize(bare[1:])]
        else:
            words += [t.word for t in tokenize(bare)]
    if not words and not phrases:
        raise UsageError("give at least one word to search for (a query of only -exclusions finds nothing)")
    return Query(tuple(dict.fromkeys(words)), tuple(phrases), tuple(excluded), tuple(excluded_phrases))


@dataclass(frozen=True)
class WordMatch:
    """How one query word matched: the passage words it matched and the fewest typos it took."""

    query: str
    matched: tuple[str, ...]
    typos: int


@dataclass
class Hit:
    passage: str
    score: float
    matches: list[tuple[int, int]]
    words: list[WordMatch]
    missing: list[str]
    typos: int
    distance: int
    phrase: bool
    window: tuple[int, int]
    order: int = field(repr=False)

    phrases: list[str] = field(default_factory=list)

    def explain(self) -> dict[str, object]:
        return {
            "matched": {w.query: {"as": list(w.matched), "typos": w.typos} for w in self.words},
            "phrases": self.phrases,
            "missing": self.missing,
            "typos": self.typos,
            "distance": self.distance,
            "exact_phrase": self.phrase,
        }


class Searcher:
    """Search over a fixed set of passages: their tokens and vocabulary, built once."""

    def __init__(self, passages: Iterable[tuple[str, str]]) -> None:
        self.ids: list[str] = []
        self.tokens: list[list[Token]] = []
        self.postings: dict[str, set[int]] = {}
        for index, (passage_id, text) in enumerate(passages):
            tokens = tokenize(text)
            self.ids.append(passage_id)
            self.tokens.append(tokens)
            for token in tokens:
                self.postings.setdefault(token.word, set()).add(index)

    def expand(self, word: str, prefix: bool, exact: bool) -> dict[str, int]:
        """Vocabulary words that `word` matches, each with its typo count."""
        from rapidfuzz.distance import OSA

        found: dict[str, int] = {}
        budget = 0 if exact else typo_budget(word)
        for term in self.postings:
            if term == word or (prefix and not exact and len(word) >= 3 and term.startswith(word)):
                found[term] = 0
            elif budget and abs(len(term) - len(word)) <= budget:
                # As in Meilisearch, a typo in the first letter counts twice: 'winter' is not 'inter'.
                distance = OSA.distance(word, term, score_cutoff=budget) + (term[0] != word[0])
                if distance <= budget:
                    found[term] = distance
        return found

    def search(self, query: Query, exact: bool = False) -> list[Hit]:
        """Every passage that holds enough of the query, best first."""
        expansions = [self.expand(word, prefix=i == len(query.words) - 1 and not query.phrases, exact=exact) for i, word in enumerate(query.words)]
        content = [i for i, word in enumerate(query.words) if word not in STOPWORDS] or list(range(len(query.words)))
        needed = max(1, (len(content) + 1) // 2) if not query.phrases else 0
        candidates: set[int] = set()
        for i in content:
            for term in expansions[i]:
                candidates |= self.postings[term]
        if query.phrases:  # required: only passages holding every word of every phrase can qualify
            candidates = set.intersection(*(self._phrase_candidates(phrase) for phrase in query.phrases))
        hits = []
        for index in sorted(candidates):
            hit = self._score(index, query, expansions, content, needed)
            if hit is not None:
                hits.append(hit)
        hits.sort(key=lambda h: (-h.score, h.order))
        return hits

    def _phrase_candidates(self, phrase: tuple[str, ...]) -> set[int]:
        sets = [self.postings.get(word, set()) for word in phrase]
        return set.intersection(*sets) if sets else set()

    def _score(self, index: int, query: Query, expansions: list[dict[str, int]], content: list[int], needed: int) -> Hit | None:
        tokens = self.tokens[index]
        words = [t.word for t in tokens]
        if any(word in words for word in query.excluded) or any(_find_phrase(words, p) for p in query.excluded_phrases):
            return None
        phrase_spans = []
        for phrase in query.phrases:
            at = _find_phrase(words, phrase)
            if not at:
                return None
            phrase_spans += [(tokens[i].start, tokens[i + len(phrase) - 1].end) for i in at]
        positions: list[list[int]] = []
        matched: list[WordMatch] = []
        missing: list[str] = []
        typos = 0
        for word, expansion in zip(query.words, expansions, strict=True):
            here = [(i, expansion[w]) for i, w in enumerate(words) if w in expansion]
            if not here:
                missing.append(word)
                positions.append([])
                continue
            # Only a word's best forms count here: where 'peace' stands, 'place' is not a match for it.
            fewest = min(t for _, t in here)
            best = [i for i, t in here if t == fewest]
            typos += fewest
            matched.append(WordMatch(word, tuple(dict.fromkeys(words[i] for i in best)), fewest))
            positions.append(best)
        if sum(1 for i in content if positions[i]) < needed:
            return None
        distance = _distance([p for p in positions if p])
        phrase = len(query.words) > 1 and bool(_find_phrase(words, query.words)) and typos == 0
        size = query.size
        found = len(matched) + len(query.phrases)
        penalty = (min(typos, MAX_TYPO_COUNT) + min(distance, MAX_DISTANCE) / 10 + (0 if phrase or len(query.words) < 2 else 0.01)) / (10 * size + 1)
        spans = sorted({(tokens[i].start, tokens[i].end) for p in positions for i in p} | set(phrase_spans))
        return Hit(
            passage=self.ids[index],
            score=round(found / size - penalty, 4),
            matches=spans,
            words=matched,
            missing=missing,
            typos=typos,
            distance=distance,
            phrase=phrase,
            window=_window(positions, tokens, phrase_spans),
            order=index,
            phrases=[" ".join(p) for p in query.phrases],
        )


def _find_phrase(words: Sequence[str], phrase: Sequence[str]) -> list[int]:
    """Where `phrase` starts in `words`, every place."""
    n = len(phrase)
    return [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == tuple(phrase)]


def _distance(positions: list[list[int]]) -> int:
    """How far apart consecutive query words stand (0 when adjacent and in order; +1 when reversed)."""
    total = 0
    for here, there in itertools.pairwise(positions):
        total += min(abs(b - a) - 1 + (1 if b < a else 0) for a in here for b in there)
    return total


def _window(positions: list[list[int]], tokens: list[Token], phrase_spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Token range of the tightest stretch holding one occurrence of every matched word: where to crop."""
    occurrences = sorted((p, k) for k, ps in enumerate(positions) for p in ps)
    if not occurrences:
        start = next(i for i, t in enumerate(tokens) if t.start >= phrase_spans[0][0])
        end = next(i for i, t in enumerate(tokens) if t.end >= phrase_spans[0][1])
        return start, end
    kinds = {k for _, k in occurrences}
    best = (occurrences[0][0], occurrences[-1][0])
    counts: dict[int, int] = {}
    left = 0
    for position, kind in occurrences:
        counts[kind] = counts.get(kind, 0) + 1
        while len(counts) == len(kinds):
            if position - occurrences[left][0] < best[1] - best[0]:
                best = (occurrences[left][0], position)
            left_kind = occurrences[left][1]
            counts[left_kind] -= 1
            if not counts[left_kind]:
                del counts[left_kind]
            left += 1
    return best


def crop(text: str, hit: Hit, context: int) -> tuple[str, list[tuple[int, int]]]:
    """The passage cut to `context` words either side of the best match, with match offsets into the cut."""
    tokens = tokenize(text)
    first, last = hit.window
    lo, hi = max(0, first - context), min(len(tokens) - 1, last + context)
    start = 0 if lo == 0 else tokens[lo].start
    end = len(text) if hi == len(tokens) - 1 else tokens[hi].end
    prefix = "" if start == 0 else "…"
    suffix = "" if end == len(text) else "…"
    shift = len(prefix) - start
    spans = [(a + shift, b + shift) for a, b in hit.matches if a >= start and b <= end]
    return prefix + text[start:end] + suffix, spans
