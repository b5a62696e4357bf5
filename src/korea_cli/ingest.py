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

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from korea_cli import journal
from korea_cli.corpus import MAX_ID_LENGTH, Changes, is_date, is_id, read_shared, validate_change
from korea_cli.errors import CorpusError, UsageError
from korea_cli.layout import AUTHORS_DIR, ESSAYS_DIR, bundled_corpus
from korea_cli.model import Corpus
from korea_cli.names import key, words_key
from korea_cli.text import fold, paragraph_spans, phrases_pattern
from korea_cli.yamlio import MAX_FILE_BYTES, read_regular_file

_MONTHS = {
    m: i
    for i, name in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)
    for m in (name, name[:3], name[:4])
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})", re.I),
    re.compile(rf"(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>\d{{4}})", re.I),
    re.compile(r"(?P<year>\d{4})-(?P<month_number>\d{2})-(?P<day>\d{2})"),
    re.compile(rf"{_MONTH}\s+(?P<year>\d{{4}})", re.I),
]
_DATELINE_PREFIX = re.compile(r"^(?:published|posted|updated|date|dated|on)?\s*:?\s*", re.I)
_BOILERPLATE = re.compile(
    r"^(?:share(?: this)?(?: article| story| post| page)?|tweet|print|e-?mail|list|back to top|advertisement|comments?|\d+ comments?"
    r"|subscribe\b.*|sign up\b.*|read more\b.*|related(?: articles?| stories| posts| content)?\s*:.*|related(?: articles?| stories)?"
    r"|tags?\s*:.*|filed under\b.*|follow us\b.*|(?:©|copyright)\b.*|all rights reserved.*)$",
    re.I,
)
_DISCLAIMER = re.compile(r"^(?:the )?(?:views|opinions) expressed\b|^disclaimer\b|^this (?:article|commentary|essay|piece) (?:reflects|represents)\b", re.I)
_EDITORS_NOTE = re.compile(r"^editor[’']?s[’']? note\b", re.I)
_CAPTION = re.compile(r"^(?:photo|image|picture|caption|credit|photograph)\s*(?:credit)?\s*[:：]", re.I)
_BY = re.compile(r"^by\s+(?P<names>.+)$", re.I)
_RANK = re.compile(
    r"^(?:(?:Major|Lieutenant|Brigadier)\s+General|General|Admiral|Colonel|Ambassador|Professor|Prof\.|Dr\.|Mr\.|Ms\.|Mrs\.)\s+(?:\(ret\.?\)\s+)?"
)
_SECTION = re.compile(r"^(?P<name>[^,]{3,80}?),\s+(?P<affiliation>\S.{2,})$")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|van|von|de|der|da|di|bin|al|le|la)$")
_BIO = re.compile(
    r"^(?:Dr\.?\s+|Professor\s+)?(?P<who>[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3})\s+(?:is|was|also|serves|served|received|has|holds|teaches|leads)\b"
)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[”’\"']?|$)")
_CUES = re.compile(
    r"\b(?:only if|unless|until|as a precondition|precondition for|as a condition|on condition that|provided that|must first|in exchange for|before)\b", re.I
)
_WITHOUT_NO = re.compile(r"\bwithout\b.{1,160}?\b(?:no|not|never)\b", re.I)


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
    roles: list[tuple[str, str | None]]
    """Per paragraph: its role and its author's id (None where it is no author's)."""
    authors: list[DraftAuthor]
    facts: dict[str, dict[str, Any]]
    suggested_topics: dict[int, list[str]]
    suggestions: list[dict[str, Any]]
    starts: list[str]
    notes: list[str] = field(default_factory=list)
    """What the curator should know that the record cannot say, such as a second name in one byline."""

    def essay_yaml(self) -> str:
        """The essay's record, ready for review."""
        record: dict[str, Any] = {
            "id": self.essay_id,
            "review": "draft",
            "text_sha256": hashlib.sha256(self.raw).hexdigest(),
            **self.facts,
            "authors": [a.id for a in self.authors],
            **({"affiliations": self.affiliations()} if self.affiliations() else {}),
            "passages": [
                {
                    "n": n,
                    "role": role,
                    **({"author": author} if author else {}),
                    "starts": self.starts[n - 1],
                    **({"suggested_topics": self.suggested_topics[n]} if self.suggested_topics.get(n) else {}),
                }
                for n, (role, author) in enumerate(self.roles, 1)
            ],
            "positions": [],
            "preconditions": self.suggestions,
        }
        header = (
            f"# Drafted by `korea add`. Review the roles, the authors and the facts against {self.essay_id}.txt,\n"
            "# then set `review: reviewed`: until then every answer from this essay is marked draft.\n"
            "# Preconditions marked `status: suggested` were found by cue phrases: delete the status line to keep one,\n"
            "# or the whole entry to drop it. `suggested_topics` are the codebook topics a passage names.\n\n"
        )
        return header + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=120)

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
            "suggested_preconditions": len(self.suggestions),
            "notes": self.notes,
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


