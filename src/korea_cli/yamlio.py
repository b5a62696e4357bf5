"""Safe YAML loading that remembers where each value came from.

Only plain data is built (no Python objects), duplicate keys are an error,
and every mapping knows the line of each of its keys, so that validation
can point a curator at `file:line`. Whatever the file holds (a bad value,
deep nesting, nothing at all) or is (a FIFO, a device), the loader answers
with a CorpusError naming the file, never a traceback or a hang.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import stat
from pathlib import Path
from typing import Any

from korea_cli.errors import CorpusError


class YamlMap(dict):
    """A mapping from a YAML file, with the line of itself and of each key."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        """The line of `key` if present, else of the mapping itself."""
        return self.key_lines.get(key, self.line)


class YamlList(list):
    """A sequence from a YAML file, with the line of each item."""

    line: int = 0
    item_lines: list[int]


MAX_FILE_BYTES = 8 * 1024 * 1024
"""A corpus YAML file is kilobytes; one of megabytes is a mistake or an attack, refused before it is read."""
MAX_DEPTH = 64
"""A corpus nests a few levels; far deeper is an attack that would exhaust Python's recursion, refused first."""
MAX_NUMBER_CHARS = 100
"""No corpus value is a long number; a longer one would hit Python's int limits (4,300 digits) or build a huge int."""

