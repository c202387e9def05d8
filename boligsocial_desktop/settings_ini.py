"""The INI file QSettings writes, read without Qt.

A command that only needs a setting or two (the `-o` check reads the shared folder and the
backup folder) would otherwise load Qt for them. This reads the file the way Qt 6 does
(qsettings.cpp: readIniLine, readIniFile, iniUnescapedKey, iniUnescapedStringList,
stringToVariant), in UTF-8:

- `[section]` lines (`[General]` is the top level, `[%General]` a section named General);
  `;` starts a comment; a line without `=` is skipped;
- keys with `\\` for `/` and `%XX` / `%UXXXX` escapes;
- values with C escapes (`\\\\`, `\\"`, `\\n`, `\\x…`, octal), quotes, spaces trimmed outside
  quotes, a backslash at the end of a line continuing it, and unquoted commas making a list;
- `@ByteArray(…)` as bytes, `@Invalid()` as None, `@@…` as a text starting with `@`.

A value Qt keeps in its binary form (`@Variant(…)`, `@DateTime(…)`) or as a geometry
(`@Rect`, `@Size`, `@Point`), and a key given twice in different sections, raise
`UnreadableSettings`: the caller asks Qt instead.
"""

from __future__ import annotations

import codecs
import os
from typing import Any

_SPACE = frozenset(b"\t\n\r ")
_SPECIAL = frozenset(b'\n\r";=\\')  # what ends or changes a line's reading
_NEWLINES = frozenset(b"\n\r")
_HEX = frozenset(b"0123456789abcdefABCDEF")
_OCTAL = frozenset(b"01234567")
_RUN_ENDS = frozenset(b'\\",')
_ESCAPES = {ord(code): text for code, text in (("a", "\a"), ("b", "\b"), ("f", "\f"), ("n", "\n"), ("r", "\r"),
                                               ("t", "\t"), ("v", "\v"), ('"', '"'), ("?", "?"), ("'", "'"),
                                               ("\\", "\\"))}
_ONLY_QT_READS = ("@Variant(", "@DateTime(", "@Rect(", "@Size(", "@Point(")
_UTF8_BOM = b"\xef\xbb\xbf"


class UnreadableSettings(Exception):
    """The file holds something only Qt reads the same way."""


def read_ini(data: bytes, *, case_sensitive: bool = os.name != "nt") -> dict[str, Any]:
    """Every key ("section/key") of an INI file QSettings wrote, with the value QSettings gives for it.

    Qt compares keys case-insensitively on Windows and exactly elsewhere; without `case_sensitive` the keys
    come back in lower case (look them up the same way)."""
    fold = (lambda text: text) if case_sensitive else str.lower
    lines: dict[str, list[tuple[str, Any]]] = {"": []}  # section (merged when repeated) -> its keys in order
    section = ""
    if data.startswith(_UTF8_BOM):
        data = data[3:]
    for start, length, equals in _lines(data):
        line = data[start:start + length]
        if line.startswith(b"["):
            section = fold(_section_name(line))
            lines.setdefault(section, [])
            continue
        if equals == -1:
            continue  # a comment, or a line Qt counts as a format error and skips
        key = fold(_unescaped_key(line[:equals - start].strip()))
        lines[section].append((section + key, _value(line[equals - start + 1:])))
    values: dict[str, Any] = {}
    for section, entries in lines.items():
        for key, value in entries:
            if _section_qt_reads_for(key, lines) != section:
                raise UnreadableSettings(f"nøglen {key} står i et afsnit, Qt ikke altid læser den fra")
            values[key] = value
    return values


def _section_qt_reads_for(key: str, sections: dict[str, list[tuple[str, Any]]]) -> str | None:
    """The section Qt parses to look `key` up (QConfFileSettingsPrivate::ensureSectionParsed): the first one
    for a key without `/`; otherwise the last section in Qt's order that is not after the key, if the key starts
    with it. A key anywhere else is found or not depending on what was looked up before."""
    if "/" not in key:
        return ""
    order = key.encode("utf-16-be")  # Qt orders its strings by UTF-16 code units
    before = [name for name in sections if name.encode("utf-16-be") <= order]
    last = max(before, key=lambda name: name.encode("utf-16-be"))
    return last if last and key.startswith(last) else None


def _lines(data: bytes):
    """(start, length, position of the first `=` outside quotes or -1) of each line, as Qt's readIniLine."""
    size, pos = len(data), 0
    while True:
        equals, in_quotes = -1, False
        start = pos
        while start < size and data[start] in _SPACE:
            start += 1
        i = start
        while i < size:
            ch = data[i]
            i += 1
            if ch not in _SPECIAL:
                continue
            if ch == ord("="):
                if not in_quotes and equals == -1:
                    equals = i - 1
            elif ch in _NEWLINES:
                if i == start + 1:
                    start += 1
                elif not in_quotes:
                    i -= 1
                    break
            elif ch == ord("\\"):
                if i < size:
                    escaped = data[i]
                    i += 1
                    if i < size and {escaped, data[i]} == {ord("\n"), ord("\r")}:
                        i += 1
            elif ch == ord('"'):
                in_quotes = not in_quotes
            elif i == start + 1:  # ';' starting the line: a comment to its end, and the spaces after it
                while i < size and data[i] not in _NEWLINES:
                    i += 1
                while i < size and data[i] in _SPACE:
                    i += 1
                start = i
            elif not in_quotes:  # ';' later in the line ends it
                i -= 1
                break
        pos = i
        if i - start <= 0:
            return
        yield start, i - start, equals


