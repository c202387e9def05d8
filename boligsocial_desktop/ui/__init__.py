"""Qt widgets. Each view is a folder; generated Designer forms live in `forms/`."""
