"""Typo-tolerant passage search, the way Meilisearch and Typesense rank.

A query is words, "quoted phrases" (required, exact) and -exclusions. Each
word matches the passage vocabulary with a typo budget that grows with its
length (none up to 4 letters, 1 from 5, 2 from 9; a typo in the first
letter counts twice), and the last word also as a prefix. Words are compared folded: no case, no diacritics, British
and American spellings alike, U.S. = US; a query and a passage are read by
the same `tokenize`, so composed or decomposed accents, fullwidth letters
and zero-width characters change nothing (see `text.fold`).

A word matches in four ways, each costlier than the one before: itself;
past a typo (one per letter wrong); as the start of a longer word (the last
query word only: 'peace reg'); and by its stem, another form of the same
word (Snowball's English stemmer: 'withdraw' finds 'withdrawal', 'end'
finds 'ending'). A word typed in capitals, two to five letters ('BRI',
'CVID'), is an acronym: itself only.

Hits rank by, in order: how many query words they contain; the cost of the
forms they hold them in; words close together and in query order; the exact
phrase; then corpus order. `score` packs that order into one number in [0, 1].
"""

from __future__ import annotations

import functools
import heapq
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, Protocol

from korea_cli import bitmaps
from korea_cli.errors import UsageError
from korea_cli.text import fold, word_view

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’]\w+)?")
_QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(\S+)')
MAX_TYPO_COUNT = 9
MAX_DISTANCE = 9
NARROW_AFTER = 256
"""Passages of one group ranking weighs before it asks the source which of the rest stand near enough to still make the cut."""
MAX_NEAR_FORMS = 32
"""Pairs of forms a question may name for two neighbouring query words: past that, it leaves that pair out."""
# A word list reads best as words.
STOPWORDS = frozenset(
    "a an and are as at be but by for from has have in is it its of on or that the their this to was were will with".split()  # noqa: SIM905
)
_SPELLINGS = {"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense", "programme": "program", "programmes": "programs"}
_BRITISH = (
    (("ise", "ises", "ised", "ising", "isation", "isations"), re.compile(r"(.{3,})is(e|es|ed|ing|ation|ations)$"), r"\1iz\2"),  # denuclearisation, organise
    (("our", "ours", "oured", "ouring", "ourable", "ourite", "ourites"), re.compile(r"(.{3,})our(s|ed|ing|able|ite|ites)?$"), r"\1or\2"),  # neighbour
    (("tre", "tres"), re.compile(r"(.{3,})tre(s)?$"), r"\1ter\2"),  # centre, theatre
)
"""Each British ending, the pattern that spells it the American way, and its replacement; the endings say, for the price of
`str.endswith`, whether the pattern can match at all (most words end otherwise)."""


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
    for endings, pattern, replacement in _BRITISH:
        if word.endswith(endings):
            word = pattern.sub(replacement, word)
    return word


class Token(NamedTuple):
    """A normalized word and its character span in the verbatim text (a tuple: passages have hundreds)."""

    word: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """The words of `text`, normalized, with their character spans in `text` (marks and zero-width characters inside a word stay in it)."""
    view = word_view(text)
    if view is text:  # the common case, and the quicker: words as found
        return [Token(word, m.start(), m.end()) for m in _TOKEN.finditer(text) if (word := normalize_word(m.group()))]
    return [Token(word, start, end) for m in _TOKEN.finditer(view) if (word := normalize_word(text[(start := m.start()) : (end := m.end())]))]


def words(text: str) -> list[str]:
    """Just the normalized words of `text`, in order: what the index's postings hold."""
    view = word_view(text)
    if view is text:
        return list(filter(None, map(normalize_word, _TOKEN.findall(text))))  # an empty word (a lone "'s") dropped, in C
    return [word for m in _TOKEN.finditer(view) if (word := normalize_word(text[m.start() : m.end()]))]


def typo_budget(word: str) -> int:
    return 0 if len(word) <= 4 else 1 if len(word) <= 8 else 2


