"""The Rapporter page's choices: the period (year, quarter, month, own dates or a grant period), the
estates and the focus areas. The estates and grant periods are read again after any save to them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from ...domain.danish import month_name
from ...errors import ValidationError
from ...services.places import EstateInfo, PlacesService
from ...services.reports import (
    PeriodKind,
    PlanService,
    ReportChoices,
    ReportPeriod,
    custom_period,
    grant_period_period,
    month_period,
    quarter_period,
    year_period,
)
from ...services.reports.plan import GrantPeriodInfo
from .. import clock
from ..context import AppContext
from ..forms.reports_choices_bar_ui import Ui_ReportChoicesBar
from ..messages import show_error
from ..qt_dates import pydate
from ..watched_tables import PLACES, PLAN

MenuItem = tuple[str, str] | tuple[str, str, str]  # id, name and, for a focus area, its grant period


@dataclass(frozen=True)
class _Choices:
    estates: list[EstateInfo]
    grant_periods: list[GrantPeriodInfo]




class ReportChoicesBar(QWidget):
    changed = Signal()  # a choice changed: the report follows after a moment
    loaded = Signal()  # the estates and grant periods were (re)read: the report follows at once

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.today = clock.today()
        self.choices = _Choices([], [])
        ui = self.ui = Ui_ReportChoicesBar()
        ui.setupUi(self)
        kinds = ((PeriodKind.YEAR, self.tr("Year")), (PeriodKind.QUARTER, self.tr("Quarter")),
                 (PeriodKind.MONTH, self.tr("Month")), (PeriodKind.CUSTOM, self.tr("Custom period")),
                 (PeriodKind.GRANT_PERIOD, self.tr("Whole grant period")))
        for kind, label in kinds:
            ui.periodKindCombo.addItem(label, kind.value)
        for quarter in range(1, 5):
            ui.quarterCombo.addItem(self.tr("%1. quarter").replace("%1", str(quarter)), quarter)
        for month in range(1, 13):
            ui.monthCombo.addItem(month_name(month), month)
        today = self.today
        ui.yearSpin.setValue(today.year)
        ui.quarterCombo.setCurrentIndex((today.month - 1) // 3)
        ui.monthCombo.setCurrentIndex(today.month - 1)
        ui.fromDate.setDate(today.replace(month=1, day=1))
        ui.toDate.setDate(today)
        ui.periodKindCombo.setCurrentIndex(ui.periodKindCombo.findData(PeriodKind.QUARTER.value))
        self.estates_menu = QMenu(self)
        self.focus_menu = QMenu(self)
        ui.estatesButton.setMenu(self.estates_menu)
        ui.focusButton.setMenu(self.focus_menu)

        ui.periodKindCombo.currentIndexChanged.connect(self._kind_changed)
        for signal in (ui.yearSpin.valueChanged, ui.quarterCombo.currentIndexChanged,
                       ui.monthCombo.currentIndexChanged, ui.fromDate.dateChanged,
                       ui.toDate.dateChanged, ui.grantPeriodCombo.currentIndexChanged):
            signal.connect(self._changed)
        context.watch(self, PLACES | PLAN, self.load_choices)
        self._kind_changed()

    @property
    def grant_periods(self) -> list[GrantPeriodInfo]:
        return self.choices.grant_periods

    def _changed(self, *_args: object) -> None:
        self.changed.emit()

    def load_choices(self) -> None:
        db = self.context.db

        def load() -> _Choices:
            return _Choices(PlacesService(db).estates(), PlanService(db).grant_periods())

        self.context.tasks.run(load, self._show_choices, lambda exc: show_error(self, exc))

    def _show_choices(self, choices: _Choices) -> None:
        previous_estates, previous_areas = set(self.selected_estates()), set(self.selected_focus_areas())
        self.choices = choices
        combo = self.ui.grantPeriodCombo
        previous_period = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for period in choices.grant_periods:
            combo.addItem(period.label, period.id)
        index = combo.findData(previous_period)
        if index < 0:
            index = next((i for i, p in enumerate(choices.grant_periods) if p.start <= self.today <= p.end),
                         len(choices.grant_periods) - 1)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._fill_menu(self.estates_menu, self.tr("All estates"),
                        [(e.id, e.name) for e in choices.estates], previous_estates)
        areas: list[MenuItem] = [(a.id, a.name, p.name) for p in choices.grant_periods for a in p.focus_areas]
        self._fill_menu(self.focus_menu, self.tr("All focus areas"), areas, previous_areas)
        self._update_filter_buttons()
        self.loaded.emit()

    def _fill_menu(self, menu: QMenu, all_label: str, items: list[MenuItem], selected: set[str]) -> None:
        menu.clear()
        everything = menu.addAction(all_label)
        everything.setCheckable(True)
        everything.setData(None)
        everything.triggered.connect(lambda _checked, m=menu: self._choose_all(m))
        menu.addSeparator()
        section = None
        for item in items:
            row_id, name = item[0], item[1]
            if len(item) > 2 and item[2] != section:
                section = item[2]
                menu.addSection(section)
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setData(row_id)
            action.setChecked(row_id in selected)
            action.triggered.connect(self._filter_changed)
        everything.setChecked(not any(a.isChecked() for a in menu.actions() if a.data()))

    def _choose_all(self, menu: QMenu) -> None:
        for action in menu.actions():
            action.setChecked(action.data() is None and not action.isSeparator())
        self._filter_changed()

    def _filter_changed(self) -> None:
        for menu in (self.estates_menu, self.focus_menu):
            chosen = any(a.isChecked() for a in menu.actions() if a.data())
            for action in menu.actions():
                if action.data() is None and action.isCheckable():
                    action.setChecked(not chosen)
        self._update_filter_buttons()
        self.changed.emit()

    def _update_filter_buttons(self) -> None:
        estates = [a.text() for a in self.estates_menu.actions() if a.data() and a.isChecked()]
        areas = [a.text() for a in self.focus_menu.actions() if a.data() and a.isChecked()]
        self.ui.estatesButton.setText(self.tr("Estates: %1").replace(
            "%1", ", ".join(estates) if estates else self.tr("all")))
        self.ui.focusButton.setText(self.tr("Focus areas: %1").replace(
            "%1", self.tr("%1 chosen").replace("%1", str(len(areas))) if areas else self.tr("all")))

    def selected_estates(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self.estates_menu.actions() if a.data() and a.isChecked())

    def selected_focus_areas(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self.focus_menu.actions() if a.data() and a.isChecked())

    def set_estates(self, estate_ids: list[str]) -> None:
        for action in self.estates_menu.actions():
            if action.data():
                action.setChecked(action.data() in estate_ids)
        self._filter_changed()

    def _kind_changed(self) -> None:
        kind = PeriodKind(self.ui.periodKindCombo.currentData())
        ui = self.ui
        ui.yearSpin.setVisible(kind in (PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH))
        ui.quarterCombo.setVisible(kind is PeriodKind.QUARTER)
        ui.monthCombo.setVisible(kind is PeriodKind.MONTH)
        for widget in (ui.fromDate, ui.toLabel, ui.toDate):
            widget.setVisible(kind is PeriodKind.CUSTOM)
        ui.grantPeriodCombo.setVisible(kind is PeriodKind.GRANT_PERIOD)
        self.changed.emit()

    def current_period(self) -> ReportPeriod:
        """The chosen period; raises ValidationError with a Danish message when it cannot be."""
        ui = self.ui
        kind = PeriodKind(ui.periodKindCombo.currentData())
        year = ui.yearSpin.value()
        if kind is PeriodKind.YEAR:
            return year_period(year)
        if kind is PeriodKind.QUARTER:
            return quarter_period(year, ui.quarterCombo.currentData())
        if kind is PeriodKind.MONTH:
            return month_period(year, ui.monthCombo.currentData())
        if kind is PeriodKind.CUSTOM:
            start = pydate(ui.fromDate.date()) if ui.fromDate.date().isValid() else None
            end = pydate(ui.toDate.date()) if ui.toDate.date().isValid() else None
            return custom_period(start, end)
        period = next((p for p in self.choices.grant_periods if p.id == ui.grantPeriodCombo.currentData()), None)
        if period is None:
            raise ValidationError("Der er ingen bevillingsperiode at vælge. Du kan oprette en under "
                                  "»Bevillingsperioder og indsatsområder«.")
        return grant_period_period(period.span)

    def current_choices(self) -> ReportChoices:
        return ReportChoices(self.current_period(), self.selected_estates(), self.selected_focus_areas())

    def grant_period_id_of_choice(self) -> str | None:
        """The grant period the chosen period starts in, if any."""
        try:
            start = self.current_period().start
        except ValidationError:
            return None
        return next((p.id for p in self.choices.grant_periods if p.start <= start <= p.end), None)
