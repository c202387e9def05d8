"""The yardstick for the commands' cold start: a bare Python process that opens the SQLite file with
SQLAlchemy, reads one row and draws one ReportLab page, and nothing else.

    python benchmarks/cold_start_baseline.py DATABASE OUTPUT.pdf [--orm]

With --orm it reads the row through an ORM Session (sqlalchemy.orm loaded), as the app does.

A command (`program`, `ics`, `export`, `flyer`) run as a new process should take at most twice this one's CPU
time (README, "Speed"). Time both the same way, whole process, in turns, with compiled bytecode:

    /usr/bin/time -f %U+%S python benchmarks/cold_start_baseline.py demo.sqlite /tmp/base.pdf
    /usr/bin/time -f %U+%S python -m boligsocial_desktop --db demo.sqlite program --house HUS --month 2026-12 \
        -o /tmp/p.pdf
"""

from __future__ import annotations

import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import create_engine, text


def main(database: str, output: str, orm: bool = False) -> None:
    engine = create_engine(f"sqlite:///{database}")
    query = text("SELECT name FROM houses LIMIT 1")
    if orm:
        from sqlalchemy.orm import Session

        with Session(engine) as session:
            title = session.execute(query).scalar() or ""
    else:
        with engine.connect() as connection:
            title = connection.execute(query).scalar() or ""
    engine.dispose()
    canvas = Canvas(output, pagesize=A4)
    canvas.setFont("Helvetica-Bold", 24)
    canvas.drawString(72, A4[1] - 96, title)
    canvas.showPage()
    canvas.save()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], orm="--orm" in sys.argv[3:])
