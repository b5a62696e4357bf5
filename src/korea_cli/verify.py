"""Is a quotation, as someone wrote it down, really in the corpus, by whom, where, and how close?

A quotation is verbatim when its words stand in one passage as given, its elisions ('…', '...', '[...]') standing for
text left out (each part in order): character for character (`exact`), or differing only in typography (curly or straight
quotes, dashes, spaces, the case of its first letter: `typography`). Anything else is `close` (the nearest passage, its
differences shown word by word) or `none` (nothing near). Pure over the index: no printing.
"""

from __future__ import annotations

import difflib
import functools
import operator
import re
from typing import TYPE_CHECKING, Any

from korea_cli.text import QUOTES

if TYPE_CHECKING:
    from korea_cli.index import Index

VERBATIM = ("exact", "typography")
"""The matches that say the quotation is in the corpus as given."""

CLOSE = 75
"""The similarity (0-100, RapidFuzz's partial ratio over the normalized text) from which a nearest passage is called close."""

MIN_WORDS = 3
"""Fewer words than this are not a quotation to verify: two words stand in too many passages to say anything."""

_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s?){3}\s*\]|\[\s*…\s*\]|(?:\.\s?){3}|…)\s*")
_TYPOGRAPHY = {
    **QUOTES,  # the quotes `korea check` forgives in a quote, and more:
    **str.maketrans(
        {
            **dict.fromkeys("`", "'"),
            **dict.fromkeys("«»", '"'),
            **dict.fromkeys("‐‑‒–—―−", "-"),
            "\u00ad": None,  # a soft hyphen is no character of the text
        }
    ),
}


_ENCLOSING = re.compile(r"^\s*([\"'“”‘’«»„‚])(?P<inner>.+)([\"'“”‘’«»])\s*$", re.S)
_END_PUNCTUATION = ".,;:!?"


def parts(quotation: str) -> list[str]:
    """The parts of a quotation between its elisions, each stripped; the empty ones (a leading '…') dropped. Quotation marks
    around the whole are the quoting writer's, not the source's: “…” is read without them."""
    enclosed = _ENCLOSING.match(quotation)
    inner = enclosed.group("inner") if enclosed else quotation
    return [part for part in _ELLIPSIS.split(inner.strip()) if part.strip()]


def problem(quotation: str) -> str | None:
    """Why a quotation cannot be verified (too few words to say anything, or an elided part of one word, which would stand in
    any passage), as the fix to make; None if it can."""
    from korea_cli.search import words

    pieces = parts(quotation)
    if len(words(" ".join(pieces))) < MIN_WORDS:
        return f"give at least {MIN_WORDS} words of the quotation to verify; fewer stand in too many passages to say anything"
    if len(pieces) > 1 and any(len(words(piece)) < 2 for piece in pieces):
        return "each part of an elided quotation ('… … …') needs two words or more; one word between elisions stands in any passage"
    return None


def normalized(text: str) -> tuple[str, list[int]]:
    """`text` with its typography made plain and its spaces single, and for each character kept where it stood in `text`."""
    out: list[str] = []
    where: list[int] = []
    for at, char in enumerate(text):
        plain = char.translate(_TYPOGRAPHY)
        if not plain:
            continue
        if plain.isspace():
            if out and out[-1] == " ":
                continue
            plain = " "
        if plain == "-" and out and out[-1] == "-":  # '--' as a typewriter's dash
            continue
        out.append(plain)
        where.append(at)
    return "".join(out), where


def verbatim(quotation: str, text: str) -> tuple[str, str] | None:
    """How `quotation` stands in `text` if verbatim, 'exact' or 'typography', with the words of `text` it spans (from its
    first part to its last, elisions included); None if it does not."""
    pieces = parts(quotation)
    if span := _in_order([_whole(piece, re.escape(piece)) for piece in pieces], text):
        return "exact", text[span[0] : span[1]]
    plain_text, where = normalized(text)
    plain = [normalized(piece)[0].strip() for piece in pieces]
    first = plain[0]
    # The case of the first letter is the quoting writer's sentence, not the source's.
    patterns = [_whole(first, f"(?i:{re.escape(first[:1])})" + re.escape(first[1:])), *(_whole(piece, re.escape(piece)) for piece in plain[1:])]
    if span := _in_order(patterns, plain_text):
        return "typography", text[where[span[0]] : where[span[1] - 1] + 1]
    last = plain[-1].rstrip(_END_PUNCTUATION)
    if last != plain[-1] and last:  # 'treaty.' for the source's 'treaty,': a quotation ends its own sentence
        patterns[-1] = _whole(last, re.escape(last)) if len(plain) > 1 else _whole(last, f"(?i:{re.escape(last[:1])})" + re.escape(last[1:]))
        if span := _in_order(patterns, plain_text):
            return "typography", text[where[span[0]] : where[span[1] - 1] + 1]
    return None


def _whole(piece: str, pattern: str) -> str:
    """`pattern` (for `piece`) matching whole words at both ends, as `text.quote_in` holds a quote to ('anctions hav' stands
    in no passage)."""
    return ("(?<!\\w)" if piece[:1].isalnum() else "") + pattern + ("(?!\\w)" if piece[-1:].isalnum() else "")


