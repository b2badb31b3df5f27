<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
            <location filename="../../wizard/gui/pages/done.py" line="+20" />
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the wizard wrote, and what is left for you to do.</source>
            <translation>ウィザードが書き込んだ内容と、残りの作業です。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Thunderbird profile {profile}: outgoing server {key}; the old settings are kept in {backup}</source>
            <translation>Thunderbird のプロファイル {profile}: 送信サーバー {key}。以前の設定は {backup} に保存してあります</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Written</source>
            <translation>書き込んだもの</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing was saved. You can go back and save the files, or enter the values in your mail program by hand.</source>
            <translation>何も保存していません。前の画面に戻ってファイルを保存するか、メールソフトに設定値を手で入力してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Use this outgoing server: {setting}</source>
            <translation>次の送信サーバーを使います: {setting}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(user name {name})</source>
            <translation>(ユーザー名 {name})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Publish this SPF record (TXT) for {domain}:</source>
            <translation>{domain} の DNS に次の SPF レコード(TXT)を登録してください:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check your domain's SPF record so that it allows the new route (see the domain check).</source>
            <translation>新しい送信経路が許可されるよう、ドメインの SPF レコードを確認してください(ドメインの確認を参照)。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send a test mail to an outside address (for example Gmail) and check that it arrives and that SPF passes.</source>
            <translation>Gmail など外部のアドレスにテストメールを送り、届くことと SPF が pass になることを確認してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your mail program asks for the provider password once; the wizard keeps it only in the system keyring, never in a file.</source>
            <translation>プロバイダーのパスワードは、メールソフトが最初に一度だけ尋ねます。ウィザードはパスワードをシステムのキーリングにだけ保存し、ファイルには書きません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start Thunderbird and send the test mail from there.</source>
            <translation>Thunderbird を起動し、テストメールを送ってください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Still to do</source>
            <translation>残りの作業</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The chosen setting did not pass the live test; mail may not go out.</source>
            <translation>選んだ設定は接続テストに合格していません。メールを送信できない可能性があります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please note</source>
            <translation>ご注意</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../wizard/gui/pages/export.py" line="+66" />
            <source>Settings for your mail program</source>
            <translation>メールソフトの設定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save ready files for Thunderbird, Outlook and Apple Mail, print the settings sheet, or let the wizard change Thunderbird for you. No password is written anywhere.</source>
            <translation>Thunderbird・Outlook・Apple Mail 用の設定ファイルを保存したり、設定シートを印刷したり、Thunderbird の設定を直接変更したりできます。パスワードはどこにも書き込みません。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>e.g. 山田 太郎 or your company's name</source>
            <translation>例: 山田 太郎、または会社名</translation>
        </message>
        <message>
            <location line="+9" />
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
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Your &amp;name (shown as sender):</source>
            <translation>名前(差出人として表示)(&amp;N):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Incoming server (your rental server):</source>
            <translation>受信サーバー(レンタルサーバー)(&amp;I):</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Save checked files…</source>
            <translation>チェックしたファイルを保存(&amp;S)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Files (select one to preview it)</source>
            <translation>ファイル(選ぶと内容を表示します)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Also make my address in Thunderbird send through it</source>
            <translation>Thunderbird の自分のアドレスでも、この送信サーバーを使う</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Apply to Thunderbird</source>
            <translation>Thunderbird に設定(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change Thunderbird directly (close Thunderbird first)</source>
            <translation>Thunderbird を直接設定する(先に Thunderbird を終了してください)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Profile:</source>
            <translation>プロファイル(&amp;P):</translation>
        </message>
        <message>
            <location line="+36" />
            <source>(a guess: check it)</source>
            <translation>(推測した値です。確認してください)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>(default)</source>
            <translation>(既定)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>No relay setting has been chosen yet. Go back to the relay test and choose one.</source>
            <translation>送信サーバーの設定がまだ選ばれていません。接続テストの画面に戻って選んでください。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Outgoing server: {setting}</source>
            <translation>送信サーバー: {setting}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>user {name}</source>
            <translation>ユーザー名 {name}</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Check at least one file to save.</source>
            <translation>保存するファイルを一つ以上チェックしてください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save {what}</source>
            <translation>{what}を保存</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a folder for the files</source>
            <translation>保存先のフォルダーを選んでください</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Saved: {path}</source>
            <translation>保存しました: {path}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No Thunderbird profile was found on this computer.</source>
            <translation>このコンピューターに Thunderbird のプロファイルが見つかりません。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Close Thunderbird to apply.</source>
            <translation>設定するには Thunderbird を終了してください。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Done. The old settings are kept in {file}.</source>
            <translation>設定しました。以前の設定は {file} に保存してあります。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start Thunderbird: it asks for your provider password once.</source>
            <translation>Thunderbird を起動してください。プロバイダーのパスワードを一度だけ尋ねられます。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Undone: Thunderbird's settings are back as they were before ({file}).</source>
            <translation>元に戻しました。Thunderbird の設定は変更前の状態です({file})。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Changes made in Thunderbird after the wizard's change were undone too; the file from just before the undo is kept as {file}.</source>
            <translation>ウィザードの変更の後に Thunderbird で行った変更も元に戻りました。元に戻す直前のファイルは {file} として保存してあります。</translation>
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
            <location line="+45" />
            <source>(custom profile)</source>
            <translation>(独自の設定)</translation>
        </message>
        <message>
            <location line="+42" />
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
            <location filename="../../wizard/gui/pages/placeholder.py" line="-10" />
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
            <location filename="../../wizard/gui/wizard.py" line="+58" />
            <source>Relay Wizard: send your own domain's mail through your provider</source>
            <translation>Relay Wizard: 独自ドメインのメールをプロバイダー経由で送信</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../wizard/gui/pages/placeholder.py" line="-25" />
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
            <location filename="../../wizard/core/export/base.py" line="+109" />
            <source>The server name “{host}” still has a placeholder; fill it in first.</source>
            <translation>サーバー名「{host}」に未入力の部分があります。先に入力してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{host}” is not a valid server name.</source>
            <translation>「{host}」はサーバー名として正しくありません。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The {what} must not contain line breaks or control characters.</source>
            <translation>{what}に改行や制御文字は使えません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The {what} is too long ({length} characters; at most {limit}).</source>
            <translation>{what}が長すぎます({length} 文字。{limit} 文字までです)。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>display name</source>
            <translation>表示名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>user name</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SPF record</source>
            <translation>SPF レコード</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+29" />
            <source>The port {port} is not between 1 and 65535.</source>
            <translation>ポート {port} は 1 から 65535 の範囲にありません。</translation>
        </message>
        <message>
            <location line="-26" />
            <source>The user name “{user}” still has a placeholder; fill it in first.</source>
            <translation>ユーザー名「{user}」に未入力の部分があります。先に入力してください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This setting logs in, so it needs a user name.</source>
            <translation>この設定は認証を使うため、ユーザー名が必要です。</translation>
        </message>
        <message>
            <location line="+62" />
            <source>{isp} has candidates 1 to {count}; there is no candidate {number}.</source>
            <translation>{isp} の候補は 1 から {count} までです。候補 {number} はありません。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Candidate {number} of {isp} needs {names}: give your provider mail address, account ID or server name.</source>
            <translation>{isp} の候補 {number} には {names} が必要です。プロバイダーのメールアドレス、アカウント ID、またはサーバー名を指定してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/export/__init__.py" line="+26" />
            <source>Thunderbird (autoconfig file)</source>
            <translation>Thunderbird(自動設定ファイル)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outlook classic (PRF profile file)</source>
            <translation>クラシック Outlook(PRF プロファイルファイル)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outlook (Autodiscover XML)</source>
            <translation>Outlook(自動検出 XML)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apple Mail, iPhone, iPad (profile)</source>
            <translation>Apple Mail・iPhone・iPad(構成プロファイル)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printable settings sheet (HTML)</source>
            <translation>印刷用の設定シート(HTML)</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Unknown export format “{id}”.</source>
            <translation>「{id}」という書き出し形式はありません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/export/files.py" line="+50" />
            <source>Cannot write {file}: {reason}</source>
            <translation>{file} に書き込めません: {reason}</translation>
        </message>
        <message>
            <location filename="../../wizard/core/export/thunderbird.py" line="+99" />
            <location line="+372" />
            <location line="+157" />
            <source>Cannot read {file}: {reason}</source>
            <translation>{file} を読み込めません: {reason}</translation>
        </message>
        <message>
            <location line="-415" />
            <location line="+15" />
            <source>Thunderbird has this profile open.</source>
            <translation>Thunderbird がこのプロファイルを使用中です。</translation>
        </message>
        <message>
            <location line="-6" />
            <source>The profile is in use on another computer ({ip}).</source>
            <translation>このプロファイルは別のコンピューター({ip})で使用中です。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thunderbird (process {pid}) has this profile open.</source>
            <translation>Thunderbird(プロセス {pid})がこのプロファイルを使用中です。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{reason} Close Thunderbird and try again.</source>
            <translation>{reason}Thunderbird を終了してから、もう一度お試しください。</translation>
        </message>
        <message>
            <location line="+196" />
            <source>Nothing to change: the profile already has this setting (outgoing server {key}).</source>
            <translation>変更はありません。このプロファイルにはすでにこの設定があります(送信サーバー {key})。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New outgoing server {key}: {host}.</source>
            <translation>送信サーバー {key} を追加します: {host}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Outgoing server {before} is updated.</source>
            <translation>送信サーバー {before} を更新します。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>  {name}: {before} → {after}</source>
            <translation>  {name}: {before} → {after}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Identity {address}: sends through {after} (was {before}).</source>
            <translation>差出人 {address}: {after} から送信します(変更前: {before})。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Identity {address} already sends through {key}.</source>
            <translation>差出人 {address} はすでに {key} から送信しています。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No identity in this profile has the address; choose the outgoing server in the account settings by hand.</source>
            <translation>このプロファイルには、このアドレスの差出人がありません。アカウント設定で送信サーバーを手で選んでください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warning: user.js sets {name}; Thunderbird applies it at every start and would undo this change.</source>
            <translation>注意: user.js で {name} が設定されています。Thunderbird は起動のたびにこれを適用するため、この変更が元に戻ってしまいます。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The profile folder {path} does not exist.</source>
            <translation>プロファイルのフォルダー {path} がありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} has no prefs.js: start Thunderbird once with this profile and set up your mail account first.</source>
            <translation>{path} に prefs.js がありません。このプロファイルで一度 Thunderbird を起動し、先にメールアカウントを設定してください。</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Cannot write {file}: {reason}. Nothing was changed.</source>
            <translation>{file} に書き込めません: {reason}。何も変更していません。</translation>
        </message>
        <message>
            <location line="+66" />
            <source>There is no Relay Wizard backup in {path}: nothing to undo.</source>
            <translation>{path} に Relay Wizard のバックアップがありません。元に戻すものはありません。</translation>
        </message>
    </context>
</TS>
