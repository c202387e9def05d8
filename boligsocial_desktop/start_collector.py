"""Python's garbage collector paused while a process starts.

A start makes some hundred thousand objects that live until the process ends (modules, classes, the ORM
mapping, the window's widgets), and the collector would scan them again and again while they are made:
about a third of the CPU of `program` or `export`, and a share of the window's start (README, Speed).
A process started for one command pauses it until the database is open; the program's window, until its
first paint. Then what the start made is frozen (kept out of every later collection) and collection
resumes.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