PREFIX_COST = 1
"""A word matched as the start of a longer one ranks as one typo would: below the word itself."""
STEM_COST = 3
"""A word matched by its stem only ranks below any typo (a budget is two at most): the form typed comes first."""


class Form(NamedTuple):
    """How a vocabulary word matches a query word: what it costs in ranking, the typos in it, and which way it matched."""

    cost: int
    typos: int
    how: str
    """'word', 'typo', 'prefix' or 'stem'."""


@functools.lru_cache(maxsize=1 << 14)
def stem(word: str) -> str:
    """The word's stem by Snowball's English algorithm: 'withdrawal' and 'withdraw' are 'withdraw', 'ending' is 'end'."""
    return _stemmer().stemWord(word)


@functools.lru_cache(maxsize=1)
def _stemmer():
    """Snowball's English stemmer alone: the package's own `__init__` imports all its thirty languages (9 ms of a search)."""
    import sys
    from importlib.machinery import PathFinder

    if "snowballstemmer" not in sys.modules and (spec := PathFinder.find_spec("snowballstemmer")) is not None:
        package = type(sys)("snowballstemmer")
        package.__path__ = list(spec.submodule_search_locations or [])
        sys.modules["snowballstemmer"] = package  # a bare package, so that `english_stemmer`'s relative imports resolve
        try:
            from snowballstemmer.english_stemmer import EnglishStemmer

            return EnglishStemmer()
        except ImportError:
            pass  # laid out otherwise: the package whole, below
        finally:
            del sys.modules["snowballstemmer"]  # a later `import snowballstemmer` runs the real `__init__`
    import snowballstemmer

    return snowballstemmer.stemmer("english")


_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
"""'BRI', 'CVID', 'NNSC', 'IAEAs': typed in capitals, a word that matches itself only (not 'bright', not 'bring')."""


class Query(NamedTuple):
    """A parsed query: the words to rank by, the phrases that must occur, what must not.

    Named tuples rather than dataclasses here and below: `dataclasses` imports `inspect`, a tenth of a search's start-up."""

    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...] = ()
    excluded: tuple[str, ...] = ()
    excluded_phrases: tuple[tuple[str, ...], ...] = ()
    acronyms: frozenset[str] = frozenset()
    """Words typed as acronyms: matched as themselves only."""

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
    shouted = text.upper() == text and any(len(w) > 5 for w in re.findall(r"\w+", text))  # 'PEACE REGIME': caps lock, no acronyms
    acronyms = set() if shouted else {normalize_word(m.group()) for m in re.finditer(r"\b" + _ACRONYM.pattern + r"\b", text)}
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
    return Query(tuple(dict.fromkeys(words)), tuple(phrases), tuple(excluded), tuple(excluded_phrases), frozenset(acronyms))


class WordMatch(NamedTuple):
    """How one query word matched: the passage words it matched, the fewest typos it took, and which way (`Form.how`)."""

    query: str
    matched: tuple[str, ...]
    typos: int
    how: str = "word"


class Hit(NamedTuple):
    passage: str
    score: float
    matches: list[tuple[int, int]]
    words: list[WordMatch]
    missing: list[str]
    typos: int
    distance: int
    phrase: bool
    window: tuple[int, int]
    order: int

    phrases: list[str]
    tokens: list[Token]
    """The passage's words, kept for `crop`."""

    def explain(self) -> dict[str, object]:
        return {
            "matched": {w.query: {"as": list(w.matched), "typos": w.typos, "how": w.how} for w in self.words},
            "phrases": self.phrases,
            "missing": self.missing,
            "typos": self.typos,
            "distance": self.distance,
            "exact_phrase": self.phrase,
        }


