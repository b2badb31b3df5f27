<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>CredentialsPage</name>
        <message>
            <location filename="../../wizard/gui/pages/credentials.py" line="+92" />
            <source>Login at your provider</source>
            <translation>プロバイダーへのログイン</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The relay test logs in to your provider's outgoing server with these details. No mail is sent.</source>
            <translation>次の送信テストでは、ここで入力した内容でプロバイダーの送信サーバーにログインします。メールは送信されません。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Account &amp;ID:</source>
            <translation>アカウント ID(&amp;I):</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+103" />
            <source>&amp;Login name:</source>
            <translation>ユーザー名(&amp;L):</translation>
        </message>
        <message>
            <location line="-96" />
            <source>&amp;Password:</source>
            <translation>パスワード(&amp;P):</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Use the saved password</source>
            <translation>保存されているパスワードを使う(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Type a new password (it replaces the saved one when saved)</source>
            <translation>新しいパスワードを入力する(保存すると、保存済みのパスワードを置き換えます)(&amp;T)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Forget the saved password</source>
            <translation>保存されているパスワードを削除(&amp;F)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Save the password in the keyring</source>
            <translation>パスワードをキーリングに保存する(&amp;S)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Checking the keyring…</source>
            <translation>キーリングを確認しています…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Your provider's server needs no login and no password.</source>
            <translation>このプロバイダーの送信サーバーには、ユーザー名とパスワードは不要です。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Your mail &amp;address at {provider}:</source>
            <translation>{provider} のメールアドレス(&amp;A):</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Account &amp;ID (login name):</source>
            <translation>アカウント ID(ユーザー名)(&amp;I):</translation>
        </message>
        <message>
            <location line="+84" />
            <source>You changed the suggested login name ({suggested}). Clear the field to use it again.</source>
            <translation>提案されたユーザー名({suggested})を変更しました。元に戻すには、欄を空にしてください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Suggested from your provider's rule for login names.</source>
            <translation>プロバイダーのユーザー名の決まりから自動で入力しました。</translation>
        </message>
        <message>
            <location line="+46" />
            <source>&amp;Save the password in the keyring ({backend})</source>
            <translation>パスワードをキーリング({backend})に保存する(&amp;S)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You will not need to type it again on this computer. Nothing is saved before you click Next.</source>
            <translation>このコンピューターで再入力する必要がなくなります。「次へ」をクリックするまでは何も保存されません。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The password is kept only until you close the program.</source>
            <translation>パスワードは、このプログラムを閉じるまでの間だけ記憶されます。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>A password for {login} is saved in {keyring}.</source>
            <translation>{login} のパスワードが {keyring} に保存されています。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(the saved password)</source>
            <translation>(保存されているパスワード)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The saved password was deleted from the keyring.</source>
            <translation>保存されていたパスワードをキーリングから削除しました。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Saving the password in the keyring…</source>
            <translation>パスワードをキーリングに保存しています…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The password was saved in {keyring}.</source>
            <translation>パスワードを {keyring} に保存しました。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be saved: {reason}</source>
            <translation>パスワードを保存できませんでした: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click Next to go on without saving; the password is then kept only until you close the program.</source>
            <translation>保存せずに進むには「次へ」をクリックしてください。その場合、パスワードはこのプログラムを閉じるまでの間だけ記憶されます。</translation>
        </message>
    </context>
    <context>
        <name>DomainCheckPage</name>
        <message>
            <location filename="../../wizard/gui/pages/placeholder.py" line="+50" />
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
            <location filename="../../wizard/gui/pages/placeholder.py" line="-16" />
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
            <location filename="../../wizard/core/secrets.py" line="+102" />
            <source>Windows Credential Manager</source>
            <translation>Windows 資格情報マネージャー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>macOS Keychain</source>
            <translation>macOS キーチェーン</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>GNOME Keyring / Secret Service</source>
            <translation>GNOME キーリング / Secret Service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>KDE Wallet (KWallet)</source>
            <translation>KDE ウォレット(KWallet)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>No keyring was found on this computer (on Linux: GNOME Keyring, KWallet or another Secret Service must be running), so the password cannot be saved.</source>
            <translation>このコンピューターにはパスワードを保存できるキーリングが見つからないため、パスワードを保存できません(Linux の場合は GNOME キーリング、KWallet などの Secret Service が動作している必要があります)。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No keyring could be started ({detail}). On Linux, check that GNOME Keyring or KWallet is running in your desktop session.</source>
            <translation>キーリングを開始できませんでした({detail})。Linux の場合は、デスクトップで GNOME キーリングまたは KWallet が動作しているかご確認ください。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The keyring ({backend}) is locked and was not unlocked. Unlock it (for example by logging in to your desktop again) and try again.</source>
            <translation>キーリング({backend})がロックされていて、ロックを解除できませんでした。ロックを解除してから(例: デスクトップにログインし直す)、もう一度お試しください。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The keyring ({backend}) could not be reached ({detail}). On Linux, check that GNOME Keyring or KWallet is running in your desktop session.</source>
            <translation>キーリング({backend})に接続できませんでした({detail})。Linux の場合は、デスクトップで GNOME キーリングまたは KWallet が動作しているかご確認ください。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The keyring ({backend}) refused to store the password ({detail}).</source>
            <translation>キーリング({backend})がパスワードの保存を拒否しました({detail})。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The keyring ({backend}) cannot be used ({detail}).</source>
            <translation>キーリング({backend})を使用できません({detail})。</translation>
        </message>
        <message>
            <location line="-100" />
            <source>the keyring “{name}”</source>
            <translation>キーリング「{name}」</translation>
        </message>
        <message>
            <location line="-25" />
            <source>no keyring</source>
            <translation>キーリングなし</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dnsutil.py" line="+51" />
            <source>“{spec}” is not a resolver address; use an IP address with an optional :port.</source>
            <translation>「{spec}」は DNS サーバーのアドレスではありません。IP アドレス(必要なら :ポート番号)で指定してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/credentials.py" line="+115" />
            <source>This is not an address at this provider ({domains}). Please check it.</source>
            <translation>このプロバイダーのメールアドレス({domains})ではありません。ご確認ください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Some server names of this provider are built from the part between “@” and the provider's domain (abc in taro@abc.{domain}); this address has none, so those settings cannot be tested.</source>
            <translation>このプロバイダーの一部のサーバー名は、「@」とプロバイダーのドメインの間の部分(taro@abc.{domain} の abc)から作られます。このメールアドレスにはその部分がないため、それらの設定はテストできません。</translation>
        </message>
        <message>
            <location filename="../../wizard/cli/forget.py" line="+36" />
            <source>No password is saved for {user} at {host}:{port}.</source>
            <translation>{host}:{port} の {user} のパスワードは保存されていません。</translation>
        </message>
    </context>
</TS>
