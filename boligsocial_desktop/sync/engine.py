"""One sync round: export this PC's new changes, import the other PCs', keep the share tidy.

A round, in order:
1. scan the share (`pcs/<origin>/` folders); names that do not follow the patterns are
   listed as problems and never touched;
2. settle export intents left by a crash, and check this install's identity: a change
   file in its own folder that it did not write means it was restored from a backup or
   cloned, so it takes a new origin id and sends its unshared changes again under it;
3. join from a snapshot when this PC has never synced (or has been away so long that
   the files it needs are gone);
4. check that this PC's own files are still whole (re-export what is lost or damaged),
   then export the outbox in numbered, immutable files;
5. import the other PCs' files per origin in sequence order, each file verified before
   use and applied in one transaction with its position (idempotent: a change at or
   below the position is never applied twice); a file waits while it depends on
   changes not here yet, while its clock is more than a day ahead, or while it needs a
   newer program;
6. publish a status file (name, positions) and remove what every PC has and a snapshot
   covers, then make a snapshot when one is due.

Crash safety: every step either commits with its bookkeeping in one local transaction
or is repeated by the next round; `crash_point` names the steps a test can kill at.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Text, delete, func, insert, select, type_coerce, update

from .. import __version__
from ..errors import AppError
from ..storage.bulk import upsert
from ..storage.clock import Timestamp
from ..storage.engine import Database
from ..storage.migrations import SCHEMA_HEAD
from ..storage.models import OutboxChange, SyncExportedFile, SyncHeldChange, SyncParkedFile, SyncPeer
from ..storage.outbox import ORIGIN_STATE_KEY, advance_clock
from .conflicts import forget_erased
from .duplicates import check_after_sync
from .files import (
    PCS,
    READER_VERSION,
    UUID_RE,
    BadFile,
    ChangeFile,
    TooNew,
    build_change_file_raw,
    build_status_file,
    classify,
    folder,
    parse_change_name,
    read_change_file,
    read_status_file,
)
from .merge import Merger, hlc_millis, retry_held
from .rules import check_after_merge, close_gone, recount_headcounts
from .share import Entry, Share, ShareError, SharingViolation, crash_point, share_error_text
from .state import (
    FORKS_KEY,
    FORMER_ORIGINS_KEY,
    LAST_OK_KEY,
    LAST_ROUND_KEY,
    ORIGIN_START_KEY,
    applied_chains,
    applied_positions,
    get_state,
    set_position,
    set_state,
)

log = logging.getLogger(__name__)

HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS
PUBLISHED_KEY = "sync_status_published"
PUBLISHED_NAMES_KEPT = 50  # status file names this PC remembers having written (see sync.identity)


@dataclass
class SyncOptions:
    clock_limit_ms: int = DAY_MS  # a change stamped further ahead of this PC's clock waits
    chunk: int = 10_000  # changes per file
    status_refresh_ms: int = HOUR_MS  # a status file is written at least this often (the "last contact")
    peer_horizon_ms: int = 30 * DAY_MS  # a PC silent this long no longer holds back clean-up
    partial_age_ms: int = HOUR_MS  # a temporary file older than this was abandoned
    snapshot_interval_ms: int | None = 7 * DAY_MS  # None: never make snapshots
    snapshot_after_changes: int = 200_000  # or sooner, when this many changes are not in one
    cleanup: bool = True
    join: bool = True


@dataclass
class Problem:
    kind: str  # damaged, too_new, clock, partial, conflict_copy, foreign, locked, export, missing, fork, key
    path: str
    detail: str
    origin: str | None = None
    harmless: bool = False


@dataclass
class RoundReport:
    started_ms: int = 0
    finished_ms: int = 0
    ok: bool = False
    error: str | None = None
    exported_changes: int = 0
    exported_files: int = 0
    imported_changes: int = 0
    imported_files: int = 0
    new_conflicts: int = 0
    problems: list[Problem] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    held_back: list[str] = field(default_factory=list)  # origins whose clock is far ahead
    needs_update: bool = False
    joined: bool = False
    snapshot_made: bool = False
    origin_changed: str | None = None
    data_changed: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> RoundReport:
        raw = json.loads(text)
        raw["problems"] = [Problem(**p) for p in raw.get("problems", [])]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in raw.items() if k in known})

    def summary_da(self) -> str:
        parts = [f"{self.exported_changes} ændringer sendt", f"{self.imported_changes} hentet"]
        if self.new_conflicts:
            parts.append(f"{self.new_conflicts} nye konflikter")
        if self.problems:
            parts.append(f"{len([p for p in self.problems if not p.harmless])} problemer")
        return ", ".join(parts)


def _utc(millis: int) -> datetime:
    return datetime.fromtimestamp(millis / 1000, UTC)


@contextlib.contextmanager
def round_lock(db: Database) -> Iterator[bool]:
    """One round at a time per database, also between the program and `boligsocial-desktop sync`."""
    if db.path is None:
        yield True
        return
    path = db.path.with_name(db.path.name + ".sync-lock")
    handle = open(path, "a+b")  # noqa: SIM115 -- held across the yields, closed in the finally below
    try:
        try:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # Windows only
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        handle.close()


class SyncEngine:
    def __init__(self, db: Database, share: Share, *, wall: Callable[[], int] | None = None,
                 options: SyncOptions | None = None, pc_name: str | None = None, app_version: str = __version__,
                 local_dir: Path | None = None):
        self.db = db
        self.share = share
        self._peer_names: dict[str, str] | None = None
        self.wall = wall or (lambda: time.time_ns() // 1_000_000)
        self.options = options or SyncOptions()
        self.pc_name = pc_name or socket.gethostname()
        self.app_version = app_version
        self.local_dir = local_dir or (db.path.parent if db.path else None)
        self._skipped: set[str] = set()  # share files skipped this round (each logged once a round)

    @property
    def origin(self) -> str:
        return self.db.capture.clock.origin

    def now(self) -> datetime:
        return _utc(self.wall())

    # --- the round ----------------------------------------------------------------

    def skipped(self, path: str, error: OSError, action: str = "læses") -> None:
        """A file on the share left alone because it cannot be read (or removed) right now: a warning in the log
        with its path and the error, once a round for each file. The round goes on; the file is tried again."""
        if path in self._skipped:
            return
        self._skipped.add(path)
        log.warning("Filen %s på den delte mappe kan ikke %s lige nu og springes over: %s", path, action,
                    share_error_text(error))

    def run_round(self) -> RoundReport:
        self._skipped = set()
        report = RoundReport(started_ms=self.wall())
        with round_lock(self.db) as mine:
            if not mine:
                report.error = "En anden deling kører allerede på denne pc. Prøv igen om lidt."
                report.finished_ms = self.wall()
                return report
            try:
                self._round(report)
            except (ShareError, OSError) as exc:
                log.warning("Delingen mislykkedes: %s", exc)
                report.error = report.error or f"Den delte mappe kan ikke bruges lige nu ({exc})."
            except AppError as exc:
                report.error = exc.message
            finally:
                report.finished_ms = self.wall()
                report.ok = report.error is None
                self._save_report(report)
        return report

    def _round(self, report: RoundReport) -> None:
        if not self.share.available():
            raise AppError(f"Den delte mappe {self.share.description} findes ikke eller kan ikke nås. "
                           "Tjek netværksdrevet, eller vælg mappen igen under Indstillinger.")
        self.share.make_folder(folder(self.origin))
        scan = self._scan(report)
        self._resolve_pending(scan)
        self._read_peers(scan)
        self._check_identity(scan, report)
        if self.options.join:
            from .snapshots import maybe_join

            if maybe_join(self, scan, report):
                scan = self._scan(RoundReport())
        self._verify_own(scan)
        try:
            self._export(report)
        except (ShareError, OSError) as exc:
            report.error = f"Ændringerne kunne ikke skrives til den delte mappe ({exc}); de sendes ved næste deling."
            report.problems.append(Problem("export", folder(self.origin), str(exc), self.origin))
        self._import(scan, report)
        with self.db.transaction() as session:
            close_gone(session.connection(), self.now())
            forget_erased(session.connection(), self.now())
            report.new_conflicts += check_after_sync(session, self.now()) if report.data_changed else 0
            recount_headcounts(session)
        for step, run in (("cleanup", self._cleanup), ("snapshot", self._snapshot), ("status", self._publish_status)):
            try:
                run(scan, report)
            except (ShareError, OSError) as exc:  # the data is exchanged; these can wait for the next round
                log.warning("Delingens %s mislykkedes: %s", step, exc)
                report.problems.append(Problem(step, folder(self.origin), str(exc), self.origin))
        self._record_problems(scan, report)

    def _snapshot(self, scan: dict[str, dict[str, Entry]], report: RoundReport) -> None:
        if self.options.snapshot_interval_ms is not None:
            from .snapshots import maybe_snapshot

            maybe_snapshot(self, scan, report)

    # --- scanning --------------------------------------------------------------------

    def _scan(self, report: RoundReport) -> dict[str, dict[str, Entry]]:
        scan: dict[str, dict[str, Entry]] = {}
        now = self.wall()
        for name in self.share.list_folders(PCS):
            if not UUID_RE.match(name):
                report.problems.append(Problem("foreign", f"{PCS}/{name}", "en mappe, programmet ikke kender"))
                continue
            entries: dict[str, Entry] = {}
            for entry in self.share.list_files(folder(name)):
                entries[entry.name] = entry  # a name listed twice is one file
            scan[name] = entries
            for entry in entries.values():
                kind = classify(entry.name)
                path = f"{folder(name)}/{entry.name}"
                if kind in ("conflict_copy", "foreign"):
                    detail = ("en kopi, som et synkroniseringsprogram har lavet; den bruges ikke"
                              if kind == "conflict_copy" else "en fil, programmet ikke kender; den bruges ikke")
                    report.problems.append(Problem(kind, path, detail, name, harmless=True))
                elif kind == "partial" and now - entry.mtime * 1000 > self.options.partial_age_ms:
                    if name == self.origin:
                        try:
                            self.share.remove(path)  # this PC's own abandoned temporary file
                        except OSError as exc:
                            self.skipped(path, exc, "fjernes")
                    else:
                        report.problems.append(Problem("partial", path, "en ufuldstændig fil (skrivningen blev "
                                                       "afbrudt); den bruges ikke", name, harmless=True))
        scan.setdefault(self.origin, {})
        return scan

    # --- identity and own files --------------------------------------------------------

    def _own_files(self, states: tuple[str, ...] = ("pending", "done", "failed", "lost", "removed")) -> Sequence[Any]:
        with self.db.reading() as session:
            return session.execute(select(SyncExportedFile.name, SyncExportedFile.origin, SyncExportedFile.first_seq,
                                          SyncExportedFile.last_seq, SyncExportedFile.sha256, SyncExportedFile.size,
                                          SyncExportedFile.state)
                                   .where(SyncExportedFile.state.in_(states))).all()

    def _mark_exported(self, name: str, first: int, last: int) -> None:
        files_table, outbox = SyncExportedFile.__table__, OutboxChange.__table__
        with self.db.transaction() as session:
            connection = session.connection()  # Core: no ORM bookkeeping for thousands of rows
            connection.execute(update(files_table).where(files_table.c.name == name).values(state="done"))
            connection.execute(update(outbox).where(outbox.c.seq.between(first, last)).values(exported=True))

    def _resolve_pending(self, scan: dict[str, dict[str, Entry]]) -> None:
        """An export cut short by a crash: the file counts as written only if its bytes are whole."""
        for row in self._own_files(("pending",)):
            if self._file_intact(f"{folder(row.origin)}/{row.name}", row.sha256):
                self._mark_exported(row.name, row.first_seq, row.last_seq)
            else:
                with self.db.transaction() as session:
                    session.execute(update(SyncExportedFile).where(SyncExportedFile.name == row.name)
                                    .values(state="failed"))

    def _file_intact(self, path: str, sha256: str) -> bool:
        try:
            return hashlib.sha256(self.share.read(path)).hexdigest() == sha256
        except OSError as exc:
            self.skipped(path, exc)
            return False

    def _check_identity(self, scan: dict[str, dict[str, Entry]], report: RoundReport) -> None:
        from .identity import find_fork
        from .snapshots import manifests

        fork = find_fork(self, scan, manifests(self, scan))
        if fork is not None:
            self.switch_origin(fork.common, report)
            self.share.make_folder(folder(self.origin))
            scan.setdefault(self.origin, {})

    def switch_origin(self, common: int, report: RoundReport | None = None) -> str:
        """Take a new origin id; changes after `common` are sent again under it, and the old id's
        changes after `common` are applied again (the other history's edits come back)."""
        from .identity import own_history

        old, new = self.origin, str(uuid.uuid4())
        log.warning("Pc'en skifter identitet fra %s til %s (gendannet eller klonet)", old, new)
        shared_chain = own_history(self).chains.get(common)
        with self.db.transaction() as session:
            connection = session.connection()
            former = json.loads(get_state(connection, FORMER_ORIGINS_KEY) or "[]")
            top = session.scalar(select(func.max(OutboxChange.seq))) or 0
            # The new identity starts with the first change it still has after `common` (older ones were
            # cleaned up only when every PC had them), so the others never wait for a number never sent.
            kept = session.scalar(select(func.min(OutboxChange.seq)).where(OutboxChange.seq > common))
            set_state(connection, ORIGIN_STATE_KEY, new)
            set_state(connection, ORIGIN_START_KEY, str(kept if kept is not None else min(common, top) + 1))
            set_state(connection, FORMER_ORIGINS_KEY, json.dumps([*former, old]))
            set_position(connection, old, common, None, self.now(), shared_chain or None)
            session.execute(update(OutboxChange).where(OutboxChange.seq > common).values(origin=new, exported=False))
            self.db.capture.clock.origin = new
        if report is not None:
            report.origin_changed = new
        return new

    def former_origins(self) -> list[str]:
        with self.db.reading() as session:
            former: list[str] = json.loads(get_state(session.connection(), FORMER_ORIGINS_KEY) or "[]")
            return former

    def _verify_own(self, scan: dict[str, dict[str, Entry]]) -> None:
        """Files of this PC that are gone or damaged on the share (checked by checksum) are written again."""
        me = self.origin
        listing = scan.get(me, {})
        verified: dict[str, tuple[int, float]] = self.__dict__.setdefault("_verified", {})
        for row in self._own_files(("done",)):
            if row.origin != me:
                continue
            entry = listing.get(row.name)
            if entry is not None and verified.get(row.name) == (entry.size, entry.mtime):
                continue  # unchanged since it was checked
            if entry is not None and entry.size == row.size and self._file_intact(f"{folder(me)}/{row.name}",
                                                                                  row.sha256):
                verified[row.name] = (entry.size, entry.mtime)
                continue
            if entry is None and self.share.size(f"{folder(me)}/{row.name}") is not None:
                continue  # left out of this listing only; checked next round
            log.warning("Egen fil %s mangler eller er beskadiget på den delte mappe; den skrives igen", row.name)
            with self.db.transaction() as session:
                session.execute(update(SyncExportedFile).where(SyncExportedFile.name == row.name).values(state="lost"))
                session.execute(update(OutboxChange).where(OutboxChange.seq.between(row.first_seq, row.last_seq))
                                .values(exported=False))

    # --- export -------------------------------------------------------------------------

    def _export(self, report: RoundReport) -> None:
        """Lost files first, with exactly their numbers (so their chain hashes stay), then the new changes."""
        me = self.origin
        for row in self._own_files(("lost",)):
            if row.origin == me:
                self._export_range(report, row.first_seq, row.last_seq, replaces=row.name)
        while self._export_range(report, None, None):
            pass

    def _export_range(self, report: RoundReport, first: int | None, last: int | None, replaces: str | None = None
                      ) -> bool:
        from .identity import own_history

        me = self.origin
        outbox = OutboxChange.__table__
        # The stored JSON goes into the file as it is (no decoding and encoding again).
        columns = (outbox.c.seq, outbox.c.table_name, outbox.c.row_id, outbox.c.op,
                   type_coerce(outbox.c.fields, Text), outbox.c.hlc, type_coerce(outbox.c.base_clocks, Text))
        query = select(*columns).order_by(outbox.c.seq)
        if first is None:
            query = query.where(outbox.c.exported.is_(False)).limit(self.options.chunk)
        else:
            query = query.where(outbox.c.seq.between(first, last))
        with self.db.reading() as session:
            connection = session.connection()
            rows = connection.execute(query).all()
            deps = applied_positions(connection)
            origin_start = int(get_state(connection, ORIGIN_START_KEY) or 1)
        if not rows:
            return False
        if replaces is not None and (rows[0][0], rows[-1][0]) != (first, last):
            # Its changes were already cleaned up (every PC had them and a snapshot holds them): nothing to resend.
            with self.db.transaction() as session:
                session.execute(update(SyncExportedFile).where(SyncExportedFile.name == replaces)
                                .values(state="removed"))
            return False
        first, last = rows[0][0], rows[-1][0]
        prev = own_history(self).chains.get(first - 1) or ""
        built = build_change_file_raw(me, origin_start, deps, rows, self.app_version, prev, SCHEMA_HEAD)
        with self.db.transaction() as session:
            connection = session.connection()
            if replaces is not None:
                connection.execute(
                    delete(SyncExportedFile.__table__).where(SyncExportedFile.__table__.c.name == replaces)
                )
            connection.execute(insert(SyncExportedFile.__table__).values(
                name=built.name, origin=me, first_seq=first, last_seq=last,
                sha256=hashlib.sha256(built.data).hexdigest(), size=len(built.data), state="pending",
                created_at=self.now(), chain=built.chain))
        crash_point("export.intent_saved")
        try:
            self.share.write_new(f"{folder(me)}/{built.name}", built.data)
        except OSError:
            with self.db.transaction() as session:
                session.connection().execute(update(SyncExportedFile.__table__)
                                             .where(SyncExportedFile.__table__.c.name == built.name)
                                             .values(state="lost" if replaces else "failed"))
            raise
        crash_point("export.written")
        self._mark_exported(built.name, first, last)
        crash_point("export.marked")
        report.exported_changes += len(rows)
        report.exported_files += 1
        return True

    # --- import ---------------------------------------------------------------------------

    def _damaged_cache(self) -> dict[str, SyncParkedFile]:
        with self.db.reading() as session:
            return {p.path: p for p in session.scalars(select(SyncParkedFile).where(SyncParkedFile.kind == "damaged"))}

    def retired_origins(self) -> set[str]:
        """Identities some PC has left (restored or cloned, and given a new id), this PC's own included."""
        retired = set(self.former_origins())
        with self.db.reading() as session:
            for extra in session.scalars(select(SyncPeer.former_origins)):
                retired.update((extra or {}).get("former") or [])
        return retired

    def _import(self, scan: dict[str, dict[str, Entry]], report: RoundReport) -> None:
        me = self.origin
        with self.db.reading() as session:
            positions = applied_positions(session.connection())
            chains = applied_chains(session.connection())
        retired = self.retired_origins()
        skip_deps = {me} | retired
        self.__dict__.pop("_reference", None)
        self._bad = self._damaged_cache()
        self._bad_now: dict[str, Problem] = {}
        self._read_cache: dict[str, ChangeFile | None] = {}
        self._forks_seen: dict[str, str] = {}
        origins = sorted(o for o in scan if o != me)
        waiting: dict[str, str] = {}
        progress = True
        while progress:
            progress = False
            for origin in origins:
                while True:
                    applied, why = self._import_next(origin, scan[origin], positions, chains, skip_deps,
                                                     origin in retired, report)
                    if not applied:
                        if why:
                            waiting[origin] = why
                        break
                    waiting.pop(origin, None)
                    progress = True
        self._wait_for_removed(scan, positions, retired, waiting)
        report.waiting.extend(waiting.values())
        self._retry_held(report)
        self._remember_forks(retired)
        for path, problem in self._bad_now.items():
            parsed = parse_change_name(path.rsplit("/", 1)[-1], copies=True)
            problem.harmless = parsed is not None and positions.get(problem.origin or "", 0) >= parsed.last
            report.problems.append(problem)
        # damaged files seen in earlier rounds and still on the share
        for path, parked in self._bad.items():
            origin, _, name = path[len(PCS) + 1:].partition("/")
            if path in self._bad_now or name not in scan.get(origin, {}):
                continue
            parsed = parse_change_name(name, copies=True)
            harmless = parsed is not None and positions.get(origin, 0) >= parsed.last
            report.problems.append(Problem("damaged", path, parked.detail or "", origin, harmless))

    def _wait_for_removed(self, scan: dict[str, dict[str, Entry]], positions: dict[str, int], retired: set[str],
                          waiting: dict[str, str]) -> None:
        """Changes other PCs hold that are on the share neither as files nor in a usable snapshot: say so."""
        for peer in self.active_peers():
            if peer.origin == self.origin or peer.origin in retired:
                continue
            for origin, reported in (peer.positions or {}).items():
                have = positions.get(origin, 0)
                if origin == self.origin or origin in retired or origin in waiting or have >= int(reported):
                    continue
                if any(p.last > have for name in scan.get(origin, {})
                       if (p := parse_change_name(name, copies=True)) is not None):
                    continue  # on the share: the import above deals with it
                waiting[origin] = (f"Venter på ændring nr. {have + 1} fra pc {self.peer_name(origin)}, som de andre "
                                   "pc'er har, men som ikke ligger på den delte mappe (endnu ikke kommet frem, eller "
                                   "ryddet væk: så kommer den med det næste øjebliksbillede).")

    def _retry_held(self, report: RoundReport) -> None:
        """Changes that waited for their row, parent or column: applied now if they can."""
        with self.db.reading() as session:
            if not session.scalar(select(func.count()).select_from(SyncHeldChange)):
                return
        now = self.now()
        with self.db.transaction() as session:
            connection = session.connection()
            outcome = retry_held(connection, now)
            clashes = check_after_merge(connection, outcome.changed, now)
        report.imported_changes += outcome.applied
        report.new_conflicts += outcome.conflicts + clashes
        report.data_changed = report.data_changed or bool(outcome.applied)

    def _remember_forks(self, retired: set[str]) -> None:
        """Identities with two histories, published in the status file so the PCs concerned learn of it."""
        with self.db.reading() as session:
            known = json.loads(get_state(session.connection(), FORKS_KEY) or "{}")
        forks = {o: d for o, d in {**known, **self._forks_seen}.items() if o not in retired}
        if forks != known:
            with self.db.transaction() as session:
                set_state(session.connection(), FORKS_KEY, json.dumps(forks, sort_keys=True))

    def _read_verified(self, origin: str, name: str, entry: Entry, report: RoundReport) -> ChangeFile | None:
        path = f"{folder(origin)}/{name}"
        if path in self._read_cache:
            return self._read_cache[path]
        self._read_cache[path] = result = self._read_uncached(origin, name, entry, report)
        return result

    def _read_uncached(self, origin: str, name: str, entry: Entry, report: RoundReport) -> ChangeFile | None:
        path = f"{folder(origin)}/{name}"
        cached = self._bad.get(path)
        if cached is not None and cached.size == entry.size:
            return None
        try:
            data = self.share.read(path)
        except SharingViolation:
            report.problems.append(Problem("locked", path, "filen er låst af et andet program; prøver igen senere",
                                           origin, harmless=True))
            return None
        except OSError as exc:
            self.skipped(path, exc)
            return None  # gone or unreadable right now; never a deletion
        try:
            return read_change_file(name, origin, data)
        except TooNew:
            raise
        except BadFile as exc:
            self._bad_now[path] = Problem("damaged", path, str(exc), origin)
            self._bad[path] = SyncParkedFile(path=path, origin=origin, kind="damaged", detail=str(exc),
                                             size=len(data))
            return None

    def _import_next(self, origin: str, files: dict[str, Entry], positions: dict[str, int],
                     chains: dict[str, str | None], skip_deps: set[str], retired: bool, report: RoundReport
                     ) -> tuple[bool, str | None]:
        names = [(parsed, name) for name in files if (parsed := parse_change_name(name, copies=True)) is not None]
        if not names:
            return False, None
        pos, expected = positions.get(origin), chains.get(origin)
        if pos is None:
            for _parsed, name in sorted(names, key=lambda item: (item[0].first, item[1])):
                try:
                    changes = self._read_verified(origin, name, files[name], report)
                except TooNew as exc:
                    return self._too_new(origin, name, exc, report)
                if changes is not None:
                    pos = changes.origin_start - 1
                    expected = "" if changes.chain is not None else None
                    break
            if pos is None:
                return False, None
        candidates = sorted(((p, n) for p, n in names if p.first <= pos + 1 <= p.last),
                            key=lambda item: (-item[0].last, item[1]))
        if not candidates:
            if any(p.last > pos for p, _ in names) and not retired:
                return (
                    False,
                    f"Venter på ændring nr. {pos + 1} fra pc {self.peer_name(origin)}, som mangler på den delte mappe.",
                )
            return False, None
        readable: list[ChangeFile] = []
        for _parsed, name in candidates:  # read them all, so a damaged copy is always reported
            try:
                change_file = self._read_verified(origin, name, files[name], report)
            except TooNew as exc:
                return self._too_new(origin, name, exc, report)
            if change_file is not None:
                readable.append(change_file)
        if not readable:
            return False, f"Venter på en læsbar fil med ændring nr. {pos + 1} fra pc {self.peer_name(origin)}."
        # Only a file that continues the history applied so far (hash chain); another one is a second history
        # under the same identity (a restored or cloned PC), which that PC sends again under a new identity.
        fitting = [f for f in readable if expected is None or (f.first_seq == pos + 1 and f.prev == expected)]
        if (len(fitting) < len(readable) or len({f.chain for f in fitting}) > 1) and not retired:
            self._forks_seen[origin] = f"{pos}"
            report.problems.append(Problem(
                "fork", f"{folder(origin)}", f"pc {self.peer_name(origin)} findes i to udgaver (gendannet fra en "
                "sikkerhedskopi eller kopieret); den får selv en ny identitet og sender sine ændringer igen",
                origin, harmless=bool(fitting)))
        if not fitting:
            if retired:
                return False, None
            return False, (f"Ændringer fra pc {self.peer_name(origin)} venter: pc'en findes i to udgaver og skal "
                           "først have en ny identitet (det sker ved dens næste deling).")
        chosen = fitting[0]
        missing = {o: p for o, p in chosen.deps.items() if o != origin and o not in skip_deps
                   and positions.get(o, 0) < p}
        if missing:
            other = sorted(missing)[0]
            return False, (f"Ændringer fra pc {self.peer_name(origin)} venter på ændringer fra pc "
                           f"{self.peer_name(other)}, som ikke er hentet endnu.")
        if hlc_millis(chosen.max_hlc) > self._reference_time() + self.options.clock_limit_ms:
            report.held_back.append(origin)
            whose = (f"uret på pc {self.peer_name(origin)} går mere end et døgn foran" if len(self.active_peers()) > 1
                     else f"uret på pc {self.peer_name(origin)} eller på denne pc går forkert (mere end et døgn)")
            report.problems.append(Problem("clock", f"{folder(origin)}/{chosen.name}",
                                           f"{whose}; ændringerne venter, til uret er rettet", origin))
            return False, f"Ændringer fra pc {self.peer_name(origin)} holdes tilbage: pc'ens ur går forkert."
        self._apply_file(chosen, pos, report)
        positions[origin], chains[origin] = chosen.last_seq, chosen.chain
        return True, None

    def _reference_time(self) -> int:
        """This PC's wall clock, unless it is behind every other PC that shared lately (two or more): then
        the earliest of theirs, so a PC with a wrong clock does not hold back the others' changes."""
        cached: int | None = self.__dict__.get("_reference")
        if cached is not None:
            return cached
        wall = self.wall()
        others = [int(p.last_contact.timestamp() * 1000) for p in self.active_peers()
                  if p.origin != self.origin and p.last_contact is not None]
        reference = wall
        if len(others) >= 2 and min(others) > wall + self.options.clock_limit_ms:
            reference = min(others)
            log.warning("Pc'ens ur går mere end et døgn bagud i forhold til de andre pc'er; ret uret")
        self.__dict__["_reference"] = reference
        return reference

    def _too_new(self, origin: str, name: str, exc: TooNew, report: RoundReport) -> tuple[bool, str]:
        """Parked: nothing of this origin is applied past it until the program is updated."""
        report.needs_update = True
        report.problems.append(Problem("too_new", f"{folder(origin)}/{name}", str(exc), origin))
        return False, f"Ændringer fra pc {self.peer_name(origin)} kræver en nyere version af programmet."

    def _apply_file(self, change_file: ChangeFile, pos: int, report: RoundReport) -> None:
        changes = [c for c in change_file.changes if c.seq > pos]
        now = self.now()
        with self.db.transaction() as session:
            connection = session.connection()  # Core only: nothing here is captured as a local edit
            outcome = Merger(connection, now).apply(changes, change_file.origin)
            clashes = check_after_merge(connection, outcome.changed, now)
            set_position(connection, change_file.origin, change_file.last_seq, change_file.max_hlc or None, now,
                         change_file.chain)
            if change_file.max_hlc:  # the database's clock, moved inside this transaction
                advance_clock(connection, self.db.capture.clock, receive=Timestamp.parse(change_file.max_hlc))
            crash_point("import.applied")
        crash_point("import.committed")
        report.imported_changes += outcome.applied
        report.imported_files += 1
        report.new_conflicts += outcome.conflicts + clashes
        report.data_changed = report.data_changed or bool(outcome.applied)

    # --- peers and status -------------------------------------------------------------------

    def peer_name(self, origin: str) -> str:
        cache = getattr(self, "_peer_names", None)
        if cache is None:
            with self.db.reading() as session:
                cache = self._peer_names = {o: n for o, n in session.execute(select(SyncPeer.origin, SyncPeer.name))}
        name = cache.get(origin)
        return f"»{name}« ({origin[:8]})" if name else origin[:8]

    def _read_peers(self, scan: dict[str, dict[str, Entry]]) -> None:
        with self.db.reading() as session:
            cached = {p.origin: p.status_file for p in session.scalars(select(SyncPeer))}
        updates = []
        for origin, files in scan.items():
            if origin == self.origin:
                continue
            statuses = sorted((n for n in files if n.startswith("s-") and classify(n) == "status"), reverse=True)
            for name in statuses:
                if cached.get(origin) == name:
                    break
                path = f"{folder(origin)}/{name}"
                try:
                    status = read_status_file(origin, self.share.read(path))
                except OSError as exc:
                    self.skipped(path, exc)
                    continue
                except BadFile:
                    continue
                chains = dict(status.get("chains") or {})
                chains[origin] = status.get("exported_chain")
                updates.append({
                    "origin": origin, "name": str(status.get("name") or "")[:120] or None,
                    "app_version": str(status.get("app") or "")[:40] or None, "status_file": name,
                    "last_contact": _utc(int(status.get("wall") or 0)),
                    "positions": {**(status.get("positions") or {}),
                                  origin: int(status.get("exported_through") or 0)},
                    "former_origins": {"former": status.get("former") or [],
                                       "first_kept": status.get("first_kept"),
                                       "origin_start": status.get("origin_start"),
                                       "chains": chains, "forks": sorted(status.get("forks") or [])},
                })
                break
        if updates:
            with self.db.transaction() as session:
                upsert(session.connection(), SyncPeer.__table__, updates, ["origin"])
            self._peer_names = None

    def exported_through(self) -> tuple[int, str | None]:
        """The last change number this PC has written to the share under its origin, and its chain hash."""
        from .identity import own_history

        history = own_history(self)
        sent = [r for r in self._own_files(("done", "removed")) if r.origin == self.origin]
        last = max((r.last_seq for r in sent), default=history.start - 1)
        return last, history.chains.get(last)

    def _status_content(self) -> dict[str, Any]:
        me = self.origin
        mine = [r for r in self._own_files(("done",)) if r.origin == me]
        with self.db.reading() as session:
            connection = session.connection()
            positions = applied_positions(connection)
            chains = {o: c for o, c in applied_chains(connection).items() if c is not None}
            origin_start = int(get_state(connection, ORIGIN_START_KEY) or 1)
            former = json.loads(get_state(connection, FORMER_ORIGINS_KEY) or "[]")
            forks = sorted(json.loads(get_state(connection, FORKS_KEY) or "{}"))
        exported_through, exported_chain = self.exported_through()
        first_kept = min((r.first_seq for r in mine), default=exported_through + 1)
        return {"origin": me, "name": self.pc_name, "app": self.app_version, "reader": READER_VERSION,
                "positions": positions, "chains": chains, "exported_through": exported_through,
                "exported_chain": exported_chain, "first_kept": first_kept, "former": former,
                "origin_start": origin_start, "forks": forks}

    def _publish_status(self, scan: dict[str, dict[str, Entry]], report: RoundReport) -> None:
        content = self._status_content()
        with self.db.reading() as session:
            published = json.loads(get_state(session.connection(), PUBLISHED_KEY) or "{}")
        names = list(published.get("names") or [])
        mine = scan.get(self.origin, {})
        current = [n for n in mine if classify(n) == "status" and n in names]  # never another history's file
        fresh = (published.get("content") == content and current
                 and self.wall() - int(published.get("wall", 0)) < self.options.status_refresh_ms)
        if fresh:
            return
        with self.db.transaction() as session:
            [stamp] = advance_clock(session.connection(), self.db.capture.clock, stamps=1)
        name, data = build_status_file(stamp.millis, {**content, "hlc": str(stamp), "wall": self.wall()})
        names = [*names, name][-PUBLISHED_NAMES_KEPT:]
        with self.db.transaction() as session:  # remembered first: a crash after writing never makes it foreign
            set_state(session.connection(), PUBLISHED_KEY, json.dumps({"content": content, "wall": self.wall(),
                                                                       "names": names}))
        self.share.write_new(f"{folder(self.origin)}/{name}", data)
        for old in current:
            try:
                self.share.remove(f"{folder(self.origin)}/{old}")
            except OSError as exc:
                self.skipped(f"{folder(self.origin)}/{old}", exc, "fjernes")

    # --- clean-up -------------------------------------------------------------------------

    def active_peers(self) -> list[SyncPeer]:
        horizon = self.now().timestamp() * 1000 - self.options.peer_horizon_ms
        with self.db.reading() as session:
            peers = list(session.scalars(select(SyncPeer)))
        return [p for p in peers if p.last_contact is not None and p.last_contact.timestamp() * 1000 >= horizon]

    def _cleanup(self, scan: dict[str, dict[str, Entry]], report: RoundReport) -> None:
        if self.options.cleanup:
            from .cleanup import clean_up

            clean_up(self, scan)

    # --- problems and the round's summary ------------------------------------------------------

    def _record_problems(self, scan: dict[str, dict[str, Entry]], report: RoundReport) -> None:
        now = self.now()
        rows: dict[str, dict[str, Any]] = {}
        for problem in report.problems:
            rows[problem.path] = {"path": problem.path[:400], "origin": problem.origin, "kind": problem.kind,
                                  "detail": problem.detail, "size": None, "first_seen": now, "last_seen": now}
            bad = getattr(self, "_bad", {}).get(problem.path)
            if bad is not None:
                rows[problem.path]["size"] = bad.size
        with self.db.transaction() as session:
            existing = {p.path: p.first_seen for p in session.scalars(select(SyncParkedFile))}
            session.execute(delete(SyncParkedFile).where(SyncParkedFile.path.not_in(list(rows) or [""])))
            for row in rows.values():
                row["first_seen"] = existing.get(row["path"], now)
            upsert(session.connection(), SyncParkedFile.__table__, list(rows.values()), ["path"])

    def _save_report(self, report: RoundReport) -> None:
        try:
            with self.db.transaction() as session:
                set_state(session.connection(), LAST_ROUND_KEY, report.to_json())
                if report.ok:
                    set_state(session.connection(), LAST_OK_KEY, str(report.finished_ms))
        except Exception:  # the report is a courtesy; never let it hide the round's own error
            log.exception("Delingens status kunne ikke gemmes")


__all__ = ["Problem", "RoundReport", "SyncEngine", "SyncOptions", "round_lock"]
