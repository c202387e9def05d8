"""Printed output made with ReportLab (rosters, programmes, posters)."""
