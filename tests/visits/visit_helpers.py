"""Helpers shared by the advice-visit tests (imported by name; tests/visits is on sys.path)."""

from __future__ import annotations

ADVISER_PIN = "2468"
ADMIN_PIN = "1357"


def stored_note(db, visit_id: str) -> str | None:
    """A visit's note as stored, opened with the advisers' key this test's session holds (notes are sealed)."""
    from boligsocial_desktop.services import advisers_key
    from boligsocial_desktop.storage.models import AdviceVisit

    with db.reading() as session:
        holder = advisers_key.holder_in(session)
        value = session.get(AdviceVisit, visit_id).notes
        return advisers_key.open_note(session, next(iter(holder.holders), None), visit_id, value)
