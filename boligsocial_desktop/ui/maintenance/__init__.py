"""Keeping the program healthy: the crash dialog, backups and restore under Indstillinger."""
