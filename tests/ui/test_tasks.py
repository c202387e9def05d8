"""The background worker: results, errors and progress come back on the UI thread."""

from __future__ import annotations

import threading

import pytest

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.ui.tasks import ImmediateTaskRunner, TaskRunner


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_work_runs_off_the_ui_thread_and_result_arrives_on_it(qtbot, runner):
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return 42

    def done(value):
        seen["value"] = value
        seen["callback"] = threading.current_thread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, done)
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_errors_and_progress_are_handed_back(qtbot, runner):
    errors, steps = [], []

    def failing(report):
        report(50, "Halvvejs")
        raise ValidationError("Noget mangler.")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(failing, on_error=errors.append, progress=lambda p, t: steps.append((p, t)))
    assert [e.message for e in errors] == ["Noget mangler."]
    assert steps == [(50, "Halvvejs")]


def test_tasks_run_in_order(qtbot, runner):
    order = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        for number in range(5):
            runner.run(lambda n=number: n, order.append)
    assert order == [0, 1, 2, 3, 4]


def test_immediate_runner_for_tests(qapp):
    results = []
    ImmediateTaskRunner().run(lambda: "ok", results.append)
    assert results == ["ok"]
    with pytest.raises(ZeroDivisionError):
        ImmediateTaskRunner().run(lambda: 1 / 0)
