"""Writing the index: its schema, a whole build into a new file, and an update that swaps the rows of the essays that changed.

`index` decides which of these a call needs (and whether the index is fresh at all); this module only
writes. Essay keys are spaced `KEY_GAP` apart and a passage's rowid is its essay's key shifted by
`PASSAGE_BITS` plus its number, so `ORDER BY rowid` is corpus order, the order search ranks ties in.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
import time
from array import array
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from korea_cli import __version__, bitmaps
from korea_cli.errors import CorpusError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from korea_cli.corpus import Progress
    from korea_cli.model import Author, Codebook, Essay, Position, Precondition
    from korea_cli.text import PhrasesFinder

FORMAT = f"korea index 11, korea {__version__}"
"""What wrote an index; any other value means rebuild, since the schema or the rules may differ."""

KEY_GAP = 1 << 20
"""Essay keys are spaced this far apart, so an essay added between two gets a key between theirs."""
PASSAGE_BITS = 20
"""A passage's rowid is its essay's key shifted by this, plus its number: rowid order is corpus order."""


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value);
CREATE TABLE authors (id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL);
CREATE TABLE affiliations (rowid INTEGER PRIMARY KEY, author TEXT NOT NULL, text TEXT NOT NULL, passage TEXT NOT NULL);
CREATE INDEX affiliations_by_author ON affiliations (author);
CREATE TABLE essays (key INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, facts TEXT NOT NULL, passages INTEGER NOT NULL, body_passages INTEGER NOT NULL,
                     status TEXT NOT NULL);
CREATE TABLE essay_authors (essay_key INTEGER NOT NULL, seq INTEGER NOT NULL, essay TEXT NOT NULL, author TEXT NOT NULL, PRIMARY KEY (essay_key, seq));
CREATE INDEX essay_authors_by_author ON essay_authors (author);
CREATE TABLE passages (rowid INTEGER PRIMARY KEY, essay TEXT NOT NULL, n INTEGER NOT NULL, role TEXT NOT NULL, author TEXT, text TEXT NOT NULL,
                       suggested_topics TEXT NOT NULL, words TEXT NOT NULL, coauthors TEXT NOT NULL, slot INTEGER NOT NULL);
CREATE INDEX passages_by_author ON passages (author);
CREATE UNIQUE INDEX passages_by_slot ON passages (slot);
CREATE TABLE bitmaps (word INTEGER NOT NULL, segment INTEGER NOT NULL, bits BLOB NOT NULL, PRIMARY KEY (word, segment)) WITHOUT ROWID;
CREATE TABLE slot_rowids (segment INTEGER PRIMARY KEY, rowids BLOB NOT NULL);
CREATE TABLE positions (rowid INTEGER PRIMARY KEY, essay TEXT NOT NULL, author TEXT NOT NULL, topic TEXT NOT NULL, stance TEXT NOT NULL,
                        summary TEXT NOT NULL, quote TEXT NOT NULL, passage TEXT NOT NULL, suggested INTEGER NOT NULL, series TEXT, ordinal INTEGER);
CREATE INDEX positions_by_topic ON positions (topic);
CREATE INDEX positions_by_author ON positions (author, topic);
CREATE INDEX positions_kept_by_author ON positions (author, topic) WHERE NOT suggested;
CREATE TABLE preconditions (rowid INTEGER PRIMARY KEY, essay TEXT NOT NULL, author TEXT NOT NULL, goal TEXT NOT NULL, condition TEXT NOT NULL,
                            topic TEXT, held_by TEXT NOT NULL, quote TEXT NOT NULL, passage TEXT NOT NULL, suggested INTEGER NOT NULL,
                            series TEXT, ordinal INTEGER);
CREATE INDEX preconditions_by_author ON preconditions (author);
CREATE TABLE passage_topics (topic TEXT NOT NULL, passage INTEGER NOT NULL);
CREATE UNIQUE INDEX passage_topics_by_topic ON passage_topics (topic, passage);
CREATE INDEX passage_topics_by_passage ON passage_topics (passage);
CREATE TABLE vocab (id INTEGER PRIMARY KEY, word TEXT UNIQUE NOT NULL, length INTEGER NOT NULL);
CREATE INDEX vocab_by_length ON vocab (length);
CREATE VIRTUAL TABLE postings USING fts5 (words, kind, content='', tokenize='ascii');
CREATE TABLE author_records (id TEXT PRIMARY KEY, first INTEGER NOT NULL, essays TEXT NOT NULL, topics TEXT NOT NULL, affiliations TEXT NOT NULL);
"""
"""`passages.words` is the passage's search words as vocabulary ids ('w12 w7 …'), what `postings` indexed (FTS5, for
phrases); `bitmaps` holds the same as one bitmap a word (`bitmaps.py`), in segments, over passage slots: a passage's slot is
its bit, `slot_rowids` the rowid at each slot, a segment a row (8-byte rowids, 0 for a free slot). Word 0 is the body
passages. Slots are given in corpus order by a build; an update gives an essay its old slots if it has no more passages,
else new ones at the end, and then `slots_in_order` is 0 until the next build.

`author_records` is what `who` shows of each author whom an essay names (JSON lists: essays in corpus order, the topics of
their kept positions in codebook order, affiliations as stated) and where they first appear (`index.AUTHOR_ORDER`): derived
from the rows above, rewritten by a build for every author and by an update for those the changed essays named before or
name now, so that `who` reads a row an author, not every essay's rows (22,000 of each kind at 10,000 essays)."""

