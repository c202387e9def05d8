"""The files on the share: names, the container format, and verification.

Layout of the shared folder (every PC writes only below its own `pcs/<origin>/`):

    pcs/<origin>/c-<first seq:12>-<last seq:12>-<nonce:8>.bsc   changes, immutable, hash-chained
    pcs/<origin>/s-<millis:15>-<nonce:8>.bss                    status (positions, name), newest wins
    pcs/<origin>/snap-<millis:15>-<nonce:8>.sqlite + .bsm       snapshot and its manifest (no office key)
    pcs/<origin>/snap-<millis:15>-<nonce:8>.bssnap + .bsm       the same, sealed with the office key
    pcs/<origin>/.tmp-*                                         being written (or abandoned)

A container (`.bsc`, `.bss`, `.bsm`) is, before `seal`, UTF-8 JSON lines: a header
line, the body lines, and a footer line `{"sha256": ..., "lines": n}` whose hash
covers every byte before the footer. `seal`/`unseal` turn these payload bytes into
file bytes and back (gzip today); encryption of the share belongs there and only
there.

Change files of one PC form a hash chain, as Git's commits do: a file's header names the
chain hash of the file before it (`prev`, "" for the first under an origin) and its own
(`chain` = SHA-256 of prev and of its change lines). The lines are the outbox rows as
stored, so a file written again for the same numbers has the same chain. Two histories
under one origin id (a PC restored from a backup, a cloned disk) have different chains
at the same number, which every PC can see.

A snapshot's SQLite file is too big for memory: with an office key it is sealed as
a stream in chunks (`crypto.envelope.seal_stream`, as backups are) into a `.bssnap` file,
without one it is the plain `.sqlite` file; its manifest says which, and carries the size
and hash of the file on the share (checked before anything is opened).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import secrets
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..crypto import changefiles
from ..crypto.keys import CryptoError

FORMAT_VERSION = 1  # what this app writes
MIN_READER = 1  # the oldest reader that understands what this app writes
READER_VERSION = 1  # the newest min_reader this app can read

PCS = "pcs"
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
CHANGE_RE = re.compile(r"^c-(\d{12})-(\d{12})-([0-9a-f]{8})\.bsc$")
# The change-file name inside a sync tool's copy ("c-…-abcd1234 (conflicted copy 2026-11-23).bsc").
COPIED_CHANGE_RE = re.compile(r"^c-(\d{12})-(\d{12})-([0-9a-f]{8})\b.*\.bsc$")
STATUS_RE = re.compile(r"^s-(\d{15})-([0-9a-f]{8})\.bss$")
SNAPSHOT_RE = re.compile(r"^snap-(\d{15})-([0-9a-f]{8})\.(sqlite|bssnap|bsm)$")
PLAIN_SNAPSHOT, SEALED_SNAPSHOT, MANIFEST = ".sqlite", ".bssnap", ".bsm"
TEMP_PREFIX = ".tmp-"
# What OneDrive, Dropbox, Syncthing, Nextcloud and Windows copy dialogs make of a file.
CONFLICT_COPY_RE = re.compile(
    r"(conflicted copy|conflict|konflikt|\.sync-conflict-|\(\d+\)|-kopi|- kopi|- copy| copy\b|~)", re.IGNORECASE)


class BadFile(Exception):
    """A file that must not be used: the reason says why, in Danish, for the status."""


class TooNew(BadFile):
    """A file that needs a newer version of the program."""

    def __init__(self, message: str, min_reader: int):
        super().__init__(message)
        self.min_reader = min_reader


def folder(origin: str) -> str:
    return f"{PCS}/{origin}"


def nonce() -> str:
    return secrets.token_hex(4)


def change_name(first: int, last: int, tag: str | None = None) -> str:
    return f"c-{first:012d}-{last:012d}-{tag or nonce()}.bsc"


def status_name(millis: int) -> str:
    return f"s-{millis:015d}-{nonce()}.bss"


def snapshot_names(millis: int, sealed: bool = False) -> tuple[str, str]:
    """The data file's and the manifest's name of a new snapshot."""
    stem = f"snap-{millis:015d}-{nonce()}"
    return stem + (SEALED_SNAPSHOT if sealed else PLAIN_SNAPSHOT), stem + MANIFEST


def snapshot_data_name(manifest_name: str, sealed: bool) -> str:
    """The data file that belongs to a manifest: `.bssnap` when the manifest says it is sealed."""
    return manifest_name[: -len(MANIFEST)] + (SEALED_SNAPSHOT if sealed else PLAIN_SNAPSHOT)


def snapshot_stem(name: str) -> str:
    """`snap-<millis>-<tag>` of a snapshot's data file or manifest: what pairs them."""
    return name.rsplit(".", 1)[0]


