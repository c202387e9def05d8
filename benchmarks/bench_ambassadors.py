"""The ambassador roster's speed targets on the large demo database (2,000 ambassadors)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from benchmarks.registry import Figures, demo_today, measure, register


@register("ambassadors.roster_by_language")
def roster_by_language(db_path: Path) -> Figures:
    """The roster filtered by one language (target ≤ 50 ms), and the whole roster."""
    from boligsocial_desktop.services.ambassadors.roster import AmbassadorService, RosterFilter
    from boligsocial_desktop.storage.engine import open_database

    db = open_database(path=db_path)
    service = AmbassadorService(db, today=demo_today(db_path))
    figures = {
        "somali_speakers": measure(lambda: service.roster(RosterFilter(language="so")), repeat=9),
        "everyone": measure(lambda: service.roster(RosterFilter(status=None)), repeat=5),
        "rows": len(service.roster(RosterFilter(language="so"))),
    }
    db.dispose()
    return figures


@register("ambassadors.welcome_suggestions")
def welcome_suggestions(db_path: Path) -> Figures:
    """Ambassadors suggested for one open welcome visit (target ≤ 30 ms)."""
    from boligsocial_desktop.services.ambassadors.welcome import WelcomeVisitService
    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.storage.models import WelcomeVisit

    db = open_database(path=db_path)
    service = WelcomeVisitService(db, today=demo_today(db_path))
    with db.reading() as session:
        visit_id = session.scalars(select(WelcomeVisit.id).where(WelcomeVisit.state == "åben")).first()
    figures = {
        "matching": measure(lambda: service.suggestions(visit_id), repeat=9),
        "show_everyone": measure(lambda: service.suggestions(visit_id, show_everyone=True), repeat=5),
    }
    db.dispose()
    return figures
