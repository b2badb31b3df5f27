"""The provider page shows confidence in plain words and the catalogue's errors (issue 14, items 4 and 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.core.catalog.test_catalog import MINIMAL, write
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.flow import Step
from wizard.gui.wizard import RelayWizard


def open_provider_page(qtbot, catalog):
    w = RelayWizard(lang="en", catalog=catalog)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert w.currentId() == Step.PROVIDER
    return w, w.currentPage()


def test_an_unverified_seed_fact_is_said_in_plain_words(qtbot):
    _, page = open_provider_page(qtbot, load_catalog(user=None))
    assert page.select_provider("ocn")
    text = page.confidence.text()
    assert page.confidence.isVisible()
    assert "an old article" in text and "has not been checked" in text and "Real test results take priority" in text
    assert "provider's own page" not in text  # the seed article is not the provider's page
    assert page.select_provider("jcom")
    assert "No source says whether this provider accepts your own domain" in page.confidence.text()
    assert page.select_provider("other")
    assert not page.confidence.isVisible()


def test_catalogue_errors_are_shown_with_file_and_field(qtbot, tmp_path):
    write(tmp_path, "broken.toml", MINIMAL.format(id="mine", host="smtp.test-isp.example", port=99999))
    write(tmp_path, "deep.toml", "a = " + "[" * 5000 + "]" * 5000)
    _, page = open_provider_page(qtbot, load_catalog(user=tmp_path))
    text = page.catalog_errors.text()
    assert page.catalog_errors.isVisible()
    assert "broken.toml: candidates[0].port" in text and "1 to 65535" in text
    assert "deep.toml" in text and "nested too deeply" in text
    assert page.select_provider("ocn")  # the built-in profiles are all still there


def test_no_errors_no_error_line(qtbot):
    _, page = open_provider_page(qtbot, load_catalog(user=None))
    assert not page.catalog_errors.isVisible() and page.catalog_errors.text() == ""


def test_an_empty_catalogue_says_what_is_missing(qtbot, tmp_path):
    """An installation without its data: the page says so instead of showing an empty list."""
    empty = tmp_path / "isps"
    empty.mkdir()
    _, page = open_provider_page(qtbot, load_catalog(builtin=empty, user=None))
    assert page.list.count() == 0
    assert page.catalog_errors.isVisible()
    assert "No provider profiles were found" in page.catalog_errors.text() and "reinstall" in page.catalog_errors.text()
