"""Entry point of the frozen program (PyInstaller needs a script, not a package's __main__)."""

from boligsocial_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
