"""Keeping the program healthy: the crash dialog, backups and restore under Indstillinger."""

# The application property that holds the backup folder the program was started with (set by app.run_gui from
# the resolved paths). Here rather than in backup_panel, so that the start need not import the panel.
BACKUP_DIR_PROPERTY = "boligsocial_backup_dir"
