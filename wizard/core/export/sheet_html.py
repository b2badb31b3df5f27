"""A printable settings sheet (HTML, Japanese and English side by side).

It lists every value a user types into a mail client by hand, per client (Thunderbird, classic Outlook, Apple Mail),
the provider's size limit, the SPF record to publish (when known), which Outlook reads the PRF file, and the caveat
that new Outlook for Windows sends from Microsoft's cloud. The password is never printed.

The sheet is a document in both languages at once, so it is written here in both languages rather than translated.
"""

from __future__ import annotations

from html import escape

from wizard.core.export.base import ExportInput, IncomingType
from wizard.core.model import Auth, Security
from wizard.core.inputs.address import host_with_ascii

ID = "sheet-html"
SUFFIX = ".html"


def filename(inp: ExportInput) -> str:
    return f"{inp.address.domain.unicode}-mail-settings.html"


SECURITY = {
    Security.TLS: ("SSL/TLS", "SSL/TLS"),
    Security.STARTTLS: ("STARTTLS", "STARTTLS"),
    Security.PLAIN: ("なし(暗号化しない)", "None (no encryption)"),
}
TB_AUTH = {
    "none": ("認証なし", "No authentication"),
    "cleartext": ("通常のパスワード認証", "Normal password"),
    "encrypted": ("暗号化されたパスワード認証", "Encrypted password"),
}
APPLE_AUTH = {
    "none": ("なし", "None"),
    "cleartext": ("パスワード", "Password"),
    "encrypted": ("MD5 チャレンジレスポンス", "MD5 Challenge-Response"),
}


def _auth_kind(auth: Auth) -> str:
    if auth is Auth.NONE:
        return "none"
    return "encrypted" if auth is Auth.CRAM_MD5 else "cleartext"


def _bi(ja: str, en: str) -> str:
    return f'<span lang="ja">{escape(ja)}</span><br><span lang="en" class="en">{escape(en)}</span>'


def _both(ja: str, en: str) -> str:
    return ja if ja == en else f"{ja} / {en}"


def _row(ja: str, en: str, value: str, raw: bool = False) -> str:
    v = value if raw else f"<code>{escape(value)}</code>"
    return f"<tr><th>{_bi(ja, en)}</th><td>{v}</td></tr>"


def _table(title_ja: str, title_en: str, rows: list[str]) -> str:
    return f"<h2>{escape(title_ja)} <span class=\"en\">/ {escape(title_en)}</span></h2>\n<table>\n" + "\n".join(rows) + "\n</table>"


