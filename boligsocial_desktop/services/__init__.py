"""Use cases: the only write path. No Qt here; plain dataclasses in and out."""
