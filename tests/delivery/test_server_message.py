"""The server-unreachable message at start: all Danish, and shown once when the user presses Annuller."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from boligsocial_desktop import app as app_module
from boligsocial_desktop.settings import Settings
from boligsocial_desktop.storage.postgres import server_unavailable


def _down():
    raise server_unavailable(ConnectionRefusedError("connection refused: is the server running on that host?"),
                             make_url("postgresql+psycopg://boligsocial@kontorserver:5432/boligsocial"))


def test_annuller_ends_the_start_without_a_second_message(app_context, monkeypatch):
    from PySide6.QtWidgets import QApplication

    asked, criticals = [], []
    monkeypatch.setattr(app_module, "_ask_retry", lambda message: asked.append(message) or False)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: criticals.append(args))
    assert app_module._run_window(QApplication.instance(), _down, None, None, Settings()) == 1
    assert len(asked) == 1 and criticals == []
    assert asked[0].startswith("Databaseserveren (kontorserver:5432) svarer ikke.")
    assert "connection refused" not in asked[0] and "Teknisk" not in asked[0]


def test_the_question_has_danish_buttons(app_context, monkeypatch):
    seen = []

    def exec_(box):
        seen.append(sorted(button.text() for button in box.buttons()))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert app_module._ask_retry("Databaseserveren svarer ikke.") is False
    assert seen == [["&Prøv igen", "Annuller"]]
