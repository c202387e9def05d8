"""Hybrid logical clock (HLC): timestamps that order changes across PCs with skewed clocks.

A timestamp is rendered as fixed-width text "PPPPPPPPPPPPPPP.CCCCC.ORIGIN" (wall-clock
milliseconds, a counter, and the origin id as the deterministic tie-break) so that
plain string comparison gives the causal order.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True, order=True)
class Timestamp:
    millis: int
    counter: int
    origin: str

    def __str__(self) -> str:
        return f"{self.millis:015d}.{self.counter:05d}.{self.origin}"

    @classmethod
    def parse(cls, text: str) -> "Timestamp":
        millis, counter, origin = text.split(".", 2)
        return cls(int(millis), int(counter), origin)


class HybridLogicalClock:
    def __init__(self, origin: str, last: Timestamp | None = None, wall: Callable[[], int] | None = None):
        self.origin = origin
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._millis = last.millis if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def now(self) -> Timestamp:
        """A timestamp for a local event, later than every one given out or received."""
        with self._lock:
            wall = self._wall()
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            else:
                self._counter += 1
            return Timestamp(self._millis, self._counter, self.origin)

    def receive(self, remote: Timestamp) -> None:
        """Move past a timestamp seen in another PC's change."""
        with self._lock:
            wall = self._wall()
            top = max(wall, self._millis, remote.millis)
            if top == self._millis == remote.millis:
                self._counter = max(self._counter, remote.counter) + 1
            elif top == self._millis:
                self._counter += 1
            elif top == remote.millis:
                self._counter = remote.counter + 1
            else:
                self._counter = 0
            self._millis = top

    @property
    def last(self) -> Timestamp:
        with self._lock:
            return Timestamp(self._millis, self._counter, self.origin)
