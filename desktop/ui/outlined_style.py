"""Outlines on every control, for the dark and high-contrast palettes ``contrast`` applies itself.

A module of its own so that the light start-up path never builds Qt's ``QStyle`` type: PySide6 makes all of
a class's enum types when the class is first used, and ``QStyle``'s (every primitive, control, metric and
hint) take about 12 ms, before the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption


class OutlinedStyle(QProxyStyle):
    """For the dark and high-contrast palettes applied here: styles draw outlines a shade darker than the
    window (Fusion's vanish on dark grey and black), so every field, frame, button and check box gets a
    line in the palette's Mid colour (3:1 or more against the backgrounds, WCAG's non-text contrast)."""

    BOXES = frozenset(
        {
            QStyle.PrimitiveElement.PE_Frame,
            QStyle.PrimitiveElement.PE_FrameLineEdit,
            QStyle.PrimitiveElement.PE_FrameTabWidget,
            QStyle.PrimitiveElement.PE_FrameGroupBox,
            QStyle.PrimitiveElement.PE_PanelButtonCommand,
            QStyle.PrimitiveElement.PE_PanelButtonTool,
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        }
    )

    BUTTONS = frozenset(
        {QStyle.PrimitiveElement.PE_PanelButtonCommand, QStyle.PrimitiveElement.PE_PanelButtonTool}
    )

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: ANN001, N802
        super().drawPrimitive(element, option, painter, widget)
        round_ = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if element in self.BOXES or round_:
            if element == QStyle.PrimitiveElement.PE_PanelButtonTool and not (
                option.state & (QStyle.StateFlag.State_Raised | QStyle.StateFlag.State_Sunken)
            ):
                return  # a flat tool button (a line edit's clear button) has no box to outline
            pressed = bool(option.state & (QStyle.StateFlag.State_On | QStyle.StateFlag.State_Sunken))
            _outline(painter, option, 3 if pressed and element in self.BUTTONS else 1, round_)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: ANN001, N802
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            _outline(painter, option, 1)


def _outline(painter: QPainter, option: QStyleOption, width: int, round_: bool = False) -> None:
    """A line of ``width`` just inside the control's edge (inside at 150% scaling too, where a line on the
    edge itself falls half outside and vanishes); a pressed toggle gets a thick one."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width / 2
    rect = QRectF(option.rect).adjusted(half, half, -half, -half)
    painter.drawEllipse(rect) if round_ else painter.drawRect(rect)
    painter.restore()


_base_style: list[str] = []  # the style the app started with, to go back to after high contrast


def outline_controls(app: QApplication, outlined: bool) -> None:
    """Outlined controls on (the app's first style wrapped) or off (back to that style)."""
    current = app.style()
    if not _base_style:
        _base_style.append(current.name() if not isinstance(current, OutlinedStyle) else "fusion")
    if outlined and not isinstance(current, OutlinedStyle):
        app.setStyle(OutlinedStyle(QStyleFactory.create(_base_style[0])))
    elif not outlined and isinstance(current, OutlinedStyle):
        app.setStyle(QStyleFactory.create(_base_style[0]))