class Source(Protocol):
    """Where the passages searched live: in memory (`Searcher`) or in the index (`index_search.IndexSource`).

    Sets of passages are bitmaps (`bitmaps`: an int, one bit a passage); a passage is known by its bit, and sorts in corpus
    order by its `order`.
    """

    def terms(self, word: str, budget: int, prefix: bool) -> Iterable[str]:
        """Vocabulary words that may match `word`: itself, those within `budget` letters of its length, and (prefix) those it starts."""
        ...

    def postings(self, word: str) -> int:
        """The passages holding `word`."""
        ...

    def phrase(self, words: tuple[str, ...]) -> int:
        """The passages holding `words` side by side, in order."""
        ...

    def near(self, pairs: Sequence[tuple[Sequence[str], Sequence[str]]], within: int) -> int:
        """The passages where, for every pair (left, right), a word of `left` and a word of `right` (none in both) stand with
        at most `within` words between them, in either order."""
        ...

    def passage(self, member: int) -> tuple[str, str]:
        """A passage's id and verbatim text."""
        ...

    def order(self, member: int) -> int:
        """Where a passage stands in corpus order: ties rank by it."""
        ...

    def ordered(self, bits: int) -> Iterable[int]:
        """The passages of a bitmap in corpus order, lazily: a caller may stop after the first few."""
        ...

    def key(self, word: str) -> Any:
        """How `words` gives a word: None for a word no passage holds."""
        ...

    def words(self, member: int) -> Sequence[Any]:
        """A passage's words in order, as keys: what ranking reads before the text itself."""
        ...


def expand(source: Source, word: str, prefix: bool, exact: bool, whole: bool = False) -> dict[str, Form]:
    """Vocabulary words that `word` matches, each with how (`Form`). `exact`: the word and its prefixes' absence, no typos,
    no stems; `whole` (an acronym): the word alone."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    found: dict[str, Form] = {}
    loose = not exact and not whole
    budget = typo_budget(word) if loose else 0
    prefix = prefix and loose and len(word) >= 3
    terms = source.terms(word, budget, prefix)
    for term in terms:
        if term == word:
            found[term] = Form(0, 0, "word")
        elif prefix and term.startswith(word):
            found[term] = Form(PREFIX_COST, 0, "prefix")
    if budget:
        # Every candidate at once, in RapidFuzz's C loop (tens of thousands at 10,000 essays); the few within the budget then
        # pay, as in Meilisearch, a second typo for a wrong first letter: 'winter' is not 'inter'.
        near = [t for t in terms if t not in found and abs(len(t) - len(word)) <= budget]
        for term, distance, _ in process.extract_iter(word, near, scorer=OSA.distance, score_cutoff=budget):
            distance += term[0] != word[0]
            if distance <= budget:
                found[term] = Form(distance, distance, "typo")
    if loose and len(word) >= 3 and word.isalpha():
        root = stem(word)
        # A stem is the start of its words but for a last 'i' ('countri': 'country'): look from one letter shorter.
        for term in source.terms(root[: max(3, len(root) - 1)], 0, True):
            if term not in found and term.isalpha() and stem(term) == root:
                found[term] = Form(STEM_COST, 0, "stem")
    return found


def search(source: Source, query: Query, exact: bool = False, limit: int | None = None) -> tuple[int, list[Hit]]:
    """How many passages hold enough of the query, and the best `limit` of them (None: all), best first.

    Which passages hit, and how many words and typos each holds, comes from
    postings alone. Only ranking within those needs a passage's words in
    order, so passages are scored best bound first, and scoring stops once
    no unscored passage could still make the cut.
    """
    plan = _plan(source, query, exact)
    return plan.matched.bit_count(), _ranked(plan, limit)


def search_ways(source: Source, ways: Sequence[Query], exact: bool = False, limit: int | None = None) -> tuple[int, list[tuple[Hit, int]]]:
    """One query read several ways ('DPRK sanctions' and 'North Korea sanctions'): how many passages any way finds, and the
    best `limit` by each passage's best score, each with the way that gave it (the earlier way on a tie).

    Each way is ranked to its own `limit` only: a passage among the best `limit` of all is among the best `limit` of the way
    that gives its best score, since whatever ranks above it there ranks above it overall."""
    read: dict[_WordKey, _WordRead] = {}  # a word two ways share, read once
    plans = [_plan(source, way, exact, read) for way in ways]
    matched = functools.reduce(operator.or_, (plan.matched for plan in plans), 0)
    best: dict[int, tuple[Hit, int]] = {}
    for k, plan in enumerate(plans):
        for hit in _ranked(plan, limit):
            if hit.order not in best or hit.score > best[hit.order][0].score:
                best[hit.order] = (hit, k)
    ranked = sorted(best.values(), key=lambda found: (-found[0].score, found[0].order))
    return matched.bit_count(), ranked if limit is None else ranked[:limit]


_WordKey = tuple[str, bool, bool]
"""A query word as read: the word, whether it may be a prefix (the last word), whether it is an acronym."""
_WordRead = tuple[dict[str, Form], tuple[int, dict[int, int]]]
"""A query word's forms (`expand`) and the passages holding them (`_typo_levels`)."""


