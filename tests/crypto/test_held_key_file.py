"""The office key file on the share is replaced through the retrying helper (another PC may be reading it)."""

from __future__ import annotations

import json

from boligsocial_desktop.crypto import create_office_key

PASSPHRASE = "gul-cykel-ved-søen-7"  # as in this folder's conftest


def test_the_key_file_is_written_while_another_pc_holds_it_for_a_moment(pc_a, faulty_files):
    faulty_files.held = 3
    create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    assert faulty_files.waits == [0.05, 0.1, 0.2]
    shared = json.loads(pc_a.location.share_file.read_text(encoding="utf-8"))
    assert shared["office_id"] and pc_a.location.local_file.is_file()
    assert not [p for p in pc_a.location.share_file.parent.iterdir() if p.name.endswith(".tmp")]
