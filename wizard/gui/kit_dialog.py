"""「掲載解除の手順と依頼文」: the delisting kit of the first page's blocklist check, on screen.

The kit is the core's (:func:`wizard.core.watch.kit.prepare`, the same as ``relay-wizard blocklist --letter``):
the rental server recognised from the host name or the reverse names, every listing's removal procedure from
``resources/dnsbl.toml`` and the letter to the company's support. Preparing it asks the DNS for reverse names, so it
runs as a job of the page that opens the dialog (:class:`wizard.gui.jobs.PageJobs`), never on the UI thread; the
dialog only renders the result. The procedures follow the window's language; the letter has its own ja/en switch
(a shop owner may write to the company in Japanese while reading the window in English, or the other way round).
Every text from the DNS, the data files or a pasted bounce is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from wizard.core.messages import Msg
from wizard.gui.language import current_lang
from wizard.i18n import make_translate

LETTER_LANGS = ("ja", "en")


def _render(msg: Msg) -> str:
    return msg.render(QCoreApplication.translate)


class KitDialog(QDialog):
    """Shows a prepared kit (:class:`wizard.core.watch.kit.Prepared`), or a wait/failure text until it is there."""

    def __init__(self, parent=None, letter_lang: str | None = None):
        super().__init__(parent)
        self.setObjectName("kit_dialog")
        self.resize(820, 680)
        self.prepared = None
        self._status = lambda: self.tr("Preparing the delisting kit (asking the DNS for the server's names)…")
        self._letter_translators: dict[str, object] = {}
        self.letter_lang = letter_lang if letter_lang in LETTER_LANGS else ("ja" if current_lang().startswith("ja")
                                                                             else "en")

        self.status = QLabel()
        self.status.setObjectName("kit_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote a data file's path
        self.procedures_box = QGroupBox()
        self.procedures = QPlainTextEdit()
        self.procedures.setObjectName("kit_procedures")
        self.procedures.setReadOnly(True)
        QVBoxLayout(self.procedures_box).addWidget(self.procedures)

        self.letter_box = QGroupBox()
        self.letter_label = QLabel()
        self.letter_ja = QRadioButton("日本語")  # each language named in its own words: never translated
        self.letter_ja.setObjectName("letter_ja")
        self.letter_en = QRadioButton("English")
        self.letter_en.setObjectName("letter_en")
        self.lang_group = QButtonGroup(self)
        self.lang_group.addButton(self.letter_ja)
        self.lang_group.addButton(self.letter_en)
        (self.letter_ja if self.letter_lang == "ja" else self.letter_en).setChecked(True)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy_letter")
        self.copied = QLabel()
        self.copied.setObjectName("copied")
        row = QHBoxLayout()
        row.addWidget(self.letter_label)
        row.addWidget(self.letter_ja)
        row.addWidget(self.letter_en)
        row.addStretch(1)
        row.addWidget(self.copied)
        row.addWidget(self.copy_button)
        self.letter = QPlainTextEdit()
        self.letter.setObjectName("kit_letter")
        self.letter.setReadOnly(True)
        box = QVBoxLayout(self.letter_box)
        box.addLayout(row)
        box.addWidget(self.letter)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.procedures_box, 1)
        layout.addWidget(self.letter_box, 1)
        layout.addWidget(buttons)

        self.letter_ja.toggled.connect(self._letter_lang_changed)
        self.copy_button.clicked.connect(self.copy_letter)
        self.retranslate()

    # -- what the page hands over ----------------------------------------------------------------------------------
    def show_kit(self, prepared) -> None:
        self.prepared = prepared
        self._status = lambda: "\n".join("⚠ " + _render(m) for m in prepared.problems)
        self._fill()

    def show_error(self, msg: Msg) -> None:
        self.prepared = None
        self._status = lambda: "⚠ " + _render(msg)
        self._fill()

    # -- texts -----------------------------------------------------------------------------------------------------
    def letter_text(self) -> str:
        """The letter in the chosen language ("" until the kit is there, or when nothing is listed)."""
        kit = self.prepared.kit if self.prepared is not None else None
        if kit is None or not kit.items:
            return ""
        tr = self._letter_translators.get(self.letter_lang)
        if tr is None:
            tr = self._letter_translators[self.letter_lang] = make_translate(self.letter_lang)
        return kit.letter(self.letter_lang, tr)

    def _fill(self) -> None:
        self.status.setText(self._status())
        self.status.setVisible(bool(self.status.text()))
        kit = self.prepared.kit if self.prepared is not None else None
        lang = "ja" if current_lang().startswith("ja") else "en"
        self.procedures.setPlainText("\n".join(kit.procedure_lines(lang, QCoreApplication.translate)) if kit else "")
        self.letter.setPlainText(self.letter_text())
        has_letter = bool(self.letter.toPlainText())
        self.letter_box.setEnabled(has_letter)
        self.copy_button.setEnabled(has_letter)
        self.copied.clear()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Delisting procedures and request letter"))
        self.procedures_box.setTitle(self.tr("What each blocklist asks for, and the rental server"))
        self.letter_box.setTitle(self.tr("Letter to the rental-server company's support"))
        self.letter_label.setText(self.tr("Language of the letter:"))
        self.copy_button.setText(self.tr("&Copy the letter"))
        self.copy_button.setToolTip(self.tr("Put the letter on the clipboard, to paste it into the support form or "
                                            "a mail"))
        self._fill()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions ---------------------------------------------------------------------------------------------------
    def _letter_lang_changed(self) -> None:
        self.letter_lang = "ja" if self.letter_ja.isChecked() else "en"
        self.letter.setPlainText(self.letter_text())
        self.copied.clear()

    def copy_letter(self) -> None:
        text = self.letter_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Copied."))