_FILE_KINDS = {
    stat.S_IFDIR: "a directory",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def read_regular_file(path: Path, display: str, limit: int = MAX_FILE_BYTES, what: str = "a corpus file") -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them; anything else is a CorpusError naming `display`.

    The file is checked before it is opened and opened without blocking, so a
    FIFO cannot hang the program and /dev/zero cannot fill memory; a file that
    grows while it is read stops at `limit`. `what` ends the messages ("… a
    corpus file must be a plain file"). A missing file raises FileNotFoundError,
    since each caller has its own fix for that.
    """
    try:
        _check_file(os.stat(path), display, limit, what)
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            _check_file(os.fstat(handle), display, limit, what)  # replaced between the two looks
            chunks: list[bytes] = []
            total = 0
            while total <= limit:
                chunk = os.read(handle, min(2**20, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        finally:
            os.close(handle)
    except FileNotFoundError:
        if os.path.islink(path):  # the name is there, so "missing" would mislead
            raise CorpusError("is a link to a file that does not exist; fix or remove the link", display) from None
        raise
    except OSError as error:
        fix = "; give a shorter path" if error.errno == errno.ENAMETOOLONG else ""
        raise CorpusError(f"cannot read: {error.strerror or error}{fix}", display) from None
    if total > limit:
        raise CorpusError(f"file grew past {_size(limit)} while it was read; {what} may be {_size(limit)} at most", display)
    return b"".join(chunks)


def _check_file(info: os.stat_result, display: str, limit: int, what: str) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = _FILE_KINDS.get(stat.S_IFMT(info.st_mode), "a special file")
        raise CorpusError(f"is not a regular file ({kind}); {what} must be a plain file", display)
    if info.st_size > limit:
        size = _size(info.st_size)
        if size == _size(limit):
            size = f"more than {size}"
        raise CorpusError(f"file is {size}; {what} may be {_size(limit)} at most", display)


def _size(count: int) -> str:
    for unit, scale in (("MiB", 2**20), ("KiB", 2**10)):
        if count >= scale:
            return f"{count / scale:,.1f}".removesuffix(".0") + f" {unit}"
    return f"{count:,} bytes"


@functools.cache
def _line_loader(pure: bool = False) -> type:
    """PyYAML's safe loader, taught to keep lines and refuse duplicates, aliases, deep nesting and bad values.

    Built on first use, so that commands which parse no YAML (`--version`,
    `--help`, completion) never import PyYAML. `pure` picks the Python loader
    even where the C one is installed, so tests can hold both to the same rules.
    """
    import yaml

    base = yaml.SafeLoader if pure else getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[misc, valid-type]
        display = "<yaml>"
        depth = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            # The Python composer recurses once per level: count them, so a deep document stops here
            # and not at Python's recursion limit. (The C composer does not call this; see construct_object.)
            if not self.check_event(yaml.SequenceStartEvent, yaml.MappingStartEvent):
                return super().compose_node(parent, index)
            self.depth += 1
            try:
                if self.depth > MAX_DEPTH:
                    raise _too_deep(self.display, self.peek_event().start_mark.line + 1)
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            # Called from the composer for every node. A plain scalar whose first character starts none of YAML's implicit
            # types (numbers, booleans, null, dates …) is text, as the resolver would say after its lookups; and a corpus
            # uses no path resolvers, so a mapping or list is one. The rest goes through the resolver.
            if kind is yaml.ScalarNode and implicit[0] and value and value[0] not in self.yaml_implicit_resolvers:
                return self.DEFAULT_SCALAR_TAG
            if kind is yaml.MappingNode and not self.yaml_path_resolvers:
                return self.DEFAULT_MAPPING_TAG
            if kind is yaml.SequenceNode and not self.yaml_path_resolvers:
                return self.DEFAULT_SEQUENCE_TAG
            return super().resolve(kind, value, implicit)

        def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
            # A node met twice is an alias (*name). A corpus never needs them, and refusing them
            # stops an alias bomb ("billion laughs") before it can grow.
            if node in self.constructed_objects or node in self.recursive_objects:
                raise CorpusError(
                    "YAML anchors and aliases (&name, *name) are not allowed in a corpus; write the value out", self.display, node.start_mark.line + 1
                )
            if isinstance(node, yaml.ScalarNode):
                try:
                    return super().construct_object(node, deep)
                except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as error:
                    # PyYAML's constructors fail this way on values their tag cannot hold (`!!int abc`, 2018-02-30).
                    raise _bad_value(self, node, error) from None
            # Building a list or mapping recurses once per level. The C composer (libyaml) allows
            # 1,000 levels, which would exhaust Python's recursion here: count them and stop first.
            self.depth += 1
            try:
                if self.depth > MAX_DEPTH:
                    raise _too_deep(self.display, node.start_mark.line + 1)
                return super().construct_object(node, deep)
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as error:
                raise _bad_value(self, node, error) from None
            finally:
                self.depth -= 1

    LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
    LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_list)
    LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
    return LineLoader


def _too_deep(display: str, line: int | None) -> CorpusError:
    return CorpusError(f"nested more than {MAX_DEPTH} levels deep; a corpus file needs a few, so check its brackets and indentation", display, line)


def _bad_value(loader: Any, node: Any, error: Exception) -> CorpusError:
    """A value its tag cannot hold, said in the curator's terms with the fix."""
    import yaml

    line = node.start_mark.line + 1
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    if not isinstance(node, yaml.ScalarNode):
        return CorpusError(f"a {tag} value cannot be built from this {_node_kind(node)}; remove the tag", loader.display, line)
    kind = {"!!int": "an integer", "!!float": "a number", "!!bool": "true or false", "!!timestamp": "a date", "!!null": "null"}.get(tag, f"a {tag} value")
    reason = f" ({error})" if tag == "!!timestamp" and isinstance(error, ValueError) and "out of range" in str(error) else ""
    return CorpusError(f"{_shown(node.value)} is not {kind}{reason}; correct it, or {_as_text(loader, node)}", loader.display, line)


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:30] + "…")


def _as_text(loader: Any, node: Any) -> str:
    """How to keep a value as text: quote a plain one the resolver read as a number or date; drop an explicit tag."""
    import yaml

    implicit = not node.style and loader.resolve(yaml.ScalarNode, node.value, (True, False)) == node.tag
    return "quote it to keep it as text" if implicit else f"remove the {node.tag.replace('tag:yaml.org,2002:', '!!')} tag to keep it as text"


