"""Aktivitetskalender: month, week and day views, activity and attendance dialogs."""