POSTINGS_HASH_BYTES = 16 << 20
"""How much of the postings FTS5 gathers in memory before it writes them out (its default is 1 MiB): a build writes fewer,
larger segments and merges less (inserting 142,000 passages, 2.0 s at the default, 1.3 s at this)."""

BODY = 0
"""The bitmap 'word' of the body passages: the vocabulary's ids start at 1."""
_BODY_TOKEN = f"w{BODY}"


class Changes(NamedTuple):
    essays: set[str]
    """Ids of the essays whose files changed, came or went."""
    authors: bool
    """Whether any author's file changed, came or went (all are read again: they are few and small)."""
    authors_gone: set[str]
    """Ids of the authors whose files went: if an indexed essay still names one, only a full build gives the error loading gives."""


def build_file(root: Path, path: Path, stamps: bytes, progress: Progress | None) -> sqlite3.Connection:
    """Build the whole index into a temporary file beside `path`, then rename it into place."""
    import tempfile  # imports random and hashlib: only a build pays for them

    handle, temporary = tempfile.mkstemp(prefix=path.stem + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        db = sqlite3.connect(temporary, isolation_level=None)
        try:
            build(db, root, stamps, progress)
        finally:
            db.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}-journal")  # a crashed update's journal belongs to the file being replaced
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return sqlite3.connect(path, timeout=30, isolation_level=None)


def build(db: sqlite3.Connection, root: Path, stamps: bytes, progress: Progress | None, workers: int | None = None) -> None:
    """Every row from a fresh read of the corpus, each essay written as it is read (the corpus is never held whole); any
    problem stops the build as `corpus.load` would, with the same message.

    `workers`: how many processes read the essays (None: one a core for a large corpus, as `corpus._workers` says); the rows
    are the same however many do. Each essay's search words and topics are read with it, in the process that reads it.
    """
    from korea_cli.corpus import EssayStream

    stream = EssayStream(root, workers, _index_read, progress)
    db.execute("PRAGMA journal_mode = OFF")  # a new file, renamed into place only when whole
    db.execute("PRAGMA synchronous = OFF")
    tables, indexes = _schema_parts()
    db.executescript(tables)
    with contextlib.suppress(sqlite3.OperationalError):  # an SQLite before 'hashsize' builds as before, only slower
        db.execute("INSERT INTO postings (postings, rank) VALUES ('hashsize', ?)", (POSTINGS_HASH_BYTES,))
    db.execute("BEGIN")
    if stream.codebook is None or stream.authors is None:
        for _ in stream:  # read on, for the count of problems `load` gives
            pass
        stream.raise_first()
    assert stream.codebook is not None and stream.authors is not None
    writer = _Writer(db, stream.codebook, stream.authors)
    writer.building = True
    writer.write_codebook_and_authors()
    for rank, (essay, positions, preconditions, read) in enumerate(stream, start=1):
        kept = [p for p in preconditions if not p.suggested] + [p for p in preconditions if p.suggested]  # as `load` orders them
        writer.write_essay(rank * KEY_GAP, essay, (positions, kept), read)
    stream.raise_first()
    writer.flush()
    writer.write_author_records()
    for statement in indexes:
        db.execute(statement)  # not `executescript`, which would commit first
    _set_meta(db, stamps)
    db.execute("COMMIT")


