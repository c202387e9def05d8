"""What to do next on an empty database: a note on each empty page with buttons that do it."""

from .empty_state import EmptyState
from .places import add_room, create_house, explain_missing_rooms

__all__ = ["EmptyState", "add_room", "create_house", "explain_missing_rooms"]
