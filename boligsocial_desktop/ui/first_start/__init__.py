"""The first start on a new database: data choice, office, first staff member, shared folder."""

from .wizard import FirstStartWizard

__all__ = ["FirstStartWizard"]
