"""The server password comes from the operating system's keyring, never from the URL in the settings."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from boligsocial_desktop.storage.postgres import KEYRING_SERVICE, keyring_user, server_connect_args


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


URL = "postgresql+psycopg://boligsocial_app@db.kommune.dk/boligsocial?sslmode=verify-full"


def test_the_password_is_looked_up_by_user_host_port_and_database(memory_keyring):
    assert keyring_user(make_url(URL)) == "boligsocial_app@db.kommune.dk:5432/boligsocial"
    memory_keyring.set_password(KEYRING_SERVICE, "boligsocial_app@db.kommune.dk:5432/boligsocial", "hemmelig")
    args = server_connect_args(make_url(URL))
    assert args["password"] == "hemmelig" and args["connect_timeout"] == 5


def test_without_a_keyring_entry_no_password_is_sent(memory_keyring):
    assert "password" not in server_connect_args(make_url(URL))


def test_a_url_with_its_own_password_or_timeout_is_left_alone(memory_keyring):
    memory_keyring.set_password(KEYRING_SERVICE, "boligsocial_app@db.kommune.dk:5432/boligsocial", "hemmelig")
    args = server_connect_args(make_url("postgresql+psycopg://boligsocial_app:andet@db.kommune.dk/boligsocial"
                                        "?connect_timeout=20"))
    assert args == {}


def test_sqlite_needs_nothing(memory_keyring):
    assert server_connect_args(make_url("sqlite:///kontor.sqlite")) == {}
