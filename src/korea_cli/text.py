"""Text rules shared by the loader, the checker, search and name matching.

A passage is a paragraph: a block of non-blank lines, kept verbatim. Quotes
are compared after folding whitespace and typographic quotes only, so a
curator may type straight quotes and still be held to the exact words.

Names and search words are compared folded (`fold`): compatibility forms
made plain (fullwidth letters, ligatures), diacritics dropped whether the
text composes them or not, and invisible characters (zero-width spaces and
joiners, soft hyphens, byte-order marks, bidi controls) ignored. Which
characters those are is decided here, once (`_ignored`, `_inside_words`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

QUOTES = str.maketrans(
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
"""Typographic quotes made straight: what `korea check` forgives in a quote, and the start of what `quote --verify` does."""
NAME_PARTICLES = frozenset(["van", "von", "de", "der", "den", "ten", "ter", "da", "di", "du", "la", "le", "del", "dos", "das", "bin", "al"])
"""Lower-case words inside a person's name ('Lotte van den Berg', 'Ramon de la Peña'): for reading names and for making ids."""
_UNUSUAL_SPACE = re.compile(r"[^\S ]| {2}")
"""What making whitespace one space would change: any space but a single ' '. Most passages hold none."""
_QUOTE_MARKS = re.compile("[" + "".join(map(chr, QUOTES)) + "]")
_QUOTE_PAIRS = [(chr(mark), plain) for mark, plain in QUOTES.items()]


def counted(n: int, thing: str) -> str:
    """'1 position', '3 positions': a count and its noun, agreeing."""
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"


def straight_quotes(text: str) -> str:
    """`text.translate(QUOTES)`, four times as fast on a passage: `translate` looks up every character in a dict, while a
    search for the marks and a `replace` for each one present run in C."""
    if text.isascii() or not _QUOTE_MARKS.search(text):
        return text
    for mark, plain in _QUOTE_PAIRS:
        text = text.replace(mark, plain)
    return text


def one_spaced(text: str) -> str:
    """Whitespace runs made one space, and the ends trimmed.

    The only printable whitespace is ' ', so a printable text without two spaces in a row has nothing to change: both
    checks run in C, ten times as fast as `_UNUSUAL_SPACE`'s search (which decides every other text)."""
    if (text.isprintable() and "  " not in text) or _UNUSUAL_SPACE.search(text) is None:
        return text.strip()
    return " ".join(text.split())  # `str.split` splits where `\s` matches, three times as fast as `re.sub` on an essay


class _Table(dict):
    """A `str.translate` table that decides each character the first time it sees it: a text holds few distinct ones."""

    def __init__(self, rule: Callable[[str], str | None]) -> None:
        super().__init__()
        self.rule = rule

    def __missing__(self, code: int) -> str | None:
        value = self[code] = self.rule(chr(code))
        return value


def _ignored(ch: str) -> bool:
    """Whether folding drops `ch`: a diacritic left by decomposition, or an invisible format character (category Cf)."""
    return bool(unicodedata.combining(ch)) or unicodedata.category(ch) == "Cf"


@functools.cache
def _inside_words(ch: str) -> bool:
    """Whether `ch` belongs to the word around it: any mark (Mn, Mc, Me: 'हिंदी' is one word) or invisible format character."""
    category = unicodedata.category(ch)
    return category[0] == "M" or category == "Cf"


_UNMARKED = _Table(lambda ch: None if _ignored(ch) else ch)
_IN_WORDS = _Table(lambda ch: "a" if _inside_words(ch) else ch)


LAYOUTS = ("blank-lines", "lines", "indented")
"""How a text marks its paragraphs: blank lines between them (the default), one a line, or a first line indented."""


def paragraph_spans(text: str, layout: str = "blank-lines") -> list[tuple[int, int]]:
    """Character spans of the paragraphs of `text`, in order.

    A line that holds only whitespace (including no-break spaces, which web
    copies are full of) separates paragraphs and belongs to none. In the
    `lines` layout every line that is not blank is a paragraph of its own (an
    essay copied with one paragraph per line and no blank lines between); in
    the `indented` layout an indented line also begins one (a text set with
    its paragraphs' first lines indented and no blank line between them),
    the indent itself no part of it.
    """
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        content_end = offset + len(line.rstrip("\r\n"))
        if line.strip():
            if start is not None and layout == "indented" and _INDENT.match(line):
                spans.append((start, end))
                start = None
            if start is None:
                start = offset + (len(line) - len(line.lstrip(" \t")) if layout == "indented" else 0)  # the indent marks it, no word of it
            end = content_end
            if layout == "lines":
                spans.append((start, end))
                start = None
        elif start is not None:
            spans.append((start, end))
            start = None
        offset += len(line)
    if start is not None:
        spans.append((start, end))
    return spans


