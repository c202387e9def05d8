"""argparse's own words in Danish ("usage:", "options", its error messages), through its gettext hook.

argparse looks every one of its texts up with the module's `_` and `ngettext`; `install()` points them
at this table, so `--help` and command-line errors are Danish like the rest of the program."""

from __future__ import annotations

import argparse

DANISH = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp og afslut",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "not allowed with argument %s": "kan ikke bruges sammen med argumentet %s",
    "ignored explicit argument %r": "argumentet %r blev ignoreret",
    "the following arguments are required: %s": "disse argumenter skal angives: %s",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "expected one argument": "forventede ét argument",
    "expected at most one argument": "forventede højst ét argument",
    "expected at least one argument": "forventede mindst ét argument",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydigt tilvalg: %(option)s kan være %(matches)s",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "invalid %(type)s value: %(value)r": "ugyldig værdi (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldigt valg: %(value)r (vælg mellem %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "ukendt kommando %(parser_name)r (vælg mellem %(choices)s)",
}
DANISH_PLURAL = {
    "expected %s argument": ("forventede %s argument", "forventede %s argumenter"),
    "conflicting option string: %s": ("tilvalget findes allerede: %s", "tilvalgene findes allerede: %s"),
}
VERSION_HELP = "vis programmets versionsnummer og afslut"


def _gettext(message: str) -> str:
    return DANISH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    one, many = DANISH_PLURAL.get(singular, (singular, plural))
    return one if n == 1 else many


# Arguments without a Danish placeholder or help of their own get these (dest -> metavar, help).
ARGUMENT_WORDS = {
    "output": ("FIL", "filen, der skrives"),
    "seed": ("TAL", "startværdi for tilfældighederne (samme tal giver samme data)"),
    "size": (None, "small: et lille kontor; large: et stort sekretariat"),
    "table": ("TABEL", "tabellens navn"),
    "format": (None, "filformat"),
    "paper": (None, "papirstørrelse"),
    "bench_args": ("ARGUMENTER", "sendes videre til hastighedsmålingerne"),
    "command": (None, "hvad programmet skal gøre (uden kommando starter programmet)"),
    "participants_command": (None, "hvad der skal gøres med deltagerlisten"),
    "file": (None, "filen, der skal læses"),
    "month": (None, "måneden, fx 2026-12"),
    "view": (None, "visningen (siden i programmet), der skal med på billedet"),
    "help": (None, "vis denne hjælp og afslut"),
}


def name_arguments(parser: argparse.ArgumentParser) -> None:
    """Danish placeholders and help for the arguments in `parser` and its sub-commands that have none."""
    for action in parser._actions:
        metavar, help_text = ARGUMENT_WORDS.get(action.dest, (None, None))
        if metavar and action.metavar is None and not action.choices:
            action.metavar = metavar
        if help_text and action.help is None:
            action.help = help_text
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                name_arguments(sub)


def install() -> None:
    argparse._ = _gettext  # type: ignore[attr-defined]  # argparse's own gettext hook
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
