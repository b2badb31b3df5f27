"""Helpers for clicking and typing into real widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key. QTest.keyClicks aborts on characters outside Latin-1, so Japanese and full-width
    characters are sent as key events that carry the text, the way an input method delivers them."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def display_texts(root) -> list[str]:
    """Every display text under ``root`` (``root`` included), in a fixed order: titles, labels, buttons, group boxes,
    placeholders, tool tips, combo/tab/table/list/tree items. Never what the user typed (a line edit's text)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTableWidget,
        QTabWidget,
        QTextEdit,
        QTreeWidget,
        QWidget,
        QWizard,
        QWizardPage,
    )

    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.windowTitle(), w.toolTip(), w.accessibleName()]
        if isinstance(w, QWizardPage):
            out += [w.title(), w.subTitle()]
        elif isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            if not isinstance(w.parentWidget(), QWizard):  # QWizard's own buttons: the tests read them apart
                out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            out.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            for col in range(w.columnCount()):
                item = w.horizontalHeaderItem(col)
                out.append(item.text() if item is not None else "")
            for row in range(w.rowCount()):
                for col in range(w.columnCount()):
                    item = w.item(row, col)
                    out += [item.text(), item.toolTip()] if item is not None else []
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                out += [w.item(i).text(), w.item(i).toolTip()]
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            out += [header.text(col) for col in range(w.columnCount())]
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                item = stack.pop()
                out += [item.text(col) for col in range(w.columnCount())]
                stack.extend(item.child(i) for i in range(item.childCount()))
    return [t for t in out if t]
