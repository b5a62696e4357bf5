"""Search answered from the index: the vocabulary, postings and texts `search` reads (`IndexSource`, a `search.Source`), and
the rowid range of one essay.

Kept apart from index.py, which says where the index lives, whether it is fresh, and builds and updates it: this module only
reads what that wrote.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from korea_cli.index_build import PASSAGE_BITS

if TYPE_CHECKING:
    from korea_cli.index import Index


class IndexSource:
    """What search reads from the index: the vocabulary, postings and texts of the passages searched.

    Body passages only unless `all_roles`; `pool` (rowids) and `rowids` (a
    range: one essay) narrow them further.
    """

    def __init__(self, index: Index, all_roles: bool, pool: set[int] | None = None, rowids: tuple[int, int] | None = None) -> None:
        self.db = index.db
        self.pool = pool
        self.filter = "" if all_roles else " AND kind : body"
        self.range = rowids
        self.ids: dict[str, int | None] = {}

    def _id(self, word: str) -> int | None:
        if word not in self.ids:
            row = self.db.execute("SELECT id FROM vocab WHERE word = ?", (word,)).fetchone()
            self.ids[word] = row[0] if row else None
        return self.ids[word]

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

    def _match(self, expression: str) -> set[int]:
        sql = "SELECT rowid FROM postings WHERE postings MATCH ?"
        parameters: tuple[Any, ...] = (f"words : {expression}{self.filter}",)
        if self.range is not None:
            sql += " AND rowid >= ? AND rowid < ?"
            parameters += self.range
        found = {rowid for (rowid,) in self.db.execute(sql, parameters)}
        return found & self.pool if self.pool is not None else found

    def postings(self, word: str) -> set[int]:
        word_id = self._id(word)
        return self._match(f"w{word_id}") if word_id is not None else set()

    def phrase(self, words: tuple[str, ...]) -> set[int]:
        ids = [self._id(word) for word in words]
        if not ids or None in ids:
            return set()
        return self._match('"' + " ".join(f"w{i}" for i in ids) + '"')

    def passage(self, order: int) -> tuple[str, str]:
        essay, n, text = self.db.execute("SELECT essay, n, text FROM passages WHERE rowid = ?", (order,)).fetchone()
        return f"{essay}:{n}", text


def essay_rowids(index: Index, essay_id: str) -> tuple[int, int]:
    """The rowid range of an essay's passages and annotations."""
    key = index.rows("SELECT key FROM essays WHERE id = ?", (essay_id,))[0][0]
    return key << PASSAGE_BITS, (key + 1) << PASSAGE_BITS
