"""Fixed word lists shared by forms, attendance records and reports.

AGE_BANDS are the bands headcounts are recorded in (years, both ends inclusive);
TARGET_GROUPS are who an activity is for. Stored and shown as written here.
"""

AGE_BANDS = ("0–5", "6–12", "13–17", "18–24", "25–64", "65+")
TARGET_GROUPS = ("børn", "unge", "familier", "voksne", "seniorer", "alle")
