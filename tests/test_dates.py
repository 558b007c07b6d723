"""Dates follow the system's locale, with en-GB when the system says only "C"."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QDateTimeEdit

from desktop.ui.dates import app_locale, local_time_text, use_system_locale

C = QLocale.c()


@pytest.fixture
def restore_locale():  # noqa: ANN201
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_a_c_locale_falls_back_to_british_english() -> None:
    assert app_locale(C).name() == "en_GB"
    assert app_locale(QLocale("cy_GB")).name() == "cy_GB"
    assert app_locale(QLocale("de_DE")).name() == "de_DE"


def test_the_date_picker_reads_as_a_british_date_under_a_c_locale(qtbot, restore_locale) -> None:  # noqa: ANN001
    use_system_locale(C)
    edit = QDateTimeEdit(QDateTime(2026, 12, 6, 13, 3, 0))  # as the Post dialog's "Schedule for" makes it
    qtbot.addWidget(edit)
    assert edit.text() == "06/12/2026 13:03", edit.text()  # not "6 12 2026 13:03"


def test_list_dates_use_the_locales_month_names(restore_locale) -> None:  # noqa: ANN001
    now = datetime(2026, 12, 6, 12, 0)
    use_system_locale(QLocale("cy_GB"))
    assert local_time_text(datetime(2025, 11, 21, 9, 30), now) == "21 Tach 2025"
    use_system_locale(C)
    assert local_time_text(datetime(2025, 11, 21, 9, 30), now) == "21 Nov 2025"
    assert local_time_text(datetime(2026, 3, 2, 9, 30), now) == "2 Mar"
    assert re.fullmatch(r"\d{2}:\d{2}", local_time_text(datetime(2026, 12, 6, 11, 0), now))
