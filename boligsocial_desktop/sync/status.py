"""What the status bar and the settings tab show about sharing: plain data, no Qt.

Also where the shared folder is chosen and checked (the folder itself is this PC's setting
`settings.Settings.share_dir`; the check lives here so the command line uses the same rules).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from ..errors import ValidationError
from ..storage.engine import Database
from ..storage.models import OutboxChange, SyncConflict, SyncParkedFile, SyncPeer
from .engine import Problem, RoundReport
from .state import LAST_OK_KEY, LAST_ROUND_KEY, get_state

SHARE_ENV = "BOLIGSOCIAL_SHARE"


@dataclass(frozen=True)
class PeerInfo:
    origin: str
    name: str | None
    last_contact: datetime | None
    app_version: str | None


@dataclass(frozen=True)
class SyncStatus:
    last_round: RoundReport | None
    last_ok: datetime | None
    pending_changes: int
    open_conflicts: int
    conflicts_needing_decision: int
    peers: tuple[PeerInfo, ...]
    problems: tuple[Problem, ...]
    waiting: tuple[str, ...] = field(default=())

    @property
    def serious_problems(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.harmless)


def read_status(db: Database) -> SyncStatus:
    with db.reading() as session:
        raw = get_state(session.connection(), LAST_ROUND_KEY)
        last_ok = get_state(session.connection(), LAST_OK_KEY)
        pending = session.scalar(select(func.count()).select_from(OutboxChange)
                                 .where(OutboxChange.exported.is_(False))) or 0
        open_rows = session.execute(select(SyncConflict.kind).where(SyncConflict.resolved_at.is_(None))).all()
        peers = tuple(PeerInfo(p.origin, p.name, p.last_contact, p.app_version)
                      for p in session.scalars(select(SyncPeer).order_by(SyncPeer.name, SyncPeer.origin))
                      if p.origin != db.origin)
        parked = {p.path: p for p in session.scalars(select(SyncParkedFile))}
    report = RoundReport.from_json(raw) if raw else None
    problems = list(report.problems) if report else []
    known = {p.path for p in problems}
    problems += [Problem(p.kind, p.path, p.detail or "", p.origin) for path, p in parked.items() if path not in known]
    return SyncStatus(
        last_round=report, last_ok=datetime.fromtimestamp(int(last_ok) / 1000, UTC) if last_ok else None,
        pending_changes=pending, open_conflicts=len(open_rows),
        conflicts_needing_decision=sum(1 for (kind,) in open_rows if kind in ("manual", "delete_edit")),
        peers=peers, problems=tuple(problems), waiting=tuple(report.waiting) if report else ())


def check_share_folder(folder: str | os.PathLike[str], db: Database) -> Path:
    """The folder, resolved, if it can be the shared folder; a friendly ValidationError if not."""
    text = str(folder).strip()
    if not text:
        raise ValidationError("Vælg den delte mappe, fx et netværksdrev som S:\\Boligsocial.", "folder")
    path = Path(text).expanduser()
    if not path.is_dir():
        raise ValidationError(f"Mappen {path} findes ikke eller kan ikke nås. Tjek netværksdrevet, og vælg mappen "
                              "igen.", "folder")
    path = path.resolve()
    if db.path is not None:
        local = db.path.resolve().parent
        if path == local or local in path.parents or path in local.parents:
            raise ValidationError("Den delte mappe må ikke være programmets egen datamappe (eller ligge i den). "
                                  "Vælg en mappe på netværksdrevet.", "folder")
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".tmp-skrivetest-", delete=True) as handle:
            handle.write(b"ok")
            handle.flush()
    except OSError:
        raise ValidationError(f"Programmet kan ikke skrive i mappen {path}. Bed IT om skriveadgang, eller vælg en "
                              "anden mappe.", "folder") from None
    return path


__all__ = ["SHARE_ENV", "PeerInfo", "SyncStatus", "check_share_folder", "read_status"]
