"""The Beboerambassadører page: roster, shift plan and welcome-visit queue."""

from .page import AmbassadorsPage

__all__ = ["AmbassadorsPage"]
