"""Resolving what users type to ids: authors, topics, essays and vocabulary terms.

Names match the way people type them: without regard to case, diacritics
or punctuation, in any name order, through aliases, by a leading part
(`swanstrom`, `isdp`), and past small typos (`sanctons`). Only a typo
correction earns a notice; an unknown or ambiguous name is an error that
lists the closest candidates and the command that lists them all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from korea_cli.errors import UsageError
from korea_cli.index import AUTHOR_ORDER
from korea_cli.text import fold, word_view

if TYPE_CHECKING:
    from korea_cli.index import Index

_WORD = re.compile(r"[^\W_]+")
FUZZY_THRESHOLD = 80
"""A typo correction needs at least this RapidFuzz score (0–100)."""
FUZZY_MARGIN = 5
"""…and must beat the next candidate by this much, or it is ambiguous."""
_ASCII_DIGITS = re.compile(r"[0-9]+")
MAX_PASSAGE_DIGITS = 20
"""No essay has that many passages; a longer number is refused before `int` (Python stops at 4,300 digits)."""
MAX_SHOWN = 80
"""An error quotes at most this much of what was typed."""


class Named(NamedTuple):
    """Something a user may name: its id, how messages show it, and every form that leads to it."""

    id: str
    display: str
    names: tuple[str, ...]


class Resolved(NamedTuple):
    id: str
    notice: str | None = None
    guessed: bool = False
    """Read past a typo (`sanctons` → sanctions): fine for a question, not for a change to the corpus (`commands.resolve`)."""


def key(text: str) -> str:
    """A name reduced to lowercase words without diacritics, punctuation or invisible characters (words as search reads them)."""
    folded = fold(text)
    return " ".join(folded[m.start() : m.end()] for m in _WORD.finditer(word_view(folded)))


def resolve(kind: str, query: str, entries: Sequence[Named], hint: str, suggest: bool = True, vocabulary: bool = False) -> Resolved:
    """The entry `query` names, or a UsageError that says what it could have meant.

    `hint` ends every error (where to see them all); `suggest` adds the closest
    names to an unknown one, which a hint listing the whole vocabulary makes moot.
    `vocabulary` (topics, goals): a name is a term, not a person's, so a part of
    it must be its beginning ('peace' is the peace regime, 'war' is no topic),
    and every name but the id itself is said ('peace treaty' → peace-regime).
    """
    wanted = key(query)
    if not wanted:
        raise UsageError(f"empty {kind} name ({hint})")
    for match in (_exact, _same_words, _leading if vocabulary else _abbreviation):
        # a term's start names it by its id or label only: 'korean' is not the start of the alias 'Korean unification'
        named_by = (lambda e: e.names[:2]) if match is _leading else (lambda e: e.names)
        found = _unique({e.id: e for e in entries if any(match(wanted, key(n)) for n in named_by(e))}, kind, query, hint)
        if found:
            if not vocabulary or wanted == key(found.id):
                return Resolved(found.id)
            named = next((n for n in found.names if match(wanted, key(n))), found.id)
            what = "its id" if key(named) == key(found.id) else "its label" if len(found.names) > 1 and named == found.names[1] else "an alias"
            how = what if match is _exact else f"{what}, {named!r}, in other words" if match is _same_words else f"the start of {what}, {named!r}"
            return Resolved(found.id, f"{kind} {_shown(query)} → {found.display} ({how})")
    scored = sorted(((_score(wanted, e, words=not vocabulary), e) for e in entries), key=lambda pair: -pair[0])
    if scored and scored[0][0] >= FUZZY_THRESHOLD:
        best_score, best = scored[0]
        rivals = [e for score, e in scored[1:] if score >= FUZZY_THRESHOLD and best_score - score < FUZZY_MARGIN]
        if rivals:
            _ambiguous(kind, query, [best, *rivals], hint)
        return Resolved(best.id, f"{kind} {_shown(query)} → {best.display}", guessed=True)
    closest = ", ".join(e.display for score, e in scored[:3] if score > 0)
    nearest = f"; closest: {closest}" if closest and suggest else ""
    raise UsageError(f"unknown {kind} {_shown(query)}{nearest} ({hint})")


def _exact(wanted: str, name: str) -> bool:
    return wanted == name


def words_key(name: str) -> str:
    """A name in any word order, case, diacritics and punctuation: 'Chun, Chaesung' and 'Chaesung Chun' meet."""
    return " ".join(sorted(key(name).split()))


def _same_words(wanted: str, name: str) -> bool:
    """Any name order: 'chaesung chun' is 'chun chaesung'."""
    return words_key(wanted) == words_key(name)


def _leading(wanted: str, name: str) -> bool:
    """The typed words begin the name, each word the start of the name's word there: 'peace' is 'peace regime', 'sanction' is
    'sanctions'; 'war' is not 'end of the war', 'guarantees' not 'security guarantees' (those go to the typo search)."""
    words, typed = name.split(), wanted.split()
    return len(typed) <= len(words) and all(t == w or (len(t) >= 3 and w.startswith(t)) for t, w in zip(typed, words, strict=False))


def _abbreviation(wanted: str, name: str) -> bool:
    """Every typed word is a word of the name, or the start of one (three letters at least)."""
    words = name.split()
    return all(any(w == t or (len(w) >= 3 and t.startswith(w)) for t in words) for w in wanted.split())


def _score(wanted: str, entry: Named, words: bool = True) -> float:
    """How close `wanted` is to the entry's names (0-100); with `words`, to any one word of them too (a person's surname: not
    for a term, where 'China' is no word of 'US-China rivalry' that names its topic)."""
    from rapidfuzz import fuzz

    best = 0.0
    for name in entry.names:
        name_key = key(name)
        best = max(best, fuzz.ratio(wanted, name_key), fuzz.token_sort_ratio(wanted, name_key))
        if words and len(wanted) >= 4 and " " not in wanted:  # a surname or single word, mistyped
            best = max(best, *(fuzz.ratio(wanted, word) for word in name_key.split()))
    return best


def _unique(matches: dict[str, Named], kind: str, query: str, hint: str) -> Named | None:
    if len(matches) > 1:
        _ambiguous(kind, query, list(matches.values()), hint)
    return next(iter(matches.values()), None)


def _ambiguous(kind: str, query: str, entries: Iterable[Named], hint: str) -> None:
    options = ", ".join(e.display for e in entries)
    raise UsageError(f"{kind} {_shown(query)} is ambiguous: {options}; give more of the name ({hint})")


# -- what each kind of name can lead to ---------------------------------------


def authors(index: Index) -> list[Named]:
    return [
        Named(author, f"{name} ({author})", (author, name, *json.loads(aliases)))
        for author, name, aliases in index.rows(f"SELECT id, name, aliases FROM authors ORDER BY {AUTHOR_ORDER}")
    ]


def topics(index: Index) -> list[Named]:
    return [Named(t["id"], t["id"], (t["id"], t["label"], *t["aliases"])) for t in index.codebook["topics"]]


def essays(index: Index) -> list[Named]:
    rows = index.rows("SELECT id, json_extract(facts, '$.title.value') FROM essays ORDER BY key")
    return [Named(essay, essay, (essay, *([title] if title else []))) for essay, title in rows]


def stances(index: Index) -> list[Named]:
    return _terms(index, "stances")


def goals(index: Index) -> list[Named]:
    return _terms(index, "goals")


def holders(index: Index) -> list[Named]:
    return _terms(index, "holders")


def passages(index: Index) -> list[Named]:
    """Every passage, by id: what `quote` and `show` take."""
    return [Named(f"{essay}:{n}", f"{essay}:{n}", (f"{essay}:{n}",)) for essay, n in index.rows("SELECT essay, n FROM passages ORDER BY rowid")]


def _terms(index: Index, kind: str) -> list[Named]:
    """Stances and holders are named by id; goals by id or label."""
    return [Named(t["id"], t["id"], (t["id"], t["label"]) if t["label"] else (t["id"],)) for t in index.codebook[kind]]


def author(index: Index, query: str) -> Resolved:
    return resolve("author", query, authors(index), "`korea who` lists them")


def topic(index: Index, query: str) -> Resolved:
    return resolve("topic", query, topics(index), "`korea topics` lists them; --mentions finds passages that name a term", vocabulary=True)


def topic_only(index: Index, query: str) -> Resolved:
    """A topic, for the commands that have no --mentions to offer instead (compare, versus, coverage, conflicts)."""
    return resolve("topic", query, topics(index), "`korea topics` lists them", vocabulary=True)


def essay(index: Index, query: str) -> Resolved:
    return resolve("essay", query, essays(index), "`korea essays` lists them")


def stance(index: Index, query: str) -> Resolved:
    return _term(index, "stance", query)


def goal(index: Index, query: str) -> Resolved:
    """Like a topic: by id or label, a leading part or past a typo, with the closest goals named when unknown."""
    entries = _terms(index, "goals")
    return resolve("goal", query, entries, "use one of: " + ", ".join(e.id for e in entries), vocabulary=True)


def holder(index: Index, query: str) -> Resolved:
    return _term(index, "holder", query)


def lists(index: Index) -> list[Named]:
    """The lists annotations belong to, by series name ("four-tasks")."""
    rows = index.rows("SELECT series FROM positions WHERE series IS NOT NULL UNION SELECT series FROM preconditions WHERE series IS NOT NULL ORDER BY 1")
    return [Named(name, name, (name,)) for (name,) in rows]


def series(index: Index, query: str) -> Resolved:
    """A list an annotation belongs to; the hint names them all, since a corpus has few."""
    entries = lists(index)
    hint = "use one of: " + ", ".join(e.id for e in entries) if entries else "no annotation in this corpus belongs to a list"
    return resolve("series", query, entries, hint, suggest=False)


def _term(index: Index, kind: str, query: str) -> Resolved:
    entries = _terms(index, kind + "s")
    return resolve(kind, query, entries, "use one of: " + ", ".join(e.id for e in entries), suggest=False)


def passage(index: Index, query: str) -> tuple[str, str | None]:
    """A passage id `<essay>:<n>`, the essay part resolved like any essay name.

    Only ASCII digits make `n` (`str.isdigit` also takes '²', which `int` refuses),
    and a number too long to be a passage is refused before `int` meets Python's digit limit.
    """
    essay_part, sep, number = query.strip().rpartition(":")
    number = number.strip()
    if not sep or not _ASCII_DIGITS.fullmatch(number):
        raise UsageError(f"passage {_shown(query)} is not of the form <essay-id>:<n>, e.g. isdp-2018-new-dawn:5")
    resolved = essay(index, essay_part)
    count = index.rows("SELECT passages FROM essays WHERE id = ?", (resolved.id,))[0][0]
    significant = number.lstrip("0") or "0"
    if len(significant) > MAX_PASSAGE_DIGITS:
        raise UsageError(f"essay {resolved.id} has passages 1 to {count}, not a number of {len(significant):,} digits (`korea show {resolved.id}` shows them)")
    if not 1 <= int(significant) <= count:
        raise UsageError(f"essay {resolved.id} has passages 1 to {count}, not {int(significant)} (`korea show {resolved.id}` shows them)")
    return f"{resolved.id}:{int(significant)}", resolved.notice


def _shown(query: str) -> str:
    """A query as messages quote it: whole unless it is long, so that an error stays a readable line."""
    return repr(query if len(query) <= MAX_SHOWN else query[: MAX_SHOWN - 1] + "…")
