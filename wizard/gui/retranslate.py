"""Switch the language of an open window in place, keeping everything the user typed and every result shown.

Qt's usual way is a ``retranslateUi()`` per widget that sets every text again. Our pages set their texts in many
places (static labels in ``__init__``, results as they arrive), so instead the text already on screen is translated
back through the message catalogue (``resources/i18n/relay_wizard_ja.ts``):

* a text that is a whole message (in the old language) becomes the same message in the new language;
* a text made by a message with ``{placeholders}`` (``tr("Testing {count} setting(s)…").format(count=3)``) is
  matched against the message's pattern; the values are kept (or translated themselves, e.g. a core message inside
  a page message) and filled into the new language's text;
* longer texts are taken apart where messages are joined: lines, HTML tags, sentences, an icon in front ("✔ ").

Only display texts are touched (labels, buttons, titles, group boxes, placeholders, tool tips, table and list items);
never what the user typed (a line edit's text, an editable text box). A page that shows something this cannot
reach (text built from data in the page's language) defines ``retranslate()``; it is called after the walk.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

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

from wizard.i18n import _ts_table, ts_path

# {name} (str.format) and %1 (Qt's arg style)
_PLACEHOLDER = re.compile(r"\{(\w+)(?:[:!][^{}]*)?\}|%(\d)")


def _name(m: re.Match) -> str:
    return m.group(1) or "arg" + m.group(2)


def _fill(template: str, values: dict[str, str]) -> str:
    """``template`` with its placeholders replaced by ``values`` (KeyError when one is missing)."""
    out, pos = [], 0
    for m in _PLACEHOLDER.finditer(template):
        out += [template[pos:m.start()].replace("{{", "{").replace("}}", "}"), values[_name(m)]]
        pos = m.end()
    out.append(template[pos:].replace("{{", "{").replace("}}", "}"))
    return "".join(out)


# a sentence ends at . ! ? before white space, or at 。！？ (the white space, if any, is kept as the separator)
_SENTENCE = re.compile(r"((?<=[.!?])\s+|(?<=[。！？])\s*)(?=\S)")
_DATA_WORD = re.compile(r"[a-z0-9][a-z0-9._~+/-]*")
# where a page joins two messages: "heading: text", "a b"
_JOIN = re.compile(r":\s+|：|\s+")
# a list of items in one line: "✔ Connect  ·  ✔ Login"
_LIST = re.compile(r"(\s+[·•|]\s+)")
# "✔ ", "ℹ ", "⚠ " in front of a message: one or two signs that are not letters of a word
_ICON = re.compile(r"^([^\sA-Za-z0-9\u3040-\u30ff\u4e00-\u9fff]{1,2}\s+)(.+)$", re.S)
_HTML_TEXT = re.compile(r"(^|>)([^<>]+)(?=<|$)")
_MAX_DEPTH = 4


@dataclass(frozen=True)
class _Template:
    regex: re.Pattern
    literal: int  # letters in the fixed text: the more, the surer the match
    key: tuple[str, str]  # (context, English source)


class Catalogue:
    """Every message of the .ts file, in English (the source) and Japanese."""

    def __init__(self, table: dict[tuple[str, str], str]):
        self.ja = table
        self.keys = list(table)

    def text(self, key: tuple[str, str], lang: str) -> str:
        return self.ja.get(key, key[1]) if lang == "ja" else key[1]

    @lru_cache(maxsize=4)
    def exact(self, lang: str) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        for key in self.keys:
            out.setdefault(self.text(key, lang), key)
        return out

    @lru_cache(maxsize=4)
    def templates(self, lang: str) -> list[_Template]:
        out = []
        for key in self.keys:
            text = self.text(key, lang)
            if not _PLACEHOLDER.search(text):
                continue
            regex, literal = _compile(text)
            if literal >= 3:  # "{reason}" or "{a} ({b})" would match any data
                out.append(_Template(regex, literal, key))
        out.sort(key=lambda t: -t.literal)
        return out


def _compile(template: str) -> tuple[re.Pattern, int]:
    parts, pos, literal, seen = [], 0, 0, set()
    for m in _PLACEHOLDER.finditer(template):
        lit = template[pos:m.start()].replace("{{", "{").replace("}}", "}")
        parts.append(re.escape(lit))
        literal += len(re.findall(r"\w", lit))
        name = _name(m)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        pos = m.end()
    lit = template[pos:].replace("{{", "{").replace("}}", "}")
    parts.append(re.escape(lit))
    literal += len(re.findall(r"\w", lit))
    return re.compile("".join(parts), re.S), literal


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    return Catalogue(_ts_table(ts_path("ja")))


class Converter:
    """Translates displayed text from one language to the other by the catalogue."""

    def __init__(self, old: str, new: str, cat: Catalogue | None = None, memory: dict | None = None):
        self.old, self.new = old, new
        self.cat = cat or catalogue()
        # (language, text shown) -> (language, the text it was converted from): switching back gives exactly the
        # text shown before, even where two messages share one translation ("Reply" / "Server reply" -> 応答)
        self.memory = memory if memory is not None else {}

    def __call__(self, text: str) -> str:
        if not text or self.old == self.new:
            return text
        before = self.memory.get((self.old, text))
        if before is not None and before[0] == self.new:
            out = before[1]
        else:
            out = self.convert(text, 0)
            if out is None:
                return text
        self.memory[(self.new, out)] = (self.old, text)
        return out

    def convert(self, text: str, depth: int, split: bool = True) -> str | None:
        """The text in the new language, or None when no part of it is a known message."""
        if depth > _MAX_DEPTH or not text.strip():
            return None
        key = self.cat.exact(self.old).get(text)
        if key is not None:
            return self.cat.text(key, self.new)
        if "<" in text and ">" in text and _looks_like_html(text):
            return self._html(text, depth)
        if "\n" in text:
            return self._joined(text.split("\n"), "\n", depth)
        filled = self._template(text, depth)
        if filled is not None:
            return filled
        stripped = text.strip()
        if stripped != text:
            inner = self.convert(stripped, depth + 1)
            if inner is not None:
                lead = text[: len(text) - len(text.lstrip())]
                trail = text[len(text.rstrip()):]
                return lead + inner + trail
            return None
        m = _ICON.match(text)
        if m:
            inner = self.convert(m.group(2), depth + 1)
            if inner is not None:
                return m.group(1) + inner
        items = _LIST.split(text)  # [item, separator, item, ...]
        if len(items) > 1:
            converted = [p if i % 2 else self.convert(p, depth + 1) for i, p in enumerate(items)]
            if any(c is not None for i, c in enumerate(converted) if i % 2 == 0):
                return "".join(p if c is None else c for p, c in zip(items, converted, strict=True))
        pieces = _SENTENCE.split(text)  # [sentence, separator, sentence, ...]
        if len(pieces) > 1:
            converted = [p if i % 2 else self.convert(p, depth + 1) for i, p in enumerate(pieces)]
            if any(c is not None for i, c in enumerate(converted) if i % 2 == 0):
                out = [p if c is None else c for p, c in zip(pieces, converted, strict=True)]
                for i in range(1, len(out), 2):  # Japanese puts no space after 。, English one after .
                    if self.new == "ja" and out[i - 1].endswith(("。", "！", "？")):
                        out[i] = ""
                    elif self.new == "en" and not out[i] and out[i - 1].endswith((".", "!", "?")):
                        out[i] = " "
                return "".join(out)
        if split and depth <= 1:
            # two messages joined by a space or a colon ("… 1 件 最適な…", "heading: text")
            for m in _JOIN.finditer(text):
                left = self.convert(text[: m.start()], depth + 1, split=False)
                if left is None:
                    continue
                right = self.convert(text[m.end():], depth + 1, split=False)
                if right is not None:
                    return left + m.group(0) + right
        return None

    def _template(self, text: str, depth: int) -> str | None:
        """The text made by a message with placeholders, in the new language (values kept or translated)."""
        for t in self.cat.templates(self.old):
            m = t.regex.fullmatch(text)
            if m is None:
                continue
            values, ok = {}, True
            for name, value in m.groupdict().items():
                # a lower-case ASCII word ("reject", "softfail", "tls") is data, never a message of its own
                data = bool(_DATA_WORD.fullmatch(value))
                converted = None if data else self.convert(value, depth + 1)
                if converted is None and len(_SENTENCE.split(value.strip())) > 1:
                    ok = False  # the value spans two sentences: a join, not this message
                    break
                values[name] = value if converted is None else converted
            if not ok:
                continue
            try:
                return _fill(self.cat.text(t.key, self.new), values)
            except KeyError:
                continue
        return None

    def _joined(self, parts: list[str], sep: str, depth: int) -> str | None:
        converted = [self.convert(p, depth + 1) for p in parts]
        if all(c is None for c in converted):
            return None
        return sep.join(p if c is None else c for p, c in zip(parts, converted, strict=True))

    def _html(self, text: str, depth: int) -> str | None:
        changed = False

        def one(m: re.Match) -> str:
            nonlocal changed
            raw = m.group(2)
            plain = html.unescape(raw)
            converted = self.convert(plain, depth + 1)
            if converted is None:
                return m.group(0)
            changed = True
            return m.group(1) + html.escape(converted, quote=False)

        out = _HTML_TEXT.sub(one, text)
        return out if changed else None


def _looks_like_html(text: str) -> bool:
    return bool(re.search(r"</?(b|i|p|br|ul|ol|li|h\d|code|a|span|div|table|tr|td|th|small|tt|pre)\b", text, re.I))


def retranslate_widget_tree(root: QWidget, convert: Converter) -> None:
    """Every display text under ``root`` (``root`` included) through ``convert``."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        _props(w, convert)


