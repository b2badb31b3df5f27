<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>CredentialsPage</name>
        <message>
            <location filename="../../wizard/gui/pages/placeholder.py" line="+26" />
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
            <location line="+17" />
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
            <location line="+46" />
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
            <location filename="../../wizard/gui/pages/placeholder.py" line="-19" />
            <source>Relay test</source>
            <translation>送信テスト</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Here every candidate setting will be tested live from your line, without sending mail.</source>
            <translation>ここでは、候補の設定をすべて、お使いの回線から実際に試します。メールは送信しません。</translation>
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
            <location filename="../../wizard/gui/pages/welcome.py" line="+53" />
            <source>Welcome</source>
            <translation>ようこそ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>If your mail bounces because your rental server is on a blocklist, you can send your own domain's mail through your Internet provider's server instead. This wizard finds a setting that works from your line, checks your domain's SPF record and writes the settings for your mail program.</source>
            <translation>レンタルサーバーがブラックリストに載ってメールが届かないときは、独自ドメインのメールをプロバイダーの送信サーバーから送る方法があります。このウィザードは、お使いの回線で使える設定を探し、ドメインの SPF レコードを確認し、メールソフトの設定を作成します。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Why do my mails bounce? (optional)</source>
            <translation>メールが戻ってくる原因を調べる(任意)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. sv123.rental-server.jp or 203.0.113.45</source>
            <translation>例: sv123.rental-server.jp または 203.0.113.45</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paste a returned message here (the whole message, or the lines with 550, 5.7.1 and so on).</source>
            <translation>戻ってきたメールをここに貼り付けてください(メール全体、または 550 や 5.7.1 などを含む行)。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the system's DNS server</source>
            <translation>パソコンの設定の DNS サーバー</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Rental server:</source>
            <translation>レンタルサーバー(&amp;R):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Returned &amp;message:</source>
            <translation>戻ってきたメール(&amp;M):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;DNS server:</source>
            <translation>DNS サーバー(&amp;D):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Check</source>
            <translation>調べる(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check the blocklists and find which line this computer is on</source>
            <translation>ブラックリストを確認し、このパソコンがつながっている回線を調べます</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop</source>
            <translation>中止(&amp;S)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <location line="+0" />
            <source>List</source>
            <translation>リスト</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delisting</source>
            <translation>解除の申請</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Finding which line this computer is on…</source>
            <translation>このパソコンの回線を調べています…</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+9" />
            <source>Stopped.</source>
            <translation>中止しました。</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Asking the blocklists…</source>
            <translation>ブラックリストに問い合わせています…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter the rental server or paste a returned message to check the blocklists too.</source>
            <translation>ブラックリストも確認するには、レンタルサーバーを入力するか、戻ってきたメールを貼り付けてください。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Asked {done} of {total} questions…</source>
            <translation>{total} 件中 {done} 件の問い合わせが終わりました…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Address named by the receiver: {ips}</source>
            <translation>受信側が示した送信元アドレス: {ips}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reported by: {servers}</source>
            <translation>通知したサーバー: {servers}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Refused by: {servers}</source>
            <translation>受信を拒否したサーバー: {servers}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lists named in the message: {lists}</source>
            <translation>メールに書かれているリスト: {lists}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply: {reply}</source>
            <translation>サーバーの応答: {reply}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Your line: {addresses}</source>
            <translation>お使いの回線: {addresses}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your line: unknown. {reason}</source>
            <translation>お使いの回線: 不明です。{reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Provider of this line: {name}. It will be preselected on the next page.</source>
            <translation>この回線のプロバイダー: {name}。次のページで最初から選ばれています。</translation>
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
            <location filename="../../wizard/cli/whereami.py" line="+70" />
            <source>Provider of this line: {name}</source>
            <translation>この回線のプロバイダー: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Provider of this line: unknown</source>
            <translation>この回線のプロバイダー: 不明</translation>
        </message>
        <message>
            <location filename="../../wizard/cli/bounce.py" line="+39" />
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} を読み込めません: {reason}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Reported by</source>
            <translation>通知したサーバー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refused by</source>
            <translation>受信を拒否したサーバー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipients</source>
            <translation>宛先</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply codes</source>
            <translation>応答コード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending address seen by the receiver</source>
            <translation>受信側から見た送信元アドレス</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blocklists</source>
            <translation>ブラックリスト</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Links</source>
            <translation>リンク</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dnsbl.py" line="+50" />
            <source>Listed</source>
            <translation>掲載あり</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not listed</source>
            <translation>掲載なし</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not applicable</source>
            <translation>対象外</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Listed (for information)</source>
            <translation>掲載あり(参考)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Listed as a source of spam.</source>
            <translation>迷惑メールの送信元として掲載されています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Listed as an infected or hijacked machine sending spam.</source>
            <translation>ウイルス感染や乗っ取りで迷惑メールを送っている機器として掲載されています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Listed as part of a stolen or spam-only network.</source>
            <translation>不正に使われている、または迷惑メール専用のネットワークとして掲載されています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Listed as an address that should send mail through its provider's mail server (Spamhaus PBL). This is not a spam listing: it is exactly what this wizard sets up, sending through your provider's server.</source>
            <translation>プロバイダーの送信サーバーを通してメールを送るべきアドレスとして掲載されています(Spamhaus PBL)。迷惑メールとしての掲載ではありません。このウィザードで設定する、プロバイダーの送信サーバーを使う方法がまさにその対策です。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Listed for a poor sending reputation.</source>
            <translation>送信元としての評価が低いため掲載されています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The whole network range around this address is listed, not the address itself. For information only: few receivers use this list.</source>
            <translation>このアドレス自体ではなく、周辺のネットワーク全体が掲載されています。参考情報です(このリストを使う受信側はわずかです)。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the list says the zone name is wrong ({code})</source>
            <translation>リストからゾーン名が正しくないと返されました({code})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the list refuses questions from this resolver, e.g. a public one such as 8.8.8.8 ({code})</source>
            <translation>このリストは、この DNS サーバー(8.8.8.8 などの公開 DNS)からの問い合わせを受け付けていません({code})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>this resolver asked the list too often (over quota, {code})</source>
            <translation>この DNS サーバーからの問い合わせが多すぎて、上限を超えています({code})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the list answered 127.0.0.1, which means it refused the question or does not list this kind of address</source>
            <translation>リストが 127.0.0.1 と返しました。問い合わせが拒否されたか、この種類のアドレスは対象外という意味です</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the answer {code} is not a blocklist code: the resolver may be rewriting answers</source>
            <translation>応答 {code} はブラックリストの値ではありません。DNS サーバーが応答を書き換えている可能性があります</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the answer {code} is not one of this list's listing codes</source>
            <translation>応答 {code} は、このリストが掲載を示す値ではありません</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This resolver cannot use this list: {detail}.</source>
            <translation>この DNS サーバーでは、このリストを使えません: {detail}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its test address 127.0.0.2 is not reported as listed, so a “clean” answer would mean nothing</source>
            <translation>確認用アドレス 127.0.0.2 が掲載ありと返らないため、「掲載なし」の結果を信頼できません</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its test address 127.0.0.1 is reported as listed, so a “listed” answer would mean nothing</source>
            <translation>確認用アドレス 127.0.0.1 が掲載ありと返るため、「掲載あり」の結果を信頼できません</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its test address {ip} gave no usable answer: {reason}</source>
            <translation>確認用アドレス {ip} に使える応答がありません: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This list covers IPv4 addresses only.</source>
            <translation>このリストは IPv4 アドレスだけが対象です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{ip} is a private or local address; blocklists list only public addresses.</source>
            <translation>{ip} はプライベートアドレスまたはローカルアドレスです。ブラックリストに載るのはインターネット上のアドレスだけです。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{addresses} is on a blocklist: {lists}. Receivers that use these lists refuse mail from it. Sending through your provider's server avoids this address.</source>
            <translation>{addresses} がブラックリストに載っています: {lists}。これらのリストを使う受信側は、このアドレスからのメールを拒否します。プロバイダーの送信サーバーから送れば、このアドレスを使わずに済みます。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Listed only on the PBL: the address belongs to an Internet access line and should send mail through its provider's server, which is what this wizard sets up.</source>
            <translation>PBL にだけ掲載されています。このアドレスはインターネット接続回線のもので、プロバイダーの送信サーバーを通して送るべきという意味です。このウィザードはその設定を行います。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No blocklist could be asked. Try again, or choose another DNS server (not a public one such as 8.8.8.8).</source>
            <translation>どのブラックリストにも問い合わせできませんでした。もう一度試すか、別の DNS サーバー(8.8.8.8 などの公開 DNS 以外)を指定してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No list applies to these addresses (private addresses, or IPv6 on lists that cover IPv4 only).</source>
            <translation>これらのアドレスに当てはまるリストはありません(プライベートアドレス、または IPv4 専用のリストに対する IPv6 アドレスです)。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not listed on the lists that answered; {n} lists gave no usable answer (see the reasons).</source>
            <translation>応答のあったリストには掲載されていません。{n} 件のリストからは使える応答がありませんでした(理由を確認してください)。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not listed on any of the lists checked.</source>
            <translation>確認したどのリストにも掲載されていません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delisting: {url}</source>
            <translation>解除の申請: {url}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The blocklist file {path} cannot be read: {detail}</source>
            <translation>ブラックリストの設定ファイル {path} を読み込めません: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown blocklist “{zone}”. Known lists: {known}.</source>
            <translation>「{zone}」というブラックリストはありません。使えるリスト: {known}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{target}” is neither an IP address nor a host name. Enter the rental server's name or address.</source>
            <translation>「{target}」は IP アドレスでもホスト名でもありません。レンタルサーバーのホスト名かアドレスを入力してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The addresses of {host} could not be found: {reason}</source>
            <translation>{host} のアドレスを調べられませんでした: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{host} has no IPv4 or IPv6 address.</source>
            <translation>{host} には IPv4 アドレスも IPv6 アドレスもありません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dnsquery.py" line="+41" />
            <source>no answer in time (timeout)</source>
            <translation>時間内に応答がありません(タイムアウト)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the DNS server failed to answer (SERVFAIL)</source>
            <translation>DNS サーバーが応答に失敗しました(SERVFAIL)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the DNS server refused the question (REFUSED)</source>
            <translation>DNS サーバーが問い合わせを拒否しました(REFUSED)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the DNS server answered with the error {rcode}</source>
            <translation>DNS サーバーがエラー {rcode} を返しました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the DNS server could not be reached ({error})</source>
            <translation>DNS サーバーに接続できません({error})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DNS error: {error}</source>
            <translation>DNS のエラー: {error}</translation>
        </message>
        <message>
            <location filename="../../wizard/core/bounce.py" line="+43" />
            <source>The receiving server refused the mail because the sending server's address is on a blocklist. Sending through your provider's server avoids the listed address.</source>
            <translation>送信元サーバーのアドレスがブラックリストに載っているため、受信側のサーバーがメールを拒否しました。プロバイダーの送信サーバーから送れば、掲載されているアドレスを使わずに済みます。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The receiving server refused the mail because your domain's SPF or DKIM did not pass. The domain check in this wizard shows which record to change.</source>
            <translation>ドメインの SPF または DKIM の確認に通らなかったため、受信側のサーバーがメールを拒否しました。このウィザードのドメインの確認で、変更するレコードを案内します。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The receiving server refused the mail because of the sending address's reputation (suspected spam). Sending through your provider's server uses a different address.</source>
            <translation>送信元アドレスの評価が低い(迷惑メールの疑い)ため、受信側のサーバーがメールを拒否しました。プロバイダーの送信サーバーから送れば、別のアドレスから送られます。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The recipient's address does not exist. Check the address for typos; changing the server will not help.</source>
            <translation>宛先のメールアドレスが存在しません。アドレスの入力間違いを確認してください。送信サーバーを変えても解決しません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The recipient's mailbox is full. Try again later or tell the recipient in another way.</source>
            <translation>宛先のメールボックスがいっぱいです。時間をおいて送り直すか、別の方法で相手に知らせてください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The message was too big for a server on the way. Send smaller attachments or a download link.</source>
            <translation>メールが大きすぎて、途中のサーバーで受け付けられませんでした。添付ファイルを小さくするか、ダウンロード用のリンクを送ってください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail was refused; the reply below says why. This wizard could not tell the cause for sure.</source>
            <translation>メールは拒否されました。理由は下のサーバーの応答に書かれています。このウィザードでは原因を特定できませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No error message from a mail server was found in this text. Paste the whole returned message, including the lines with numbers such as 550 or 5.7.1.</source>
            <translation>メールサーバーからのエラーが見つかりませんでした。550 や 5.7.1 などの数字を含む行も含めて、戻ってきたメール全体を貼り付けてください。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Outlook.com's own block list</source>
            <translation>Outlook.com 独自のブロックリスト</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SORBS (closed in 2024; a reply naming it is out of date)</source>
            <translation>SORBS(2024 年に終了。この名前を含む応答は古い情報です)</translation>
        </message>
        <message>
            <location filename="../../wizard/core/network.py" line="+29" />
            <source>the servers that report the public address gave no usable answer</source>
            <translation>グローバルアドレスを調べるサーバーから使える応答がありません</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No IPv6 connection was found: {reason}.</source>
            <translation>IPv6 の接続は見つかりませんでした: {reason}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The public IPv4 address could not be found: {reason}.</source>
            <translation>グローバル IPv4 アドレスを調べられませんでした: {reason}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This address has no reverse name.</source>
            <translation>このアドレスには逆引きの名前がありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reverse name {name} does not belong to a provider in the catalogue.</source>
            <translation>逆引きの名前 {name} は、登録済みのどのプロバイダーにも当てはまりません。</translation>
        </message>
    </context>
</TS>