class _Plan(NamedTuple):
    """A query as postings have answered it: the passages that qualify, split into groups by the best score each can reach."""

    groups: dict[tuple[int, int, int], int]
    """(words found, cost of their forms, content words found) -> the bitmap of the passages that hold them so."""
    matched: int
    scorer: _Scorer
    """Which holds the source and the query."""


def _plan(source: Source, query: Query, exact: bool, read: dict[_WordKey, _WordRead] | None = None) -> _Plan:
    """`read`: each query word's forms and their passages, as read for another way of the same query."""
    read = {} if read is None else read
    keys = [(word, i == len(query.words) - 1 and not query.phrases, word in query.acronyms) for i, word in enumerate(query.words)]
    for word, prefix, whole in keys:
        if (word, prefix, whole) not in read:
            expansion = expand(source, word, prefix=prefix, exact=exact, whole=whole)
            read[word, prefix, whole] = expansion, _typo_levels(source, expansion)
    expansions = [read[key][0] for key in keys]
    levels = [read[key][1] for key in keys]
    content = [i for i, word in enumerate(query.words) if word not in STOPWORDS] or list(range(len(query.words)))
    needed = max(1, (len(content) + 1) // 2) if not query.phrases else 0
    for i, word in enumerate(query.words):
        if word in query.acronyms:  # 'UN' is the UN, not the 'Un' of Kim Jong Un: the passage must write it in capitals
            written = re.compile(r"(?<!\w)" + r"\.?".join(map(re.escape, word.upper())) + r"\.?s?(?!\w)")
            holding = bitmaps.of(member for member in bitmaps.members(levels[i][0]) if written.search(source.passage(member)[1]))
            levels[i] = (holding, {cost: having & holding for cost, having in levels[i][1].items()})

    # With phrases, only passages holding every one can qualify; else any holding a content word may.
    phrase_holders = [source.phrase(phrase) for phrase in query.phrases]
    candidates = functools.reduce(operator.and_, phrase_holders) if phrase_holders else functools.reduce(operator.or_, (levels[i][0] for i in content), 0)
    for word in query.excluded:
        candidates &= ~source.postings(word)
    for phrase in query.excluded_phrases:
        candidates &= ~source.phrase(phrase)

    # Split the candidates by (words found, cost of their forms, content words found): every passage in a group has the same best possible score.
    groups: dict[tuple[int, int, int], int] = {(len(query.phrases), 0, 0): candidates} if candidates else {}
    for i, (holding, by_cost) in enumerate(levels):
        split: dict[tuple[int, int, int], int] = {}
        for (found, cost, found_content), members in groups.items():
            if absent := members & ~holding:
                split[found, cost, found_content] = split.get((found, cost, found_content), 0) | absent
            for word_cost, having in by_cost.items():
                if part := members & having:
                    key = (found + 1, cost + word_cost, found_content + (i in content))
                    split[key] = split.get(key, 0) | part
        groups = split
    groups = {key: members for key, members in groups.items() if key[2] >= needed}

    matched = functools.reduce(operator.or_, groups.values(), 0)
    return _Plan(groups, matched, _Scorer(source, query, expansions, content, needed))


def _ranked(plan: _Plan, limit: int | None) -> list[Hit]:
    """The best `limit` hits of a plan (None: all), best first, scoring best bound first and stopping when no unscored passage
    could still make the cut."""
    groups, scorer = plan.groups, plan.scorer
    source, query = scorer.source, scorer.query
    if limit == 0:
        return []
    if limit is None or limit >= plan.matched.bit_count():
        hits = [hit for members in groups.values() for member in bitmaps.members(members) if (hit := scorer.score(member))]
        hits.sort(key=lambda h: (-h.score, h.order))
        return hits
    best: list[tuple[float, int, Hit]] = []  # a heap whose top is the worst hit kept: (score, -order, hit)
    bounds = sorted(((_bound(query, found, cost), found, cost, members) for (found, cost, _), members in groups.items()), key=lambda group: -group[0])
    for bound, found, cost, members in bounds:
        if len(best) >= limit and bound < best[0][0]:
            break
        pairs = _neighbours(plan, found, cost)
        # Parts of the group, the last weighed first: (their bound, passages, the distance the source was last asked about,
        # the distance within which every pair of neighbours is known to stand in them: MAX_DISTANCE when not known)
        parts = [(bound, members, MAX_DISTANCE, MAX_DISTANCE)]
        while parts:
            part_bound, part, asked, within = parts.pop()
            weighed: list[int] = []
            for member in source.ordered(part):
                order = source.order(member)
                if len(best) >= limit and (part_bound, -order) < best[0][:2]:
                    break  # the rest of this part comes later in corpus order: none can beat what is kept
                if pairs and weighed and len(weighed) % NARROW_AFTER == 0 and len(best) >= limit:
                    # Many passages share this bound but score below it, their words apart: when the worst kept allows fewer
                    # words between than last asked, ask the source which of the rest stand so near, and split them by it.
                    allowed = _allowed_distance(query, found, cost, best[0][0])
                    rest = part & ~bitmaps.of(weighed)
                    if allowed < asked and rest.bit_count() >= 4 * NARROW_AFTER:
                        parts += _split_by_distance(plan, found, cost, pairs, rest, part_bound, allowed, within)
                        break
                weighed.append(member)
                score = scorer.weigh(member)  # from the words the source keeps: the text is read only for a hit kept
                if score is None or (len(best) >= limit and (score, -order) <= best[0][:2]):
                    continue
                hit = scorer.score(member)  # the same score, read from the text (which alone says where the words stand in it)
                if hit is None:
                    continue
                if len(best) < limit:
                    heapq.heappush(best, (hit.score, -hit.order, hit))
                elif (hit.score, -hit.order) > best[0][:2]:
                    heapq.heapreplace(best, (hit.score, -hit.order, hit))
    return [hit for _, _, hit in sorted(best, key=lambda item: (-item[0], -item[1]))]


def _split_by_distance(
    plan: _Plan, found: int, cost: int, pairs: list[tuple[list[str], list[str]]], rest: int, bound: float, allowed: int, within: int
) -> list[tuple[float, int, int, int]]:
    """The passages of a group's `rest` that may still make the cut, now that it takes a distance of `allowed` or less, as two
    parts (bound, passages, distance asked, distance within), the nearer last: those whose neighbours stand nearer still
    (bound as before), and those that stand just `allowed` apart at best (bound: the score at that distance). `within`:
    what all of `rest` is known to stand within already."""
    source, query = plan.scorer.source, plan.scorer.query
    if allowed < 0:
        return []
    near = rest if allowed >= within else source.near(pairs, allowed) & rest
    nearer = source.near(pairs, allowed - 1) & near if allowed > 0 else 0
    at_allowed = _packed_score(query, found, cost, allowed, cost == 0 and found == query.size and allowed == 0)
    return [(at_allowed, near & ~nearer, allowed, allowed), (bound, nearer, allowed, allowed - 1)]


def _neighbours(plan: _Plan, found: int, cost: int) -> list[tuple[list[str], list[str]]]:
    """Each two neighbouring query words' forms that the group (found, cost) allows (a word's best forms cost no more than
    the group), when every query word is found in it: what `Source.near` is asked about (none when it cannot be).

    In such a group a score falls only with distance, and a passage's distance is at least the number of words between
    any two neighbouring query words in it: so a passage where one pair stands too far apart cannot score above the worst
    kept, whatever the rest of it holds (`_allowed_distance`).
    """
    query = plan.scorer.query
    if len(query.words) < 2 or found != len(query.words) + len(query.phrases):
        return []  # a word missing: the distance is between other neighbours
    forms = [[term for term, form in expansion.items() if form.cost <= cost] for expansion in plan.scorer.expansions]
    return [
        (forms[i], forms[i + 1])
        for i in range(len(forms) - 1)
        if len(forms[i]) * len(forms[i + 1]) <= MAX_NEAR_FORMS and set(forms[i]).isdisjoint(forms[i + 1])
    ]


def _allowed_distance(query: Query, found: int, cost: int, worst: float) -> int:
    """The greatest distance at which a passage of the group (found, cost) still scores `worst` or more: -1 when none does,
    MAX_DISTANCE when any does."""
    exact_phrase_possible = cost == 0 and found == query.size
    return max((d for d in range(MAX_DISTANCE + 1) if _packed_score(query, found, cost, d, exact_phrase_possible and d == 0) >= worst), default=-1)


def _typo_levels(source: Source, expansion: dict[str, Form]) -> tuple[int, dict[int, int]]:
    """The passages holding any form of a query word, and those passages by the lowest cost of a form they hold."""
    holding = 0
    by_cost: dict[int, int] = {}
    for term, form in sorted(expansion.items(), key=lambda item: item[1].cost):
        new = source.postings(term) & ~holding
        if new:
            by_cost[form.cost] = by_cost.get(form.cost, 0) | new
            holding |= new
    return holding, by_cost


def _bound(query: Query, found: int, cost: int) -> float:
    """The best score a passage can have with these words found at this cost: its words side by side, in order."""
    exact_phrase_possible = cost == 0 and found == query.size
    return _packed_score(query, found, cost, 0, exact_phrase_possible)


def _packed_score(query: Query, found: int, cost: int, distance: int, exact_phrase: bool) -> float:
    """Words found, then the cost of their forms (typos, prefixes, stems), then distance, then the exact phrase, packed into one
    number (higher is better)."""
    size = query.size
    penalty = (min(cost, MAX_TYPO_COUNT) + min(distance, MAX_DISTANCE) / 10 + (0 if exact_phrase or len(query.words) < 2 else 0.01)) / (10 * size + 1)
    return round(found / size - penalty, 4)


class _Weighed(NamedTuple):
    """What ranks a passage, read from its words in order: its score and, per query word, where its best forms stand."""

    score: float
    positions: list[list[int]]
    cheapest: list[Form | None]
    distance: int
    phrase: bool


class _Scorer:
    """Scores one passage at a time against a parsed query and its expansions: quickly from its words as the source keeps them
    (`weigh`), and in full, with the spans and the window a hit shows, from its text (`score`)."""

    def __init__(self, source: Source, query: Query, expansions: list[dict[str, Form]], content: list[int], needed: int) -> None:
        self.source = source
        self.query = query
        self.expansions = expansions
        self.content = content
        self.needed = needed
        key = source.key
        keyed = [{k: form for term, form in expansion.items() if (k := key(term)) is not None} for expansion in expansions]
        self.keyed = _Keys(
            keyed,
            {k for word in query.excluded if (k := key(word)) is not None},
            [tuple(key(word) for word in phrase) for phrase in query.excluded_phrases],
            [tuple(key(word) for word in phrase) for phrase in query.phrases],
            tuple(key(word) for word in query.words),
            frozenset(k for expansion in keyed for k in expansion),
        )
        self.plain = _Keys(
            expansions,
            set(query.excluded),
            list(query.excluded_phrases),
            list(query.phrases),
            query.words,
            frozenset(term for expansion in expansions for term in expansion),
        )

    def weigh(self, member: int) -> float | None:
        """The passage's score from the words the source keeps for it (no text read, no tokenizing); None if it does not qualify."""
        weighed = self._weigh(self.source.words(member), self.keyed)
        return weighed.score if weighed else None

    def _weigh(self, words: Sequence[Any], keys: _Keys) -> _Weighed | None:
        query = self.query
        if (keys.excluded and not keys.excluded.isdisjoint(words)) or any(_find_phrase(words, p) for p in keys.excluded_phrases):
            return None
        if not all(_find_phrase(words, phrase) for phrase in keys.phrases):
            return None
        relevant = keys.relevant
        where = [(i, w) for i, w in enumerate(words) if w in relevant]  # one pass over the passage for every query word
        positions: list[list[int]] = []
        cheapest_forms: list[Form | None] = []
        cost = 0
        for expansion in keys.expansions:
            here = [(i, expansion[w]) for i, w in where if w in expansion]
            if not here:
                positions.append([])
                cheapest_forms.append(None)
                continue
            # Only a word's best forms count here: where 'peace' stands, 'place' is not a match for it.
            cheapest = min(form for _, form in here)
            cost += cheapest.cost
            positions.append([i for i, form in here if form.cost == cheapest.cost])
            cheapest_forms.append(cheapest)
        if sum(1 for i in self.content if positions[i]) < self.needed:
            return None
        distance = _distance([p for p in positions if p])
        phrase = len(query.words) > 1 and cost == 0 and bool(_find_phrase(words, keys.words))
        found = sum(1 for form in cheapest_forms if form is not None) + len(query.phrases)
        return _Weighed(_packed_score(query, found, cost, distance, phrase), positions, cheapest_forms, distance, phrase)

    def score(self, member: int) -> Hit | None:
        query = self.query
        passage_id, text = self.source.passage(member)
        tokens = tokenize(text)
        words = [t.word for t in tokens]
        weighed = self._weigh(words, self.plain)
        if weighed is None:
            return None
        phrase_spans = []
        for phrase in query.phrases:
            phrase_spans += [(tokens[i].start, tokens[i + len(phrase) - 1].end) for i in _find_phrase(words, phrase)]
        matched = [
            WordMatch(word, tuple(dict.fromkeys(words[i] for i in best)), form.typos, form.how)
            for word, best, form in zip(query.words, weighed.positions, weighed.cheapest, strict=True)
            if form is not None
        ]
        positions = weighed.positions
        spans = sorted({(tokens[i].start, tokens[i].end) for p in positions for i in p} | set(phrase_spans))
        return Hit(
            passage=passage_id,
            score=weighed.score,
            matches=spans,
            words=matched,
            missing=[word for word, form in zip(query.words, weighed.cheapest, strict=True) if form is None],
            typos=sum(form.typos for form in weighed.cheapest if form is not None),
            distance=weighed.distance,
            phrase=weighed.phrase,
            window=_window(positions, tokens, phrase_spans),
            order=self.source.order(member),
            phrases=[" ".join(p) for p in query.phrases],
            tokens=tokens,
        )


class _Keys(NamedTuple):
    """A query's words as a source keys a passage's words (`Source.key`): vocabulary ids in the index, the words themselves in
    memory. A word the source does not know keys as None, which no passage holds."""

    expansions: list[dict[Any, Form]]
    excluded: set[Any]
    excluded_phrases: list[tuple[Any, ...]]
    phrases: list[tuple[Any, ...]]
    words: tuple[Any, ...]
    relevant: frozenset[Any]
    """Every form of every query word: the words of a passage worth a look."""


class Searcher:
    """A `Source` over passages held in memory, in the order given: the plain definition the index's postings must agree with."""

    def __init__(self, passages: Iterable[tuple[str, str]]) -> None:
        self.passages: list[tuple[str, str]] = []
        self.words_of: list[list[str]] = []
        holding: dict[str, list[int]] = {}
        for order, (passage_id, text) in enumerate(passages):
            words = [t.word for t in tokenize(text)]
            self.passages.append((passage_id, text))
            self.words_of.append(words)
            for word in dict.fromkeys(words):
                holding.setdefault(word, []).append(order)
        self.index: dict[str, int] = {word: bitmaps.of(orders) for word, orders in holding.items()}
        """Each word's passages, a bit each: a passage's bit is its place in the list given."""

    def terms(self, word: str, budget: int, prefix: bool) -> Iterable[str]:
        return self.index

    def postings(self, word: str) -> int:
        return self.index.get(word, 0)

    def phrase(self, words: tuple[str, ...]) -> int:
        holding = functools.reduce(operator.and_, (self.postings(word) for word in words)) if words else 0
        return bitmaps.of(order for order in bitmaps.members(holding) if _find_phrase(self.words_of[order], words))

    def near(self, pairs: Sequence[tuple[Sequence[str], Sequence[str]]], within: int) -> int:
        holding = functools.reduce(operator.and_, (self._holding(left) & self._holding(right) for left, right in pairs), -1) if pairs else 0
        return bitmaps.of(
            order for order in bitmaps.members(holding) if all(_stand_within(self.words_of[order], set(left), set(right), within) for left, right in pairs)
        )

    def _holding(self, words: Iterable[str]) -> int:
        return functools.reduce(operator.or_, map(self.postings, words), 0)

    def passage(self, member: int) -> tuple[str, str]:
        return self.passages[member]

    def order(self, member: int) -> int:
        return member

    def ordered(self, bits: int) -> Iterable[int]:
        return bitmaps.lowest(bits)

    def key(self, word: str) -> str:
        return word

    def words(self, member: int) -> Sequence[str]:
        return self.words_of[member]

    def search(self, query: Query, exact: bool = False, limit: int | None = None) -> list[Hit]:
        """Every passage that holds enough of the query (or the best `limit`), best first."""
        return search(self, query, exact, limit)[1]


def _find_phrase(words: Sequence[Any], phrase: Sequence[Any]) -> list[int]:
    """Where `phrase` starts in `words`, every place (its first word found by the sequence's own search, in C)."""
    n, phrase, found, at = len(phrase), list(phrase), [], -1
    words = words if isinstance(words, list) else list(words)
    while True:
        try:
            at = words.index(phrase[0], at + 1)
        except ValueError:
            return found
        if words[at : at + n] == phrase:
            found.append(at)


def _stand_within(words: Sequence[str], left: set[str], right: set[str], within: int) -> bool:
    """Whether a word of `left` and a word of `right` stand with at most `within` words between them, in either order."""
    here = [i for i, word in enumerate(words) if word in left]
    there = [i for i, word in enumerate(words) if word in right]
    return any(abs(a - b) - 1 <= within for a in here for b in there)


def _distance(positions: list[list[int]]) -> int:
    """How far apart consecutive query words stand (0 when adjacent and in order; +1 when reversed). Two query words that one
    word of the text answers ('ardift adrift', a typo beside its word) stand 0 apart, never less: a distance below 0 would lift
    a score above the bound search prunes by."""
    total = 0
    for here, there in itertools.pairwise(positions):
        total += min(max(0, abs(b - a) - 1) + (1 if b < a else 0) for a in here for b in there)
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
    tokens = hit.tokens or tokenize(text)
    first, last = hit.window
    lo, hi = max(0, first - context), min(len(tokens) - 1, last + context)
    start = 0 if lo == 0 else tokens[lo].start
    end = len(text) if hi == len(tokens) - 1 else tokens[hi].end
    prefix = "" if start == 0 else "…"
    suffix = "" if end == len(text) else "…"
    shift = len(prefix) - start
    spans = [(a + shift, b + shift) for a, b in hit.matches if a >= start and b <= end]
    return prefix + text[start:end] + suffix, spans
