"""One program per user and database: a second start raises the first window and exits at once."""

from __future__ import annotations

import signal
import subprocess
import sys

from delivery_helpers import prepare_database, program, program_env, wait_for_text

from boligsocial_desktop.single_instance import SingleInstance, lock_path, server_name


def test_second_start_raises_the_first_window_and_exits(tmp_path):
    db_path, data_dir = tmp_path / "kontor.sqlite", tmp_path / "data"
    prepare_database(db_path)
    env = program_env(data_dir)
    log_file = data_dir / "logs" / "boligsocial.log"
    first = subprocess.Popen(program("--db", str(db_path)), env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        wait_for_text(log_file, "Hovedvinduet vises", timeout=60)
        second = subprocess.run(program("--db", str(db_path)), env=env, capture_output=True, timeout=60)
        assert second.returncode == 0
        content = wait_for_text(log_file, "Vinduet er hentet frem", timeout=15)
        assert "det første vindue blev bedt om at komme frem" in content
        assert content.count("Hovedvinduet vises") == 1  # the second process never opened a window
        assert first.poll() is None  # the first keeps running
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=30)


def test_other_database_is_another_instance(tmp_path, qapp):
    a, b = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    assert server_name(a) != server_name(b)
    assert lock_path(tmp_path, a) != lock_path(tmp_path, b)
    first = SingleInstance(a, tmp_path)
    other = SingleInstance(b, tmp_path)
    try:
        assert first.acquire() and other.acquire()
    finally:
        first.release()
        other.release()


CRASHING_HOLDER = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from boligsocial_desktop.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1], Path(sys.argv[2]))
print("locked" if instance.acquire() else "not locked", flush=True)
time.sleep(60)
"""


def test_lock_of_a_killed_process_is_taken_over(tmp_path, qapp):
    database = str(tmp_path / "kontor.sqlite")
    holder = subprocess.Popen([sys.executable, "-c", CRASHING_HOLDER, database, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        while_running = SingleInstance(database, tmp_path)
        assert not while_running.acquire(notify=False)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert lock_path(tmp_path, database).exists()  # left behind by the killed process
    after_crash = SingleInstance(database, tmp_path)
    try:
        assert after_crash.acquire(notify=False)
    finally:
        after_crash.release()
