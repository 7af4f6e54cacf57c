"""Dates and times as people read them, in the chosen language's conventions.

Uses QLocale's default, which i18n.install() sets to the chosen language in the
app and in the command line, so screens, handouts and reports agree. File names
and stored values stay ISO 8601; these are for reading only.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date, long: bool = False) -> str:
    """26/11/2026, or Thursday, 26 November 2026 when `long`."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(_qdate(day), kind)


def time_text(clock: time) -> str:
    """18:30 or 6:30 PM."""
    return QLocale().toString(QTime(clock.hour, clock.minute), QLocale.FormatType.ShortFormat)


def moment_text(when: datetime, long: bool = False) -> str:
    """A day and a time of day, e.g. for a group session."""
    return f"{day_text(when.date(), long)} {time_text(when.time())}"


def month_text(day: date) -> str:
    """November 2026 (the month of `day`)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return f"{locale.standaloneMonthName(day.month)} {locale.toString(day.year)}"
