"""Safe YAML loading that remembers where each value came from.

Only plain data is built (no Python objects), duplicate keys are an error,
and every mapping knows the line of each of its keys, so that validation
can point a curator at `file:line`.
"""

from __future__ import annotations

import functools
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


@functools.cache
def _line_loader() -> type:
    """PyYAML's safe loader, taught to keep lines and refuse duplicates and aliases.

    Built on first use, so that commands which parse no YAML (`--version`,
    `--help`, completion) never import PyYAML.
    """
    import yaml

    class LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        display = "<yaml>"

        def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
            # A node met twice is an alias (*name). A corpus never needs them, and refusing them
            # stops an alias bomb ("billion laughs") before it can grow.
            if node in self.constructed_objects or node in self.recursive_objects:
                raise CorpusError(
                    "YAML anchors and aliases (&name, *name) are not allowed in a corpus; write the value out", self.display, node.start_mark.line + 1
                )
            return super().construct_object(node, deep)

    LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
    LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_list)
    return LineLoader


def _construct_map(loader: Any, node: Any) -> YamlMap:
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
            raise CorpusError(f"duplicate key {key!r} (first at line {first})", loader.display, line)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_list(loader: Any, node: Any) -> YamlList:
    result = YamlList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def load_yaml(path: Path, display: str) -> Any:
    """Parse the YAML file at `path`; errors name `display` and the line."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CorpusError(f"file is {size / 2**20:.0f} MiB; a corpus YAML file may be {MAX_FILE_BYTES // 2**20} MiB at most", display)
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CorpusError("not UTF-8 text; save it as UTF-8", display) from None
    except OSError as error:
        raise CorpusError(f"cannot read: {error.strerror or error}", display) from None
    import yaml

    loader = _line_loader()(source)
    loader.display = display
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = error.problem or error.context or "malformed YAML"
        raise CorpusError(f"YAML syntax error: {problem}", display, line) from None
    except yaml.YAMLError as error:
        raise CorpusError(f"YAML error: {error}", display) from None
    finally:
        loader.dispose()
