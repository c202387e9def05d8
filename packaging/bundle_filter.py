"""What the PyInstaller build leaves out of the bundle (used by boligsocial.spec; tested in tests/delivery).

- Qt's own translations other than Danish (about 6 MB): the PySide6 wheel keeps them in
  `PySide6/Qt/translations/` on Linux and macOS but in `PySide6/translations/` on Windows;
- the translators' `.ts` sources beside our compiled `.qm` files;
- Qt's network plugins for TLS and network status (QtNetwork only serves the local socket that
  raises the first window).
"""

from __future__ import annotations

QT_TRANSLATION_FOLDERS = ("PySide6/Qt/translations/", "PySide6/translations/")
UNUSED_PLUGINS = ("/plugins/tls/", "/plugins/networkinformation/")


def wanted(destination: str) -> bool:
    """Whether a file bound for `destination` (relative to the bundle's _internal folder) goes in."""
    dest = "/" + destination.replace("\\", "/")
    if any(f"/{folder}" in dest for folder in QT_TRANSLATION_FOLDERS) and not dest.endswith("_da.qm"):
        return False
    if dest.endswith(".ts") and "/translations/" in dest:
        return False
    return not any(part in dest for part in UNUSED_PLUGINS)
