"""Alembic migrations. SCHEMA_HEAD names the newest revision, so a start-up with an
up-to-date database need not load Alembic at all; a test keeps it equal to the real head."""

SCHEMA_HEAD = "0011_reportidx"