def _node_kind(node: Any) -> str:
    import yaml

    return {yaml.MappingNode: "mapping", yaml.SequenceNode: "list"}.get(type(node), "single value")


class _Unusual(Exception):
    """A document `_plain_data` leaves to PyYAML's constructors: anything but plain mappings, lists, text, integers,
    true/false and null."""


_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")  # "010" is octal to YAML 1.1: left to PyYAML
_STR, _INT, _BOOL, _NULL, _MAP, _SEQ = (f"tag:yaml.org,2002:{kind}" for kind in ("str", "int", "bool", "null", "map", "seq"))


def _plain_data(root: Any, display: str) -> Any:
    """The data of a composed document the way the line loader builds it (`YamlMap`, `YamlList`, their lines), without
    PyYAML's constructors: a corpus file is plain data, and building it here costs a fraction of their generic way.

    Raises `_Unusual` for anything else, which the loader then builds with every check (aliases, deep nesting, tags); a
    duplicate key is the same CorpusError either way.
    """
    import yaml

    seen: set[int] = set()

    def build(node: Any, depth: int) -> Any:
        if id(node) in seen or depth > MAX_DEPTH:
            raise _Unusual  # an alias (the same node twice), or nesting the loader refuses with its own message
        seen.add(id(node))
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            return _scalar(tag, node.value)
        if isinstance(node, yaml.SequenceNode) and tag == _SEQ:
            items = YamlList(build(child, depth + 1) for child in node.value)
            items.line = node.start_mark.line + 1
            items.item_lines = [child.start_mark.line + 1 for child in node.value]
            return items
        if isinstance(node, yaml.MappingNode) and tag == _MAP:
            mapping = YamlMap()
            mapping.line = node.start_mark.line + 1
            mapping.key_lines = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in (_STR, _INT):
                    raise _Unusual  # a merge key ('<<'), or a key that is no plain value
                key = build(key_node, depth + 1)
                line = key_node.start_mark.line + 1
                if key in mapping:
                    first = mapping.key_lines[key]
                    shown = repr(key) if len(repr(key)) <= 60 else repr(key)[:50] + "…"
                    raise CorpusError(f"duplicate key {shown} (first at line {first})", display, line)
                mapping[key] = build(value_node, depth + 1)
                mapping.key_lines[key] = line
            return mapping
        raise _Unusual

    return build(root, 0)


_DASH = re.compile(r"-(?: +|\Z)")
_KEY = re.compile(r"([A-Za-z_][\w-]*):(?: +|\Z)")
"""A list item's dash and a key, as `_written_data` reads a line."""
_NOT_WRITTEN = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]|^(?:---|\\.\\.\\.|%)", re.MULTILINE)
"""What `_written_data` leaves to libyaml: a character the reader refuses or reads as a line break (\\r, NEL, U+2028),
a tab, a byte-order mark, a document marker or a directive."""
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE = re.compile(r'"([^"\\]*)"')