def _section_name(line: bytes) -> str:
    """The prefix a `[section]` line gives its keys ("" for [General])."""
    close = line.find(b"]")
    name = line[1:close if close != -1 else len(line)].strip()
    if name.lower() == b"general":
        return ""
    if name.lower() == b"%general":
        return name[1:].decode("latin-1") + "/"
    return _unescaped_key(name) + "/"


def _unescaped_key(raw: bytes) -> str:
    """`\\` is `/`; `%XX` and `%UXXXX` are the character with that code."""
    text = raw.decode("utf-8", "replace")
    out: list[str] = []
    i, size = 0, len(text)
    while i < size:
        ch = text[i]
        if ch == "\\":
            out.append("/")
            i += 1
            continue
        if ch != "%" or i == size - 1:
            out.append(ch)
            i += 1
            continue
        wide = text[i + 1] == "U"
        first = i + 2 if wide else i + 1
        digits = text[first:first + (4 if wide else 2)]
        code = _hex_number(digits) if len(digits) == (4 if wide else 2) else None
        if code is None:
            out.append("%")
            i += 1
            continue
        out.append(chr(code))
        i = first + len(digits)
    return "".join(out)


def _hex_number(text: str) -> int | None:
    """The number QString::toUShort(base 16) reads: spaces around it, a `+` and a `0x` allowed."""
    text = text.strip(" \t\n\v\f\r").removeprefix("+")
    if text[:2] in ("0x", "0X"):
        text = text[2:]
    if not text or any(c not in "0123456789abcdefABCDEF" for c in text):
        return None
    return int(text, 16)


def _value(raw: bytes) -> Any:
    """A value as QSettings gives it: text, a list of texts (unquoted commas), bytes or None."""
    text, items = _unescaped_text(raw)
    if items is None:
        return _variant(text)
    return [_variant(item) for item in items]


def _skip_spaces(raw: bytes, i: int) -> int:
    while i < len(raw) and raw[i] in b" \t":
        i += 1
    return i


def _chop_spaces(text: str, limit: int) -> str:
    end = len(text)
    while end > limit and text[end - 1] in " \t":
        end -= 1
    return text[:end]


def _unescaped_text(raw: bytes) -> tuple[str, list[str] | None]:
    """Qt's iniUnescapedStringList: the text, and the items when unquoted commas made it a list."""
    items: list[str] | None = None
    text = ""
    in_quotes = quoted = False
    size = len(raw)
    decode = codecs.getincrementaldecoder("utf-8-sig")("replace").decode  # Qt's one decoder for the value
    i = _skip_spaces(raw, 0)
    keep = 0  # trailing spaces from here on are dropped unless the value was quoted
    while i < size:
        ch = raw[i]
        if ch == ord("\\"):
            i += 1
            if i >= size:
                return text, _ended(items, text)
            code = raw[i]
            i += 1
            if code in _ESCAPES:
                text += _ESCAPES[code]
            elif code == ord("x") and i >= size:
                return text, _ended(items, text)
            elif code == ord("x") and raw[i] in _HEX:
                end = i
                while end < size and raw[end] in _HEX:
                    end += 1
                text += chr(int(raw[i:end], 16) & 0xFFFF)
                i = end
            elif code in _OCTAL:
                end = i
                while end < size and raw[end] in _OCTAL:
                    end += 1
                text += chr(int(raw[i - 1:end], 8) & 0xFFFF)
                i = end
            elif code in _NEWLINES and i < size and raw[i] in _NEWLINES and raw[i] != code:
                i += 1  # a line continued: \r\n or \n\r is one line end
            keep = len(text)
        elif ch == ord('"'):
            i += 1
            quoted = True
            in_quotes = not in_quotes
            if not in_quotes:
                i = _skip_spaces(raw, i)
                keep = len(text)
        elif ch == ord(",") and not in_quotes:
            if not quoted:
                text = _chop_spaces(text, keep)
            items = [] if items is None else items
            items.append(text)
            text, quoted, keep = "", False, 0
            i = _skip_spaces(raw, i + 1)
        else:
            end = i + 1
            while end < size and raw[end] not in _RUN_ENDS:
                end += 1
            text += decode(raw[i:end])
            i = end
    if not quoted:
        text = _chop_spaces(text, keep)
    return text, _ended(items, text)


def _ended(items: list[str] | None, last: str) -> list[str] | None:
    return None if items is None else [*items, last]


def _variant(text: str) -> Any:
    """Qt's stringToVariant for what this module reads."""
    if not text.startswith("@"):
        return text
    if text.endswith(")"):
        if text.startswith("@ByteArray("):
            return text[11:-1].encode("latin-1", "replace")
        if text.startswith("@String("):
            return text[8:-1]
        if text.startswith(_ONLY_QT_READS):
            raise UnreadableSettings(f"en værdi i Qts eget format ({text[:text.index('(')]})")
        if text == "@Invalid()":
            return None
    if text.startswith("@@"):
        return text[1:]
    return text


__all__ = ["UnreadableSettings", "read_ini"]
