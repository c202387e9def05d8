"""Hybrid logical clock (HLC): timestamps that order changes across PCs with skewed clocks.

A timestamp is rendered as fixed-width text "PPPPPPPPPPPPPPP.CCCCC.ORIGIN" (logical
milliseconds, a counter, and the origin id as the deterministic tie-break) so that
plain string comparison gives the causal order. Text order equals numeric order only
while every field keeps its width, so the counter never goes past 99,999: when it
would, the clock moves its logical milliseconds on by one and starts the counter again
(under extreme load, or while the wall clock stands behind a peer's or its own earlier
time, the logical part simply runs that much ahead). The format is the one every PC
has always written, so old and new PCs read each other's stamps.

One clock per database, not per process: the clock in memory is only a cache. Whoever
stamps or moves the clock does it inside the write transaction, after reading the
stored last stamp (`observe`), and stores the new last stamp in the same transaction
(see `storage.outbox.advance_clock`). Two processes on one database (the program and a
scheduled `sync`) therefore never issue a stamp lower than one already stored.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

MAX_COUNTER = 99_999  # five digits
MAX_MILLIS = 10 ** 15 - 1  # fifteen digits: the year 33658
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, order=True)
class Timestamp:
    millis: int
    counter: int
    origin: str

    def __str__(self) -> str:
        return f"{self.millis:015d}.{self.counter:05d}.{self.origin}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        millis, counter, origin = text.split(".", 2)
        return cls(int(millis), int(counter), origin)


def hlc_datetime(hlc: str | Timestamp) -> datetime:
    """The moment a stamp names (its logical milliseconds) as an aware UTC datetime."""
    millis = hlc.millis if isinstance(hlc, Timestamp) else int(hlc.split(".", 1)[0])
    return _EPOCH + timedelta(milliseconds=millis)


def _carry(millis: int, counter: int) -> tuple[int, int]:
    """Keep the counter within five digits: past 99,999 the logical millis move on by one."""
    if counter > MAX_COUNTER:
        return millis + 1, 0
    return millis, counter


class HybridLogicalClock:
    def __init__(self, origin: str, last: Timestamp | None = None, wall: Callable[[], int] | None = None):
        self.origin = origin
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._millis, self._counter = _carry(last.millis, last.counter) if last else (0, 0)
        self._lock = threading.Lock()

    def now(self) -> Timestamp:
        """A timestamp for a local event, later than every one given out, observed or received."""
        with self._lock:
            wall = self._wall()
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            else:
                self._millis, self._counter = _carry(self._millis, self._counter + 1)
            return Timestamp(self._millis, self._counter, self.origin)

    def receive(self, remote: Timestamp) -> None:
        """Move past a timestamp seen in another PC's change."""
        with self._lock:
            wall = self._wall()
            top = max(wall, self._millis, remote.millis)
            if top == self._millis == remote.millis:
                counter = max(self._counter, remote.counter) + 1
            elif top == self._millis:
                counter = self._counter + 1
            elif top == remote.millis:
                counter = remote.counter + 1
            else:
                counter = 0
            self._millis, self._counter = _carry(top, counter)

    def observe(self, stored: Timestamp) -> None:
        """Catch up with the last stamp stored in the database (another process may have moved it).

        Never moves backwards; the next `now()` is later than `stored`.
        """
        with self._lock:
            if (stored.millis, stored.counter) > (self._millis, self._counter):
                self._millis, self._counter = _carry(stored.millis, stored.counter)

    @property
    def last(self) -> Timestamp:
        with self._lock:
            return Timestamp(self._millis, self._counter, self.origin)
