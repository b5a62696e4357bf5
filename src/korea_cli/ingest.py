"""A new essay's plain text -> a draft corpus entry, and writing it safely.

Detection reads paragraph by paragraph: the title, a dateline, bylines
("By Jane Doe", or "Name, Title at Institution" opening a signed section),
captions, an editor's note, the publisher's introduction, author bios,
disclaimers and site boilerplate. What it finds is a draft for a curator:
topics a passage names and precondition candidates (cue phrases such as
"only if" and "unless") are stored as suggestions, never as facts.

Writing is one journaled change (`journal.commit`): a file for each new
author, the text and the essay's record, validated together by the same
code as `korea check` on the corpus as they would leave it, then made
visible all at once. `add` refuses what `check` would reject.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from korea_cli import bylines, detect, ids, journal, looks, suggest
from korea_cli.corpus import MAX_ID_LENGTH, Changes, CorpusFiles, is_date, is_id, read_shared, stated_affiliations, validate_change
from korea_cli.dates import dateline
from korea_cli.errors import CorpusError, UsageError
from korea_cli.layout import AUTHORS_DIR, ESSAYS_DIR, refuse_bundled
from korea_cli.model import ROLES_WITH_AUTHOR, Corpus
from korea_cli.names import key, words_key
from korea_cli.text import counted, fold, paragraph_spans, phrases_pattern, quote_in, text_layout
from korea_cli.yamlio import MAX_FILE_BYTES, parse_yaml, read_regular_file


@dataclass
class DraftAuthor:
    """An author of the new essay: one already in the corpus, or a new record."""

    id: str
    name: str
    new: bool
    aliases: list[str] = field(default_factory=list)
    affiliation: str = ""
    byline: int = 0


@dataclass
class Draft:
    essay_id: str
    raw: bytes
    roles: list[tuple[str, tuple[str, ...]]]
    """Per paragraph: its role and whose words it is (author ids: several for co-written text; none where it is no author's)."""
    authors: list[DraftAuthor]
    facts: dict[str, dict[str, Any]]
    suggested_topics: dict[int, list[str]]
    suggested_positions: list[dict[str, Any]]
    suggestions: list[dict[str, Any]]
    """Suggested preconditions."""
    starts: list[str]
    notes: list[str] = field(default_factory=list)
    """What the reviewer should know that the record cannot say, such as a surname shared with a known author."""
    layout: str = "blank-lines"
    """How the text marks its paragraphs (`text.LAYOUTS`): blank lines between them, one a line, or a first line indented."""
    replaces: bool = False
    """The essay's id is taken, and `--force` replaces that essay."""

    def essay_yaml(self) -> str:
        """The essay's record, ready for review."""
        record: dict[str, Any] = {
            "id": self.essay_id,
            "review": "draft",
            "text_sha256": hashlib.sha256(self.raw).hexdigest(),
            **self.facts,
            "authors": [a.id for a in self.authors],
            **({"affiliations": stated} if (stated := self.affiliations()) else {}),
            **({"paragraphs": self.layout} if self.layout != "blank-lines" else {}),
            "passages": [
                {
                    "n": n,
                    "role": role,
                    **({"author": authors[0]} if authors and role in ROLES_WITH_AUTHOR else {}),
                    **({"coauthors": list(authors[1:])} if authors[1:] and role in ROLES_WITH_AUTHOR else {}),
                    "starts": self.starts[n - 1],
                    **({"suggested_topics": self.suggested_topics[n]} if self.suggested_topics.get(n) else {}),
                }
                for n, (role, authors) in enumerate(self.roles, 1)
            ],
            "positions": self.suggested_positions,
            "preconditions": self.suggestions,
        }
        header = (
            f"# Drafted by `korea add`. Review the roles, the authors and the facts against {self.essay_id}.txt,\n"
            "# then set `review: reviewed`: until then every answer from this essay is marked draft.\n"
            "# Positions and preconditions marked `status: suggested` were found by cue phrases: check the stance, write the\n"
            "# summary in your words and delete the status line to keep one, or the whole entry to drop it.\n"
            "# `suggested_topics` are the codebook topics a passage names.\n\n"
        )
        return header + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=1_000_000)  # no line folded: a change later moves no other line

    def affiliations(self) -> list[dict[str, Any]]:
        """What the bylines state of their authors, cited to the byline (new and known authors alike)."""
        return [{"author": a.id, "text": a.affiliation, "passage": a.byline} for a in self.authors if a.affiliation and a.byline]

    def author_yaml(self, author: DraftAuthor) -> str:
        """A new author's own file: the name and the other forms a user may type."""
        header = f"# Added by `korea add` with {self.essay_id}. Affiliations are recorded in the essays that state them.\n\n"
        return header + yaml.safe_dump({"id": author.id, "name": author.name, "aliases": author.aliases}, allow_unicode=True, sort_keys=False, width=120)

    def changes(self) -> dict[str, bytes]:
        """The files this draft adds to a corpus: one per new author, the text byte for byte, and the record."""
        files = {f"{AUTHORS_DIR}/{a.id}.yaml": self.author_yaml(a).encode("utf-8") for a in self.authors if a.new}
        files[f"{ESSAYS_DIR}/{self.essay_id}.txt"] = self.raw
        files[f"{ESSAYS_DIR}/{self.essay_id}.yaml"] = self.essay_yaml().encode("utf-8")
        return files

    def report(self) -> dict[str, Any]:
        """What was detected, for the user to check at a glance."""
        counts: dict[str, int] = {}
        for role, _ in self.roles:
            counts[role] = counts.get(role, 0) + 1
        return {
            "essay": self.essay_id,
            "title": self.facts["title"]["value"],
            "date": self.facts["date"]["value"],
            "publisher": self.facts["publisher"]["value"],
            "url": self.facts["url"]["value"],
            "authors": [{"id": a.id, "name": a.name, "new": a.new, "affiliation": a.affiliation or None} for a in self.authors],
            "passages": len(self.roles),
            "roles": counts,
            "suggested_topics": sum(len(t) for t in self.suggested_topics.values()),
            "suggested_positions": len(self.suggested_positions),
            "suggested_preconditions": len(self.suggestions),
            "notes": self.notes,
            "replaces": self.replaces,
        }


