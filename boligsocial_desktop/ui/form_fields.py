"""The program's habits for the fields of a form, put on each field rather than on the whole application
(an application-wide Python event filter costs a Python call on every event of the program).

Every generated form calls `fit_fields` at the end of its `setupUi` (build_forms.py adds the call to the
forms that hold spin boxes or combo boxes); a dialog that builds such fields in code calls it itself
once they exist.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from .combo_fit import fit_combo
from .wheel_guard import guard_wheel


def fit_fields(form: QWidget) -> None:
    """The wheel guard on every spin box and combo box in `form`; combo boxes fitted to their content."""
    for field in form.findChildren(QAbstractSpinBox):
        guard_wheel(field)
    for combo in form.findChildren(QComboBox):
        guard_wheel(combo)
        fit_combo(combo)


def refill_combo(combo: QComboBox, items: Iterable[tuple[str, object]], first: str | None = None,
                 keep: object = None) -> None:
    """New choices, without signals: an optional first item (such as "All estates", data None), then
    `items` as (text, data). The item whose data is `keep` (default: the current choice) stays chosen,
    else the first."""
    keep = combo.currentData() if keep is None else keep
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(keep)))
    combo.blockSignals(False)
