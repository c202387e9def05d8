"""Sharing between PCs in the UI: the Indstillinger tab, the Konflikter dialog, the status bar button."""

from .controller import SyncController, controller_for
from .status_widget import SyncStatusButton, install_sync_status

__all__ = ["SyncController", "SyncStatusButton", "controller_for", "install_sync_status"]
