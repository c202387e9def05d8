"""A stacked bar chart painted with QPainter (QtCharts is not part of pyside6-essentials).

One bar per month (quarter, year), one coloured segment per series (focus area), a value
axis with round steps, the month under each bar and the year where it changes, and a
legend underneath. Hovering a bar shows its figures.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ...domain.danish import number
from ...domain.report_layout import Chart


def nice_step(largest: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about `ticks` gridlines up to `largest`."""
    if largest <= 0:
        return 1
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(1, factor * power)
    return max(1, 10 * power)


class StackedBarChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._chart: Chart | None = None
        self._bars: list[QRectF] = []
        self.setMinimumHeight(200)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Chart"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(700, 260)

    def set_chart(self, chart: Chart | None) -> None:
        self._chart = chart
        if chart is not None:
            self.setAccessibleDescription(chart.title)
        self.update()

    @property
    def chart(self) -> Chart | None:
        return self._chart

    def totals(self) -> list[float]:
        chart = self._chart
        if chart is None:
            return []
        return [sum(series.values[i] for series in chart.series) for i in range(len(chart.categories))]

    def bar_rects(self) -> list[QRectF]:
        """Where each bar was painted last (for tooltips and tests)."""
        return list(self._bars)

    # --- Painting ------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        chart = self._chart
        self._bars = []
        if chart is None or chart.is_empty:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No figures to show for the period."))
            return
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        legend_rows = self._legend_layout(metrics, self.width() - 16)
        legend_height = (max(r for _, r, _ in legend_rows) + 1) * (line + 4) if legend_rows else 0
        totals = self.totals()
        step = nice_step(max(totals))
        top_value = step * math.ceil(max(totals) / step)
        axis_width = max(metrics.horizontalAdvance(number(top_value)), metrics.horizontalAdvance("0")) + 10
        plot = QRectF(8 + axis_width, 10, self.width() - 8 - axis_width - 10,
                      self.height() - 10 - 2 * line - 8 - legend_height - 6)
        if plot.height() < 30 or plot.width() < 30:
            return
        self._paint_axis(painter, plot, step, top_value, metrics)
        self._paint_bars(painter, plot, chart, top_value, line)
        self._paint_legend(painter, legend_rows, plot.bottom() + 2 * line + 10, line)

    def _paint_axis(self, painter: QPainter, plot: QRectF, step: float, top_value: float, metrics) -> None:
        grid = QColor("#dde5ec")
        text = self.palette().text().color()
        value = 0.0
        while value <= top_value + 1e-9:
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = number(value)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            value += step
        painter.setPen(QPen(QColor("#b8c7d3"), 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def _paint_bars(self, painter: QPainter, plot: QRectF, chart: Chart, top_value: float, line: float) -> None:
        count = len(chart.categories)
        slot = plot.width() / count
        width = min(slot * 0.72, 70)
        text = self.palette().text().color()
        show_every = max(1, math.ceil(count * 40 / plot.width()))  # skip labels when bars are narrow
        for i in range(count):
            x = plot.left() + slot * i + (slot - width) / 2
            bottom = plot.bottom()
            for series in chart.series:
                value = series.values[i]
                if value <= 0:
                    continue
                height = plot.height() * value / top_value
                painter.fillRect(QRectF(x, bottom - height, width, height), QColor(series.colour))
                painter.setPen(QPen(self.palette().base().color(), 1))
                painter.drawLine(QPointF(x, bottom - height), QPointF(x + width, bottom - height))
                bottom -= height
            self._bars.append(QRectF(x, bottom, width, plot.bottom() - bottom))
            painter.setPen(text)
            label_box = QRectF(plot.left() + slot * i - 10, plot.bottom() + 3, slot + 20, line)
            if i % show_every == 0:
                painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 chart.categories[i])
            if chart.years[i]:
                painter.drawText(
                    label_box.translated(0, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    chart.years[i],
                )

    def _legend_layout(self, metrics, width: float) -> list[tuple[float, int, int]]:
        """(x, row, series index) of each legend entry, wrapping at `width`."""
        chart = self._chart
        if chart is None or len(chart.series) < 2:
            return []
        entries, x, row = [], 8.0, 0
        for index, series in enumerate(chart.series):
            entry = 14 + metrics.horizontalAdvance(series.name) + 18
            if x + entry > width and x > 8:
                x, row = 8.0, row + 1
            entries.append((x, row, index))
            x += entry
        return entries

    def _paint_legend(self, painter: QPainter, entries, top: float, line: float) -> None:
        chart = self._chart
        if chart is None:
            return
        painter.setPen(self.palette().text().color())
        for x, row, index in entries:
            series = chart.series[index]
            y = top + row * (line + 4)
            painter.fillRect(QRectF(x, y + (line - 10) / 2, 10, 10), QColor(series.colour))
            painter.drawText(QRectF(x + 14, y, self.width(), line), Qt.AlignmentFlag.AlignLeft, series.name)

    # --- Tooltips ------------------------------------------------------------------

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._chart is not None:
            index = self.bar_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)

    def bar_at(self, position: QPointF) -> int | None:
        for index, rect in enumerate(self._bars):
            if rect.left() <= position.x() <= rect.right():
                return index
        return None

    def tooltip_text(self, index: int) -> str:
        chart = self._chart
        if chart is None:
            return ""
        year = chart.years[index] or next((y for y in reversed(chart.years[:index + 1]) if y), "")
        heading = f"{chart.categories[index]} {year}".strip()
        lines = [f"<b>{heading}</b>"]
        lines += [f"{series.name}: {number(series.values[index])}" for series in chart.series if series.values[index]]
        return "<br>".join(lines)