_INDENT = re.compile(r"(?: {2,}|\t)(?=\S)")
"""A first line's indent: two spaces or more, or a tab, before the words."""


_LIST_ITEM = re.compile(r"\s*(?:[•▪●◦‣*–-]|\d{1,2}[.)]|\([a-z\d]\))\s")
"""A line that opens a list's item: a bullet, a number or a letter."""


def text_layout(text: str) -> str:
    """How `text` marks its paragraphs (one of `LAYOUTS`).

    One a line: several lines, long ones no hard wrap would leave, and no
    blank line between. Indented: three lines or more open a paragraph with
    an indent after a line that ends a sentence, and go on in lines that are
    not indented, and no more than half the lines are indented (the others
    the wrapped lines of those paragraphs) — not a list's hanging indent, whose indented lines go on an
    item's line, nor a transcript's list of participants indented under
    'Moderator:'.
    """
    lines = text.splitlines()
    filled = [line for line in lines if line.strip()]
    blank_between = len(paragraph_spans(text)) > 1
    if not blank_between and len(filled) >= 3 and sum(len(line) > 150 for line in filled) >= 2:
        return "lines"
    opening = [
        k
        for k in range(1, len(lines) - 1)
        if _INDENT.match(lines[k])
        and lines[k].lstrip()[:1].isupper()
        and lines[k - 1].strip()
        and not _INDENT.match(lines[k - 1])
        and lines[k - 1].rstrip().endswith((".", "?", "!", '"', "”", "’", "'", ")"))
        and lines[k + 1].strip()
        and not _INDENT.match(lines[k + 1])
        and not any(_LIST_ITEM.match(lines[j]) for j in (k - 1, k + 1))
    ]
    indented = sum(bool(_INDENT.match(line)) for line in filled)
    return "indented" if len(opening) >= 3 and indented * 2 <= len(filled) else "blank-lines"


@functools.lru_cache(maxsize=64)
def normalize_for_quote(text: str) -> str:
    """`text` with typographic quotes made straight and whitespace runs made one space.

    Cached: validating an essay compares its text and each passage with several quotes.
    """
    return one_spaced(straight_quotes(text))


def quote_in(quote: str, passage: str) -> bool:
    """Whether `quote` stands word for word in `passage`: whole words at both ends ('anctions hav' stands in no passage)."""
    needle = normalize_for_quote(quote)
    if not needle:
        return False
    haystack = normalize_for_quote(passage)
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        cut_before = start > 0 and needle[0].isalnum() and haystack[start - 1].isalnum()
        cut_after = end < len(haystack) and needle[-1].isalnum() and haystack[end].isalnum()
        if not (cut_before or cut_after):
            return True
        start = haystack.find(needle, start + 1)
    return False


def fold(text: str) -> str:
    """`text` as people type it: no case, no diacritics, straight quotes, single spaces.

    NFKD first, so that 'ö' and 'o' + U+0308 (as macOS and some web pages
    store it) fold alike, and fullwidth 'ｐｅａｃｅ' is 'peace'; invisible
    characters are dropped, so 'Swan\\u200bström' is 'swanstrom'.
    """
    bare = straight_quotes(text)
    if not bare.isascii():  # ASCII has nothing to decompose or drop: skip the walk over every character
        bare = unicodedata.normalize("NFKD", bare).translate(_UNMARKED)
    return one_spaced(bare.casefold())


def word_view(text: str) -> str:
    """`text`, same length, with every combining mark and invisible format character as a letter: where to look for word boundaries.

    A tokenizer's `\\w` stops at a combining diaeresis (category Mn) or a
    zero-width space (Cf), splitting 'Swanstro\\u0308m' and 'Swan\\u200bström'
    in two; on this view they are one word, at the same offsets as in `text`,
    and `fold` of the verbatim slice drops what does not count.
    """
    if text.isascii() or not any(map(_inside_words, set(text))):  # a passage holds a few dozen distinct characters
        return text
    return text.translate(_IN_WORDS)