def _written_data(source: str, resolvers: dict[Any, Any]) -> Any:
    """The data of a document in the form `korea` writes it (block mappings and lists, each key or item one line, its value
    plain or quoted on that line), read line by line: what `_plain_data` builds from libyaml's nodes, lines and all, in a
    fraction of the time, since a corpus of thousands of essays is read in full on every cold build.

    Raises `_Unusual` for anything else (a folded or multi-line value, a flow collection that is not empty, an anchor, a
    tag, a comment after a value, a duplicate key, a value that resolves to other than text, integer, true/false or null),
    which libyaml then reads with every check; `resolvers` are PyYAML's implicit resolvers, by first character.
    """
    if _NOT_WRITTEN.search(source):
        raise _Unusual
    rows: list[tuple[int, str | None, str | None, int]] = []
    """(indent, key or None, value text or None for a list item's dash, line): an item with content on its line is two rows."""
    for number, line in enumerate(source.split("\n"), 1):
        content = line.lstrip(" ")
        if not content or content[0] == "#":
            continue
        column = len(line) - len(content)
        while dash := _DASH.match(line, column):  # '- ', or '- - ' for a list in a list
            rows.append((column, None, None, number))
            column = dash.end()
        if column == len(line):
            raise _Unusual  # an item alone on its line ('-', then the value below)
        key = _KEY.match(line, column)
        rows.append((column, key.group(1), line[key.end() :], number) if key else (column, None, line[column:], number))

    def scalar(text: str, number: int) -> Any:
        if not text:
            return None
        if text[0] == "'":
            quoted = _SINGLE.fullmatch(text)
            if quoted is None:
                raise _Unusual
            return quoted.group(1).replace("''", "'")
        if text[0] == '"':
            quoted = _DOUBLE.fullmatch(text)
            if quoted is None:
                raise _Unusual
            return quoted.group(1)
        if text == "[]":
            return _empty(YamlList(), number)
        if text == "{}":
            return _empty(YamlMap(), number)
        if text[0] in _PLAIN_START or text[-1] in " :" or ": " in text or " #" in text:
            raise _Unusual
        return text if text[0] not in resolvers else _plain_value(text, resolvers)

    def node(at: int, depth: int) -> tuple[Any, int]:
        """The node whose first row is `rows[at]`, and the index of the row after it."""
        if depth > MAX_DEPTH:
            raise _Unusual
        indent, key, text, number = rows[at]
        if text is None:
            return sequence(at, indent, depth)
        if key is not None:
            return mapping(at, indent, depth)
        return scalar(text, number), at + 1

    def mapping(at: int, indent: int, depth: int) -> tuple[YamlMap, int]:
        result = _empty(YamlMap(), rows[at][3])
        while rows[at][0] == indent and rows[at][1] is not None:
            _, key, text, number = rows[at]
            name = key if key[0] not in resolvers else _plain_value(key, resolvers)
            if not isinstance(name, str) or name in result:
                raise _Unusual  # a key that reads as no text ('yes:', 'null:'), or a duplicate: libyaml's message
            following = rows[at + 1]
            if text:
                value, at = scalar(text, number), at + 1
            elif following[0] > indent or (following[0] == indent and following[2] is None):
                value, at = node(at + 1, depth + 1)  # a value on the lines below, or a list at the key's own indent
            else:
                value, at = None, at + 1
            result[name] = value
            result.key_lines[name] = number
        return result, at

    def sequence(at: int, indent: int, depth: int) -> tuple[YamlList, int]:
        result = _empty(YamlList(), rows[at][3])
        while rows[at][0] == indent and rows[at][2] is None:
            item, after = node(at + 1, depth + 1)
            result.append(item)
            result.item_lines.append(rows[at + 1][3])
            at = after
        return result, at

    if not rows or rows[0][0] != 0:
        raise _Unusual
    rows.append((-1, None, "", 0))  # the end, which no mapping or list goes on into
    root, at = node(0, 0)
    if at != len(rows) - 1 or not isinstance(root, (YamlMap, YamlList)):
        raise _Unusual  # a line left over (a value continued on the next, a mapping indented oddly …), or a lone value
    return root


def _empty(container: Any, line: int) -> Any:
    container.line = line
    if isinstance(container, YamlMap):
        container.key_lines = {}
    else:
        container.item_lines = []
    return container


def _plain_value(text: str, resolvers: dict[Any, Any]) -> Any:
    """A plain scalar resolved as PyYAML resolves it and built as `_plain_data` builds it, or `_Unusual`."""
    return _scalar(next((tag for tag, pattern in resolvers.get(text[0], ()) if pattern.match(text)), _STR), text)


def _scalar(tag: str, value: str) -> Any:
    """A scalar of the tag it resolved to, as plain data: text, an integer, true/false or null; anything else `_Unusual`."""
    if tag == _STR:
        return value
    if tag == _INT and _PLAIN_INT.fullmatch(value) and len(value) <= MAX_NUMBER_CHARS:
        return int(value)
    if tag == _BOOL and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if tag == _NULL:
        return None
    raise _Unusual