def _set(getter, setter, convert) -> None:
    old = getter()
    if old:
        new = convert(old)
        if new != old:
            setter(new)


def _props(w: QWidget, c: Converter) -> None:
    _set(w.windowTitle, w.setWindowTitle, c)
    _set(w.toolTip, w.setToolTip, c)
    _set(w.statusTip, w.setStatusTip, c)
    _set(w.whatsThis, w.setWhatsThis, c)
    _set(w.accessibleName, w.setAccessibleName, c)
    _set(w.accessibleDescription, w.setAccessibleDescription, c)
    if isinstance(w, QWizardPage):
        _set(w.title, w.setTitle, c)
        _set(w.subTitle, w.setSubTitle, c)
    elif isinstance(w, QLabel):
        _set(w.text, w.setText, c)
    elif isinstance(w, QAbstractButton):
        if not isinstance(w.parentWidget(), QWizard):  # QWizard's own buttons: see RelayWizard.retranslate
            _set(w.text, w.setText, c)
    elif isinstance(w, QGroupBox):
        _set(w.title, w.setTitle, c)
    elif isinstance(w, QLineEdit):
        _set(w.placeholderText, w.setPlaceholderText, c)
    elif isinstance(w, (QPlainTextEdit, QTextEdit)):
        _set(w.placeholderText, w.setPlaceholderText, c)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            _set(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t), c)
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            _set(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t), c)
            _set(lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t), c)
    elif isinstance(w, QTableWidget):
        for col in range(w.columnCount()):
            item = w.horizontalHeaderItem(col)
            if item is not None:
                _set(item.text, item.setText, c)
        for row in range(w.rowCount()):
            item = w.verticalHeaderItem(row)
            if item is not None:
                _set(item.text, item.setText, c)
            for col in range(w.columnCount()):
                item = w.item(row, col)
                if item is not None:
                    _set(item.text, item.setText, c)
                    _set(item.toolTip, item.setToolTip, c)
    elif isinstance(w, QListWidget):
        for i in range(w.count()):
            item = w.item(i)
            _set(item.text, item.setText, c)
            _set(item.toolTip, item.setToolTip, c)
    elif isinstance(w, QTreeWidget):
        header = w.headerItem()
        for col in range(w.columnCount()):
            _set(lambda col=col: header.text(col), lambda t, col=col: header.setText(col, t), c)
        stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
        while stack:
            item = stack.pop()
            for col in range(w.columnCount()):
                _set(lambda col=col: item.text(col), lambda t, col=col: item.setText(col, t), c)
                _set(lambda col=col: item.toolTip(col), lambda t, col=col: item.setToolTip(col, t), c)
            stack.extend(item.child(i) for i in range(item.childCount()))
