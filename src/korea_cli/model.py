"""The corpus as plain, immutable records.

`corpus` builds these from the YAML and text files, checking them as it goes;
`index_build` writes them into the index, which is what queries read (so a
warm query builds none of them). Ids are the stable handles users cite and type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ROLES = (
    "label",
    "title",
    "subtitle",
    "caption",
    "dateline",
    "byline",
    "credit",
    "editors_note",
    "introduction",
    "question",
    "body",
    "author_bio",
    "notes",
    "disclaimer",
    "boilerplate",
)
"""What a paragraph is. Only `body` paragraphs are anyone's argument (in an interview, the answers); a series label,
a credit ("Interview by …"), an interviewer's question, footnotes and references are nobody's."""

ROLES_WITH_AUTHOR = frozenset({"body", "byline", "author_bio"})
"""Roles that belong to one author: their argument, their byline, their bio."""

REVIEW_STATES = ("draft", "reviewed")
"""Whether a person has checked an essay's record against its text: everything `korea add` infers is a draft until then."""

BASES = ("stated", "inferred")
"""How a metadata value is known: verbatim in the text, or reasoned from it."""


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    label: str
    aliases: tuple[str, ...]
    description: str
    care: tuple[tuple[str, str], ...] = ()
    terms: tuple[str, ...] = ()
    """Words that mark a passage as on the topic without naming it ('freeze', 'hotline'): read in passages, never taken as the
    topic's name (`--topic freeze` is no topic; `--mentions freeze` is)."""

    @property
    def words(self) -> tuple[str, ...]:
        """Everything that marks a passage as on the topic: its label, its aliases and its terms."""
        return (self.label, *self.aliases, *self.terms)

    """(stance, why) pairs: where "AUTHOR <stance> TOPIC" is easily false, what to look at; `korea check` flags them."""


@dataclass(frozen=True, slots=True)
class Term:
    """An entry of a fixed vocabulary in the codebook: a stance, goal or holder."""

    id: str
    description: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class Codebook:
    topics: dict[str, Topic]
    stances: dict[str, Term]
    goals: dict[str, Term]
    holders: dict[str, Term]
    glossary: tuple[tuple[str, ...], ...] = ()
    """Names of one thing the field writes several ways ('DPRK', 'North Korea'): search finds each by any of them."""


@dataclass(frozen=True, slots=True)
class Affiliation:
    """An author's affiliation, verbatim as an essay states it, with the passage that states it."""

    author: str
    text: str
    passage: str


@dataclass(frozen=True, slots=True)
class Author:
    id: str
    name: str
    aliases: tuple[str, ...]
    affiliations: tuple[Affiliation, ...]
    """Gathered from the essays that state them, in corpus order."""


@dataclass(frozen=True, slots=True)
class Fact:
    """A metadata value with its provenance; `value` is None when the text does not say."""

    value: str | None
    basis: str | None = None
    reason: str = ""
    evidence: str = ""
    """For a stated value written in a normal form (a date as YYYY-MM-DD), the text's own words."""


@dataclass(frozen=True, slots=True)
class Passage:
    essay: str
    n: int
    role: str
    author: str | None
    text: str
    suggested_topics: tuple[str, ...] = ()
    """Topics the passage names (codebook aliases), suggested by `korea add`, not yet reviewed."""
    coauthors: tuple[str, ...] = ()
    """Who wrote it with `author`, when co-authors sign one byline: the passage is each one's argument, and answers name them all."""

    @property
    def signers(self) -> tuple[str, ...]:
        """Everyone whose words the passage is."""
        return (self.author, *self.coauthors) if self.author else ()

    @property
    def id(self) -> str:
        return f"{self.essay}:{self.n}"


@dataclass(frozen=True, slots=True)
class Position:
    essay: str
    author: str
    topic: str
    stance: str
    summary: str
    quote: str
    passage: str
    suggested: bool = False
    """A candidate `korea add` found by a cue phrase; queries leave it out until a person keeps it."""
    series: str | None = None
    """The named list the source enumerates it in ("First, … Second, …"), with its `ordinal` there, from 1."""
    ordinal: int | None = None
    care: str = ""
    """Why "AUTHOR <stance> TOPIC" holds, where the codebook says the combination needs care."""


@dataclass(frozen=True, slots=True)
class Precondition:
    essay: str
    author: str
    goal: str
    condition: str
    topic: str | None
    held_by: str
    quote: str
    passage: str
    suggested: bool = False
    """A candidate `korea add` found by a cue phrase; queries leave it out until a curator keeps it."""
    series: str | None = None
    """The named list the source enumerates it in, with its `ordinal` there, from 1."""
    ordinal: int | None = None


@dataclass(frozen=True, slots=True)
class Essay:
    id: str
    title: Fact
    publisher: Fact
    date: Fact
    url: Fact
    authors: tuple[str, ...]
    passages: tuple[Passage, ...]
    affiliations: tuple[Affiliation, ...] = ()
    """What the essay states of its authors' affiliations; `Corpus.authors` gathers them per author."""
    review: str = "draft"
    """`reviewed` once a person has checked roles, authors, facts and annotations; a record that does not say is a draft."""


@dataclass(frozen=True)
class Corpus:
    root: str
    codebook: Codebook
    authors: dict[str, Author]
    """In the order the essays first name them."""
    essays: dict[str, Essay]
    positions: tuple[Position, ...]
    preconditions: tuple[Precondition, ...]
    """Reviewed preconditions only: every query's default."""
    suggested: tuple[Precondition, ...] = ()
    """Candidates `korea add` found, awaiting review; shown only when asked for."""
    passages: dict[str, Passage] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        index = {p.id: p for essay in self.essays.values() for p in essay.passages}
        object.__setattr__(self, "passages", index)
