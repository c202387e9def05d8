"""Every visible string has a Danish translation, and generated files match their sources."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from boligsocial_desktop.paths import resources_dir
from boligsocial_desktop.ui import build_forms


def test_no_untranslated_strings():
    files = sorted((resources_dir() / "translations").glob("*_da.ts"))
    assert files
    untranslated = [
        (ts.name, message.findtext("source"))
        for ts in files
        for message in ET.parse(ts).iter("message")
        if message.find("translation").get("type") == "unfinished" or not message.findtext("translation")
    ]
    assert untranslated == []


def test_generated_forms_and_translations_are_up_to_date():
    assert build_forms.check() == []