def phrases_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Whole-word match of any of `phrases` in folded text: case- and accent-blind, hyphens and spaces alike."""
    parts = [r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", fold(p)))) for p in phrases]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


_WORD_RUN = re.compile(r"\w+")


def words_of(folded: str) -> set[str]:
    """The whole words of folded text, as `PhrasesFinder` asks for them: computed once for a passage, shared by every topic."""
    return set(_WORD_RUN.findall(folded))


class PhrasesFinder:
    """Which of some named lists of phrases folded text names, each name as `phrases_pattern` of its list finds it, asked once
    a text for all of them: a phrase of one word ('china') is named exactly when the text holds that word, and a longer one's
    pattern runs only when the text holds, as whole words, every word of it (a phrase matched at word boundaries is made of
    the text's words; 'security' alone is not 'security guarantees')."""

    def __init__(self, named: Iterable[tuple[str, Iterable[str]]]) -> None:
        self.names: list[str] = []
        self.by_word: dict[str, set[str]] = {}
        """A one-word phrase: the names it stands in."""
        self.by_first_word: dict[str, list[tuple[frozenset[str], str]]] = {}
        """A longer phrase's words, under its first, with the name it stands in."""
        self.patterns: dict[str, re.Pattern[str]] = {}
        self.always: set[str] = set()
        """Names with a phrase of signs alone ('+'): no word tells, their pattern is searched."""
        for name, phrases in named:
            self.names.append(name)
            longer = []
            for phrase in phrases:
                folded = fold(phrase)
                if _WORD_RUN.fullmatch(folded):
                    self.by_word.setdefault(folded, set()).add(name)
                    continue
                longer.append(phrase)
                needed = _WORD_RUN.findall(folded)
                if needed:
                    self.by_first_word.setdefault(needed[0], []).append((frozenset(needed), name))
                else:
                    self.always.add(name)
            if longer:
                self.patterns[name] = phrases_pattern(longer)

    def __call__(self, folded: str, words: set[str] | None = None) -> list[str]:
        """The names `folded` names, in the order they were given."""
        words = words if words is not None else words_of(folded)
        found: set[str] = set()
        for word in self.by_word.keys() & words:
            found |= self.by_word[word]
        maybe = self.always - found
        for first in self.by_first_word.keys() & words:
            maybe.update(name for needed, name in self.by_first_word[first] if name not in found and needed <= words)
        found.update(name for name in maybe if self.patterns[name].search(folded))
        return [name for name in self.names if name in found] if found else []


# -- showing text safely ---------------------------------------------------------

# Characters that steer a terminal or reorder text rather than show; json.dumps escapes C0 itself, not these.
SHOWN_AFTER_JSON = r"\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\U000e0000-\U000e007f"
_SHOWN = re.compile(r"\r\n|[\x00-\x1f" + SHOWN_AFTER_JSON + "]")
_SHORT_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
STEERING = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f" + SHOWN_AFTER_JSON + "]")
"""What `visible` shows escaped that a text file never means (tab, line feed and carriage return aside): `korea check` warns of them."""


def visible(text: str, keep: str = "\t\n") -> str:
    """`text` safe to write to a terminal: every control character shown as an escape, as `less` and `gh` show them.

    Corpus text, names, titles and file names could otherwise retitle or clear
    the reader's terminal, hide text or move the cursor back over it (ESC
    sequences, BEL, backspace, CR, DEL, C1 controls such as U+009B CSI), or
    reorder what is shown (bidi controls U+061C, U+200E/U+200F, U+202A–U+202E,
    U+2066–U+2069; line and paragraph separators U+2028/U+2029; invisible tag
    characters U+E0000–U+E007F). One notation everywhere, Python's own, as
    `repr` writes it: `\\t`, `\\n`, `\\r`, else `\\x1b`, `\\u202e`,
    `\\U000e0041`. The characters in `keep` (tab and newline unless told)
    pass as they are, for the formats where they mean something, and so does
    CR LF where newline does (a Windows line end moves nothing). A literal
    backslash is left alone: the result is for reading, not for parsing
    back (TSV doubles backslashes first, and so stays reversible).
    """
    if _SHOWN.search(text) is None:  # nearly always: no copy
        return text
    return _SHOWN.sub(lambda m: m[0] if m[0][-1] in keep else "".join(map(_escape, m[0])), text)


def _escape(ch: str) -> str:
    """One character as `repr` writes it."""
    code = ord(ch)
    return _SHORT_ESCAPES.get(ch) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