def _schema_parts() -> tuple[str, list[str]]:
    """`SCHEMA`'s tables, and its indexes: a build makes each index once its table is full (sorting its rows once costs
    less than keeping the index ordered through every insert)."""
    statements = [statement.strip() for statement in SCHEMA.split(";") if statement.strip()]
    made_after = [s for s in statements if s.startswith(("CREATE INDEX", "CREATE UNIQUE INDEX"))]
    return "".join(f"{s};\n" for s in statements if s not in made_after), made_after


Read = list[tuple[str, list[str]]]
"""An essay's passages as the index reads them: each passage's search words (one string, spaces between: a reading process
sends one string a passage, not a hundred), and the topics a body passage names."""


def _index_read(essay: Essay, codebook: Codebook) -> Read:
    """`Read` of an essay, in whichever process reads it (`corpus.EssayStream`'s derive)."""
    return _words_and_topics(essay, _finders(codebook))


def _finders(codebook: Codebook) -> PhrasesFinder:
    """The topics' finder, built once a process for a codebook."""
    return _finders_of(tuple((t.id, tuple(t.words)) for t in codebook.topics.values()))


@functools.lru_cache(maxsize=4)
def _finders_of(topics: tuple[tuple[str, tuple[str, ...]], ...]) -> PhrasesFinder:
    from korea_cli.text import PhrasesFinder

    return PhrasesFinder(topics)


def _words_and_topics(essay: Essay, finders: PhrasesFinder) -> Read:
    """Each passage's search words, and for a body passage the topics it names by the codebook's words (folded once)."""
    from korea_cli.search import words as search_words
    from korea_cli.text import fold, words_of

    read: Read = []
    for passage in essay.passages:
        named: list[str] = []
        if passage.role == "body":
            folded = fold(passage.text)
            words = words_of(folded)
            named = finders(folded, words)
        read.append((" ".join(search_words(passage.text)), named))
    return read


def _set_meta(db: sqlite3.Connection, stamps: bytes) -> None:
    """The stamps the index is fresh to, and no watcher's token: the caller records the one it took before its sweep, if any."""
    db.execute("DELETE FROM meta WHERE key = 'watched'")
    db.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [("format", FORMAT), ("stamps", stamps), ("updated", time.strftime("%Y-%m-%dT%H:%M:%S%z"))],
    )


def still_named(db: sqlite3.Connection, changes: Changes) -> bool:
    """Whether an essay that is not being re-read names an author whose file went."""
    if not changes.authors_gone:
        return False
    gone, essays = sorted(changes.authors_gone), sorted(changes.essays)
    sql = f"SELECT 1 FROM essay_authors WHERE author IN ({','.join('?' * len(gone))}) AND essay NOT IN ({','.join('?' * len(essays))}) LIMIT 1"
    return db.execute(sql, (*gone, *essays)).fetchone() is not None


