"""Closed vocabularies stored as text in the database (values are the stored form)."""

from enum import StrEnum


class StaffRole(StrEnum):
    COORDINATOR = "koordinator"
    ADVISER = "rådgiver"
    HELPER = "medhjælper"
    ADMINISTRATOR = "administrator"


class Recurrence(StrEnum):
    SINGLE = "enkelt"
    WEEKLY = "ugentlig"
    BIWEEKLY = "hver_anden_uge"
    MONTHLY_WEEKDAY = "maanedlig_ugedag"


class SessionStatus(StrEnum):
    PLANNED = "planlagt"
    HELD = "afholdt"
    CANCELLED = "aflyst"


class AmbassadorStatus(StrEnum):
    ACTIVE = "aktiv"
    PAUSED = "pause"
    STOPPED = "stoppet"


class ConsentScope(StrEnum):
    NONE = "ingen"
    STORE = "gemme"
    STORE_AND_SHARE = "gemme_og_dele"


class DutyKind(StrEnum):
    WELCOME_VISIT = "velkomstbesøg"
    EVENT_HOST = "værtskab ved arrangement"
    LAUNDRY_INTRO = "vaskekælder-introduktion"
    WASTE_GUIDE = "affaldsguide"
    OTHER = "andet"


class AssignmentState(StrEnum):
    PROPOSED = "foreslået"
    CONFIRMED = "bekræftet"
    CANCELLED = "afbud"
    DONE = "udført"


class WelcomeVisitState(StrEnum):
    OPEN = "åben"
    PLANNED = "planlagt"
    DONE = "udført"
    NOT_HOME = "ikke truffet"
    DECLINED = "frabedt"


class Gender(StrEnum):
    FEMALE = "kvinde"
    MALE = "mand"
    OTHER = "andet"
    UNKNOWN = "ukendt"


class ParticipantKind(StrEnum):
    PERSON = "person"
    HOUSEHOLD = "husstand"


class SignupState(StrEnum):
    SIGNED_UP = "tilmeldt"
    WAITING = "venteliste"
    CANCELLED = "afmeldt"


class ConsentKind(StrEnum):
    ORAL = "mundtligt"
    WRITTEN = "skriftligt"


class ChangeOp(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class TargetMetric(StrEnum):
    """What a måltal (ActivityTarget.metric) counts; reports compute the actual figure the same way."""

    DIFFERENT_PARTICIPANTS = "forskellige_deltagere"  # new participants added up: each person once
    SESSIONS_HELD = "gange_afholdt"
    TOTAL_ATTENDANCE = "deltagere_i_alt"  # headcounts of the held sessions added up
    ADVICE_VISITS = "rådgivningsbesøg"  # advice visits at the office of the activity's estate