def draft(
    corpus: Corpus,
    raw: bytes,
    essay_id: str | None = None,
    publisher: str | None = None,
    date: str | None = None,
    url: str | None = None,
    author_names: list[str] | None = None,
    fallback_id: str = "essay",
) -> Draft:
    """Detect the parts of an essay and who wrote what; options override what is detected."""
    publisher, url = _argument("--publisher", publisher), _argument("--url", url)
    author_names = [name for name in (_argument("--author", n) for n in author_names or []) if name]
    if essay_id is not None and not is_id(essay_id):
        raise UsageError(f"--id {essay_id!r} must be lowercase letters, digits and single hyphens, at most {MAX_ID_LENGTH} characters, e.g. isdp-2018-new-dawn")
    if date is not None and not is_date(date):
        raise UsageError(f"--date {date!r} must be a real date written YYYY, YYYY-MM or YYYY-MM-DD")
    text = raw.decode("utf-8")
    if len(raw) > MAX_FILE_BYTES:
        raise UsageError(f"the essay is {len(raw) / 2**20:.0f} MiB; an essay's text may be {MAX_FILE_BYTES // 2**20} MiB at most")
    paragraphs = [" ".join(text[a:b].split()) for a, b in paragraph_spans(text)]
    found = _detect(paragraphs)
    names = [name for name, _, _ in found.sections]
    if author_names:
        if names and len(author_names) != len(names):
            raise UsageError(f"found {len(names)} bylines ({', '.join(names)}) but {len(author_names)} --author; give one --author per byline, in order")
        names = list(author_names)
    if not names:
        raise UsageError("found no byline (such as 'By Jane Doe'); say who wrote it with --author NAME")

    signers = _authors(corpus, names, found.sections)
    authors = list({id(a): a for a in signers}.values())
    section_starts = {n: signers[i] for i, (_, _, n) in enumerate(found.sections)}
    roles: list[tuple[str, str | None]] = []
    current = None if found.sections else authors[0]
    for n, role in enumerate(found.roles, 1):
        current = section_starts.get(n, current)
        paragraph = paragraphs[n - 1]
        if role == "byline":
            roles.append(("byline", current.id if current else None))
        elif role == "body" and (owner := _bio_owner(paragraph, authors)) and n > len(paragraphs) / 2 and len(paragraph) <= 600:
            roles.append(("author_bio", owner.id))
        elif role == "body":
            roles.append(("body", current.id) if current else ("introduction", None))
        else:
            roles.append((role, None))

    if not any(role == "body" for role, _ in roles):
        raise UsageError("found no body text, only a title, bylines or notes; give the whole essay")
    title = paragraphs[found.roles.index("title")] if "title" in found.roles else None
    new_id = essay_id or _slug(title or "") or _slug(fallback_id) or "essay"
    facts = {
        "title": {"value": title, "basis": "stated"} if title else {"value": None, "reason": "No title was detected in the text."},
        "publisher": _given("publisher", publisher, text),
        "date": _date_fact(date, found.date),
        "url": _given("url", url, text),
    }
    body = [n for n, (role, _) in enumerate(roles, 1) if role == "body"]
    topics = corpus.codebook.topics.values()
    patterns = {t.id: phrases_pattern((t.label, *t.aliases)) for t in topics}
    suggested_topics = {n: [tid for tid, pattern in patterns.items() if pattern.search(fold(paragraphs[n - 1]))] for n in body}
    suggestions = _precondition_candidates(text, roles, patterns)
    starts = [" ".join(p.split()[:6]) for p in paragraphs]
    notes = [f"the byline {byline!r} names {len(names)} people; korea gives each paragraph one author, so it is {names[0]}'s" for byline, names in found.shared]
    return Draft(new_id, raw, roles, authors, facts, suggested_topics, suggestions, starts, notes)