def update(db: sqlite3.Connection, root: Path, changes: Changes, stamps: bytes) -> None:
    """Re-read the changed essays (and the authors, if theirs changed) and swap their rows, all in one transaction (a reader sees before or after)."""
    from korea_cli.corpus import reread

    known = None if changes.authors else {author_id for (author_id,) in db.execute("SELECT id FROM authors")}  # no author file changed
    corpus, found = reread(root, changes.essays, known)
    db.execute("BEGIN IMMEDIATE")
    try:
        writer = _Writer(db, corpus.codebook, corpus.authors)
        if changes.authors:
            db.execute("DELETE FROM authors")
            writer.write_authors()
        for entry in found:
            old_key, old_slots = writer.delete_essay(entry.id)
            if entry.essay is not None:
                key = old_key if old_key is not None else _key_between(db, entry.id)
                writer.write_essay(key, entry.essay, (list(entry.positions), list(entry.preconditions)), slots=old_slots)
        writer.flush()
        writer.write_author_records(writer.named)
        _set_meta(db, stamps)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _key_between(db: sqlite3.Connection, essay_id: str) -> int:
    """A key for a new essay that sorts it among the others by id; renumbering is a rebuild's job."""
    before = db.execute("SELECT max(key) FROM essays WHERE id < ?", (essay_id,)).fetchone()[0] or 0
    after = db.execute("SELECT min(key) FROM essays WHERE id > ?", (essay_id,)).fetchone()[0]
    if after is None:
        return before + KEY_GAP
    if after - before < 2:
        raise NoRoom  # after 20 halvings of one gap: rare, and a rebuild spaces the keys out again
    return (before + after) // 2


class NoRoom(Exception):
    """No key is left between two essays' keys for one added between them."""


def _rowid(key: int, n: int) -> int:
    if n >= 1 << PASSAGE_BITS:
        raise CorpusError(f"essay has {n:,} passages or annotations; at most {(1 << PASSAGE_BITS) - 1:,} can be indexed")
    return (key << PASSAGE_BITS) | n


