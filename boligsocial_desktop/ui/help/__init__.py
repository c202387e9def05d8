"""The user guide inside the program: docs/guide rendered with its pictures, searchable, F1 per view."""

from .window import HelpWindow, show_help

__all__ = ["HelpWindow", "show_help"]
