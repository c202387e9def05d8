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


# --- database errors without SQL or values -----------------------------------------------------------
# SQLAlchemy's text of an error holds the SQL statement and (unless hidden) its parameters: names, notes,
# phone numbers. What the user sees and what the log keeps is one of these Danish lines instead.

DATABASE_LOCKED = ("Databasen er optaget af et andet program eller en anden kørsel af Boligsocial Desktop "
                   "(fx den planlagte deling eller en virusscanner). Vent et øjeblik, og prøv igen. Intet er gemt.")
DISK_FULL = ("Disken er fuld, så databasen kan ikke gemme mere. Frigør plads på disken (eller bed den, der passer "
             "pc'erne, om hjælp), og prøv igen. Intet er gemt.")
READ_ONLY = ("Datamappen eller databasefilen er skrivebeskyttet, så intet kan gemmes. Databasen er ikke "
             "beskadiget. Giv din bruger skriveadgang til mappen (eller bed den, der passer pc'erne, om det), og "
             "prøv igen.")
CANNOT_OPEN = ("Databasefilen kan ikke åbnes: mappen findes ikke, er skrivebeskyttet eller kan ikke nås. "
               "Kontrollér datamappen, og prøv igen.")
IO_ERROR = ("Disken svarer ikke, som den skal (læse- eller skrivefejl). Prøv igen; sker det igen, så bed den, der "
            "passer pc'erne, om at se på disken.")


def _sqlite_cause(exc: BaseException) -> BaseException:
    return getattr(exc, "orig", None) or exc


def sqlite_error_kind(exc: BaseException) -> str | None:
    """"locked", "full", "readonly", "cantopen", "ioerr" or None, from a sqlite3 or SQLAlchemy error."""
    cause = _sqlite_cause(exc)
    name = str(getattr(cause, "sqlite_errorname", "") or "").upper()
    text = str(cause.args[0] if getattr(cause, "args", None) else cause).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text or "is busy" in text:
        return "locked"
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text or "disk is full" in text:
        return "full"
    if name.startswith("SQLITE_READONLY") or "readonly database" in text or "read-only" in text:
        return "readonly"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
        return "cantopen"
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return "ioerr"
    return None


def sqlite_error_message(exc: BaseException, fallback: str | None = None) -> str:
    """A Danish sentence for a database error, never its SQL or parameter values."""
    kind = sqlite_error_kind(exc)
    messages = {"locked": DATABASE_LOCKED, "full": DISK_FULL, "readonly": READ_ONLY, "cantopen": CANNOT_OPEN,
                "ioerr": IO_ERROR}
    if kind is not None:
        return messages[kind]
    code = getattr(_sqlite_cause(exc), "sqlite_errorname", None)
    return fallback or ("Databasen kan ikke bruges lige nu" + (f" (SQLite: {code})" if code else "") +
                        ". Prøv igen; sker det igen, så gendan fra en sikkerhedskopi.")


def storage_error(exc: BaseException, fallback: str | None = None) -> StorageError:
    return StorageError(sqlite_error_message(exc, fallback))
