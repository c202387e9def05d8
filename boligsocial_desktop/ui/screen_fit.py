"""Windows sized for the screen they open on: a preferred size, never larger than the screen's free area."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_size(widget: QWidget) -> QSize:
    # The primary screen, not widget.screen(): asking a widget for its screen while it is being built
    # crashed a later widget (PySide6 6.10, seen with the activity dialog).
    return QGuiApplication.primaryScreen().availableGeometry().size()


def resize_within_screen(widget: QWidget, preferred: QSize) -> None:
    """`preferred` where the screen has room, the screen's free area (less a margin for the frame) where not."""
    room = available_size(widget) - QSize(16, 40)
    widget.resize(preferred.boundedTo(room).expandedTo(widget.minimumSizeHint()))
