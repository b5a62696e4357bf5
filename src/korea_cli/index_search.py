"""Search answered from the index: the vocabulary, postings and texts `search` reads (`IndexSource`, a `search.Source`), and
the bitmaps a search is narrowed to (one essay's passages, those an SQL query selects).

Kept apart from index.py, which says where the index lives, whether it is fresh, and builds and updates it: this module only
reads what that wrote.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from korea_cli import bitmaps
from korea_cli.index_build import BODY, PASSAGE_BITS

if TYPE_CHECKING:
    from korea_cli.index import Index

_READ_AHEAD = 256
"""Passages whose words one query reads, once ranking has gone past the first few of a group."""


class IndexSource:
    """What search reads from the index: the vocabulary, postings and texts of the passages searched.

    A passage is known by its slot (`index_build`: its bit in the postings' bitmaps). Body passages only unless `all_roles`;
    `pool` (a bitmap of slots) narrows them further.
    """

    def __init__(self, index: Index, all_roles: bool, pool: int | None = None) -> None:
        self.db = index.db
        self.ids: dict[str, int | None] = {}
        self.segment_bits = int(index.meta("segment_bits") or bitmaps.SEGMENT_BITS)
        self.in_order = bool(int(index.meta("slots_in_order") or 0))
        self.rowids: dict[int, array[int]] = {}
        """segment -> the rowid at each of its slots, as read."""
        self.table: array[int] | None = None
        self.read_ahead: dict[int, str] = {}
        """slot -> its words, read with a batch (`ordered`) and taken by `words`."""
        self.within = -1 if pool is None else pool  # -1: every bit set, every passage
        if not all_roles:
            self.within &= self._bitmap(BODY)

    def _id(self, word: str) -> int | None:
        if word not in self.ids:
            row = self.db.execute("SELECT id FROM vocab WHERE word = ?", (word,)).fetchone()
            self.ids[word] = row[0] if row else None
        return self.ids[word]

    def _bitmap(self, word_id: int) -> int:
        """A word's bitmap, its segments put together."""
        bits = 0
        for segment, blob in self.db.execute("SELECT segment, bits FROM bitmaps WHERE word = ?", (word_id,)):
            bits |= bitmaps.unpack(blob) << (segment << self.segment_bits)
        return bits

    def terms(self, word: str, budget: int, prefix: bool) -> Iterable[str]:
        found = [word]
        if budget == 1:
            # A typo in the first letter counts twice (`search.expand`), so with one typo to spend the first letter is the
            # word's: read the words that start with it (the vocabulary's own index), a twentieth of those of the right length.
            sql = "SELECT word FROM vocab WHERE word >= ? AND word < ? AND length BETWEEN ? AND ?"
            found += [w for (w,) in self.db.execute(sql, (word[0], word[0] + "\U0010ffff", len(word) - 1, len(word) + 1))]
        elif budget:
            found += [w for (w,) in self.db.execute("SELECT word FROM vocab WHERE length BETWEEN ? AND ?", (len(word) - budget, len(word) + budget))]
        if prefix:
            found += [w for (w,) in self.db.execute("SELECT word FROM vocab WHERE word >= ? AND word < ?", (word, word + "\U0010ffff"))]
        return dict.fromkeys(found)

    def postings(self, word: str) -> int:
        word_id = self._id(word)
        return self._bitmap(word_id) & self.within if word_id is not None else 0

    def phrase(self, words: tuple[str, ...]) -> int:
        ids = [self._id(word) for word in words]
        if not ids or None in ids:
            return 0
        return self._matching('"' + " ".join(f"w{i}" for i in ids) + '"')

    def near(self, pairs: Sequence[tuple[Sequence[str], Sequence[str]]], within: int) -> int:
        every = []
        for left, right in pairs:
            ids = [(a, b) for a in map(self._id, left) for b in map(self._id, right) if a is not None and b is not None]
            if not ids:
                return 0  # a side no passage holds
            every.append("(" + " OR ".join(f"NEAR(w{a} w{b}, {within})" for a, b in ids) + ")")
        return self._matching(" AND ".join(every)) if every else 0

    def _matching(self, expression: str) -> int:
        """The passages whose words match an FTS5 expression over the index's word tokens ('w12')."""
        sql = "SELECT p.slot FROM postings JOIN passages p ON p.rowid = postings.rowid WHERE postings MATCH ?"
        return bitmaps.of(slot for (slot,) in self.db.execute(sql, (f"words : {expression}",))) & self.within

    def key(self, word: str) -> str | None:
        """A word's token in the index ('w12', its vocabulary id): how `words` gives it."""
        word_id = self._id(word)
        return None if word_id is None else f"w{word_id}"

    def words(self, member: int) -> list[str]:
        """A passage's search words in order, as the index keeps them ('w12 w7 …'): read ahead by `ordered`, else here."""
        words = self.read_ahead.pop(member, None)
        if words is None:
            (words,) = self.db.execute("SELECT words FROM passages WHERE slot = ?", (member,)).fetchone()
        return words.split()

    def passage(self, member: int) -> tuple[str, str]:
        essay, n, text = self.db.execute("SELECT essay, n, text FROM passages WHERE slot = ?", (member,)).fetchone()
        return f"{essay}:{n}", text

    def order(self, member: int) -> int:
        """The passage's rowid: corpus order."""
        return self._segment_rowids(member >> self.segment_bits)[member & ((1 << self.segment_bits) - 1)]

    def _segment_rowids(self, segment: int) -> array[int]:
        """The rowid at each slot of a segment, as read (zeros for a segment no slot has used)."""
        if segment not in self.rowids:
            row = self.db.execute("SELECT rowids FROM slot_rowids WHERE segment = ?", (segment,)).fetchone()
            self.rowids[segment] = array("q", row[0] if row else bytes(8 << self.segment_bits))
        return self.rowids[segment]

    def _rowid_table(self) -> array[int]:
        """Every slot's rowid in one array, for sorting a group by corpus order in C (read once a search, when slots are out of order)."""
        if self.table is None:
            (top,) = self.db.execute("SELECT max(segment) FROM slot_rowids").fetchone()
            self.table = array("q")
            for segment in range(top + 1 if top is not None else 0):
                self.table.extend(self._segment_rowids(segment))
        return self.table

    def ordered(self, bits: int) -> Iterator[int]:
        """Lowest slot first while slots are in corpus order (a build gives them so); else all of them, sorted by rowid. Past
        the first few, each passage's words are read ahead a batch at a time: one query, not one a passage."""
        members = iter(bitmaps.lowest(bits) if self.in_order else sorted(bitmaps.members(bits), key=self._rowid_table().__getitem__))
        for size in itertools.chain((1,) * 8, (16, 32, 64, 128), itertools.repeat(_READ_AHEAD)):
            batch = list(itertools.islice(members, size))
            if not batch:
                return
            if size > 1:
                marks = ",".join("?" * len(batch))
                self.read_ahead.update(self.db.execute(f"SELECT slot, words FROM passages WHERE slot IN ({marks})", batch))
            yield from batch


def essay_slots(index: Index, essay_id: str) -> int:
    """The bitmap of an essay's passages."""
    return slots(index, "SELECT slot FROM passages WHERE rowid >= ? AND rowid < ?", essay_rowids(index, essay_id))


def slots(index: Index, sql: str, parameters: tuple[Any, ...] = ()) -> int:
    """The bitmap of the passages whose slots `sql` selects."""
    return bitmaps.of(slot for (slot,) in index.rows(sql, parameters))


def essay_rowids(index: Index, essay_id: str) -> tuple[int, int]:
    """The rowid range of an essay's passages and annotations."""
    key = index.rows("SELECT key FROM essays WHERE id = ?", (essay_id,))[0][0]
    return key << PASSAGE_BITS, (key + 1) << PASSAGE_BITS
