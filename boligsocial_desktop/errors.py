"""Typed errors carrying a clear Danish message for the user."""

from __future__ import annotations


class AppError(Exception):
    """Base of every error the user should see as a message (never as a traceback)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(AppError):
    """Input that breaks a rule; `field` names the form field when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFoundError(AppError):
    pass


class StaleEditError(AppError):
    """Someone else saved the same row since this edit started."""


class StorageError(AppError):
    """The database cannot be opened or used as it is."""
