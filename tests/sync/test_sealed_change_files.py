"""With an office key, change files on the share are sealed: no personal data in plain text, tampering refused."""

from __future__ import annotations

import pytest

from boligsocial_desktop.crypto import changefiles
from boligsocial_desktop.sync import files


def test_change_file_payload_is_sealed_and_checked(tmp_path):
    from boligsocial_desktop.crypto import KeyLocation, create_office_key

    keys = create_office_key(KeyLocation(tmp_path / "share", tmp_path / "local"), "en lang adgangsfrase", None)
    changefiles.configure(keys)
    try:
        sealed = files.seal(b'{"notes": "Hodan Ali, telefon 22 33 44 55"}')
        assert b"Hodan" not in sealed and b"22 33 44 55" not in sealed
        assert files.unseal(sealed) == b'{"notes": "Hodan Ali, telefon 22 33 44 55"}'
        tampered = bytearray(sealed)
        tampered[len(tampered) // 2] ^= 1
        with pytest.raises(files.BadFile):
            files.unseal(bytes(tampered))
    finally:
        changefiles.configure(None)
    with pytest.raises(files.BadFile, match="kontornøglen"):
        files.unseal(sealed)