@dataclass(frozen=True)
class ChangeName:
    first: int
    last: int
    tag: str


def parse_change_name(name: str, copies: bool = False) -> ChangeName | None:
    """The numbers in a change file's name; with `copies`, also in a sync tool's copy of one."""
    match = CHANGE_RE.match(name) or (COPIED_CHANGE_RE.match(name) if copies else None)
    if not match:
        return None
    first, last = int(match[1]), int(match[2])
    return ChangeName(first, last, match[3]) if 1 <= first <= last else None


def chain_hash(prev: str, lines: list[bytes]) -> str:
    """The chain hash of a change file: its predecessor's chain and its change lines."""
    digest = hashlib.sha256(prev.encode("ascii") + b"\n")
    for line in lines:
        digest.update(line)
        digest.update(b"\n")
    return digest.hexdigest()


def classify(name: str) -> str:
    """change, status, snapshot, manifest, partial, conflict_copy or foreign."""
    if CHANGE_RE.match(name):
        return "change" if parse_change_name(name) else "foreign"
    if STATUS_RE.match(name):
        return "status"
    match = SNAPSHOT_RE.match(name)
    if match:
        return "manifest" if match[3] == "bsm" else "snapshot"
    if name.startswith(TEMP_PREFIX):
        return "partial"
    if CONFLICT_COPY_RE.search(name):
        return "conflict_copy"
    return "foreign"


# --- sealing: payload bytes <-> file bytes (the encryption seam) -------------


def seal(payload: bytes) -> bytes:
    """Payload bytes to file bytes: compressed, then sealed with the office key when there is one."""
    return changefiles.seal_change_file(gzip.compress(payload, compresslevel=3, mtime=0))


def unseal(data: bytes) -> bytes:
    try:
        _header, compressed = changefiles.open_change_file(data)
    except CryptoError as exc:  # tampered, another office's key, expired month: never applied
        raise BadFile(exc.message) from exc
    try:
        return gzip.decompress(compressed)
    except (OSError, EOFError, zlib.error) as exc:
        raise BadFile(f"filen er ufuldstændig eller beskadiget ({exc})") from exc


# --- containers ----------------------------------------------------------------


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def build_container(header: dict[str, Any], body: list[Any]) -> bytes:
    """Header line, body lines, footer with the SHA-256 of everything before it; sealed."""
    parts = [_dump(header), b"\n"]
    for item in body:
        parts.append(_dump(item))
        parts.append(b"\n")
    content = b"".join(parts)
    footer = _dump({"sha256": hashlib.sha256(content).hexdigest(), "lines": len(body)}) + b"\n"
    return seal(content + footer)


@dataclass(frozen=True)
class Container:
    header: dict[str, Any]
    lines: list[bytes]  # body lines, parsed on demand

    def body(self) -> Iterator[Any]:
        for line in self.lines:
            yield json.loads(line)


