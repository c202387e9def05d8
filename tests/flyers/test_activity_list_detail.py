"""The poster page's activity list tells two activities with one title apart: date and house under the title.

The dates are shown once (the detail line; no Periode column) and the title column takes the list's width."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from boligsocial_desktop.services.flyers import FlyerActivity
from boligsocial_desktop.ui.flyers.models import DETAIL_ROLE, ActivityListModel, TitleWithDetailDelegate


def _market(id_: str, day: date, house: str) -> FlyerActivity:
    return FlyerActivity(id_, "Loppemarked", "e1", "Taastrupgaard", day, day, None, (), (), house)


def test_two_flea_markets_differ_by_date_and_house(qtbot):
    model = ActivityListModel()
    model.set_rows([_market("a", date(2027, 5, 23), "Fælleshuset Taastrupgaard"),
                    _market("b", date(2027, 9, 12), "Beboerhuset Charlottegården")])
    details = [model.index(row, ActivityListModel.TITLE).data(DETAIL_ROLE) for row in range(2)]
    assert details == ["23-05-2027 · Fælleshuset Taastrupgaard", "12-09-2027 · Beboerhuset Charlottegården"]
    tooltip = model.index(1, ActivityListModel.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Loppemarked\n12-09-2027 · Beboerhuset Charlottegården"
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(ActivityListModel.TITLE, TitleWithDetailDelegate(view))
    view.resize(300, 200)
    view.show()
    assert not view.grab().isNull()  # the delegate paints without errors


def test_the_service_names_the_house(db):
    from boligsocial_desktop.demo import generate_demo
    from boligsocial_desktop.services.flyers import FlyerService

    generate_demo(db, "small")
    rows = FlyerService(db).activities()
    assert rows and all(row.house_name for row in rows if row.title == "Loppemarked")


def test_the_list_shows_the_dates_once_under_a_title_that_is_not_cut_off(qtbot, app_context, db):
    from flyer_helpers import DANISH_TITLE, make_dinner

    from boligsocial_desktop.ui.flyers import FlyersPage

    make_dinner(db)
    page = FlyersPage(app_context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    table, model = page.activity_list.ui.activityTable, page.activity_list.activity_model
    assert model.index(0, ActivityListModel.TITLE).data() == DANISH_TITLE
    shown = [column for column in range(model.columnCount()) if not table.isColumnHidden(column)]
    assert shown == [ActivityListModel.TITLE, ActivityListModel.TRANSLATED]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in shown] == ["Titel", "Oversat"]
    title_cell = table.visualRect(model.index(0, ActivityListModel.TITLE))
    assert table.viewport().rect().contains(title_cell)
    assert table.fontMetrics().horizontalAdvance(DANISH_TITLE) < title_cell.width()
    assert title_cell.width() > table.columnWidth(ActivityListModel.TRANSLATED)  # the title has the room
