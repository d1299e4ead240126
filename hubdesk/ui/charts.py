"""The reports' charts (QtCharts): lines over time, or stacked bars.

A chart is built again on each load from plain lists: the labels of the
buckets (days, weeks or months) and named series of numbers. Many buckets (a
year by day) show as lines with a label every few points; a few (months)
may show as stacked bars. QtCharts is imported with the Reports page, not at
start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen

#: Series colours, in order (the hub's teal first).
PALETTE = (
    "#127082",
    "#e07a2f",
    "#5b8c3a",
    "#8e5ba8",
    "#c23b4e",
    "#3a78c2",
    "#b59a2c",
    "#6d6d6d",
)
#: At most this many labels along the time axis.
MAX_LABELS = 14
#: Up to this many buckets, stacked amounts show as bars.
MAX_BARS = 40


def chart_view() -> QChartView:
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 24, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.setChart(chart)
    return view


def _fresh(view: QChartView, title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 24, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
    return chart


def _value_axis(top: float, unit: str, title: str) -> QValueAxis:
    """From 0 to ``top`` (10 with nothing to show), whole numbers followed
    by ``unit`` (ASCII: the format is printf's); ``title`` names the unit
    beside the axis (a currency sign, say)."""
    axis = QValueAxis()
    axis.setRange(0, top if top > 0 else 10)
    axis.setLabelFormat("%.0f" + unit)
    axis.applyNiceNumbers()
    if title:
        axis.setTitleText(title)
    return axis


def _time_axis(labels: Sequence[str]) -> QCategoryAxis:
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = max(1, -(-len(labels) // MAX_LABELS))
    for position in range(0, len(labels), step):
        axis.append(labels[position], position)
    axis.setRange(0, max(1, len(labels) - 1))
    return axis


def show_lines(
    view: QChartView,
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    unit: str = "",
    axis_title: str = "",
    top: float | None = None,
) -> QChart:
    """One line per series over the buckets ``labels``; a None value (a
    closed day's rate) has no point, the line joins its neighbours. ``top``
    fixes the value axis (100 for rates in per cent)."""
    chart = _fresh(view, title)
    x_axis = _time_axis(labels)
    highest = 0.0
    lines = []
    for number, (name, values) in enumerate(series):
        line = QLineSeries()
        line.setName(name)
        pen = QPen(QColor(PALETTE[number % len(PALETTE)]))
        pen.setWidthF(2.0)
        line.setPen(pen)
        for position, value in enumerate(values):
            if value is not None:
                line.append(position, value)
                highest = max(highest, value)
        chart.addSeries(line)
        lines.append(line)
    y_axis = _value_axis(top if top is not None else highest * 1.1, unit, axis_title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for line in lines:
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
    return chart


def show_stacked(
    view: QChartView,
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    unit: str = "",
    axis_title: str = "",
) -> QChart:
    """Amounts stacked per bucket: bars for a few buckets, lines of the
    running sums for many."""
    if len(labels) > MAX_BARS:
        sums: list[tuple[str, list[float | None]]] = []
        running = [0.0] * len(labels)
        for name, values in series:
            running = [a + b for a, b in zip(running, values, strict=True)]
            sums.append((name, list(running)))
        return show_lines(view, title, labels, sums, unit=unit, axis_title=axis_title)
    chart = _fresh(view, title)
    bars = QStackedBarSeries()
    totals = [0.0] * len(labels)
    for number, (name, values) in enumerate(series):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(PALETTE[number % len(PALETTE)]))
        bar_set.setBorderColor(QColor(PALETTE[number % len(PALETTE)]))
        bar_set.append([float(v) for v in values])
        bars.append(bar_set)
        totals = [a + max(0.0, b) for a, b in zip(totals, values, strict=True)]
    chart.addSeries(bars)
    x_axis = QBarCategoryAxis()
    x_axis.append(list(labels))
    y_axis = _value_axis(max(totals, default=0) * 1.1, unit, axis_title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x_axis)
    bars.attachAxis(y_axis)
    return chart
