"""`--help` of every command, and argparse's own words and errors, are Danish; so is the demo summary."""

from __future__ import annotations

import argparse
import re

import pytest

from boligsocial_desktop import cli
from boligsocial_desktop.demo import DemoSummary

ENGLISH = re.compile(r"\b(usage|positional arguments|options|show this|help message|exit|error|required|"
                     r"invalid choice|OUTPUT|SEED|TABLE|BENCH_ARGS|default)\b")


def all_parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                yield from all_parsers(sub)


def test_every_commands_help_is_danish():
    parsers = list(all_parsers(cli.build_parser()))
    assert len(parsers) > 15
    for parser in parsers:
        text = parser.format_help()
        assert "brug:" in text and "vis denne hjælp og afslut" in text, parser.prog
        assert not ENGLISH.findall(text), (parser.prog, ENGLISH.findall(text), text)
        for action in parser._actions:  # every option says what it does
            assert action.help, (parser.prog, action.option_strings or action.dest)


def test_argparse_errors_are_danish(capsys):
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["demo", "--size", "enorm"])
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["flyer"])
    err = capsys.readouterr().err
    assert "fejl: argumentet --size: ugyldigt valg: 'enorm' (vælg mellem 'small', 'large')" in err
    assert "disse argumenter skal angives: AKTIVITET, -o/--output" in err
    assert not ENGLISH.findall(err), err


def test_demo_summary_is_danish_not_a_repr():
    text = DemoSummary(estates=1, houses=2, activities=61).in_danish()
    assert "DemoSummary" not in text and "=" not in text
    assert text.splitlines()[0] == "Demodata oprettet: 64 rækker i alt."
    assert re.search(r"fælleshuse\s+2$", text, re.MULTILINE)