@dataclass
class _Found:
    roles: list[str]
    sections: list[tuple[str, str, int]]  # (author name, affiliation or "", byline paragraph number)
    date: tuple[str, str] | None  # (YYYY[-MM[-DD]], the words that state it)
    shared: list[tuple[str, list[str]]]  # bylines that name several people: (the byline, its names)


def _detect(paragraphs: list[str]) -> _Found:
    """Roles by the look of each paragraph; body is what is left (bios are told apart once the authors are known)."""
    roles: list[str] = []
    sections: list[tuple[str, str, int]] = []
    date = None
    shared: list[tuple[str, list[str]]] = []
    editors_heading = False
    for n, p in enumerate(paragraphs, 1):
        short = len(p) <= 200 and not p.endswith((".", "!", ";"))
        first = not any(r in ("title", "byline", "body", "introduction") for r in roles)  # notes and datelines may come before a title
        if _EDITORS_NOTE.match(p):
            roles.append("editors_note")
            editors_heading = len(p) < 30
            continue
        if editors_heading:
            roles.append("editors_note")
            editors_heading = False
            continue
        if len(p) <= 120 and _BOILERPLATE.match(p):
            roles.append("boilerplate")
        elif _DISCLAIMER.match(p):
            roles.append("disclaimer")
        elif len(p) <= 80 and (found := _dateline(p)):
            roles.append("dateline")
            date = date or found
        elif len(p) <= 120 and (by := _BY.match(p)) and all(_looks_like_name(x) for x in _split_names(by.group("names"))):
            roles.append("byline")
            names = _split_names(by.group("names"))
            sections.append((names[0], "", n))
            if len(names) > 1:
                shared.append((p, names))
        elif (
            short
            and (section := _SECTION.match(p))
            and _looks_like_name(_RANK.sub("", section.group("name")))
            and re.search(r"[A-Z]", section.group("affiliation"))
        ):
            roles.append("byline")
            sections.append((_RANK.sub("", section.group("name")).strip(), section.group("affiliation").strip(), n))
        elif _CAPTION.match(p):
            roles.append("caption")
        elif first and short:
            roles.append("title")
        elif roles and roles[-1] == "title" and len(p) <= 120 and not p.endswith((".", "!", "?", ":")):
            roles.append("caption")
        else:
            roles.append("body")
    # "By Jane Doe" pieces have one section that starts at their byline; body before it is the author's too.
    if len(sections) == 1 and not sections[0][1]:
        sections = [(sections[0][0], "", 1)]
    return _Found(roles, sections, date, shared)


def _dateline(paragraph: str) -> tuple[str, str] | None:
    rest = _DATELINE_PREFIX.sub("", paragraph, count=1)
    for pattern in _DATES:
        match = pattern.fullmatch(rest.strip().rstrip(".")) or pattern.fullmatch(rest.strip())
        if match and is_date(date := _normal_date(match)):
            return date, match.group(0)
    return None


