"""Facts about the office's data as a whole."""

from __future__ import annotations

from sqlalchemy import select

from ..storage.engine import Database
from ..storage.models import Activity, AdviceVisit, Ambassador, Estate

USER_DATA_MODELS = (Estate, Activity, Ambassador, AdviceVisit)


def database_is_empty(db: Database) -> bool:
    """True until the office has entered (or loaded) data; reference lists from migrations don't count."""
    with db.reading() as session:
        return all(session.scalars(select(model.id).limit(1)).first() is None for model in USER_DATA_MODELS)