class _Writer:
    """Rows for the codebook, the authors and each essay, with their search words."""

    def __init__(self, db: sqlite3.Connection, codebook: Codebook, authors: Mapping[str, Author]) -> None:
        self.db = db
        self.codebook = codebook
        self.authors = authors
        self.topic_finders = _finders(codebook)
        self.tokens: dict[str, str] = {word: f"w{i}" for word, i in db.execute("SELECT word, id FROM vocab")}
        self.next_word: int = db.execute("SELECT coalesce(max(id), 0) + 1 FROM vocab").fetchone()[0]
        """The vocabulary's next id (ids are 1 up, and never freed); the new words wait in `new_words` for `flush`."""
        self.new_words: list[tuple[int, str, int]] = []
        self.next_slot: int = _meta_value(db, "next_slot", 0)
        self.last_rowid: int = _meta_value(db, "last_rowid", -1)
        """The rowid at the highest slot given: a new slot keeps `slots_in_order` only for a rowid past it."""
        self.in_order: int = _meta_value(db, "slots_in_order", 1)
        self.segment_bits: int = _meta_value(db, "segment_bits", bitmaps.SEGMENT_BITS)
        """As the index was built with: a reader reads it from the meta table too."""
        self.setting: dict[int, defaultdict[str, list[int]]] = {}
        self.clearing: dict[int, defaultdict[str, list[int]]] = {}
        """segment -> word token ('w12') -> the slots within the segment to set, or to clear, at the next `flush`."""
        self.placing: dict[int, dict[int, int]] = {}
        """segment -> {slot within it: rowid (0: freed)} for `slot_rowids`, at the next `flush`."""
        self.building = False
        """A whole build: slots only grow, so a segment is complete, and written once, when a later one starts."""
        self.named: set[str] = set()
        """The authors that the essays deleted or written named: whose `author_records` an update rewrites."""

    def write_codebook_and_authors(self) -> None:
        self.db.execute("INSERT INTO meta (key, value) VALUES ('codebook', ?)", (json.dumps(_codebook_lists(self.codebook)),))
        self.write_authors()

    def write_authors(self) -> None:
        """The authors' names; their affiliations come with the essays that state them."""
        self.db.executemany("INSERT INTO authors (id, name, aliases) VALUES (?, ?, ?)", [(a.id, a.name, json.dumps(a.aliases)) for a in self.authors.values()])

    def delete_essay(self, essay_id: str) -> tuple[int | None, list[int]]:
        """Remove an essay's rows; its key and its passages' slots, to reuse (None and none if it was not indexed)."""
        row = self.db.execute("SELECT key FROM essays WHERE id = ?", (essay_id,)).fetchone()
        if row is None:
            return None, []
        key = row[0]
        low, high = key << PASSAGE_BITS, (key + 1) << PASSAGE_BITS
        self.named.update(
            author
            for (author,) in self.db.execute(
                "SELECT author FROM essay_authors WHERE essay_key = ? UNION SELECT author FROM positions WHERE rowid >= ? AND rowid < ?"
                " UNION SELECT author FROM affiliations WHERE rowid >= ? AND rowid < ?",
                (key, low, high, low, high),
            )
        )
        slots = []
        for rowid, role, words, slot in self.db.execute(
            "SELECT rowid, role, words, slot FROM passages WHERE rowid >= ? AND rowid < ? ORDER BY rowid", (low, high)
        ).fetchall():
            self.db.execute("INSERT INTO postings (postings, rowid, words, kind) VALUES ('delete', ?, ?, ?)", (rowid, words, _kind(role)))
            self._mark(self.clearing, slot, set(words.split()), role == "body")
            self._place(slot, 0)
            slots.append(slot)
        for table in ("passages", "positions", "preconditions", "affiliations"):
            self.db.execute(f"DELETE FROM {table} WHERE rowid >= ? AND rowid < ?", (low, high))  # table names are ours, not input
        self.db.execute("DELETE FROM passage_topics WHERE passage >= ? AND passage < ?", (low, high))
        self.db.execute("DELETE FROM essay_authors WHERE essay_key = ?", (key,))
        self.db.execute("DELETE FROM essays WHERE key = ?", (key,))
        return key, slots

    def write_essay(
        self, key: int, essay: Essay, annotations: tuple[list[Position], list[Precondition]], read: Read | None = None, slots: list[int] | None = None
    ) -> None:
        """An essay's rows; `read`, its passages' words and topics when another process has read them (else read here);
        `slots`, the slots its passages had, which it keeps when it has no more passages than before."""
        positions, preconditions = annotations
        if not self.building:
            self.named.update([*essay.authors, *(p.author for p in positions), *(a.author for a in essay.affiliations)])
        read = read if read is not None else _words_and_topics(essay, self.topic_finders)
        facts = {
            name: {"value": f.value, "basis": f.basis, "reason": f.reason, "evidence": f.evidence}
            for name, f in (("title", essay.title), ("publisher", essay.publisher), ("date", essay.date), ("url", essay.url))
        }
        body = sum(p.role == "body" for p in essay.passages)
        self.db.execute(
            "INSERT INTO essays (key, id, facts, passages, body_passages, status) VALUES (?, ?, ?, ?, ?, ?)",
            (key, essay.id, json.dumps(facts), len(essay.passages), body, essay.review),
        )
        self.db.executemany(
            "INSERT INTO essay_authors (essay_key, seq, essay, author) VALUES (?, ?, ?, ?)", [(key, i, essay.id, a) for i, a in enumerate(essay.authors)]
        )
        rowid_of = {p.id: _rowid(key, p.n) for p in essay.passages}
        cited: dict[str, set[str]] = {}
        for note in (*(p for p in positions if not p.suggested), *(p for p in preconditions if not p.suggested)):
            if note.topic is not None:
                cited.setdefault(note.passage, set()).add(note.topic)
        passage_rows, posting_rows, topic_rows = [], [], []
        tokens, token = self.tokens, self.token
        slots = slots if slots and len(slots) >= len(essay.passages) else self.new_slots(rowid_of.values())
        for p, (search_words, named), slot in zip(essay.passages, read, slots, strict=False):
            rowid = rowid_of[p.id]
            said = search_words.split()
            ids = list(map(tokens.get, said))  # the vocabulary's ids, looked up in C; a new word gets one
            if None in ids:
                ids = [found or token(word) for found, word in zip(ids, said, strict=True)]
            words = " ".join(ids)
            suggested, coauthors = json.dumps(p.suggested_topics) if p.suggested_topics else "[]", json.dumps(p.coauthors) if p.coauthors else "[]"
            passage_rows.append((rowid, p.essay, p.n, p.role, p.author, p.text, suggested, words, coauthors, slot))
            self._mark(self.setting, slot, set(ids), p.role == "body")
            self._place(slot, rowid)
            posting_rows.append((rowid, words, _kind(p.role)))
            if p.role == "body":  # the topics an annotation on it cites, or its words name, in codebook order
                here = cited.get(p.id, set())
                topic_rows += [(topic, rowid) for topic in self.topic_finders.names if topic in here or topic in named]
        self.db.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", passage_rows)
        self.db.executemany("INSERT INTO postings (rowid, words, kind) VALUES (?, ?, ?)", posting_rows)
        self.db.executemany("INSERT INTO passage_topics (topic, passage) VALUES (?, ?)", topic_rows)
        self.db.executemany(
            "INSERT INTO affiliations (rowid, author, text, passage) VALUES (?, ?, ?, ?)",
            [(_rowid(key, i), a.author, a.text, a.passage) for i, a in enumerate(essay.affiliations)],
        )
        self.db.executemany(
            "INSERT INTO positions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (_rowid(key, i), p.essay, p.author, p.topic, p.stance, p.summary, p.quote, p.passage, int(p.suggested), p.series, p.ordinal)
                for i, p in enumerate(positions)
            ],
        )
        self.db.executemany(
            "INSERT INTO preconditions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (_rowid(key, i), p.essay, p.author, p.goal, p.condition, p.topic, p.held_by, p.quote, p.passage, int(p.suggested), p.series, p.ordinal)
                for i, p in enumerate(preconditions)
            ],
        )

    def write_author_records(self, authors: Iterable[str] | None = None) -> None:
        """`author_records` for every author (a build) or for `authors` (an update), from the essays' rows as they stand now."""
        only, wanted = ("", ()) if authors is None else (" author IN (SELECT value FROM json_each(?))", (json.dumps(sorted(authors)),))
        where, also = (f" WHERE{only}", f" AND{only}") if only else ("", "")
        first: dict[str, int] = {}
        essays: defaultdict[str, list[str]] = defaultdict(list)
        for author, essay, order in self.db.execute(f"SELECT author, essay, (essay_key << 12) + seq FROM essay_authors{where} ORDER BY essay_key, seq", wanted):
            first.setdefault(author, order)
            essays[author].append(essay)
        argued: defaultdict[str, set[str]] = defaultdict(set)
        for author, topic in self.db.execute(f"SELECT DISTINCT author, topic FROM positions WHERE NOT suggested{also}", wanted):
            argued[author].add(topic)
        affiliations: defaultdict[str, list[dict[str, str]]] = defaultdict(list)
        for author, text, passage in self.db.execute(f"SELECT author, text, passage FROM affiliations{where} ORDER BY rowid", wanted):
            affiliations[author].append({"text": text, "passage": passage})
        order = list(self.codebook.topics)
        if authors is not None:
            self.db.execute("DELETE FROM author_records WHERE id IN (SELECT value FROM json_each(?))", wanted)
        self.db.executemany(
            "INSERT INTO author_records (id, first, essays, topics, affiliations) VALUES (?, ?, ?, ?, ?)",
            [
                (
                    author,
                    first.get(author, 1 << 62),
                    json.dumps(essays[author]),
                    json.dumps([topic for topic in order if topic in argued[author]]),
                    json.dumps(affiliations[author]),
                )
                for author in first.keys() | argued.keys() | affiliations.keys()
            ],
        )

    def new_slots(self, rowids: Iterable[int]) -> list[int]:
        """Slots at the end for passages with these rowids; past the highest slot's rowid, the slots stay in corpus order."""
        rowids = sorted(rowids)
        if rowids and rowids[0] < self.last_rowid:
            self.in_order = 0  # an essay added between others, or grown: its slots at the end, out of corpus order
        start, self.next_slot = self.next_slot, self.next_slot + len(rowids)
        if rowids:
            self.last_rowid = max(self.last_rowid, rowids[-1])
        return list(range(start, self.next_slot))

    def _split(self, slot: int) -> tuple[int, int]:
        """A slot's segment, and its place within it."""
        return slot >> self.segment_bits, slot & ((1 << self.segment_bits) - 1)

    def _place(self, slot: int, rowid: int) -> None:
        """Note the rowid at a slot (0: freed) for `slot_rowids`, at the next `flush`."""
        segment, at = self._split(slot)
        self.placing.setdefault(segment, {})[at] = rowid

    def _mark(self, marks: dict[int, defaultdict[str, list[int]]], slot: int, tokens: set[str], body: bool) -> None:
        """Note a passage's slot under each of its word tokens (its body bit too) to set or clear. A build's slots only grow: once
        one is in a later segment, the segments before it are complete and written, so a build holds one segment's marks."""
        segment, at = self._split(slot)
        if segment not in marks:
            if marks is self.setting and not self.clearing and self.setting and max(self.setting) < segment:
                self.flush()
                marks = self.setting
            marks[segment] = defaultdict(list)
        bucket = marks[segment]
        if body:
            tokens.add(_BODY_TOKEN)
        for token in tokens:
            bucket[token].append(at)

    def flush(self) -> None:
        """Write the bits and slots noted since the last flush, each segment of a word read, changed and written back once."""
        self.db.executemany("INSERT INTO vocab (id, word, length) VALUES (?, ?, ?)", self.new_words)
        self.new_words = []
        read = "SELECT bits FROM bitmaps WHERE word = ? AND segment = ?"
        writes, deletes = [], []
        for segment in self.setting.keys() | self.clearing.keys():
            setting, clearing = self.setting.get(segment, {}), self.clearing.get(segment, {})
            for token in setting.keys() | clearing.keys():
                key = (int(token[1:]), segment)
                if self.building:  # each segment written once, in full: nothing to read back
                    writes.append((*key, bitmaps.pack_members(setting[token])))
                    continue
                row = self.db.execute(read, key).fetchone()
                bits = bitmaps.unpack(row[0]) if row else 0
                bits = (bits & ~bitmaps.of(clearing.get(token, ()))) | bitmaps.of(setting.get(token, ()))  # cleared, then set: a slot kept
                if bits:
                    writes.append((*key, bitmaps.pack(bits)))
                elif row:
                    deletes.append(key)  # a word no passage of the segment holds any more
        writes.sort()  # in the table's key order: each insert lands next to the one before
        self.db.executemany("INSERT OR REPLACE INTO bitmaps (word, segment, bits) VALUES (?, ?, ?)", writes)
        self.db.executemany("DELETE FROM bitmaps WHERE word = ? AND segment = ?", deletes)
        for segment, placed in self.placing.items():
            row = self.db.execute("SELECT rowids FROM slot_rowids WHERE segment = ?", (segment,)).fetchone()
            rowids = array("q", row[0] if row else bytes(8 << self.segment_bits))
            for at, rowid in placed.items():
                rowids[at] = rowid
            self.db.execute("INSERT OR REPLACE INTO slot_rowids (segment, rowids) VALUES (?, ?)", (segment, rowids.tobytes()))
        self.setting, self.clearing, self.placing = {}, {}, {}
        self.db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("next_slot", self.next_slot), ("last_rowid", self.last_rowid), ("slots_in_order", self.in_order), ("segment_bits", self.segment_bits)],
        )

    def token(self, word: str) -> str:
        """The postings token of a word ('w' and its vocabulary id), added to the vocabulary if new."""
        found = self.tokens.get(word)
        if found is None:
            found = self.tokens[word] = f"w{self.next_word}"
            self.new_words.append((self.next_word, word, len(word)))
            self.next_word += 1
        return found


def _meta_value(db: sqlite3.Connection, key: str, default: int) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row else default


def _kind(role: str) -> str:
    """What the postings' `kind` column holds: plain search looks at body text only."""
    return "body" if role == "body" else "other"


def _codebook_lists(codebook: Codebook) -> dict[str, list[Any]]:
    return {
        "topics": [{"id": t.id, "label": t.label, "aliases": list(t.aliases), "description": t.description} for t in codebook.topics.values()],
        **{
            kind: [{"id": t.id, "description": t.description, "label": t.label} for t in getattr(codebook, kind).values()]
            for kind in ("stances", "goals", "holders")
        },
        "glossary": [list(forms) for forms in codebook.glossary],
    }
