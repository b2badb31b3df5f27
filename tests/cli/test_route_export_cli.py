"""Exports and the settings sheet for a relay service, exactly as for a provider: host and login from its profile."""

from __future__ import annotations

import pytest

from wizard.cli import main


@pytest.mark.parametrize("fmt", ["thunderbird-autoconfig", "outlook-prf", "sheet-html"])
def test_sendgrid_exports_its_host_and_the_literal_login(tmp_path, fmt):
    out = tmp_path / "out"
    code = main(["--lang", "en", "export", "--format", fmt, "--isp", "sendgrid", "--from", "info@yamada-shoten.jp",
                 "-o", str(out)])
    assert code == 0
    text = out.read_text(encoding="utf-8", errors="replace")
    assert "smtp.sendgrid.net" in text and "apikey" in text
    assert "465" in text  # the first candidate: implicit TLS


def test_a_service_login_the_user_types_is_required_and_used(tmp_path, capsys):
    out = tmp_path / "prf"
    with pytest.raises(SystemExit) as exc:
        main(["--lang", "en", "export", "--format", "outlook-prf", "--isp", "brevo", "--from", "info@yamada-shoten.jp",
              "-o", str(out)])
    assert exc.value.code == 2 and "account" in capsys.readouterr().err
    assert main(["--lang", "en", "export", "--format", "outlook-prf", "--isp", "brevo", "--account", "me@x.jp",
                 "--from", "info@yamada-shoten.jp", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8", errors="replace")
    assert "SMTPServer=smtp-relay.brevo.com" in text and "SMTPUserName=me@x.jp" in text
