"""Windows version numbers for the program's version, and the release tag check.

Windows wants four numbers below 65536 for a file version (the .exe's version resource, the
installer's VersionInfoVersion), so versions such as 0.3.0rc1 are mapped the way CPython maps
its own (level: a 10, b 11, rc 12, final 15; fourth number = level * 10 + serial):

    0.3.0a1 -> 0.3.0.101    0.3.0b2 -> 0.3.0.112    0.3.0rc1 -> 0.3.0.121
    0.3.0   -> 0.3.0.150    0.3.0.post1 -> 0.3.0.151    0.3.0.dev4 -> 0.3.0.4

so every release sorts after its pre-releases. Used by packaging/boligsocial.spec and the
Windows workflow:

    python packaging/winversion.py                       # 0.3.0rc1 0.3.0.121
    python packaging/winversion.py --tag v0.3.0rc1       # also: the tag must be v + __version__
    python packaging/winversion.py --github-output FILE  # version=… and file_version=… lines
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION_PATTERN = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?(?:(a|b|rc)(\d+))?(?:\.post(\d+))?(?:\.dev(\d+))?$")
LEVELS = {"a": 10, "b": 11, "rc": 12}
FINAL = 15


def program_version(root: Path = ROOT) -> str:
    """__version__ of boligsocial_desktop, read as text (the build must not import the program)."""
    text = (root / "boligsocial_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise ValueError("boligsocial_desktop/__init__.py har ingen __version__")
    return match.group(1)


def file_version_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers of the Windows file version for a PEP 440 version like 0.3.0rc1 (see above)."""
    match = VERSION_PATTERN.match(version)
    if match is None:
        raise ValueError(f"Versionen »{version}« kan ikke blive et Windows-versionsnummer; brug fx 0.3.0, "
                         "0.3.0rc1, 0.3.0b2, 0.3.0.post1 eller 0.3.0.dev4.")
    major, minor, micro = int(match[1]), int(match[2]), int(match[3] or 0)
    level, serial, post, dev = match[4], match[5], match[6], match[7]
    if dev is not None and (level or post):
        raise ValueError(f"Versionen »{version}« blander .dev med en anden slags udgave; det understøttes ikke.")
    if dev is not None:
        build = int(dev)
        if build > 99:
            raise ValueError(f"Versionen »{version}«: .dev kan højst være 99.")
    elif level is not None:
        if int(serial) > 9 or post:
            raise ValueError(f"Versionen »{version}«: a, b og rc går fra 0 til 9 uden .post.")
        build = LEVELS[level] * 10 + int(serial)
    else:
        build = FINAL * 10 + int(post or 0)
    numbers = (major, minor, micro, build)
    if any(number > 65535 for number in numbers):
        raise ValueError(f"Versionen »{version}« har et tal over 65535.")
    return numbers


def file_version(version: str) -> str:
    return ".".join(str(number) for number in file_version_numbers(version))


def check_tag(tag: str, version: str) -> None:
    """A release tag must be `v` + the program's version exactly, so the installer and --version agree."""
    tag = tag.removeprefix("refs/tags/")
    if tag != f"v{version}":
        raise ValueError(f"Mærket »{tag}« passer ikke til programmets version {version} "
                         f"(boligsocial_desktop/__init__.py); det skal være »v{version}«.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tag", help="a release tag (v…) that must match __version__")
    parser.add_argument("--github-output", type=Path, metavar="FIL", help="append version= and file_version= lines")
    args = parser.parse_args(argv)
    try:
        version = program_version()
        numeric = file_version(version)
        if args.tag:
            check_tag(args.tag, version)
    except ValueError as exc:
        print(f"Fejl: {exc}", file=sys.stderr)
        return 1
    if args.github_output:
        with args.github_output.open("a", encoding="utf-8") as handle:
            handle.write(f"version={version}\nfile_version={numeric}\n")
    print(version, numeric)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