def read_essay_file(source: str, stdin: Any = None) -> bytes:
    """The bytes of the essay to add, or a UsageError naming what is wrong with it.

    Only a plain file of at most the corpus's size limit is read (a FIFO or
    /dev/zero is refused before it can hang or fill memory); standard input
    is read up to the limit.
    """
    limit = MAX_FILE_BYTES
    if source == "-":
        data = stdin.read(limit + 1) if stdin is not None else b""
        name = "standard input"
        if len(data) > limit:
            raise UsageError(f"standard input holds more than {limit // 2**20} MiB; an essay's text may be {limit // 2**20} MiB at most")
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise UsageError(f"{source} is a directory; give the essay's text file")
            data = read_regular_file(path, source, limit, "an essay's text")
        except FileNotFoundError:
            if re.match(r"(?:https?|ftp)://", source, re.I):
                raise UsageError(f"no such file: {source}; korea add reads a saved text, not a web address: save the page as text first") from None
            raise UsageError(f"no such file: {source}") from None
        except CorpusError as error:
            raise UsageError(str(error)) from None
        except OSError as error:
            raise UsageError(f"cannot read {source}: {error.strerror or error}") from None
        name = source
    if b"\x00" in data:
        raise UsageError(f"{name} looks binary (it has NUL bytes); give the essay as plain text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(f"{name} is not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    if not text.strip():
        raise UsageError(f"{name} is empty; give the essay's text")
    if re.match(r"\s*(?:<!doctype html|<html[\s>]|<\?xml)", text, re.I):
        raise UsageError(f"{name} is HTML, not the essay's text; save the page as plain text (or copy the text from the browser)")
    return data


def _argument(option: str, value: str | None) -> str | None:
    """An option's value as it will be written into the corpus: valid UTF-8, one line, no control characters."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{option} is not valid UTF-8 text; give it as UTF-8") from None
    if any(ch in value for ch in "\n\r") or re.search(r"[\x00-\x1f\x7f-\x9f]", value):
        raise UsageError(f"{option} {value.strip()[:40]!r} holds a line break or control character; give it on one line")
    if not value.strip():
        raise UsageError(f"{option} is empty; give a value or leave the option out")
    return " ".join(value.split())


_BOARD = re.compile(r"(?:by\s+)?(?P<board>(?:the\s+)?(?:editorial board|editors|editorial staff|editorial team)(?:\s+of\s+[\w .&’'-]{2,60})?)", re.I)
"""An editorial's signature that names no person ('The Editorial Board', 'By the Editors'): the refusal says so."""
_ABSTRACT = re.compile(r"\s*\**abstract\b", re.I)


def draft(
    corpus: Corpus,
    raw: bytes,
    essay_id: str | None = None,
    publisher: str | None = None,
    date: str | None = None,
    url: str | None = None,
    author_names: list[str] | None = None,
    fallback_id: str = "essay",
    new_authors: list[str] | None = None,
) -> Draft:
    """Detect the parts of an essay and who wrote what (`detect.read`); options override what is detected."""
    publisher, url = _argument("--publisher", publisher), _argument("--url", url)
    author_names = [name for name in (_argument("--author", n) for n in author_names or []) if name]
    if essay_id is not None and not is_id(essay_id):
        raise UsageError(f"--id {essay_id!r} must be lowercase letters, digits and single hyphens, at most {MAX_ID_LENGTH} characters, e.g. isdp-2018-new-dawn")
    if date is not None and not is_date(date):
        raise UsageError(f"--date {date!r} must be a real date written YYYY, YYYY-MM or YYYY-MM-DD")
    text = raw.decode("utf-8-sig")  # read as `korea check` reads it: a byte-order mark is no part of the text's words
    if len(raw) > MAX_FILE_BYTES:
        raise UsageError(f"the essay is {len(raw) / 2**20:.0f} MiB; an essay's text may be {MAX_FILE_BYTES // 2**20} MiB at most")
    layout, paragraphs = _paragraphs(text)
    known_names = [name for author in corpus.authors.values() for name in (author.name, *author.aliases)]
    reading = detect.read(paragraphs, known_names, default_signers=author_names)
    if author_names and len(author_names) != len(reading.people):
        found = ", ".join(p.name for p in reading.people)
        raise UsageError(f"found {len(reading.people)} authors ({found}) but {len(author_names)} --author; give one --author per author, in order")
    for signer, name in zip(reading.people, author_names, strict=False):
        signer.name = name
    if not author_names and (named := detect.named_writers(reading, paragraphs)):
        writers, how = named  # "Final report of the Panel of Experts …", "The author, Vikram Raghunathan, is …"
        reading = detect.read(paragraphs, known_names, default_signers=list(writers))
        reading.notes.append(how)
    unsigned = [
        role for role, paragraph in zip(reading.roles, paragraphs, strict=True) if role == "body" or (role == "introduction" and not _ABSTRACT.match(paragraph))
    ]  # prose someone must sign; an abstract over no argument is a paper's abstract page, its authors' but no essay
    if not reading.people and unsigned:
        board = next((m["board"] for paragraph in paragraphs for line in paragraph.split("\n") if (m := _BOARD.fullmatch(line.strip(" *_—–-")))), None)
        signed = f"naming a person ({board!r} signs it)" if board else "(such as 'By Jane Doe')"
        raise UsageError(f"found no byline {signed}; say who wrote it with --author NAME")
    if not any(role == "body" for role in reading.roles):  # a byline over no argument names no author: `detect` keeps none
        raise UsageError("found no body text, only a title, bylines, an abstract or notes; give the whole essay")

    for signer in reading.people:  # an affiliation put together from a byline's lines or columns is no quotation of the text
        if signer.affiliation and signer.stated_in and not quote_in(signer.affiliation, paragraphs[signer.stated_in - 1]):
            reading.notes.append(
                f"{signer.name}'s affiliation is not recorded: paragraph {signer.stated_in} states it over several lines"
                f" ({signer.affiliation!r}); quote it in review"
            )
            signer.affiliation, signer.stated_in = "", 0
    new_authors = [name for name in (_argument("--new-author", n) for n in new_authors or []) if name]
    unknown = [name for name in new_authors if fold(name) not in {fold(p.name) for p in reading.people}]
    if unknown:
        found = ", ".join(p.name for p in reading.people)
        raise UsageError(f"--new-author {unknown[0]!r} is no one the essay names ({found}); give a name as the essay writes it")
    authors, notes = _authors(corpus, reading.people, set(author_names), new_authors)
    notes = reading.notes + notes
    roles = [(role, tuple(dict.fromkeys(authors[s].id for s in signers))) for role, signers in zip(reading.roles, reading.signers, strict=True)]
    title = next((reading.title or looks.title_text(paragraphs[n]) for n, role in enumerate(reading.roles) if role == "title"), None)
    facts = {
        "title": _title_fact(title, text),
        "publisher": _given("publisher", publisher, text),
        "date": _date_fact(date, reading.date, text, [p for p, role in zip(paragraphs, reading.roles, strict=True) if role == "dateline"]),
        "url": _given("url", url, text),
    }
    new_id = essay_id or ids.essay_id(authors[0].name, facts["date"]["value"], title) or ids.slug(title or "") or ids.slug(fallback_id) or "essay"
    flat = [p.replace("\n", " ") for p in paragraphs]
    body = [n for n, (role, _) in enumerate(roles, 1) if role == "body"]
    topics = corpus.codebook.topics.values()
    patterns = {t.id: phrases_pattern(t.words) for t in topics}
    suggested_topics = {n: [tid for tid, pattern in patterns.items() if pattern.search(fold(flat[n - 1]))] for n in body}

    def topics_of(sentence: str) -> list[str]:
        return [topic for topic, pattern in patterns.items() if pattern.search(fold(sentence))]

    suggestions = suggest.preconditions(flat, roles, topics_of)
    suggested_positions = suggest.positions(flat, roles, topics_of)
    starts = [" ".join(p.split()[:6]) for p in flat]
    unique = list({a.id: a for a in authors}.values())
    return Draft(new_id, raw, roles, unique, facts, suggested_topics, suggested_positions, suggestions, starts, notes, layout)


def _paragraphs(text: str) -> tuple[str, list[str]]:
    """How the text marks its paragraphs (`text.LAYOUTS`), and its paragraphs, each line's whitespace made single spaces.

    A wide gap inside a line (six spaces or more, as a PDF's layout leaves between a page footer's parts, or a tab, as a Word
    document's columns of names) is kept as a tab; a tab after a bullet or a list's number is the space it stands for.
    """
    layout = text_layout(text)
    spans = paragraph_spans(text, layout)

    def line_of(raw: str) -> str:
        raw = re.sub(r"^(\s*(?:[•▪●◦‣*–-]|\d{1,2}[.)]))\t+", r"\1 ", raw)  # "•\tThe Hanoi summit failed …", "1.\tIntroduction"
        return "\t".join(" ".join(part.split()) for part in _WIDE_GAP.split(raw.strip()))

    return layout, ["\n".join(line_of(line) for line in text[a:b].splitlines() if line.strip()) for a, b in spans]


_UMLAUTS_SPELLED_OUT = str.maketrans({"ö": "oe", "ä": "ae", "ü": "ue", "Ö": "Oe", "Ä": "Ae", "Ü": "Ue"})
"""German's way of writing an umlaut without it: a known 'Swanström' is also 'Swanstroem'."""
_WIDE_GAP = re.compile(r"[ \u00a0]{3,}|[ \u00a0]*\t[\t \u00a0]*")


def _authors(corpus: Corpus, people: list[detect.Signer], given: Collection[str] = (), apart: Collection[str] = ()) -> tuple[list[DraftAuthor], list[str]]:
    """The author of each person the essay names, in order: one already in the corpus when it is the same person, else a new record.

    Same person means the same name read any way a name is written: any word
    order, case, diacritics, and a Korean given name with a hyphen, a space
    or neither ('Chun Chae-sung', 'CHUN Chae Sung', 'Chae-sung Chun' are Chun
    Chaesung) — never a fuzzy match: Sang-hyun Lee is not Sangsoo Lee. A
    name in another romanization ('Jeon Jae-seong') is the known author only
    when the essay places the person at an institution that author's record
    names too (`_romanized_at_same_place`). Where a new author may be a known
    one in another romanization (Chun Chaesung, or someone else of that name),
    or shares a surname with one, a note says so, for the reviewer to decide;
    so does a known name the essay places at an organisation the author's
    record never names (`_placed_elsewhere`). A name in `apart`
    (`--new-author`) is a new author whatever known one it reads as. Also
    returns those notes.
    """
    apart = {fold(name) for name in apart}
    taken = set(corpus.authors)
    known: list[tuple[set[tuple[str, str]], str, DraftAuthor]] = []
    for author in corpus.authors.values():
        record = DraftAuthor(author.id, author.name, new=False)
        for name in (author.name, *author.aliases):
            for spelled in dict.fromkeys((name, name.translate(_UMLAUTS_SPELLED_OUT))):  # 'Swanström' is 'Swanstrom' and 'Swanstroem'
                known.append((bylines.romanized(spelled), words_key(spelled), record))
    sounds_of = {a.id: set().union(*(bylines.korean_sounds(n) for n in (a.name, *a.aliases))) for a in corpus.authors.values()}
    result: list[DraftAuthor] = []
    notes: list[str] = []
    for signer in people:
        readings, words = bylines.romanized(signer.name), words_key(signer.name)
        alone = fold(signer.name) in apart  # `--new-author`: another person than any the corpus knows by this name
        same = next((record for forms, key_, record in known if ((readings & forms) or key_ == words) and (record.new or not alone)), None)
        if same is not None and not same.new and signer.name not in given and (elsewhere := _placed_elsewhere(corpus, signer, same)):
            notes.append(elsewhere)
        if same is None and len(words.split()) == 1 and not alone:  # 'Swanstrom', or an id: the one known author of that name, said in a note
            named = list(
                {record.id: record for _, key_, record in known if not record.new and (words in key_.split() or key(signer.name) == record.id)}.values()
            )
            if len(named) == 1:
                same = named[0]
                notes.append(f"{signer.name} is taken as {same.name} ({same.id}), the one known author of that name; if not, give the full name with --author")
            elif named:
                notes.append(f"{signer.name} may be any of {', '.join(r.id for r in named)}; give the full name with --author")
            else:
                notes.append(_one_word_note(signer.name, [record for _, _, record in known if not record.new]))
        if same is None and not alone and (short := _goes_by_short_form(signer.name, [record for _, _, record in known if not record.new])):
            same = short  # 'Nik Swanström': Niklas Swanström by the short form of his given name
            notes.append(
                f"{signer.name} is taken as {same.name} ({same.id}), a short form of the given name; if not, add again with --new-author {signer.name!r}"
            )
        if same is None and not alone:
            same, note = _romanized_at_same_place(corpus, signer, known, sounds_of, given)
            notes += [note] if note else []
        if same is None:
            new_id = base = ids.author_id(signer.name) or "author"
            suffix = 2
            while new_id in taken:
                new_id, suffix = f"{base}-{suffix}", suffix + 1
            taken.add(new_id)
            words_ = signer.name.split()
            aliases = [" ".join([words_[-1], *words_[:-1]])] if len(words_) > 1 else []
            if fold(signer.name) != signer.name.lower() and key(signer.name) != signer.name.lower():
                aliases.append(" ".join(fold(w) if w.lower() != fold(w) else w for w in words_))
            aliases = [a for a in aliases if not any(words_key(a) == key_ for _, key_, _ in known) and fold(a) != fold(signer.name)]
            same = DraftAuthor(new_id, signer.name, new=True, aliases=list(dict.fromkeys(aliases)))
            surnames = {surname for surname, _ in readings}
            alike = sorted({record.id for forms, _, record in known if not record.new and surnames & {s for s, _ in forms}})
            heard = sorted(author_id for author_id, forms in sounds_of.items() if bylines.korean_sounds(signer.name) & forms)
            if heard:  # 'Jeon Jae-seong' may be Chun Chaesung in another romanization, or another person of that name: the reviewer decides
                names_ = " or ".join(f"--author {corpus.authors[a].name!r}" for a in heard)
                notes.append(
                    f"{signer.name} is taken as a new author ({new_id}), but may be {', '.join(heard)} written in another romanization;"
                    f" if the same person, add again with {names_}"
                )
            elif alike:
                names_ = " or ".join(f"--author {corpus.authors[a].name!r}" for a in alike if a in corpus.authors)
                notes.append(
                    f"{signer.name} is taken as a new author ({new_id}), not {', '.join(alike)}, who shares a surname; if the same person, add again with {names_}"
                )
            known.append((readings, words, same))
        if signer.affiliation and not same.affiliation:
            same.affiliation, same.byline = signer.affiliation, signer.stated_in
        result.append(same)
    return result, notes


def _goes_by_short_form(name: str, known: list[DraftAuthor]) -> DraftAuthor | None:
    """The one known author whose given name `name`'s shortens, the surname the same ('Nik Swanström' for Niklas Swanström,
    'N. Swanström' by its initial): a Western given name of one word, cut to three letters or more or to its initial with a
    full stop (never a Korean name's syllables: 'Sang Lee' is no Sangsoo Lee); None for none or several."""
    words = key(name).split()
    initial = bool(re.match(r"[^\W\d_]\.\s", name))
    if len(words) != 2 or (len(words[0]) < 3 and not initial):
        return None
    found = {
        record.id: record
        for record in known
        if len(full := key(record.name).split()) == 2
        and "-" not in record.name
        and not bylines.korean_sounds(record.name)
        and full[1] == words[1]
        and full[0] != words[0]
        and full[0].startswith(words[0])
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _romanized_at_same_place(
    corpus: Corpus,
    signer: detect.Signer,
    known: list[tuple[set[tuple[str, str]], str, DraftAuthor]],
    sounds_of: dict[str, set[tuple[str, str]]],
    given: Collection[str],
) -> tuple[DraftAuthor | None, str]:
    """The known author a name detected in the essay is, written in another romanization, when the essay places the person at an
    institution that author's record names too ('Jeon Jae-seong', a professor at Seoul National University, is the Chun Chaesung who
    is one), with the note that says so and how to undo it; (None, '') otherwise. A sound alone is only a likelihood (the caller's
    note); a name the user gave with --author is taken as written."""
    if signer.name in given or not signer.affiliation:
        return None, ""
    sounds, places = bylines.korean_sounds(signer.name), bylines.institutions(signer.affiliation)
    shared = {}
    for author_id, forms in sounds_of.items():
        if not sounds & forms:
            continue
        stated = _recorded(corpus, author_id, bylines.institutions)
        if places & stated:
            shared[author_id] = places & stated
    if len(shared) != 1:
        return None, ""
    [(author_id, at)] = shared.items()
    same = next(record for _, _, record in known if record.id == author_id)
    longest = max(at, key=len)
    as_written = re.search(r"\s+".join(map(re.escape, longest.split())), signer.affiliation, re.I)
    at_ = as_written.group() if as_written else longest
    return same, (
        f"{signer.name} is taken as {same.name} ({same.id}): the same name in another romanization, at the same institution ({at_});"
        f" if not the same person, add again with --author {signer.name!r}"
    )


def _recorded(corpus: Corpus, author_id: str, places: Callable[[str], set[str]]) -> set[str]:
    """Where the corpus's essays place a known author: `places` (`bylines.institutions`, or the looser `organisations`) of every
    affiliation they state of the author."""
    return set().union(*(places(text) for text in stated_affiliations(Path(corpus.root), author_id)))


def _placed_elsewhere(corpus: Corpus, signer: detect.Signer, same: DraftAuthor) -> str:
    """What to say when the essay places a known author's name at organisations the author's record never names ('Lee Sang-soo,
    editorial writer at the JoongAng Ilbo', where the corpus's Sangsoo Lee is at ISDP): perhaps another person of the same
    name, for the reviewer to decide; also when the corpus has never said where the author works; '' when the places agree,
    or the essay says none."""
    places = bylines.organisations(signer.affiliation) if signer.affiliation else set()
    stated = _recorded(corpus, same.id, bylines.organisations) if places else set()
    if not places or any(a in b or b in a for a in places for b in stated):
        return ""
    if not stated:
        return (
            f"{signer.name} is taken as {same.name} ({same.id}) by the name alone: the essay places them at {signer.affiliation!r},"
            f" and no essay in the corpus says where {same.name} works; if another person, add again with --new-author {signer.name!r}"
        )
    return (
        f"{signer.name} is taken as {same.name} ({same.id}) by the name, but the essay places them at {signer.affiliation!r},"
        f" which {same.name}'s record never names; if another person, add again with --new-author {signer.name!r}"
    )


def _one_word_note(name: str, known: list[DraftAuthor]) -> str:
    """What to say of a new author with a one-word name: the known author it may be a typo of, or that it is one word."""
    from rapidfuzz import fuzz

    words = key(name)
    scored = sorted(((max(fuzz.ratio(words, part) for part in key(a.name).split()), a.id, a.name) for a in {a.id: a for a in known}.values()), reverse=True)
    if scored and scored[0][0] >= 80:
        return f"{name} is taken as a new author, one word long; if you meant {scored[0][2]} ({scored[0][1]}), add again with --author {scored[0][2]!r}"
    return f"{name} is taken as a new author, one word long: if that is not the whole name, add again with --author 'FULL NAME'"


def _given(name: str, value: str | None, text: str) -> dict[str, Any]:
    if not value:
        return {"value": None, "reason": f"No {name} was detected in the text."}
    if phrases_pattern([value]).search(fold(text)) and quote_in(value, text):  # the words themselves, whole: "ab" is not stated by "about"
        return {"value": value, "basis": "stated"}
    return {"value": value, "basis": "inferred", "reason": f"Given with `korea add --{name}`; not stated in the text."}


def _title_fact(title: str | None, text: str) -> dict[str, Any]:
    if not title:
        return {"value": None, "reason": "No title was detected in the text."}
    if not quote_in(title, text):  # its parts joined in one line ('r/geopolitics • Posted by …'): the text's words, not as the text has them
        return {"value": title, "basis": "inferred", "reason": "The title paragraph's words joined in one line; not word for word in the text."}
    return {"value": title, "basis": "stated"}


def _as_the_text_runs(words: str, text: str) -> str:
    """`words` as the text writes them, run on to the whole words they are glued to ('June 21, 2024' in 'June 21, 20246:00 AM'
    is 'June 21, 20246:00'; '2021-11-03' in 'date: 2021-11-03T08:00:00+01:00' is '2021-11-03T08:00:00+01:00'), or '' when the
    text does not have them (a date line a tracked change rewrote)."""
    at = text.find(words)
    if not words or at == -1:
        return ""
    start, end = at, at + len(words)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    run = text[start:end]
    return run if quote_in(run, text) else ""


def _date_fact(given: str | None, found: tuple[str, str] | None, text: str = "", datelines: Sequence[str] = ()) -> dict[str, Any]:
    """The date as `korea check` accepts it: stated with words the text has word for word, or inferred with a reason."""
    if found and found[0] and text and not quote_in(found[1], text):
        # 'June 21, 20246:00 AM': the words it is glued to; or the date line as the text has it ('Stockholm, [Deleted: 15][Inserted: 22]
        # May 2023', a tracked change the reading accepted); or none
        stating = (line for p in datelines if quote_in(line := " ".join(p.split()), text) and (said := dateline(looks.plain(line))) and said[0] == found[0])
        found = (found[0], _as_the_text_runs(found[1], text) or next(stating, ""))
    if given:
        if found and found[0] and found[1] and (found[0] == given or found[0].startswith(given + "-")):  # "--date 2022-05" and "2 May 2022"
            return {"value": given, "basis": "stated", "evidence": found[1]}
        return {"value": given, "basis": "inferred", "reason": "Given with `korea add --date`; not stated in the text."}
    if found and not found[1]:
        return {
            "value": found[0],
            "basis": "inferred",
            "reason": "Read from a date line the text does not state word for word (a tracked change, a mark); check it.",
        }
    if found:
        return {"value": found[0], "basis": "stated", "evidence": found[1]}
    return {"value": None, "reason": "No date was detected in the text."}


# -- writing ------------------------------------------------------------------


def add(root: Path, raw: bytes, force: bool = False, dry_run: bool = False, discard_review: bool = False, **options: Any) -> tuple[Draft, list[Path]]:
    """Draft the essay against the corpus as it is now and, unless `dry_run`, write it as one change; return what was written.

    Refused (UsageError, nothing written) when the text is already in the
    corpus; when the essay's id is taken and `force` is not given (without
    `--id`, a taken id gets a suffix instead); when `force` would replace an
    essay a person has reviewed and `discard_review` is not given; and when
    the corpus it would leave does not pass `korea check`.
    """
    if not dry_run:
        refuse_bundled(root, "add to")
    alike = near_duplicates(root, raw)
    drafted: list[Draft] = []

    def prepare() -> Changes:
        # Under the lock, so another add cannot land in between (the same new author, the same id).
        entry, checked = _prepare(root, raw, force, discard_review, options)
        drafted.append(entry)
        if alike is None:
            drafted[-1].notes.append("not compared with the corpus's other essays for near-duplicates: the corpus does not pass `korea check`")
        drafted[-1].notes += [
            f"{shared} of its {probed} long paragraphs are also in essay {essay_id}: if this is that essay again, replace it instead (--id {essay_id} --force)"
            for essay_id, shared, probed in alike or []
            if essay_id != drafted[-1].essay_id
        ]
        return checked

    if dry_run:
        prepare()
        return drafted[-1], []

    changes = journal.commit(root, prepare)
    return drafted[-1], [root / relative for relative in changes]


def _prepare(root: Path, raw: bytes, force: bool, discard_review: bool, options: dict[str, Any]) -> tuple[Draft, Changes]:
    """The draft, its id settled, and the change it makes, checked as `korea check` would check it."""
    entry = draft(read_shared(root), raw, **options)
    exists = any((root / ESSAYS_DIR / f"{entry.essay_id}{suffix}").exists() for suffix in (".txt", ".yaml"))
    if not force and not options.get("essay_id"):
        wanted, entry.essay_id = entry.essay_id, _free_id(root, entry.essay_id)
        if entry.essay_id != wanted:
            entry.notes.append(f"the id {wanted} is another essay's, so this one is {entry.essay_id}; to choose another, add again with --id")
    elif exists and not force:
        raise UsageError(f"essay {entry.essay_id} already exists in {root / ESSAYS_DIR}; pass --force to replace it, or --id for another id")
    elif exists and not discard_review and (work := _review_work(root, entry.essay_id)):
        raise UsageError(f"essay {entry.essay_id} holds review work ({work}) that --force would throw away; add --discard-review to replace it all the same")
    entry.replaces = exists and force
    if entry.replaces and (work := _review_work(root, entry.essay_id)):
        entry.notes.append(f"the review work on {entry.essay_id} ({work}) is replaced with this draft")
    same = _same_text(root, raw)
    if same is not None and not (force and same == entry.essay_id):
        raise UsageError(f"this text is already in the corpus, as essay {same}; nothing was written (to replace that essay: --id {same} --force)")
    changes = entry.changes()
    problems = validate_change(root, changes)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise UsageError(f"nothing was written: the entry would not pass `korea check`: {problems[0]}{more}")
    return entry, changes


def _review_work(root: Path, essay_id: str) -> str:
    """What a person has done on an essay's record, in a few words ('' for none): reviewed, or positions and preconditions kept."""
    try:
        data = parse_yaml(CorpusFiles(root).read(f"{ESSAYS_DIR}/{essay_id}.yaml") or b"", essay_id, expected=None)
    except CorpusError:
        return "a record that does not parse, perhaps mid-edit"
    if not isinstance(data, dict):
        return ""

    def kept(kind: str) -> int:
        notes = data.get(kind)
        return sum(isinstance(note, dict) and "status" not in note for note in notes) if isinstance(notes, list) else 0

    work = [
        *(["marked reviewed"] if data.get("review") == "reviewed" else []),
        *([f"{counted(kept('positions'), 'position')} kept"] if kept("positions") else []),
        *([f"{counted(kept('preconditions'), 'precondition')} kept"] if kept("preconditions") else []),
    ]
    return ", ".join(work)


def _same_text(root: Path, raw: bytes) -> str | None:
    """The essay whose text is `raw`, byte for byte or but for whitespace (line ends, a trailing newline, a re-indent):
    only texts of about the same size are read."""
    size = len(raw)
    words = raw.split()
    folder = root / ESSAYS_DIR
    try:
        names = [name for name in os.listdir(folder) if name.endswith(".txt") and not name.startswith(".")]
    except OSError:
        return None
    for name in sorted(names):
        with contextlib.suppress(OSError):
            if abs(os.stat(folder / name).st_size - size) <= max(64, size // 20) and (folder / name).read_bytes().split() == words:
                return name[:-4]
    return None


NEAR_DUPLICATE_SHARE = 0.5
"""An essay holding at least this share of a new text's paragraphs (and two at least) is reported as a near-duplicate of it."""
PROBE_WORDS = 8
"""A paragraph counts as shared when a run of this many of its words stands in a passage of another essay."""


def near_duplicates(root: Path, raw: bytes) -> list[tuple[str, int, int]] | None:
    """The essays that hold much of this text, as (essay id, paragraphs shared, paragraphs probed), most shared first; None when
    the corpus cannot be read to tell (an add touches only its own files, so a broken essay elsewhere does not stop it).

    Each paragraph long enough is probed with one run of its words, looked up
    as a phrase in the index, so the cost does not grow with the corpus: a
    re-wrapped copy, one with other boilerplate or a few words changed, is found.
    """
    from korea_cli import bitmaps
    from korea_cli.index import open_index
    from korea_cli.index_build import PASSAGE_BITS
    from korea_cli.index_search import IndexSource
    from korea_cli.search import words

    _, paragraphs = _paragraphs(raw.decode("utf-8-sig", errors="replace"))
    probes = [tuple(found[len(found) // 3 :][:PROBE_WORDS]) for p in paragraphs if len(found := words(p)) >= 2 * PROBE_WORDS]
    if not probes:
        return []
    try:
        index = open_index(root)
    except CorpusError:
        return None
    source = IndexSource(index, all_roles=True)
    shared: dict[int, int] = {}
    for probe in probes:
        for key_ in {source.order(member) >> PASSAGE_BITS for member in bitmaps.members(source.phrase(probe))}:
            shared[key_] = shared.get(key_, 0) + 1
    found = sorted(((count, key_) for key_, count in shared.items() if count >= max(2, NEAR_DUPLICATE_SHARE * len(probes))), reverse=True)
    ids = dict(index.rows("SELECT key, id FROM essays"))
    return [(ids[key_], count, len(probes)) for count, key_ in found if key_ in ids]


def _free_id(root: Path, wanted: str) -> str:
    """`wanted`, or with the first free suffix (-2, -3 …) when an essay has it: a new essay never replaces one."""
    essay_id, suffix = wanted, 2
    while (root / ESSAYS_DIR / f"{essay_id}.yaml").exists() or (root / ESSAYS_DIR / f"{essay_id}.txt").exists():
        essay_id, suffix = f"{wanted}-{suffix}", suffix + 1
    return essay_id