def _in_order(patterns: list[str], text: str) -> tuple[int, int] | None:
    """Where the patterns stand in `text` one after another (from the first's start to the last's end), or None."""
    at, start = 0, None
    for pattern in patterns:
        found = re.compile(pattern).search(text, at)
        if found is None:
            return None
        start = found.start() if start is None else start
        at = found.end()
    return (start, at) if start is not None else None


def verify(index: Index, quotation: str, candidates: int = 12) -> list[dict[str, Any]]:
    """Every passage that holds `quotation` verbatim; if none, the nearest passage, its differences word by word.

    Candidates come from the index: passages holding every word of the quotation, then, if none holds it, the passages that
    share the most of its words; only they are read and compared.
    """
    from korea_cli import bitmaps, queries
    from korea_cli.index_search import IndexSource
    from korea_cli.search import STOPWORDS, words

    source = IndexSource(index, all_roles=True)
    wanted = list(dict.fromkeys(words(" ".join(parts(quotation)))))
    postings = {word: source.postings(word) for word in wanted}
    holding_all = functools.reduce(operator.and_, postings.values()) if postings else 0
    found = []
    for member in sorted(bitmaps.members(holding_all), key=source.order):  # in corpus order; their text, not their words, is read
        passage_id, text = source.passage(member)
        if held := verbatim(quotation, text):
            found.append(_record(queries, index, passage_id, quotation, held[0], 100, text, held[1]))
    if found:
        return found
    shared: dict[int, int] = {}
    for word, holding in postings.items():
        if word not in STOPWORDS:
            for member in bitmaps.members(holding):
                shared[member] = shared.get(member, 0) + 1
    best: tuple[float, str, str, str] | None = None
    plain_quote = normalized(" ".join(parts(quotation)))[0].lower()
    for member in sorted(shared, key=lambda m: (-shared[m], source.order(m)))[:candidates]:
        passage_id, text = source.passage(member)
        score, span = _nearest_span(plain_quote, text)
        if best is None or score > best[0]:
            best = (score, passage_id, text, span)
    if best is None:
        return []
    score, passage_id, text, span = best
    score = min(round(score), 99)  # 100 is for a quotation verbatim in its passage; 'rust between' inside 'Trust between' is not
    return [_record(queries, index, passage_id, quotation, "close" if score >= CLOSE else "none", score, text, span)]


def _nearest_span(plain_quote: str, text: str) -> tuple[float, str]:
    """How like `text` the quotation is (0-100; `plain_quote`: its parts `normalized`, lower case), and the words of `text`
    that it is most like, verbatim."""
    from rapidfuzz import fuzz

    plain_text, where = normalized(text)
    if len(plain_quote) >= len(plain_text):
        return fuzz.ratio(plain_quote, plain_text.lower()), text
    aligned = fuzz.partial_ratio_alignment(plain_quote, plain_text.lower())
    start, end = where[aligned.dest_start], where[max(aligned.dest_end - 1, aligned.dest_start)] + 1
    while start < end - 1 and not text[start].isalnum():  # the alignment may take in the space or stop before a word
        start += 1
    while end > start + 1 and not text[end - 1].isalnum():
        end -= 1
    while start > 0 and not text[start - 1].isspace():  # whole words: the alignment may start or end inside one
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return aligned.score, text[start:end]


def differences(quotation: str, found: str) -> tuple[list[dict[str, str]], str]:
    """Where the quotation's words differ from the corpus's, as pairs and as one line in `git diff --word-diff`'s plain form:
    [-the corpus's words-]{+the quotation's+}."""
    given, source = quotation.split(), found.split()
    pairs: list[dict[str, str]] = []
    line: list[str] = []
    a, b = [_word(w) for w in source], [_word(w) for w in given]
    for words_ in (a, b):  # the first letter's case is the quoting writer's sentence
        words_[:1] = [w[:1].lower() + w[1:] for w in words_[:1]]
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            line.extend(given[b0:b1])
            continue
        corpus_words, quoted_words = " ".join(source[a0:a1]), " ".join(given[b0:b1])
        pairs.append({"corpus": corpus_words, "quotation": quoted_words})
        line.append((f"[-{corpus_words}-]" if corpus_words else "") + (f"{{+{quoted_words}+}}" if quoted_words else ""))
    return pairs, " ".join(line)


def _word(word: str) -> str:
    """A word as the diff compares it: plain typography, no punctuation around it ('treaty,' is 'treaty')."""
    return normalized(word)[0].strip(_PUNCTUATION) or word


_PUNCTUATION = ".,;:!?\"'()[]"


def _record(queries: Any, index: Index, passage_id: str, quotation: str, how: str, score: int, text: str, span: str) -> dict[str, Any]:
    essay, _, n = passage_id.rpartition(":")
    passage = queries.passages(index, essay, int(n))[0]
    pairs, diff = ([], "") if how in VERBATIM else differences(quotation, span)
    return {
        "match": how,
        "similarity": score,
        "passage": passage_id,
        "essay": essay,
        "author": passage["author"],
        "author_id": passage["author_id"],
        "role": passage["role"],
        "status": passage["status"],
        "quotation": quotation,
        "elided": len(parts(quotation)) > 1,
        "found": span,
        "differences": pairs,
        "diff": diff,
        "text": text,
    }
