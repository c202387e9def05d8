"""The user guide inside the program: docs/guide rendered with its pictures, searchable, F1 per view.

`window.show_help` opens it; the window module is imported when the guide is first opened, not
at the start (the Hjælp menu only needs `guide.guide_dir`).
"""
