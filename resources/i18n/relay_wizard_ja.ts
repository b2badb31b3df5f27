<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>CandidateRow</name>
        <message>
            <location filename="../../wizard/gui/pages/relay_test.py" line="+55" />
            <source>Use this setting</source>
            <translation>この設定を使う</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+34" />
            <source>Show details</source>
            <translation>詳細を表示</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+34" />
            <source>Not tested</source>
            <translation>未テスト</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Waiting</source>
            <translation>待機中</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide details</source>
            <translation>詳細を隠す</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Testing…</source>
            <translation>テスト中…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Testing: {step}</source>
            <translation>テスト中: {step}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Works</source>
            <translation>使用できます</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+32" />
            <source>Cancelled</source>
            <translation>中止しました</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Does not work: {why}</source>
            <translation>使用できません: {why}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Server reply: {reply}</source>
            <translation>サーバーの応答: {reply}</translation>
        </message>
    </context>
    <context>
        <name>CredentialsPage</name>
        <message>
            <location filename="../../wizard/gui/pages/placeholder.py" line="+41" />
            <source>Login at your provider</source>
            <translation>プロバイダーへのログイン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Here you will enter the user name and password for your provider's mail server.</source>
            <translation>ここでは、プロバイダーのメールサーバーのユーザー名とパスワードを入力します。</translation>
        </message>
    </context>
    <context>
        <name>DomainCheckPage</name>
        <message>
            <location line="+8" />
            <source>Domain check</source>
            <translation>ドメインの確認</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Here your domain's SPF and DMARC records will be checked.</source>
            <translation>ここでは、ドメインの SPF レコードと DMARC レコードを確認します。</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location line="+17" />
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary of what was written where, and what is left to do.</source>
            <translation>保存したファイルの場所と、残りの作業をまとめて表示します。</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location line="-10" />
            <source>Settings for your mail program</source>
            <translation>メールソフトの設定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Here you will save settings files for Thunderbird, Outlook and Apple Mail.</source>
            <translation>ここでは、Thunderbird・Outlook・Apple メール用の設定ファイルを保存します。</translation>
        </message>
    </context>
    <context>
        <name>ProviderPage</name>
        <message>
            <location filename="../../wizard/gui/pages/provider.py" line="+37" />
            <source>Your provider and your address</source>
            <translation>プロバイダーとメールアドレス</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the address you send from, and choose the Internet provider of the line this computer uses.</source>
            <translation>送信に使うメールアドレスを入力し、このパソコンがつながっている回線のプロバイダーを選んでください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>you@your-company.jp</source>
            <translation>you@your-company.jp</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Type to search, e.g. OCN, ぷらら, nifty</source>
            <translation>入力して検索(例: OCN、ぷらら、nifty)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Outgoing (SMTP) &amp;server:</source>
            <translation>送信(SMTP)サーバー(&amp;S):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>smtp.example.ne.jp</source>
            <translation>smtp.example.ne.jp</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Your e-mail &amp;address:</source>
            <translation>メールアドレス(&amp;A):</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Provider:</source>
            <translation>プロバイダー(&amp;P):</translation>
        </message>
        <message>
            <location line="+40" />
            <source>(custom profile)</source>
            <translation>(独自の設定)</translation>
        </message>
        <message>
            <location line="+40" />
            <source>This profile comes from your own profile folder: {path}</source>
            <translation>この設定は、独自の設定フォルダーから読み込みました: {path}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Enter the address your customers know, e.g. info@your-company.jp.</source>
            <translation>お客さまに知らせているアドレス(例: info@your-company.jp)を入力してください。</translation>
        </message>
    </context>
    <context>
        <name>RelayTestPage</name>
        <message>
            <location filename="../../wizard/gui/pages/relay_test.py" line="+29" />
            <source>Live test of your provider's settings</source>
            <translation>プロバイダーの設定を実際に試す</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Each setting is tried from your line: connection, encryption, login and your address as sender. No mail is sent.</source>
            <translation>お使いの回線から、設定ごとに接続・暗号化・ログイン・差出人アドレスを確認します。メールは送信しません。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Also test settings without encryption (your password would be sent unprotected)</source>
            <translation>暗号化なしの設定もテストする(パスワードが保護されずに送られます)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Continue anyway with the selected setting, although it did not work</source>
            <translation>テストで使えなかった設定ですが、このまま進む</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Stop test</source>
            <translation>テストを中止(&amp;S)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Test again</source>
            <translation>もう一度テスト(&amp;T)</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Choose your provider and enter your address first.</source>
            <translation>先にプロバイダーを選び、メールアドレスを入力してください。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Testing {count} setting(s) from your line…</source>
            <translation>お使いの回線から {count} 件の設定をテストしています…</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Settings that work from your line: {count}.</source>
            <translation>お使いの回線で使える設定: {count} 件</translation>
        </message>
        <message>
            <location line="+63" />
            <source>SSL/TLS</source>
            <translation>SSL/TLS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no encryption</source>
            <translation>暗号化なし</translation>
        </message>
        <message>
            <location line="-63" />
            <source>The best one is selected.</source>
            <translation>最適な設定を選んであります。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No setting worked from your line. See the reasons below.</source>
            <translation>お使いの回線で使える設定はありませんでした。理由は下の一覧をご覧ください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The test could not run: {reason}</source>
            <translation>テストを実行できませんでした: {reason}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The test was stopped. Press “Test again” to start it again.</source>
            <translation>テストを中止しました。「もう一度テスト」を押すと、やり直せます。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Recommended: {host}, port {port} ({security})</source>
            <translation>おすすめ: {host}、ポート {port}({security})</translation>
        </message>
    </context>
    <context>
        <name>RelayWizard</name>
        <message>
            <location filename="../../wizard/gui/wizard.py" line="+27" />
            <source>Relay Wizard: send your own domain's mail through your provider</source>
            <translation>Relay Wizard: 独自ドメインのメールをプロバイダー経由で送信</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../wizard/gui/pages/placeholder.py" line="-34" />
            <source>Welcome</source>
            <translation>ようこそ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>If your mail bounces because your rental server is on a blocklist, you can send your own domain's mail through your Internet provider's server instead. This wizard finds a setting that works from your line, checks your domain's SPF record and writes the settings for your mail program.</source>
            <translation>レンタルサーバーがブラックリストに載ってメールが届かないときは、独自ドメインのメールをプロバイダーの送信サーバーから送る方法があります。このウィザードは、お使いの回線で使える設定を探し、ドメインの SPF レコードを確認し、メールソフトの設定を作成します。</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../wizard/core/catalog.py" line="+46" />
            <source>text</source>
            <translation>文字列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a table</source>
            <translation>テーブル</translation>
        </message>
        <message>
            <location line="+1" />
            <source>true or false</source>
            <translation>true か false</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a domain name</source>
            <translation>ドメイン名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a table with value and source</source>
            <translation>value と source を持つテーブル</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a table with ja and en</source>
            <translation>ja と en を持つテーブル</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a table of references</source>
            <translation>出典のテーブル</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a list of domain names</source>
            <translation>ドメイン名の一覧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a reference name</source>
            <translation>出典の名前</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a list of reference names</source>
            <translation>出典の名前の一覧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a host name</source>
            <translation>ホスト名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a port number</source>
            <translation>ポート番号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a list of [[candidates]] tables</source>
            <translation>[[candidates]] テーブルの一覧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a list of [[variants]] tables</source>
            <translation>[[variants]] テーブルの一覧</translation>
        </message>
        <message>
            <location line="+97" />
            <source>The id “{id}” is already used by {other}.</source>
            <translation>ID「{id}」は {other} ですでに使われています。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The file cannot be read ({reason}).</source>
            <translation>ファイルを読み込めません({reason})。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is larger than {limit} KiB.</source>
            <translation>ファイルが {limit} KiB を超えています。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file is not UTF-8 text.</source>
            <translation>ファイルが UTF-8 のテキストではありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is not valid TOML: {reason}</source>
            <translation>TOML の書式が正しくありません: {reason}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unknown field “{field}”.</source>
            <translation>「{field}」という項目はありません。</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+12" />
            <location line="+11" />
            <location line="+12" />
            <location line="+43" />
            <source>This field is required.</source>
            <translation>この項目は必須です。</translation>
        </message>
        <message>
            <location line="-74" />
            <location line="+2" />
            <source>Expected {kind}.</source>
            <translation>{kind}を指定してください。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This field must not be empty.</source>
            <translation>この項目は空にできません。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Both ja and en must be given.</source>
            <translation>ja と en の両方を指定してください。</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+63" />
            <source>“{value}” is not a domain name.</source>
            <translation>「{value}」はドメイン名ではありません。</translation>
        </message>
        <message>
            <location line="-60" />
            <location line="+25" />
            <source>The list must not be empty.</source>
            <translation>一覧を空にはできません。</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Give either source or sources, not both.</source>
            <translation>source と sources は、どちらか一方だけを指定してください。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Every fact needs a source: add source = "name" naming an entry under [refs].</source>
            <translation>すべての情報には出典が必要です。[refs] の項目名を source = "名前" で指定してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{name}” is not defined under [refs].</source>
            <translation>「{name}」は [refs] に定義されていません。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>“{value}” is not one of: {choices}.</source>
            <translation>「{value}」は指定できません。次のどれかにしてください: {choices}。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Expected a number greater than 0.</source>
            <translation>0 より大きい数を指定してください。</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+115" />
            <source>Unknown placeholder {{{name}}}; allowed: {allowed}.</source>
            <translation>{{{name}}} は使えません。使えるのは {allowed} です。</translation>
        </message>
        <message>
            <location line="-109" />
            <source>“{value}” is not a host name.</source>
            <translation>「{value}」はホスト名ではありません。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unsupported schema {value}; this version reads schema {schema}.</source>
            <translation>schema {value} には対応していません。このバージョンが読めるのは schema {schema} です。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+109" />
            <source>The id must be lower-case letters, digits and “-”, at most 40.</source>
            <translation>ID は英小文字・数字・「-」の 40 文字以内にしてください。</translation>
        </message>
        <message>
            <location line="-98" />
            <source>A profile needs at least one candidate.</source>
            <translation>候補の設定が 1 つ以上必要です。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Expected an http(s) URL or “{seed}”.</source>
            <translation>http(s) の URL か「{seed}」を指定してください。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Expected a date such as 2026-11-29.</source>
            <translation>2026-11-29 のような日付を指定してください。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A port is a number from 1 to 65535.</source>
            <translation>ポート番号は 1〜65535 の数です。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A candidate with auth needs a username template such as {address}.</source>
            <translation>認証を使う候補には、{address} のようなユーザー名の形式が必要です。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/address.py" line="+74" />
            <source>Please enter a domain name.</source>
            <translation>ドメイン名を入力してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The domain name must not contain spaces.</source>
            <translation>ドメイン名にスペースは使えません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{domain}” is not a full domain name (for example example.jp).</source>
            <translation>「{domain}」はドメイン名として不完全です(例: example.jp)。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The domain name “{domain}” has an empty part between dots.</source>
            <translation>ドメイン名「{domain}」に、ドットが続いている箇所があります。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A part of a domain name must not start or end with “-” (“{label}”).</source>
            <translation>ドメイン名の各部分は「-」で始めたり終えたりできません(「{label}」)。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A part of the domain name “{domain}” is too long (at most 63 characters).</source>
            <translation>ドメイン名「{domain}」に長すぎる部分があります(各部分 63 文字まで)。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{domain}” contains characters that are not allowed in a domain name.</source>
            <translation>「{domain}」には、ドメイン名に使えない文字が含まれています。</translation>
        </message>
        <message>
            <location line="-42" />
            <source>The domain name is too long ({length} characters; at most {limit}).</source>
            <translation>ドメイン名が長すぎます({length} 文字。{limit} 文字まで)。</translation>
        </message>
        <message>
            <location line="+50" />
            <source>“{domain}” looks like an IP address, not a domain name.</source>
            <translation>「{domain}」は IP アドレスのようです。ドメイン名を入力してください。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Please enter your e-mail address.</source>
            <translation>メールアドレスを入力してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The address must not contain spaces.</source>
            <translation>メールアドレスにスペースは使えません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The address needs an “@” between the name and the domain.</source>
            <translation>メールアドレスには、名前とドメインの間に「@」が必要です。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The address has more than one “@”.</source>
            <translation>メールアドレスに「@」が 2 つ以上あります。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The part before “@” is missing.</source>
            <translation>「@」の前の部分がありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The domain after “@” is missing.</source>
            <translation>「@」の後ろのドメインがありません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The part before “@” may use only half-width letters, digits and symbols such as . _ -</source>
            <translation>「@」の前には、半角の英数字と . _ - などの記号だけが使えます。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The part before “@” (“{local}”) has a character or a dot that is not allowed there.</source>
            <translation>「@」の前の部分(「{local}」)に、使えない文字か、使えない位置のドットがあります。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The part before “@” is too long ({length} characters; at most {limit}).</source>
            <translation>「@」の前の部分が長すぎます({length} 文字。{limit} 文字まで)。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The address is too long ({length} characters; at most {limit}).</source>
            <translation>メールアドレスが長すぎます({length} 文字。{limit} 文字まで)。</translation>
        </message>
        <message>
            <location filename="../../wizard/gui/workers.py" line="+72" />
            <source>Unexpected error: {kind}. Details are in the log file.</source>
            <translation>予期しないエラーが発生しました({kind})。詳しくはログファイルをご覧ください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/secrets.py" line="+66" />
            <source>Windows Credential Manager</source>
            <translation>Windows 資格情報マネージャー</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the Secret Service (GNOME Keyring / KeePassXC)</source>
            <translation>Secret Service(GNOME キーリング / KeePassXC)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>KWallet</source>
            <translation>KWallet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the macOS Keychain</source>
            <translation>macOS キーチェーン</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the keyring “{name}”</source>
            <translation>キーリング「{name}」</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+8" />
            <source>no keyring</source>
            <translation>キーリングなし</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer has no keyring to store passwords in.</source>
            <translation>このパソコンには、パスワードを保存できるキーリングがありません。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The keyring cannot be used ({detail}). The password is kept only until you close the program.</source>
            <translation>キーリングを使えません({detail})。パスワードは、このプログラムを閉じるまでの間だけ保持します。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dnsutil.py" line="+51" />
            <source>“{spec}” is not a resolver address; use an IP address with an optional :port.</source>
            <translation>「{spec}」は DNS サーバーのアドレスではありません。IP アドレス(必要なら :ポート番号)で指定してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/gui/pages/relay_test.py" line="-388" />
            <source>You continued although no setting worked in the live test. Mail may not go out with these settings.</source>
            <translation>テストで使える設定がないまま先に進みました。この設定ではメールが送信できない可能性があります。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/probing.py" line="+103" />
            <source>Not tested.</source>
            <translation>テストしていません。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not tested</source>
            <translation>未テスト</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not tested: this server name depends on your provider mail address (the part after @, such as abc.ocn.ne.jp), and the address given does not have that part.</source>
            <translation>未テスト: このサーバー名はプロバイダーのメールアドレスの @ より後ろ(abc.ocn.ne.jp など)で決まりますが、入力されたアドレスにはその部分がありません。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <location line="+1" />
            <source>Not tested: this setting needs your provider mail address.</source>
            <translation>未テスト: この設定には、プロバイダーのメールアドレスが必要です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not tested: this setting needs your account ID at the provider.</source>
            <translation>未テスト: この設定には、プロバイダーのアカウント ID が必要です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not tested: this setting needs the server name.</source>
            <translation>未テスト: この設定には、サーバー名が必要です。</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+11" />
            <source>Not tested: “{host}” is not a valid server name.</source>
            <translation>未テスト: 「{host}」はサーバー名として正しくありません。</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Port 25 is blocked on this line, and this provider accepts your own domain as sender only on port 25 ({host}). This route cannot work from here: use it only from the provider's own line, or send through another provider.</source>
            <translation>この回線では 25 番ポートがふさがれています。このプロバイダーが独自ドメインの差出人を受け付けるのは 25 番ポート({host})だけです。そのため、この回線からはこの方法で送信できません。プロバイダー自身の回線から使うか、別のプロバイダー経由で送信してください。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Port 25 is blocked on this line (common practice against spam). Settings on port 587 or 465 are not affected.</source>
            <translation>この回線では 25 番ポートがふさがれています(迷惑メール対策として一般的な措置です)。587 番・465 番の設定には影響しません。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No server answered on any port. A firewall or security software on this computer or network may block outgoing mail connections.</source>
            <translation>どのポートでもサーバーから応答がありませんでした。パソコンやネットワークのファイアウォール、セキュリティソフトがメール送信の接続をふさいでいる可能性があります。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The provider's server refused your own address as sender. It sends only mail from the provider's own addresses, so it cannot send your domain's mail.</source>
            <translation>プロバイダーの送信サーバーが、お使いのメールアドレスを差出人として受け付けませんでした。このサーバーはプロバイダーのメールアドレスからのメールしか送信しないため、独自ドメインのメールは送れません。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{host} is usable only from the provider's own lines. It will stop working when this computer is used on another line (another office, a mobile router, a hotel).</source>
            <translation>{host} は、このプロバイダーの回線からしか使えません。別の回線(別の事務所、モバイルルーター、ホテルなど)でこのパソコンを使うと送信できなくなります。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The provider's documents say this server refuses other domains as sender, but the live test accepted your address. The provider may still change the sender or refuse later: check that your first messages arrive.</source>
            <translation>プロバイダーの案内では、このサーバーは他のドメインの差出人を受け付けないとされていますが、テストではお使いのアドレスが受け付けられました。あとから差出人が書き換えられたり、拒否されたりする可能性もありますので、最初の数通が届くことを確認してください。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This setting does not encrypt the connection: your mail and your password can be read on the way. Prefer an encrypted setting when one works.</source>
            <translation>この設定は通信を暗号化しません。メールの内容やパスワードが途中で読み取られるおそれがあります。暗号化する設定が使える場合は、そちらをお選びください。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The server accepts messages up to {mb} MB (attachments included; they grow by about a third when sent).</source>
            <translation>このサーバーが受け付けるメールは 1 通 {mb} MB までです(添付ファイルを含みます。送信時には約 3 割大きくなります)。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The provider accepts messages up to {mb} MB (attachments included; they grow by about a third when sent).</source>
            <translation>このプロバイダーが受け付けるメールは 1 通 {mb} MB までです(添付ファイルを含みます。送信時には約 3 割大きくなります)。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At most {count} recipients per message are accepted.</source>
            <translation>1 通のメールで指定できる宛先は {count} 件までです。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>With the server {host} the limit is {mb} MB per message.</source>
            <translation>サーバー {host} を使う場合の上限は、1 通 {mb} MB です。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/probe.py" line="+220" />
            <source>This setting would send your password without encryption. It is tested only after you confirm that you accept this.</source>
            <translation>この設定では、パスワードが暗号化されずに送られます。了承していただいた場合にのみテストします。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This setting needs the user name of your login at the provider.</source>
            <translation>この設定には、プロバイダーのユーザー名が必要です。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This setting needs your password at the provider.</source>
            <translation>この設定には、プロバイダーのパスワードが必要です。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This setting works from your line: the server accepted the connection, the encryption, your login and your own address as sender. No mail was sent. You can use this setting.</source>
            <translation>この設定はお使いの回線で使えます。接続・暗号化・ログイン・差出人アドレスのすべてがサーバーに受け付けられました。メールは送信していません。この設定をお使いいただけます。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server did not accept the login. The user name or password may be wrong, or the provider expects another user name (for some providers it is an account ID, not the mail address). Check the login details in your provider's papers or member page and try again.</source>
            <translation>サーバーがログインを受け付けませんでした。ユーザー名かパスワードが間違っているか、別のユーザー名が必要な可能性があります(プロバイダーによっては、メールアドレスではなくアカウント ID です)。契約書類や会員ページでログイン情報を確認して、もう一度お試しください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server refused your own address as the sender. On this server and port the provider accepts only its own addresses. Choose another setting that accepted your address; if none did, this provider cannot send your domain's mail from here.</source>
            <translation>サーバーが、お使いのメールアドレスを差出人として受け付けませんでした。このサーバーとポートでは、プロバイダーのメールアドレスしか使えません。アドレスが受け付けられた別の設定を選んでください。該当する設定がない場合、この回線からはこのプロバイダーで独自ドメインのメールを送れません。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server accepted your address as sender but refused the recipient. Usually this means it will not pass mail on for you from this line or with this login. Check the login details, or choose another setting.</source>
            <translation>差出人のアドレスは受け付けられましたが、宛先が拒否されました。多くの場合、この回線またはこのログインではメールを中継しないという意味です。ログイン情報を確認するか、別の設定を選んでください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A secure (encrypted) connection could not be set up: the server's certificate could not be verified, or the encryption failed. The server name may be wrong, or something on the way (such as security software) intercepts the connection. Your password was not sent. Do not use this setting until this is solved.</source>
            <translation>暗号化した接続ができませんでした。サーバーの証明書を確認できなかったか、暗号化の手続きに失敗しました。サーバー名が間違っているか、途中で何か(セキュリティソフトなど)が通信に割り込んでいる可能性があります。パスワードは送信していません。解決するまで、この設定は使わないでください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server did not offer encryption (STARTTLS), although this setting needs it. Your password was not sent. Something on the way may remove the encryption, or the server does not support it on this port. Choose another setting.</source>
            <translation>この設定には暗号化(STARTTLS)が必要ですが、サーバーが提供しませんでした。パスワードは送信していません。途中で暗号化が取り除かれているか、このポートでは暗号化に対応していない可能性があります。別の設定を選んでください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing answered on port {port}: the connection timed out. Usually the network of this line blocks this port (for example port 25, blocked against spam), or a firewall drops it. Choose a setting with another port.</source>
            <translation>ポート {port} から応答がなく、接続がタイムアウトしました。多くの場合、この回線でそのポートがふさがれているか(迷惑メール対策の 25 番ポート遮断など)、ファイアウォールで止められています。別のポートの設定を選んでください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The connection to {host} on port {port} was refused or could not be made. Nothing accepts mail there, or a firewall rejects it. Check the server name and port, or choose another setting.</source>
            <translation>{host} のポート {port} への接続が拒否されたか、接続できませんでした。そこでメールを受け付けていないか、ファイアウォールで拒否されています。サーバー名とポートを確認するか、別の設定を選んでください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The connection was made, but the server said nothing or hung up at once. A firewall, security software or a device on the network may be intercepting mail connections. Choose another port, or check the mail protection of your security software.</source>
            <translation>接続はできましたが、サーバーが何も応答しないか、すぐに切断しました。ファイアウォールやセキュリティソフト、ネットワーク機器がメールの通信に割り込んでいる可能性があります。別のポートを選ぶか、セキュリティソフトのメール保護機能を確認してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server answered but refuses to serve this connection (see its reply). Providers often refuse connections from other providers' lines or from dynamic addresses on this port. Use a setting with login on port 587 or 465 instead.</source>
            <translation>サーバーは応答しましたが、この接続を受け付けませんでした(サーバーの応答をご覧ください)。プロバイダーは、このポートでは他社の回線や動的 IP アドレスからの接続を断ることがよくあります。ログインを使う 587 番または 465 番の設定をお使いください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server name {host} could not be found. Check the spelling of the server name and that this computer is connected to the Internet.</source>
            <translation>サーバー名 {host} が見つかりませんでした。サーバー名のつづりと、このパソコンがインターネットに接続されているかを確認してください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server answered in a way a mail server should not (see its reply). This may not be a mail sending server, or the port is wrong. Choose another setting.</source>
            <translation>サーバーから、送信サーバーとしては想定外の応答がありました(サーバーの応答をご覧ください)。送信用のサーバーではないか、ポートが違う可能性があります。別の設定を選んでください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server stopped answering in the middle of the test. It may be busy, or the connection is unstable. Try again later.</source>
            <translation>テストの途中でサーバーが応答しなくなりました。サーバーが混み合っているか、接続が不安定な可能性があります。しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The test was cancelled before it finished.</source>
            <translation>テストは終了前に中止されました。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>works</source>
            <translation>使用できます</translation>
        </message>
        <message>
            <location line="+1" />
            <source>login refused</source>
            <translation>ログインが拒否されました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>your address refused as sender</source>
            <translation>差出人のアドレスが拒否されました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>recipient refused</source>
            <translation>宛先が拒否されました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>encryption failed</source>
            <translation>暗号化に失敗しました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no encryption offered</source>
            <translation>暗号化が提供されていません</translation>
        </message>
        <message>
            <location line="+1" />
            <source>port blocked</source>
            <translation>ポートがふさがれています</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connection refused</source>
            <translation>接続が拒否されました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>server silent</source>
            <translation>サーバーが応答しません</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refused by policy</source>
            <translation>接続元の制限で拒否されました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>server name not found</source>
            <translation>サーバー名が見つかりません</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unexpected answer</source>
            <translation>想定外の応答です</translation>
        </message>
        <message>
            <location line="+1" />
            <source>timed out</source>
            <translation>タイムアウトしました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>中止しました</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Look up the server</source>
            <translation>サーバーの検索</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connect</source>
            <translation>接続</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Encryption (SSL/TLS)</source>
            <translation>暗号化(SSL/TLS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Greeting</source>
            <translation>あいさつ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Introduce (EHLO)</source>
            <translation>名乗り(EHLO)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Encryption (STARTTLS)</source>
            <translation>暗号化(STARTTLS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Introduce again (EHLO)</source>
            <translation>再度の名乗り(EHLO)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your address as sender</source>
            <translation>差出人アドレス</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation>宛先</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset (nothing sent)</source>
            <translation>取り消し(送信なし)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say goodbye</source>
            <translation>切断</translation>
        </message>
        <message>
            <location line="+184" />
            <source>The DNS server did not answer in time.</source>
            <translation>DNS サーバーから時間内に応答がありませんでした。</translation>
        </message>
        <message>
            <location line="+50" />
            <source>The CA file {path} could not be loaded.</source>
            <translation>CA 証明書ファイル {path} を読み込めませんでした。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The server's certificate is not trusted: {reason}.</source>
            <translation>サーバーの証明書が信頼できません: {reason}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The server answered without encryption: on this port it probably expects STARTTLS instead of SSL/TLS.</source>
            <translation>サーバーが暗号化せずに応答しました。このポートでは SSL/TLS ではなく STARTTLS を使う可能性があります。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The encryption could not be set up: {reason}.</source>
            <translation>暗号化できませんでした: {reason}</translation>
        </message>
        <message>
            <location line="+144" />
            <source>The server offers no login method we can use (it offers: {offered}).</source>
            <translation>サーバーが、利用できるログイン方式を提供していません(提供されている方式: {offered})。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server does not offer a login (SMTP AUTH) on this connection.</source>
            <translation>この接続では、サーバーがログイン(SMTP 認証)を提供していません。</translation>
        </message>
    </context>
</TS>