def _normal_date(match: re.Match[str]) -> str:
    parts = match.groupdict()
    month = int(parts["month_number"]) if parts.get("month_number") else _MONTHS[parts["month"].lower().rstrip(".")]
    day = parts.get("day")
    return f"{parts['year']}-{month:02d}" + (f"-{int(day):02d}" if day else "")


def _split_names(names: str) -> list[str]:
    return [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", names) if n.strip()]


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) and not any(w.lower() in ("the", "of", "and") for w in words)


def _bio_owner(paragraph: str, authors: list[DraftAuthor]) -> DraftAuthor | None:
    match = _BIO.match(paragraph)
    if not match:
        return None
    who = set(key(match.group("who")).split())
    return next((a for a in authors if who and who <= set(key(a.name).split())), None)


def _authors(corpus: Corpus, names: list[str], sections: list[tuple[str, str, int]]) -> list[DraftAuthor]:
    """The author of each name in turn: one already in the corpus when it is the same person, else a new record.

    Same person means the same words in any order, without regard to case or
    diacritics — never a fuzzy match: Sangsoo Lee is not Sang-hyun Lee. A
    person who signs two sections is one author (the same record twice).
    """
    taken = set(corpus.authors)
    known: dict[str, DraftAuthor] = {}
    for author in corpus.authors.values():
        for name in (author.name, *author.aliases):
            known.setdefault(words_key(name), DraftAuthor(author.id, author.name, new=False))
    affiliations = {i: (aff, n) for i, (_, aff, n) in enumerate(sections)}
    result: list[DraftAuthor] = []
    for i, name in enumerate(names):
        affiliation, byline = affiliations.get(i, ("", 0))
        same = known.get(words_key(name))
        if same is not None:
            if not same.byline:  # the first byline that states an affiliation is the one recorded
                same.affiliation, same.byline = affiliation, byline
            result.append(same)
            continue
        new_id = base = _slug(name, words=5) or "author"
        suffix = 2
        while new_id in taken:
            new_id, suffix = f"{base}-{suffix}", suffix + 1
        taken.add(new_id)
        words = name.split()
        aliases = [" ".join([words[-1], *words[:-1]])] if len(words) > 1 else []
        if fold(name) != name.lower() and key(name) != name.lower():
            aliases.append(" ".join(fold(w) if w.lower() != fold(w) else w for w in words))
        aliases = [a for a in aliases if words_key(a) not in known and fold(a) != fold(name)]
        author = DraftAuthor(new_id, name, new=True, aliases=list(dict.fromkeys(aliases)), affiliation=affiliation, byline=byline)
        known[words_key(name)] = author
        result.append(author)
    return result


def _given(name: str, value: str | None, text: str) -> dict[str, Any]:
    if not value:
        return {"value": None, "reason": f"No {name} was detected in the text."}
    if fold(value) in fold(text):
        return {"value": value, "basis": "stated"}
    return {"value": value, "basis": "inferred", "reason": f"Given with `korea add --{name}`; not stated in the text."}


def _date_fact(given: str | None, found: tuple[str, str] | None) -> dict[str, Any]:
    if given:
        if found and found[0] == given:
            return {"value": given, "basis": "stated", "evidence": found[1]}
        return {"value": given, "basis": "inferred", "reason": "Given with `korea add --date`; not stated in the text."}
    if found:
        return {"value": found[0], "basis": "stated", "evidence": found[1]}
    return {"value": None, "reason": "No date was detected in the text."}


