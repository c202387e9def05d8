"""Sealed streams (large backups in chunks): round trip, every byte flipped, cut short, chunks moved."""

from __future__ import annotations

import io

import pytest
from crypto_helpers import PASSPHRASE

from boligsocial_desktop.crypto import CryptoError, create_office_key
from boligsocial_desktop.crypto.envelope import open_stream, seal_stream


@pytest.fixture
def keys(pc_a):
    return create_office_key(pc_a.location, PASSPHRASE, pc_a.store)


def sealed(keys, plain: bytes, chunk: int) -> bytes:
    out = io.BytesIO()
    seal_stream(io.BytesIO(plain), out, {"kind": "backup"}, keys, chunk_size=chunk)
    return out.getvalue()


def opened(keys, data: bytes) -> tuple[dict, bytes]:
    out = io.BytesIO()
    header = open_stream(io.BytesIO(data), out, keys)
    return header, out.getvalue()


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 1000])
def test_round_trip_for_sizes_around_the_chunk(keys, size):
    plain = bytes(range(256)) * 4
    plain = plain[:size]
    assert opened(keys, sealed(keys, plain, 64)) == ({"kind": "backup"}, plain)


def test_every_flipped_byte_and_every_cut_is_refused(keys):
    data = sealed(keys, b"Navn: Aisha, tlf. 20304050. " * 8, 64)
    for position in range(len(data)):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        with pytest.raises(CryptoError):
            opened(keys, bytes(damaged))
    for cut in range(len(data)):
        with pytest.raises(CryptoError):
            opened(keys, data[:cut])
    with pytest.raises(CryptoError, match="ekstra indhold"):
        opened(keys, data + b"\x00")


def test_chunks_cannot_be_swapped_or_dropped(keys):
    data = sealed(keys, b"a" * 64 + b"b" * 64 + b"c" * 10, 64)
    chunk = 1 + 4 + 64 + 16
    body_start = len(data) - (2 * chunk + 1 + 4 + 10 + 16)
    head, first, second, last = (data[:body_start], data[body_start:body_start + chunk],
                                 data[body_start + chunk:body_start + 2 * chunk], data[body_start + 2 * chunk:])
    assert opened(keys, head + first + second + last)[1].startswith(b"a" * 64)
    for forged in (head + second + first + last, head + first + last, head + first + second):
        with pytest.raises(CryptoError):
            opened(keys, forged)
