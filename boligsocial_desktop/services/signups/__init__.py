"""Tilmelding: participants, sign-ups with capacity and a waiting list, tick-off attendance.

common.py     participant input, its checks (CPR, first name and initial, consent), roles
roster.py     sign up, cancel, the waiting list that moves up in order
ticks.py      tick-off per session and anonymous extras; the session's headcount follows
counting.py   different participants (distinct pseudonymous ids) for reports and targets
retention.py  the deletion deadline after an activity ends: names go, counts stay
importing.py  the participant list file (template and import, via services.table_files)
printouts.py  plain data for the sign-up sheet and the month tick-off list (pdf/signups.py)
"""
