"""`boligsocial-desktop flyer ACTIVITY_ID -o FILE.pdf [--lang ...] [--paper ...] [--template ...]`."""

from __future__ import annotations

from flyer_helpers import ARABIC_DESCRIPTION, TURKISH, assert_text_on_page, make_dinner

from boligsocial_desktop.cli import main
from boligsocial_desktop.storage.engine import open_database


def _dinner_db(tmp_path, **kwargs):
    path = tmp_path / "kontor.sqlite"
    db = open_database(path=path)
    dinner = make_dinner(db, **kwargs)
    db.dispose()
    return path, dinner.id


def test_flyer_command_writes_a_four_language_poster(tmp_path, capsys):
    path, activity_id = _dinner_db(tmp_path)
    out = tmp_path / "plakat.pdf"
    code = main(["--db", str(path), "flyer", activity_id, "-o", str(out), "--lang", "da,ar,so,tr", "--paper", "A3",
                 "--template", "kopi"])
    assert code == 0
    assert "sprog: dansk, arabisk, somali, tyrkisk" in capsys.readouterr().out
    pdf = out.read_bytes()
    assert_text_on_page(pdf, ARABIC_DESCRIPTION)
    assert_text_on_page(pdf, TURKISH)
    assert b"/MediaBox [ 0 0 841.8898 1190.551 ]" in pdf  # A3


def test_flyer_command_defaults_to_translated_languages(tmp_path, capsys):
    path, activity_id = _dinner_db(tmp_path)
    out = tmp_path / "plakat.pdf"
    assert main(["--db", str(path), "flyer", activity_id, "-o", str(out)]) == 0
    assert "sprog: dansk, arabisk, somali, tyrkisk" in capsys.readouterr().out


def test_flyer_command_errors_are_one_danish_line(tmp_path, capsys):
    path, activity_id = _dinner_db(tmp_path)
    out = tmp_path / "plakat.pdf"
    assert main(["--db", str(path), "flyer", activity_id, "-o", str(out), "--lang", "da,ur"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fejl: Plakaten mangler oversættelser (urdu: titel og beskrivelse)") and err.count("\n") == 1
    assert not out.exists()
    assert main(["--db", str(path), "flyer", "findes-ikke", "-o", str(out)]) == 1
    assert "Aktiviteten »findes-ikke« findes ikke. Du kan vælge en af disse: Fællesspisning" in capsys.readouterr().err
    assert main(["--db", str(path), "flyer", activity_id, "-o", str(out), "--template", "plakat"]) == 1
    assert "Skabelonen »plakat« findes ikke. Vælg en af: overskrift, foto, kopi." in capsys.readouterr().err