def open_container(data: bytes) -> Container:
    """Unseal and verify: footer present, hash and line count right, header readable."""
    payload = unseal(data)
    if not payload.endswith(b"\n"):
        raise BadFile("filen mangler sin afslutning (ufuldstændig)")
    cut = payload.rfind(b"\n", 0, len(payload) - 1)
    if cut < 0:
        raise BadFile("filen har ingen indholdslinjer")
    content, footer_line = payload[:cut + 1], payload[cut + 1:]
    try:
        footer = json.loads(footer_line)
        expected, count = footer["sha256"], int(footer["lines"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BadFile("filens afslutning kan ikke læses (ufuldstændig)") from exc
    if hashlib.sha256(content).hexdigest() != expected:
        raise BadFile("filens kontrolsum passer ikke (beskadiget)")
    lines = content.split(b"\n")[:-1]
    if len(lines) != count + 1:
        raise BadFile("filen har ikke det antal linjer, den siger")
    try:
        header = json.loads(lines[0])
    except ValueError as exc:
        raise BadFile("filens hoved kan ikke læses") from exc
    if not isinstance(header, dict):
        raise BadFile("filens hoved kan ikke læses")
    min_reader = header.get("min_reader")
    if not isinstance(min_reader, int):
        raise BadFile("filens hoved mangler versionsoplysninger")
    if min_reader > READER_VERSION:
        raise TooNew(f"filen kræver en nyere version af programmet (læseversion {min_reader})", min_reader)
    return Container(header, lines[1:])


# --- change files ----------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One change as it travels: the outbox row minus what stays local."""

    seq: int
    table: str
    row_id: str
    op: str
    fields: dict[str, Any]
    hlc: str
    base: dict[str, Any] | None  # {"fields": {field: hlc}, "resolves": {field: [hlc, ...]}}

    def to_line(self) -> list[Any]:
        return [self.seq, self.table, self.row_id, self.op, self.fields, self.hlc, self.base]

    @classmethod
    def from_line(cls, line: list[Any]) -> Change:
        seq, table, row_id, op, fields, hlc, base = line
        return cls(int(seq), table, row_id, op, fields or {}, hlc, base)


@dataclass(frozen=True)
class ChangeFile:
    name: str
    origin: str
    first_seq: int
    last_seq: int
    origin_start: int
    deps: dict[str, int]
    max_hlc: str
    changes: list[Change]
    prev: str | None = None  # None: written by a version without hash chains
    chain: str | None = None
    schema: str | None = None


@dataclass(frozen=True)
class BuiltChangeFile:
    name: str
    data: bytes
    chain: str


def _change_header(origin: str, origin_start: int, deps: dict[str, int], first: int, last: int, count: int,
                   max_hlc: str, prev: str, chain: str, app_version: str, schema: str) -> dict[str, Any]:
    return {
        "kind": "changes", "format": FORMAT_VERSION, "min_reader": MIN_READER, "app": app_version,
        "schema": schema, "origin": origin, "first_seq": first, "last_seq": last, "count": count,
        "origin_start": origin_start, "deps": deps, "max_hlc": max_hlc, "prev": prev, "chain": chain,
    }


def build_change_file(origin: str, origin_start: int, deps: dict[str, int], changes: list[Change],
                      app_version: str, prev: str = "", schema: str = "") -> BuiltChangeFile:
    lines = [_dump(c.to_line()) for c in changes]
    return _finish_change_file(origin, origin_start, deps, changes[0].seq, changes[-1].seq,
                               max(c.hlc for c in changes), lines, prev, app_version, schema)


def build_change_file_raw(origin: str, origin_start: int, deps: dict[str, int], rows: Sequence[Any], app_version: str,
                          prev: str = "", schema: str = "") -> BuiltChangeFile:
    """The same file from outbox rows whose fields and base are still JSON text (the fast path of export)."""
    dump = json.dumps
    lines = [f"[{int(seq)},{dump(table)},{dump(row_id)},{dump(op)},{fields or '{}'},{dump(hlc)},{base or 'null'}]"
             .encode() for seq, table, row_id, op, fields, hlc, base in rows]
    return _finish_change_file(origin, origin_start, deps, rows[0][0], rows[-1][0], max(row[5] for row in rows),
                               lines, prev, app_version, schema)


def _finish_change_file(origin: str, origin_start: int, deps: dict[str, int], first: int, last: int, max_hlc: str,
                        lines: list[bytes], prev: str, app_version: str, schema: str) -> BuiltChangeFile:
    chain = chain_hash(prev, lines)
    header = _change_header(origin, origin_start, deps, first, last, len(lines), max_hlc, prev, chain,
                            app_version, schema)
    content = b"".join([_dump(header), b"\n", *(part for line in lines for part in (line, b"\n"))])
    footer = _dump({"sha256": hashlib.sha256(content).hexdigest(), "lines": len(lines)}) + b"\n"
    return BuiltChangeFile(change_name(first, last), seal(content + footer), chain)


def read_change_file(name: str, folder_origin: str, data: bytes) -> ChangeFile:
    """Verify everything before use: name, container, header against name and folder, each line."""
    parsed = parse_change_name(name, copies=True)
    if parsed is None:
        raise BadFile("navnet følger ikke mønstret for ændringsfiler")
    container = open_container(data)
    header = container.header
    if header.get("kind") != "changes":
        raise BadFile("filen er ikke en ændringsfil")
    if header.get("origin") != folder_origin:
        raise BadFile("filen ligger i en anden pc's mappe end den, der skrev den")
    if (header.get("first_seq"), header.get("last_seq")) != (parsed.first, parsed.last):
        raise BadFile("filens numre passer ikke med navnet")
    if header.get("count") != len(container.lines):
        raise BadFile("filen har ikke det antal ændringer, den siger")
    try:
        changes = [Change.from_line(line) for line in container.body()]
    except (ValueError, TypeError) as exc:
        raise BadFile("en ændring i filen kan ikke læses") from exc
    previous = parsed.first - 1
    for change in changes:
        if not (previous < change.seq <= parsed.last) or not isinstance(change.fields, dict):
            raise BadFile("ændringerne i filen er ikke i orden")
        previous = change.seq
    deps = header.get("deps") or {}
    if not isinstance(deps, dict):
        raise BadFile("filens afhængigheder kan ikke læses")
    prev, chain = header.get("prev"), header.get("chain")
    if chain is not None and (not isinstance(prev, str) or chain != chain_hash(prev, container.lines)):
        raise BadFile("filens kædesum passer ikke (beskadiget eller ændret)")
    return ChangeFile(name, folder_origin, parsed.first, parsed.last, int(header.get("origin_start") or 1),
                      {str(k): int(v) for k, v in deps.items()}, str(header.get("max_hlc") or ""), changes,
                      prev, chain, header.get("schema"))


# --- status files ----------------------------------------------------------------


def build_status_file(millis: int, status: dict[str, Any]) -> tuple[str, bytes]:
    header = {"kind": "status", "format": FORMAT_VERSION, "min_reader": MIN_READER, **status}
    return status_name(millis), build_container(header, [])


def read_status_file(folder_origin: str, data: bytes) -> dict[str, Any]:
    header = open_container(data).header
    if header.get("kind") != "status" or header.get("origin") != folder_origin:
        raise BadFile("statusfilen hører ikke til denne mappe")
    return header


# --- snapshot manifests ----------------------------------------------------------


def build_manifest(info: dict[str, Any]) -> bytes:
    return build_container({"kind": "snapshot", "format": FORMAT_VERSION, "min_reader": MIN_READER, **info}, [])


def read_manifest(folder_origin: str, data: bytes) -> dict[str, Any]:
    header = open_container(data).header
    if header.get("kind") != "snapshot" or header.get("origin") != folder_origin:
        raise BadFile("øjebliksbilledets beskrivelse hører ikke til denne mappe")
    return header
