"""The poster page's activity list tells two activities with one title apart: date and house under the title."""

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