def _construct_int(loader: Any, node: Any) -> int:
    import yaml

    if isinstance(node, yaml.ScalarNode) and len(node.value) > MAX_NUMBER_CHARS:
        raise CorpusError(
            f"{_shown(node.value)} is a number {len(node.value):,} characters long; correct it, or {_as_text(loader, node)}",
            loader.display,
            node.start_mark.line + 1,
        )
    return loader.construct_yaml_int(node)


def _construct_map(loader: Any, node: Any) -> YamlMap:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise CorpusError(f"a !!map tag on a {_node_kind(node)}; remove the tag", loader.display, node.start_mark.line + 1)
    loader.flatten_mapping(node)
    result = YamlMap()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            seen = key in result
        except TypeError:
            raise CorpusError("a mapping key must be a plain value", loader.display, line) from None
        if seen:
            first = result.key_lines[key]
            shown = repr(key) if len(repr(key)) <= 60 else repr(key)[:50] + "…"
            raise CorpusError(f"duplicate key {shown} (first at line {first})", loader.display, line)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_list(loader: Any, node: Any) -> YamlList:
    import yaml

    if not isinstance(node, yaml.SequenceNode):
        raise CorpusError(f"a !!seq tag on a {_node_kind(node)}; remove the tag", loader.display, node.start_mark.line + 1)
    result = YamlList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def load_yaml(path: Path, display: str, expected: str | None = "a mapping of fields") -> Any:
    """Read and parse the YAML file at `path` (see `read_regular_file` and `parse_yaml`); errors name `display`."""
    try:
        data = read_regular_file(path, display, MAX_FILE_BYTES, "a corpus YAML file")
    except FileNotFoundError as error:
        raise CorpusError(f"cannot read: {error.strerror}", display) from None
    return parse_yaml(data, display, expected)


def parse_yaml(data: bytes | str, display: str, expected: str | None = "a mapping of fields") -> Any:
    """The data of one YAML document; any problem is a CorpusError naming `display` and the line.

    An empty document (no text, only comments, or only `null`) is an error
    that says it must be `expected`; with `expected=None` it is None instead.
    """
    if isinstance(data, bytes):
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise CorpusError(f"not UTF-8 text (byte {error.start}); save it as UTF-8", display) from None
    else:
        source = data
    import yaml

    loader = None
    try:
        return _written_data(source, yaml.resolver.Resolver.yaml_implicit_resolvers)
    except _Unusual:
        pass
    try:
        loader = _line_loader()(source)  # the Python reader checks every character here
        loader.display = display
        node = loader.get_single_node()
        try:
            result = None if node is None else _plain_data(node, display)
        except _Unusual:  # a tag, an alias, a merge key, a number in another form …: PyYAML's constructors, with every check
            result = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = " ".join((error.problem or error.context or "malformed YAML").split())
        if problem == "exceeded maximum nesting depth":  # libyaml's own limit, deeper than ours
            raise _too_deep(display, line) from None
        raise CorpusError(f"YAML syntax error: {problem}", display, line) from None
    except yaml.reader.ReaderError as error:
        line = source.count("\n", 0, error.position) + 1
        code = error.character if isinstance(error.character, int) else ord(error.character)
        raise CorpusError(f"YAML error: character U+{code:04X} is not allowed in YAML; remove it", display, line) from None
    except yaml.YAMLError as error:
        raise CorpusError(f"YAML error: {' '.join(str(error).split())}", display) from None
    except RecursionError:  # not expected past the depth checks; still one line, not a traceback
        raise _too_deep(display, None) from None
    finally:
        if loader is not None:
            loader.dispose()
    if result is None and expected is not None:
        held = "is empty (or holds only comments)" if node is None else "holds only null"
        raise CorpusError(f"{held}; it must be {expected}", display)
    return result
