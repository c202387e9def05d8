"""Files the program writes for the user appear whole or not at all."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from pathlib import Path

from .. import fileops
from ..errors import AppError


def write_atomically(target: Path, write: Callable[[str], object] | bytes) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written file under its name.

    A file that cannot be written (no such folder, no rights, disk full, open in Excel)
    becomes one Danish sentence that says what to do.
    """
    target = Path(target)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(write, bytes):
            with open(temporary, "xb") as handle:
                handle.write(write)
        else:
            write(str(temporary))
        fileops.replace(temporary, target)  # retries while another program holds the old file
    except OSError as exc:
        raise AppError(f"Filen {target} kunne ikke gemmes ({exc.strerror or exc}). Vælg en anden mappe eller et "
                       "andet filnavn; er filen åben i Excel, så luk den først.") from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