def _precondition_candidates(text: str, roles: list[tuple[str, str | None]], patterns: dict[str, re.Pattern[str]]) -> list[dict[str, Any]]:
    """Sentences that state a condition ("only if", "unless", "without … no"), as suggestions to review."""
    candidates = []
    for n, ((role, author), (start, end)) in enumerate(zip(roles, paragraph_spans(text), strict=True), 1):
        if role != "body":
            continue
        for match in _SENTENCE.finditer(text[start:end]):
            sentence = " ".join(match.group().split())
            cue = _CUES.search(sentence) or _WITHOUT_NO.search(sentence)
            if not cue or len(sentence) < 30:
                continue
            condition = sentence[cue.end() :].strip(" ,;.”’\"'") if _CUES.search(sentence) else sentence
            topics = [topic for topic, pattern in patterns.items() if pattern.search(fold(sentence))]
            candidates.append(
                {
                    "author": author,
                    "goal": _goal(sentence),
                    "condition": (condition[:117] + "…") if len(condition) > 120 else condition or sentence[:120],
                    **({"topic": topics[0]} if topics else {}),
                    "quote": sentence,
                    "passage": n,
                    "status": "suggested",
                }
            )
    return candidates


def _goal(sentence: str) -> str:
    folded = fold(sentence)
    for goal, words in (
        ("peace-regime", ("peace regime", "peace treaty")),
        ("denuclearization", ("denuclear",)),
        ("agreement", ("deal", "agreement")),
        ("negotiations", ("talks", "negotiation")),
    ):
        if any(w in folded for w in words):
            return goal
    return "denuclearization"


def _slug(text: str, words: int = 6) -> str:
    """An id from the first words of `text`: ASCII letters and digits only (a Hangul title gives none), never cut mid-word."""
    ascii_words = [w for w in re.split(r"[^a-z0-9]+", key(text)) if w]
    slug = "-".join(ascii_words[:words])
    while len(slug) > MAX_ID_LENGTH - 10:  # room for a '-2' suffix
        slug = slug.rpartition("-")[0]
    return slug


# -- writing ------------------------------------------------------------------


def add(root: Path, raw: bytes, force: bool = False, dry_run: bool = False, **options: Any) -> tuple[Draft, list[Path]]:
    """Draft the essay against the corpus as it is now and, unless `dry_run`, write it as one change; return what was written.

    Refused (UsageError, nothing written) when the essay exists and `force`
    is not given, or when the corpus it would leave does not pass `korea check`.
    """
    entry = _prepare(root, raw, force, options)  # any fault in the input shows here, before the corpus is touched
    if dry_run:
        return entry, []
    bundled = bundled_corpus()
    if bundled is not None and root.resolve() == bundled.resolve():
        raise UsageError("the bundled corpus is read-only; add to your own corpus with --corpus DIR (copy the bundled one to start from it)")
    drafted: list[Draft] = []

    def prepare() -> Changes:
        # Again, under the lock: another add may have landed since (the same new author, the same id).
        drafted.append(_prepare(root, raw, force, options))
        return drafted[-1].changes()

    changes = journal.commit(root, prepare)
    return drafted[-1], [root / relative for relative in changes]


def _prepare(root: Path, raw: bytes, force: bool, options: dict[str, Any]) -> Draft:
    """The draft, its id settled, and the change it makes checked as `korea check` would check it."""
    entry = draft(read_shared(root), raw, **options)
    if not options.get("essay_id"):
        entry.essay_id = _free_id(root, entry.essay_id)
    elif not force and any((root / ESSAYS_DIR / f"{entry.essay_id}{suffix}").exists() for suffix in (".txt", ".yaml")):
        raise UsageError(f"essay {entry.essay_id} already exists in {root / ESSAYS_DIR}; pass --force to replace it, or --id for another id")
    problems = validate_change(root, entry.changes())
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise UsageError(f"nothing was written: the entry would not pass `korea check`: {problems[0]}{more}")
    return entry


def _free_id(root: Path, wanted: str) -> str:
    """`wanted`, or with the first free suffix (-2, -3 …) when an essay has it: a new essay never replaces one."""
    essay_id, suffix = wanted, 2
    while (root / ESSAYS_DIR / f"{essay_id}.yaml").exists() or (root / ESSAYS_DIR / f"{essay_id}.txt").exists():
        essay_id, suffix = f"{wanted}-{suffix}", suffix + 1
    return essay_id