def _para(ja: str, en: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<p{c}><span lang="ja">{escape(ja)}</span><br><span lang="en" class="en">{escape(en)}</span></p>'


CSS = """
body { font-family: "IPAGothic", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; margin: 1.5em; color: #111; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
h2 { font-size: 1.1em; margin-top: 1.2em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { width: 38%; background: #f3f3f3; font-weight: normal; }
code { font-size: 1.05em; }
.en { color: #444; font-size: 0.92em; }
.warn { border-left: 4px solid #c60; padding-left: 0.6em; }
@media print { body { margin: 0; } h2 { page-break-after: avoid; } table { page-break-inside: avoid; } }
""".strip()


def render(inp: ExportInput) -> bytes:
    s = inp.setting
    inc = inp.incoming_server
    addr = inp.address
    sec_ja, sec_en = SECURITY[s.security]
    kind = _auth_kind(s.auth)
    password_ja = "プロバイダーのパスワード(この用紙には印刷していません)"
    password_en = "your provider password (not printed on this sheet)"
    parts: list[str] = []
    title = f"メール送信設定 / Mail settings: {addr.display}"
    parts.append(f"<h1>{escape(title)}</h1>")
    if inp.created is not None:
        parts.append(f"<p>{_bi('作成日: ' + inp.created.isoformat(), 'Created: ' + inp.created.isoformat())}</p>")

    account = [
        _row("メールアドレス", "E-mail address", addr.display),
    ]
    if addr.display != addr.ascii:
        account.append(_row("メールアドレス(英数字の形式)", "E-mail address (ASCII form)", addr.ascii))
    account.append(_row("名前(差出人として表示)", "Your name (shown as sender)", inp.name))
    if inp.provider_name("en"):
        account.append(_row("プロバイダー", "Provider", _both(inp.isp.name.ja or inp.isp.name.en, inp.isp.name.en or inp.isp.name.ja)))
    parts.append(_table("アカウント", "Account", account))

    out = [
        _row("送信サーバー(SMTP)", "Outgoing server (SMTP)", host_with_ascii(s.host)),
        _row("ポート", "Port", str(s.port)),
        _row("接続の保護(暗号化)", "Connection security", _both(sec_ja, sec_en)),
        _row("認証", "Authentication", _both(*TB_AUTH[kind])),
    ]
    if s.needs_auth:
        out.append(_row("ユーザー名", "User name", s.username))
        out.append(_row("パスワード", "Password", _bi(password_ja, password_en), raw=True))
    parts.append(_table("送信サーバー", "Outgoing server", out))

    inc_sec_ja, inc_sec_en = SECURITY[inc.security]
    incoming = [
        _row("受信サーバー", "Incoming server", host_with_ascii(inc.host)),
        _row("種類", "Type", "IMAP" if inc.type is IncomingType.IMAP else "POP3"),
        _row("ポート", "Port", str(inc.port)),
        _row("接続の保護(暗号化)", "Connection security", _both(inc_sec_ja, inc_sec_en)),
        _row("ユーザー名", "User name", inc.username or addr.ascii),
    ]
    parts.append(_table("受信サーバー(レンタルサーバー)", "Incoming server (rental server)", incoming))
    if inc.guessed:
        parts.append(_para(
            "受信サーバーは推測した値です。レンタルサーバーの案内で確認してください。",
            "The incoming server is a guess. Check it against your rental server's instructions.", "warn"))

    clients = [
        _row("Thunderbird", "Thunderbird", _bi(
            f"アカウント設定 > 送信 (SMTP) サーバー: 接続の保護「{sec_ja}」、認証方式「{TB_AUTH[kind][0]}」",
            f"Account Settings > Outgoing Server (SMTP): Connection security “{sec_en}”, "
            f"Authentication method “{TB_AUTH[kind][1]}”"), raw=True),
        _row("Outlook(クラシック)", "Outlook (classic)", _bi(
            "アカウント設定 > 詳細設定: 送信サーバー (SMTP) の暗号化接続「{}」{}".format(
                sec_ja, "、「送信サーバー (SMTP) は認証が必要」にチェックし、ユーザー名を入力" if s.needs_auth else ""),
            "Account settings > More settings: outgoing server (SMTP) encrypted connection “{}”{}".format(
                sec_en, "; tick “My outgoing server (SMTP) requires authentication” and enter the user name"
                if s.needs_auth else "")), raw=True),
        _row("Apple Mail", "Apple Mail", _bi(
            "送信用メールサーバー: 「TLS/SSL を使用」{}、認証「{}」".format(
                "オン" if s.security is not Security.PLAIN else "オフ", APPLE_AUTH[kind][0]),
            "Outgoing mail server: “Use TLS/SSL” {}, authentication “{}”".format(
                "on" if s.security is not Security.PLAIN else "off", APPLE_AUTH[kind][1])), raw=True),
    ]
    parts.append(_table("メールソフトごとの設定名", "Names in each mail program", clients))

    limits: list[str] = []
    mb = inp.max_message_mb()
    if mb is not None:
        limits.append(_row("1通の大きさの上限", "Size limit per message", f"{mb} MB"))
    if limits:
        parts.append(_table("制限", "Limits", limits))

    parts.append("<h2>SPF <span class=\"en\">/ SPF record</span></h2>")
    if inp.spf_record:
        parts.append(_para(
            f"ドメイン {addr.domain.unicode} の DNS に、次の TXT レコードを登録してください(既存の SPF レコードは置き換えます。SPF レコードは1つだけにします)。",
            f"Publish this TXT record in the DNS of {addr.domain.unicode} (it replaces the existing SPF record; "
            "keep only one SPF record)."))
        parts.append(f"<p><code>{escape(addr.domain.ascii)}. TXT \"{escape(inp.spf_record)}\"</code></p>")
    else:
        parts.append(_para(
            "公開する SPF レコードはまだ決まっていません。ウィザードのドメインの確認で提案を確認してください。",
            "The SPF record to publish is not known yet; see the proposal in the wizard's domain check."))

    if inp.isp is not None and (inp.isp.notes or inp.isp.account_hint):
        notes = []
        if inp.isp.account_hint:
            notes.append(_para(inp.isp.account_hint.ja or inp.isp.account_hint.en,
                               inp.isp.account_hint.en or inp.isp.account_hint.ja))
        if inp.isp.notes:
            notes.append(_para(inp.isp.notes.ja or inp.isp.notes.en, inp.isp.notes.en or inp.isp.notes.ja))
        parts.append("<h2>プロバイダーについて <span class=\"en\">/ About the provider</span></h2>")
        parts += notes

    parts.append("<h2>注意 <span class=\"en\">/ Please note</span></h2>")
    parts.append(_para(
        "新しい Outlook for Windows は、メールを Microsoft のクラウド経由で送信します。送信元はお使いの回線ではなく "
        "Microsoft のサーバーになるため、自社の回線からしか使えない送信サーバーでは送信できません。"
        "クラシック Outlook または Thunderbird をお使いください。",
        "New Outlook for Windows sends mail through Microsoft's cloud, not from your own line, so a provider server "
        "that accepts only its own lines will not work there. Use classic Outlook or Thunderbird.", "warn"))
    parts.append(_para(
        "PRF ファイル(.prf)を読めるのは Windows のクラシック Outlook(Outlook 2003 以降、Microsoft 365 のクラシック版を含む)"
        "だけです。新しい Outlook for Windows、Mac 版 Outlook、Web 版 Outlook では使えません。",
        "Only classic Outlook for Windows (Outlook 2003 and later, including the classic Microsoft 365 app) reads the "
        "PRF file. New Outlook for Windows, Outlook for Mac and Outlook on the web do not."))
    if s.auth is Auth.CRAM_MD5:
        parts.append(_para(
            "この設定は CRAM-MD5 認証を使います。Outlook では「セキュリティで保護されたパスワード認証 (SPA)」はオフのままにします。",
            "This setting uses CRAM-MD5. In Outlook leave “Secure Password Authentication (SPA)” off."))
    parts.append(_para(
        "設定したら、Gmail など外部のアドレスにテストメールを送り、届くことと SPF が pass になることを確かめてください。",
        "When it is set up, send a test mail to an outside address such as Gmail and check that it arrives and that "
        "SPF passes."))

    body = "\n".join(parts)
    doc = (
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{escape(title)}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    return doc.encode("utf-8")
