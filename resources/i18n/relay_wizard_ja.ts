<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>BasePage</name>
        <message>
            <location filename="../../wizard/gui/pages/words.py" line="+15" />
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
            <location line="+6" />
            <source>{host}, port {port} ({security})</source>
            <translation>{host}、ポート {port}({security})</translation>
        </message>
        <message>
            <location filename="../../wizard/gui/pages/base.py" line="+90" />
            <source>Advanced settings</source>
            <translation>詳細設定</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Details</source>
            <translation>詳細を表示</translation>
        </message>
    </context>
    <context>
        <name>CandidateRow</name>
        <message>
            <location filename="../../wizard/gui/pages/relay_rows.py" line="+108" />
            <source>Use this setting</source>
            <translation>この設定を使う</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+9" />
            <source>Show details</source>
            <translation>詳細を表示</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+62" />
            <source>Not tested</source>
            <translation>未テスト</translation>
        </message>
        <message>
            <location line="-60" />
            <source>Waiting</source>
            <translation>待機中</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+9" />
            <source>Hide details</source>
            <translation>詳細を隠す</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Testing…</source>
            <translation>テスト中…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Testing: {step}</source>
            <translation>テスト中: {step}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Works</source>
            <translation>使用できます</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+38" />
            <source>Stopped before the end</source>
            <translation>途中で中止しました</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Does not work: {why}</source>
            <translation>使用できません: {why}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Server reply: {reply}</source>
            <translation>サーバーの応答: {reply}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../wizard/gui/crash_dialog.py" line="+26" />
            <source>Relay Wizard: unexpected error</source>
            <translation>Relay Wizard: 予期しないエラー</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sorry, something went wrong inside Relay Wizard. What you entered on this page may not have been taken over. Please copy the details and send them to the person who helps you with your computer.</source>
            <translation>申し訳ありません。Relay Wizard の内部でエラーが発生しました。このページで入力した内容は反映されていない可能性があります。詳細をコピーして、パソコンのサポートをしてくれる方に送ってください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The details are also saved in the log file:
{path}</source>
            <translation>詳細はログファイルにも保存されています:
{path}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Copy details</source>
            <translation>詳細をコピー(&amp;C)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Copied. Paste the details into your e-mail or chat (Ctrl+V).</source>
            <translation>コピーしました。メールやチャットに貼り付けてください(Ctrl+V)。</translation>
        </message>
    </context>
    <context>
        <name>CredentialsPage</name>
        <message>
            <location filename="../../wizard/gui/pages/credentials.py" line="+179" />
            <source>Login at your provider</source>
            <translation>プロバイダーへのログイン</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The relay test logs in to your provider's outgoing server with these details. No mail is sent.</source>
            <translation>次の接続テストでは、ここで入力した内容でプロバイダーの送信サーバーにログインします。メールは送信されません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account &amp;ID:</source>
            <translation>アカウント ID(&amp;I):</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Login name:</source>
            <translation>ユーザー名(&amp;L):</translation>
        </message>
        <message>
            <location line="-6" />
            <source>&amp;Password:</source>
            <translation>パスワード(&amp;P):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Use the saved password</source>
            <translation>保存されているパスワードを使う(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type a new password (it replaces the saved one when saved)</source>
            <translation>新しいパスワードを入力する(保存すると、保存済みのパスワードを置き換えます)(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Forget the saved password</source>
            <translation>保存されているパスワードを削除(&amp;F)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>You changed the provider or its server, so the login details typed for {old} were cleared. Please enter the ones for {new}.</source>
            <translation>プロバイダーまたはサーバーが変わったため、{old}用に入力したログイン情報は消去しました。{new}のログイン情報を入力してください。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Save the password in the keyring</source>
            <translation>パスワードをキーリングに保存する(&amp;S)</translation>
        </message>
        <message>
            <location line="-84" />
            <source>Checking the keyring…</source>
            <translation>キーリングを確認しています…</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Your provider's server needs no login and no password.</source>
            <translation>このプロバイダーの送信サーバーには、ユーザー名とパスワードは不要です。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Your mail &amp;address at {provider}:</source>
            <translation>{provider}のメールアドレス(&amp;A):</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Account &amp;ID (login name):</source>
            <translation>アカウント ID(ユーザー名)(&amp;I):</translation>
        </message>
        <message>
            <location line="+156" />
            <source>You changed the suggested login name ({suggested}). Clear the field to use it again.</source>
            <translation>提案されたユーザー名({suggested})を変更しました。元に戻すには、欄を空にしてください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Suggested from your provider's rule for login names.</source>
            <translation>プロバイダーのユーザー名の決まりから自動で入力しました。</translation>
        </message>
        <message>
            <location line="-139" />
            <source>&amp;Save the password in the keyring ({backend})</source>
            <translation>パスワードをキーリング({backend})に保存する(&amp;S)</translation>
        </message>
        <message>
            <location line="+186" />
            <source>The password is kept only until you close the program.</source>
            <translation>パスワードは、このプログラムを閉じるまでの間だけ記憶されます。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>A password for {login} is saved in {keyring}.</source>
            <translation>{login} のパスワードが {keyring} に保存されています。</translation>
        </message>
        <message>
            <location line="-239" />
            <location line="+250" />
            <source>(the saved password)</source>
            <translation>(保存されているパスワード)</translation>
        </message>
        <message>
            <location line="-57" />
            <source>You will not need to type it again on this computer.</source>
            <translation>このコンピューターで再入力する必要がなくなります。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It is saved only after the relay test has logged in with it.</source>
            <translation>保存するのは、接続テストでこのパスワードによるログインが成功してからです。</translation>
        </message>
        <message>
            <location line="+90" />
            <source>The saved password was deleted from the keyring.</source>
            <translation>保存されていたパスワードをキーリングから削除しました。</translation>
        </message>
    </context>
    <context>
        <name>DomainCheckPage</name>
        <message>
            <location filename="../../wizard/gui/pages/domain_check.py" line="+168" />
            <source>Your domain's SPF and DMARC records</source>
            <translation>ドメインの SPF と DMARC</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Receivers check your domain's DNS records to decide whether your provider's server may send your mail. This page reads them and shows what to change.</source>
            <translation>受信側は、ドメインの DNS レコードを見て、プロバイダーのサーバーがお客様のメールを送ってよいかを判断します。ここでは、そのレコードと変更が必要な点を示します。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>system default</source>
            <translation>システムの既定の DNS サーバー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A DNS server address such as 8.8.8.8 or 192.0.2.53:5353; empty for the system's</source>
            <translation>8.8.8.8 や 192.0.2.53:5353 のような DNS サーバーのアドレスです。空欄ならシステムの設定を使います</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check &amp;again</source>
            <translation>再確認(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop</source>
            <translation>中止(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;DNS server:</source>
            <translation>DNS サーバー(&amp;D):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposed SPF record</source>
            <translation>提案する SPF レコード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>レコード</translation>
        </message>
        <message>
            <location line="+0" />
            <source>DNS lookups</source>
            <translation>DNS 参照数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was found:</source>
            <translation>確認結果:</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Enter your e-mail address on the provider page first.</source>
            <translation>先に「プロバイダーとメールアドレス」の画面でメールアドレスを入力してください。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Checking the DNS records of %1…</source>
            <translation>%1 の DNS レコードを確認しています…</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The check was stopped.</source>
            <translation>確認を中止しました。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Your domain's SPF record needs a change: copy the proposed record below into your domain's DNS settings, then click Next.</source>
            <translation>ドメインの SPF レコードの変更が必要です。下の提案レコードをコピーしてドメインの DNS 設定に貼り付け、「次へ」を押してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Something in your domain's records needs attention: open the details below.</source>
            <translation>ドメインのレコードに確認が必要な点があります。下の「詳細を表示」を開いてください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your domain's records are ready for sending through your provider. Click Next.</source>
            <translation>ドメインのレコードは、プロバイダー経由の送信に対応しています。「次へ」を押してください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The DNS server did not answer, so the records of %1 could not be checked. Please check the Internet connection (or the DNS server setting) and check again.</source>
            <translation>DNS サーバーから応答がなかったため、%1 のレコードを確認できませんでした。インターネットの接続(または DNS サーバーの設定)を確認して、もう一度確認してください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The domain %1 does not exist. Please check the spelling of your e-mail address on the provider page.</source>
            <translation>ドメイン %1 は存在しません。「プロバイダーとメールアドレス」の画面で、メールアドレスのつづりを確認してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checked %1.</source>
            <translation>%1 を確認しました。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The relay's addresses are not known, so only the records themselves are checked.</source>
            <translation>送信サーバーのアドレスが分からないため、レコードそのものだけを確認しました。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your provider's server (%1) today: %2</source>
            <translation>プロバイダーの送信サーバー(%1)の現在の結果: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With the proposed record: %1</source>
            <translation>提案したレコードにした場合: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Proposed record: %1 of 10 DNS lookups.</source>
            <translation>提案したレコードの DNS 参照数: 10 回中 %1 回</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The SPF record could not be checked.</source>
            <translation>SPF レコードを確認できませんでした。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The domain does not exist, so it has no records.</source>
            <translation>このドメインは存在しないため、レコードもありません。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>SPF</source>
            <translation>SPF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DMARC</source>
            <translation>DMARC</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending through your provider</source>
            <translation>プロバイダー経由の送信</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Current SPF record: %1</source>
            <translation>現在の SPF レコード: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No SPF record found.</source>
            <translation>SPF レコードは見つかりませんでした。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The proposed record was copied.</source>
            <translation>提案したレコードをコピーしました。</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../wizard/gui/pages/done.py" line="+56" />
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the wizard wrote, and what is left for you to do.</source>
            <translation>ウィザードが書き込んだ内容と、残りの作業です。</translation>
        </message>
        <message>
            <location line="+16" />
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
            <location line="+13" />
            <source>Use this outgoing server: {setting}</source>
            <translation>次の送信サーバーを使います: {setting}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(user name {name})</source>
            <translation>(ユーザー名 {name})</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Publish this SPF record (TXT) for {domain}:</source>
            <translation>{domain} の DNS に次の SPF レコード(TXT)を登録してください:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check your domain's SPF record so that it allows the new route (see the domain check).</source>
            <translation>新しい送信経路が許可されるよう、ドメインの SPF レコードを確認してください(ドメインの確認を参照)。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Send a test mail to an outside address (for example Gmail) and check that it arrives and that SPF passes.</source>
            <translation>Gmail など外部のアドレスにテストメールを送り、届くことと SPF に合格(pass)することを確認してください。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Your mail program asks for the provider password once. The wizard saved it in the system keyring, never in a file.</source>
            <translation>プロバイダーのパスワードは、メールソフトが最初に一度だけ尋ねます。ウィザードはパスワードをシステムのキーリングに保存しました(ファイルには書いていません)。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your mail program asks for the provider password once. The wizard did not save it.</source>
            <translation>プロバイダーのパスワードは、メールソフトが最初に一度だけ尋ねます。ウィザードはパスワードを保存していません。</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Start Thunderbird and send the test mail from there.</source>
            <translation>Thunderbird を起動し、テストメールを送ってください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Still to do</source>
            <translation>残りの作業</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Please note</source>
            <translation>ご注意</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../wizard/gui/pages/export.py" line="+202" />
            <source>Settings for your mail program</source>
            <translation>メールソフトの設定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save ready files for Thunderbird, Outlook and Apple Mail, print the settings sheet, or let the wizard change Thunderbird for you. No password is written anywhere.</source>
            <translation>Thunderbird・Outlook・Apple Mail 用の設定ファイルを保存したり、設定シートを印刷したり、Thunderbird の設定を直接変更したりできます。パスワードはどこにも書き込みません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. 山田 太郎 or your company's name</source>
            <translation>例: 山田 太郎、または会社名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSL/TLS</source>
            <translation>SSL/TLS</translation>
        </message>
        <message>
            <location line="+0" />
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <location line="+0" />
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your &amp;name (shown as sender):</source>
            <translation>名前(差出人として表示)(&amp;N):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Incoming server (your rental server):</source>
            <translation>受信サーバー(レンタルサーバー)(&amp;I):</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save checked files…</source>
            <translation>チェックしたファイルを保存(&amp;S)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files (select one to preview it)</source>
            <translation>ファイル(選ぶと内容を表示します)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also make my address in Thunderbird send through it</source>
            <translation>Thunderbird の自分のアドレスでも、この送信サーバーを使う</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Apply to Thunderbird</source>
            <translation>Thunderbird に設定(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change Thunderbird directly (close Thunderbird first)</source>
            <translation>Thunderbird を直接設定する(先に Thunderbird を終了してください)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Profile:</source>
            <translation>プロファイル(&amp;P):</translation>
        </message>
        <message>
            <location line="+24" />
            <source>(a guess: check it)</source>
            <translation>(推測した値です。確認してください)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(default)</source>
            <translation>(既定)</translation>
        </message>
        <message>
            <location line="+50" />
            <source>No relay setting has been chosen yet. Go back to the relay test and choose one.</source>
            <translation>送信サーバーの設定がまだ選ばれていません。「プロバイダーの設定の接続テスト」の画面に戻って選んでください。</translation>
        </message>
        <message>
            <location line="+21" />
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
            <location line="+16" />
            <source>Saved: {path}</source>
            <translation>保存しました: {path}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No Thunderbird profile was found on this computer.</source>
            <translation>このコンピューターに Thunderbird のプロファイルが見つかりません。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Thunderbird already sends through {setting}.</source>
            <translation>Thunderbird はすでに {setting} を使って送信しています。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“Apply to Thunderbird” makes Thunderbird send your mail through {setting}.</source>
            <translation>「Thunderbird に設定」を押すと、Thunderbird は {setting} を使ってメールを送るようになります。</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+12" />
            <source>Close Thunderbird to apply.</source>
            <translation>設定するには Thunderbird を終了してください。</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Thunderbird now sends through {setting}.</source>
            <translation>Thunderbird は {setting} を使って送信するようになりました。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Done. The old settings are kept in {file}.</source>
            <translation>設定しました。以前の設定は {file} に保存してあります。</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+28" />
            <source>Start Thunderbird: it asks for your provider password once.</source>
            <translation>Thunderbird を起動してください。プロバイダーのパスワードを一度だけ尋ねられます。</translation>
        </message>
        <message>
            <location line="+19" />
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
        <name>HeadersDialog</name>
        <message>
            <location filename="../../wizard/gui/headers_dialog.py" line="+117" />
            <source>Check a received message</source>
            <translation>受信したメールを確認</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the received message in your mail program, show its source (Gmail: “Show original”; Outlook: “View message source”; Thunderbird: Ctrl+U), copy all of it and paste it here.</source>
            <translation>受信したメールをメールソフトで開き、ソースを表示して(Gmail:「メッセージのソースを表示」、Outlook:「メッセージのソースを表示」、Thunderbird:Ctrl+U)、全部コピーしてここに貼り付けてください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste the message source here (at least all header lines)</source>
            <translation>ここにメールのソースを貼り付けてください(少なくともヘッダー行をすべて)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Check</source>
            <translation>確認する(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the receiving server found</source>
            <translation>受信したサーバーの判定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>送信元</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>受信側</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Took</source>
            <translation>所要時間</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Paste the message source first.</source>
            <translation>先にメールのソースを貼り付けてください。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>pass</source>
            <translation>合格 (pass)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fail</source>
            <translation>不合格 (fail)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>softfail (treated as suspicious)</source>
            <translation>softfail(疑わしいメールとして扱われます)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>neutral (no statement)</source>
            <translation>neutral(判定なし)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no result</source>
            <translation>結果なし</translation>
        </message>
        <message>
            <location line="+1" />
            <source>temporary error</source>
            <translation>一時的なエラー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>error in the record</source>
            <translation>レコードに誤りがあります</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not accepted by the receiver's policy</source>
            <translation>受信側のポリシーで認められませんでした</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Receivers accept this message as coming from {domain} (DMARC passes).</source>
            <translation>このメールは {domain} から送られたものとして受け入れられています(DMARC 合格)。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This message is not yet proven to come from {domain}: neither SPF nor DKIM passes for it. See below what to change.</source>
            <translation>このメールはまだ {domain} からのものと確認できていません。SPF も DKIM も合格していません。直す点は下をご覧ください。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(for {domain})</source>
            <translation>({domain} について)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— matches the From domain</source>
            <translation>— 差出人(From)のドメインと一致</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— does not match the From domain</source>
            <translation>— 差出人(From)のドメインと一致しません</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(selector {selector})</source>
            <translation>(セレクター {selector})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Handed over to the receiver ({receiver}) by: {relay}</source>
            <translation>受信側({receiver})に渡したサーバー: {relay}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server that handed the message over could not be found in the Received lines.</source>
            <translation>Received 行から、メールを渡したサーバーが分かりませんでした。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ignored (not written by the receiving server): {fields}</source>
            <translation>無視した結果(受信したサーバーが書いたものではありません): {fields}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{seconds} s</source>
            <translation>{seconds} 秒</translation>
        </message>
    </context>
    <context>
        <name>KitDialog</name>
        <message>
            <location filename="../../wizard/gui/kit_dialog.py" line="+48" />
            <source>Preparing the delisting kit (asking the DNS for the server's names)…</source>
            <translation>掲載解除の手順を準備しています(DNS でサーバー名を確認しています)…</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Delisting procedures and request letter</source>
            <translation>掲載解除の手順と依頼文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What each blocklist asks for, and the rental server</source>
            <translation>各ブラックリストの解除手順とレンタルサーバー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter to the rental-server company's support</source>
            <translation>レンタルサーバー会社のサポートへの依頼文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language of the letter:</source>
            <translation>依頼文の言語:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy the letter</source>
            <translation>依頼文をコピー(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the letter on the clipboard, to paste it into the support form or a mail</source>
            <translation>依頼文をクリップボードにコピーします。サポートの問い合わせフォームやメールに貼り付けてください</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Copied.</source>
            <translation>コピーしました。</translation>
        </message>
    </context>
    <context>
        <name>LoopPanel</name>
        <message>
            <location filename="../../wizard/gui/pages/loop_steps.py" line="+148" />
            <source>Where you stand</source>
            <translation>現在の状況</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1. Send a test message</source>
            <translation>1. テストメールを送る</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sends one short test message from your address through the chosen server. Only when you press the button; one message per press.</source>
            <translation>選んだ送信サーバーを通して、お客様のアドレスから短いテストメールを1通送ります。ボタンを押したときだけ、1回に1通です。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;To:</source>
            <translation>宛先(&amp;T):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an address where you can read mail, e.g. your Gmail address</source>
            <translation>メールを読めるアドレス(例: Gmail のアドレス)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Send a test message</source>
            <translation>テストメールを送る(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Check the received message</source>
            <translation>2. 受信したメールを確認</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When the test message has arrived, paste its source here: you see whether SPF, DKIM and DMARC pass and which server delivered it.</source>
            <translation>テストメールが届いたら、そのソースを貼り付けてください。SPF・DKIM・DMARC に合格したか、どのサーバーを通ったかが分かります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check a &amp;received message…</source>
            <translation>受信したメールを確認(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+153" />
            <source>Hide details</source>
            <translation>詳細を隠す</translation>
        </message>
        <message>
            <location line="-153" />
            <location line="+153" />
            <source>Show details</source>
            <translation>詳細を表示</translation>
        </message>
        <message>
            <location line="-121" />
            <source>Relay tested: not yet</source>
            <translation>送信サーバーのテスト: まだです</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relay tested: {setting} works</source>
            <translation>送信サーバーのテスト: {setting} で送れます</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Relay tested: {setting} did not pass the test</source>
            <translation>送信サーバーのテスト: {setting} はテストに合格しませんでした</translation>
        </message>
        <message>
            <location line="+4" />
            <source>SPF: not needed (your provider publishes it for its own domain)</source>
            <translation>SPF: 不要です(プロバイダーが自分のドメインに公開しています)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SPF published and arrived: not checked yet (“Check” on the domain check page)</source>
            <translation>SPF の公開と反映: まだ確認していません(「ドメインの SPF と DMARC」の画面の「確認する」)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SPF published and arrived: {summary}</source>
            <translation>SPF の公開と反映: {summary}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SPF published and arrived: not yet. {summary}</source>
            <translation>SPF の公開と反映: まだです。{summary}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Test message sent: not yet</source>
            <translation>テストメールの送信: まだです</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test message sent to {to}</source>
            <translation>テストメールを {to} に送りました</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+73" />
            <source>(queue id {id})</source>
            <translation>(キュー ID {id})</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Test message: not accepted ({why})</source>
            <translation>テストメール: 受け付けられませんでした({why})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Received message checked: not yet</source>
            <translation>受信したメールの確認: まだです</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received message checked: SPF or DKIM passes for your domain</source>
            <translation>受信したメールの確認: お客様のドメインで SPF または DKIM に合格しています</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received message checked: neither SPF nor DKIM passes for your domain yet</source>
            <translation>受信したメールの確認: お客様のドメインではまだ SPF も DKIM も合格していません</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Choose a working setting in the live test first.</source>
            <translation>先に送信テストで使える設定を選んでください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The address is not valid: {reason}</source>
            <translation>アドレスが正しくありません: {reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sending the test message through {setting}…</source>
            <translation>{setting} でテストメールを送っています…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sending the test message: {step}</source>
            <translation>テストメールを送信中: {step}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The server's final reply: {reply}</source>
            <translation>サーバーの最終応答: {reply}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server reply: {reply}</source>
            <translation>サーバーの応答: {reply}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The test message was sent to {to}.</source>
            <translation>テストメールを {to} に送信しました。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The test message was not sent.</source>
            <translation>テストメールは送信されませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The test message could not be sent: {reason}</source>
            <translation>テストメールを送れませんでした: {reason}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sending was stopped.</source>
            <translation>送信を中止しました。</translation>
        </message>
    </context>
    <context>
        <name>OtherRoutes</name>
        <message>
            <location filename="../../wizard/gui/pages/routes.py" line="+105" />
            <source>(unconfirmed)</source>
            <translation>(未確認)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Your provider</source>
            <translation>お使いのプロバイダー</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{isp} did not accept your own domain as sender on any setting from this line.</source>
            <translation>{isp} は、この回線からはどの設定でも、独自ドメインの差出人を受け付けませんでした。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>These services accept it once your domain is verified there. Choose one: it is set up and tested the same way.</source>
            <translation>次のサービスなら、ドメインを確認(認証)すれば独自ドメインで送れます。1つ選ぶと、同じ手順で設定とテストをします。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Use this route</source>
            <translation>この方法を使う(&amp;U)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Other routes</source>
            <translation>ほかの送信方法</translation>
        </message>
    </context>
    <context>
        <name>PropagationBox</name>
        <message>
            <location filename="../../wizard/gui/pages/propagation_box.py" line="+79" />
            <source>Has the new record arrived?</source>
            <translation>新しいレコードは反映されましたか?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After you have published the record, ask each of your domain's name servers whether it already serves it.</source>
            <translation>レコードを公開したら、ドメインのネームサーバー1台ずつに、もう新しいレコードを返しているか問い合わせます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;heck</source>
            <translation>確認する(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name server</source>
            <translation>ネームサーバー</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New record</source>
            <translation>新しいレコード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serial</source>
            <translation>シリアル</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TTL</source>
            <translation>TTL</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Enter your e-mail address on the provider page first.</source>
            <translation>先に「プロバイダーとメールアドレス」の画面でメールアドレスを入力してください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Asking the name servers of %1…</source>
            <translation>%1 のネームサーバーに問い合わせています…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The check was stopped.</source>
            <translation>確認を中止しました。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>no answer</source>
            <translation>応答なし</translation>
        </message>
        <message>
            <location line="+2" />
            <source>serves it</source>
            <translation>反映済み</translation>
        </message>
        <message>
            <location line="+2" />
            <source>still the old record</source>
            <translation>まだ古いレコード</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>no SPF record</source>
            <translation>SPF レコードなし</translation>
        </message>
    </context>
    <context>
        <name>ProviderPage</name>
        <message>
            <location filename="../../wizard/gui/pages/provider.py" line="+186" />
            <source>Your provider and your address</source>
            <translation>プロバイダーとメールアドレス</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the address you send from, and choose the Internet provider of the line this computer uses.</source>
            <translation>送信に使うメールアドレスを入力し、このパソコンがつながっている回線のプロバイダーを選んでください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>you@your-company.jp</source>
            <translation>you@your-company.jp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type to search, e.g. OCN, ぷらら, nifty</source>
            <translation>入力して検索(例: OCN、ぷらら、nifty)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outgoing (SMTP) &amp;server:</source>
            <translation>送信(SMTP)サーバー(&amp;S):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smtp.example.ne.jp</source>
            <translation>smtp.example.ne.jp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your e-mail &amp;address:</source>
            <translation>メールアドレス(&amp;A):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Provider:</source>
            <translation>プロバイダー(&amp;P):</translation>
        </message>
        <message>
            <location line="+139" />
            <source>The provider was chosen from your address: {name}. If this computer uses another provider's line, choose it in the list.</source>
            <translation>メールアドレスから、プロバイダーを{name}にしました。このパソコンが別のプロバイダーの回線を使っている場合は、一覧から選び直してください。</translation>
        </message>
        <message>
            <location line="-181" />
            <source>(custom profile)</source>
            <translation>(独自の設定)</translation>
        </message>
        <message>
            <location line="-20" />
            <source>The provider of this line is {name}: it is selected below.</source>
            <translation>この回線のプロバイダーは{name}です。下の一覧で選んであります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check your e-mail address, then click Next.</source>
            <translation>メールアドレスを確かめて、「次へ」を押してください。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>(sending service)</source>
            <translation>(送信サービス)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(mailbox service)</source>
            <translation>(メールサービス)</translation>
        </message>
        <message>
            <location line="+73" />
            <source>This profile comes from your own profile folder: {path}</source>
            <translation>この設定は、独自の設定フォルダーから読み込みました: {path}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(unconfirmed)</source>
            <translation>(未確認)</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Enter the address your customers know, e.g. info@your-company.jp.</source>
            <translation>お客さまに知らせているアドレス(例: info@your-company.jp)を入力してください。</translation>
        </message>
    </context>
    <context>
        <name>RecordsList</name>
        <message>
            <location filename="../../wizard/gui/pages/routes.py" line="+36" />
            <source>DNS records {service} needs</source>
            <translation>{service} に必要な DNS レコード</translation>
        </message>
    </context>
    <context>
        <name>RelayTestPage</name>
        <message>
            <location filename="../../wizard/gui/pages/relay_test.py" line="+139" />
            <source>Live test of your provider's settings</source>
            <translation>プロバイダーの設定の接続テスト</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Each setting is tried from your line: connection, encryption, login and your address as sender. No mail is sent.</source>
            <translation>お使いの回線から、設定ごとに接続・暗号化・ログイン・差出人アドレスを確認します。メールは送信しません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Also test settings without encryption (your password would be sent unprotected)</source>
            <translation>暗号化なしの設定もテストする(パスワードが保護されずに送られます)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Continue anyway with the selected setting, although it did not work</source>
            <translation>テストで使えなかった設定ですが、このまま進む</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop test</source>
            <translation>テストを中止(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Test again</source>
            <translation>もう一度テスト(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Forget the saved password</source>
            <translation>保存されているパスワードを削除(&amp;F)</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Choose your provider and enter your address first.</source>
            <translation>先にプロバイダーを選び、メールアドレスを入力してください。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Testing {count} setting(s) from your line…</source>
            <translation>お使いの回線から {count} 件の設定をテストしています…</translation>
        </message>
        <message>
            <location line="+70" />
            <source>A setting that works from your line was found.</source>
            <translation>お使いの回線で使える設定が見つかりました。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The best one is selected. Click Next to continue.</source>
            <translation>いちばん良い設定を選んであります。「次へ」を押して進んでください。</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+81" />
            <source>Settings that work from your line: {count}.</source>
            <translation>お使いの回線で使える設定は {count} 件です。</translation>
        </message>
        <message>
            <location line="-80" />
            <location line="+81" />
            <source>The best one is selected.</source>
            <translation>最適な設定を選んであります。</translation>
        </message>
        <message>
            <location line="-78" />
            <source>No setting worked from your line.</source>
            <translation>お使いの回線で使える設定は見つかりませんでした。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Please check the login and password on the previous page, then press “Test again”. The reason for each setting is below.</source>
            <translation>前のページのログイン名とパスワードを確かめてから、「もう一度テスト」を押してください。設定ごとの理由は下にあります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No setting worked from your line. See the reasons below.</source>
            <translation>お使いの回線で使える設定はありませんでした。理由は下の一覧をご覧ください。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The test could not run: {reason}</source>
            <translation>テストを実行できませんでした: {reason}</translation>
        </message>
        <message>
            <location line="+29" />
            <source>A setting that works was found and is selected.</source>
            <translation>使える設定が見つかったので、選んであります。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can go on now: Next stops the tests still running.</source>
            <translation>「次へ」を押すと先に進めます。まだ終わっていないテストは、そのときに中止します。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The test was stopped. Press “Test again” to start it again.</source>
            <translation>テストを中止しました。「もう一度テスト」を押すと、やり直せます。</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Best of the settings tested before the stop: {setting}</source>
            <translation>中止までに確認できた中で一番よい設定: {setting}</translation>
        </message>
        <message>
            <location line="-142" />
            <source>{done} of {total} settings tested…</source>
            <translation>{total} 件中 {done} 件の設定を試しました…</translation>
        </message>
        <message>
            <location line="+58" />
            <source>The remaining tests were stopped.</source>
            <translation>残りのテストは中止しました。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The test was stopped. Settings that worked before the stop: {count}.</source>
            <translation>テストを中止しました。中止までに使えると分かった設定は {count} 件です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose one, or press “Test again” to test them all.</source>
            <translation>この中から選ぶか、「もう一度テスト」を押してすべてをテストしてください。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The server refused the password saved in the keyring.</source>
            <translation>キーリングに保存されているパスワードはサーバーに拒否されました。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>If you changed it at your provider, forget the saved one and type the new password on the previous page.</source>
            <translation>プロバイダーでパスワードを変更した場合は、保存されているパスワードを削除し、前のページで新しいパスワードを入力してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saving the password in the keyring…</source>
            <translation>パスワードをキーリングに保存しています…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The login worked, so the password was saved in {keyring}.</source>
            <translation>ログインに成功したので、パスワードを {keyring} に保存しました。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The password could not be saved: {reason}</source>
            <translation>パスワードを保存できませんでした: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The password is kept only until you close the program.</source>
            <translation>パスワードは、このプログラムを閉じるまでの間だけ記憶されます。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The saved password was deleted from the keyring.</source>
            <translation>保存されていたパスワードをキーリングから削除しました。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go back to type the new password.</source>
            <translation>前のページに戻って新しいパスワードを入力してください。</translation>
        </message>
        <message>
            <location line="-110" />
            <location line="+123" />
            <source>Recommended: {setting}</source>
            <translation>おすすめ: {setting}</translation>
        </message>
    </context>
    <context>
        <name>RelayWizard</name>
        <message>
            <location filename="../../wizard/gui/wizard.py" line="+78" />
            <location line="+165" />
            <source>Relay Wizard: send your own domain's mail through your provider</source>
            <translation>Relay Wizard: 独自ドメインのメールをプロバイダー経由で送信</translation>
        </message>
        <message>
            <location line="-72" />
            <source>current step</source>
            <translation>現在の手順</translation>
        </message>
        <message>
            <location line="+0" />
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to come</source>
            <translation>これから</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Quit the wizard? The relay test's results and your choices so far will be lost.</source>
            <translation>ウィザードを終了しますか？送信サーバーのテスト結果と、ここまでの選択は失われます。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Quit</source>
            <translation>終了する</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep working</source>
            <translation>続ける</translation>
        </message>
    </context>
    <context>
        <name>ReportButton</name>
        <message>
            <location filename="../../wizard/gui/report.py" line="+37" />
            <source>Copy diagnostic &amp;report</source>
            <translation>診断レポートをコピー(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copies a report for the person who helps you: versions, the test results and transcripts. It never contains your password.</source>
            <translation>サポートしてくれる方向けのレポート(バージョン、テスト結果、通信記録)をコピーします。パスワードは含まれません。</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Copied</source>
            <translation>コピーしました</translation>
        </message>
    </context>
    <context>
        <name>WatchBanner</name>
        <message>
            <location filename="../../wizard/gui/watch.py" line="+124" />
            <source>Folder for the settings files</source>
            <translation>設定ファイルの保存先フォルダー</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Saved {n} settings files in {folder}.</source>
            <translation>{folder} に設定ファイルを {n} 個保存しました。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thunderbird sends through {server} again, as before the change.</source>
            <translation>Thunderbird は変更前と同じく {server} から送信するようになりました。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thunderbird's settings are back as they were before the change.</source>
            <translation>Thunderbird の設定を変更前に戻しました。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The settings with the relay were kept in {file}.</source>
            <translation>プロバイダー経由の設定は {file} に残してあります。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Switch Thunderbird back to {server}</source>
            <translation>Thunderbird を {server} に戻す</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Puts back the Thunderbird settings from before the wizard's change (the backup it made). Nothing changes until you press this button.</source>
            <translation>ウィザードが変更する前の Thunderbird の設定(そのとき作ったバックアップ)に戻します。このボタンを押すまで何も変わりません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save settings files for the rental server…</source>
            <translation>レンタルサーバー用の設定ファイルを保存…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Writes settings files for the server your mail program used before the change, for other mail programs and computers.</source>
            <translation>変更前にメールソフトが使っていた送信サーバーの設定ファイルを保存します。ほかのメールソフトやパソコンで使えます。</translation>
        </message>
    </context>
    <context>
        <name>WatchChoice</name>
        <message>
            <location line="+79" />
            <source>Watch the rental server {server} on the blocklists</source>
            <translation>レンタルサーバー {server} のブラックリスト掲載を監視する</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Watch the rental server on the blocklists</source>
            <translation>レンタルサーバーのブラックリスト掲載を監視する</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each time the wizard starts, it checks the blocklists again and tells you when the server is clean, so that you can switch back.</source>
            <translation>ウィザードを起動するたびにブラックリストを確認し、掲載が解除されたらお知らせします。そのときは元の設定に戻せます。</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../wizard/gui/pages/welcome.py" line="+165" />
            <source>Welcome</source>
            <translation>ようこそ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>If your mail bounces because your rental server is on a blocklist, you can send your own domain's mail through your Internet provider's server instead. This wizard finds a setting that works from your line, checks your domain's SPF record and writes the settings for your mail program.</source>
            <translation>メールが届かないときは、独自ドメインのメールをプロバイダーの送信サーバーから送る方法があります。使える設定を探すところから、ドメインの SPF レコードの確認、メールソフトの設定まで順番にご案内します。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why do my mails bounce? (optional)</source>
            <translation>メールが戻ってくる原因を調べる(任意)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. sv123.rental-server.jp or 203.0.113.45</source>
            <translation>例: sv123.rental-server.jp または 203.0.113.45</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste a returned message here (the whole message, or the lines with 550, 5.7.1 and so on).</source>
            <translation>戻ってきたメールをここに貼り付けてください(メール全体、または 550 や 5.7.1 などを含む行)。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the system's DNS server</source>
            <translation>システムの DNS サーバー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Rental server:</source>
            <translation>レンタルサーバー(&amp;R):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned &amp;message:</source>
            <translation>戻ってきたメール(&amp;M):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;DNS server:</source>
            <translation>DNS サーバー(&amp;D):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Check</source>
            <translation>調べる(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the blocklists and find which line this computer is on</source>
            <translation>ブラックリストを確認し、このパソコンがつながっている回線を調べます</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop</source>
            <translation>中止(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delisting procedures and request letter</source>
            <translation>掲載解除の手順と依頼文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What each list asks for to remove the listing, and a ready letter asking the rental-server company to deal with it</source>
            <translation>各リストの掲載解除の手順と、レンタルサーバー会社に対応をお願いする依頼文です</translation>
        </message>
        <message>
            <location line="+47" />
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
            <location line="+86" />
            <location line="+1" />
            <source>Finding which line this computer is on…</source>
            <translation>このパソコンの回線を調べています…</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+10" />
            <source>Stopped.</source>
            <translation>中止しました。</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Asking the blocklists…</source>
            <translation>ブラックリストに問い合わせています…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enter the rental server or paste a returned message to check the blocklists too.</source>
            <translation>ブラックリストも確認するには、レンタルサーバーを入力するか、戻ってきたメールを貼り付けてください。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Asked {done} of {total} blocklist questions…</source>
            <translation>ブラックリストへの問い合わせ {total} 件中 {done} 件が終わりました…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The rental server's address is on a blocklist.</source>
            <translation>レンタルサーバーのアドレスがブラックリストに載っています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The rental server's address is on {n} blocklists.</source>
            <translation>レンタルサーバーのアドレスが {n} つのブラックリストに載っています。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The blocklists could not be asked.</source>
            <translation>ブラックリストに問い合わせできませんでした。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The rental server's address is not on any spam blocklist.</source>
            <translation>レンタルサーバーのアドレスは迷惑メールのブラックリストに載っていません。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <source>The provider of this line is {name}.</source>
            <translation>この回線のプロバイダーは{name}です。</translation>
        </message>
        <message>
            <location line="-9" />
            <source>The provider of this line could not be found.</source>
            <translation>この回線のプロバイダーはわかりませんでした。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Please check the Internet connection (or the DNS server under Advanced settings) and click Check again.</source>
            <translation>インターネット接続(または「詳細設定」の DNS サーバー)を確かめて、もう一度「調べる」を押してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Until it is delisted, send through your provider's server: click Next.</source>
            <translation>解除されるまでは、プロバイダーのサーバーから送ることができます。「次へ」を押してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Click Next to choose your provider.</source>
            <translation>「次へ」を押して、プロバイダーを選んでください。</translation>
        </message>
        <message>
            <location line="+128" />
            <source>Delisting page</source>
            <translation>解除の申請ページ</translation>
        </message>
        <message>
            <location line="-118" />
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
            <location line="+14" />
            <source>Reply: {reply}</source>
            <translation>サーバーの応答: {reply}</translation>
        </message>
        <message>
            <location line="+17" />
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
            <translation>この回線のプロバイダーは{name}です。次のページで選んだ状態になります。</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Click Next to choose your provider and send through its server.</source>
            <translation>「次へ」を押してプロバイダーを選ぶと、そのサーバー経由で送信できます。</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../wizard/core/catalog/loader.py" line="+55" />
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
            <location line="+64" />
            <source>No provider profiles were found in {folder}. This installation is missing its data: please reinstall Relay Wizard.</source>
            <translation>{folder} にプロバイダーの情報が見つかりませんでした。インストールに必要なデータが欠けています。Relay Wizard をインストールし直してください。</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The id “{id}” is already used by {other}.</source>
            <translation>ID「{id}」は {other} ですでに使われています。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{path} is a file, but it should be the folder of provider profiles.</source>
            <translation>{path} はファイルです。プロバイダー情報のフォルダーである必要があります。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file cannot be read ({reason}).</source>
            <translation>ファイルを読み込めません({reason})。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is not a regular file (a pipe, a device or a folder); it was not read.</source>
            <translation>通常のファイルではない(パイプ、デバイス、フォルダーなど)ため、読み込みませんでした。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file is larger than {limit} KiB.</source>
            <translation>ファイルが {limit} KiB を超えています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file is nested too deeply to be a provider profile.</source>
            <translation>入れ子が深すぎるため、プロバイダー情報のファイルとして読めません。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The file is not UTF-8 text.</source>
            <translation>ファイルが UTF-8 のテキストではありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is not valid TOML: {reason}</source>
            <translation>TOML の書式が正しくありません: {reason}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Unknown field “{field}”.</source>
            <translation>「{field}」という項目はありません。</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+12" />
            <location line="+11" />
            <location line="+13" />
            <location line="+43" />
            <source>This field is required.</source>
            <translation>この項目は必須です。</translation>
        </message>
        <message>
            <location line="-75" />
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
            <location line="+15" />
            <source>“{value}” is not a domain name.</source>
            <translation>「{value}」はドメイン名ではありません。</translation>
        </message>
        <message>
            <location line="+3" />
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
            <location line="+25" />
            <location filename="../../wizard/core/catalog/route_fields.py" line="+68" />
            <source>“{value}” is not one of: {choices}.</source>
            <translation>「{value}」は指定できません。次のどれかにしてください: {choices}。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Expected a number greater than 0.</source>
            <translation>0 より大きい数を指定してください。</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+159" />
            <location filename="../../wizard/core/catalog/route_fields.py" line="+10" />
            <source>Unknown placeholder {{{name}}}; allowed: {allowed}.</source>
            <translation>{{{name}}} は使えません。使えるのは {allowed} です。</translation>
        </message>
        <message>
            <location line="-154" />
            <location filename="../../wizard/core/catalog/route_fields.py" line="+5" />
            <location line="+2" />
            <source>“{value}” is not a host name.</source>
            <translation>「{value}」はホスト名ではありません。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Unsupported schema {value}; this version reads schema {schema}.</source>
            <translation>schema {value} には対応していません。このバージョンが読めるのは schema {schema} です。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+154" />
            <source>The id must be lower-case letters, digits and “-”, at most 40.</source>
            <translation>ID は英小文字・数字・「-」の 40 文字以内にしてください。</translation>
        </message>
        <message>
            <location line="-142" />
            <source>A profile needs at least one candidate.</source>
            <translation>候補の設定が 1 つ以上必要です。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Expected an http(s) URL or “{seed}”.</source>
            <translation>http(s) の URL か「{seed}」を指定してください。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The seed article has kind “seed”, and only it.</source>
            <translation>元の記事(seed article)の kind は「seed」で、seed はその記事だけに使います。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The date {date} is in the future.</source>
            <translation>日付 {date} は未来の日付です。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Expected a date such as 2026-11-29.</source>
            <translation>2026-11-29 のような日付を指定してください。</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+5" />
            <source>Expected a date, a year or “{undated}”.</source>
            <translation>日付、年、または「{undated}」を指定してください。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A port is a number from 1 to 65535.</source>
            <translation>ポート番号は 1〜65535 の数です。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A candidate with auth needs a username template such as {example}.</source>
            <translation>認証を使う候補には、{example} のようなユーザー名の形式が必要です。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/inputs/address.py" line="+142" />
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
            <location filename="../../wizard/gui/jobs.py" line="+84" />
            <source>Unexpected error: {kind}. Details are in the log file.</source>
            <translation>予期しないエラーが発生しました({kind})。詳しくはログファイルをご覧ください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/secrets.py" line="+113" />
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
            <location filename="../../wizard/core/dns/resolver.py" line="+84" />
            <source>“{spec}” is not a resolver address; use an IP address with an optional :port.</source>
            <translation>「{spec}」は DNS サーバーのアドレスではありません。IP アドレス(必要なら :ポート番号)で指定してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/export/base.py" line="+108" />
            <source>The server name “{host}” still has a placeholder; fill it in first.</source>
            <translation>サーバー名「{host}」に未入力の部分があります。先に入力してください。</translation>
        </message>
        <message>
            <location line="+8" />
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
            <translation>この設定はログインを使うため、ユーザー名が必要です。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/catalog/resolve.py" line="+105" />
            <source>{isp} has candidates 1 to {count}; there is no candidate {number}.</source>
            <translation>{isp}の候補は 1 から {count} までです。候補 {number} はありません。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Candidate {number} of {isp} needs {names}: give your provider mail address, account ID or server name.</source>
            <translation>{isp}の候補 {number} には{names}が必要です。プロバイダーのメールアドレス、アカウント ID、またはサーバー名を指定してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/export/__init__.py" line="+29" />
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
            <location line="+40" />
            <source>Unknown export format “{id}”.</source>
            <translation>「{id}」という書き出し形式はありません。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot write {file}: {reason}</source>
            <translation>{file} に書き込めません: {reason}</translation>
        </message>
        <message>
            <location filename="../../wizard/core/thunderbird/prefs_js.py" line="+171" />
            <location filename="../../wizard/core/thunderbird/profiles.py" line="+57" />
            <location filename="../../wizard/core/thunderbird/edit.py" line="+313" />
            <source>Cannot read {file}: {reason}</source>
            <translation>{file} を読み込めません: {reason}</translation>
        </message>
        <message>
            <location filename="../../wizard/core/thunderbird/lock.py" line="+85" />
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
            <location filename="../../wizard/core/thunderbird/edit.py" line="-207" />
            <source>Nothing to change: the profile already has this setting (outgoing server {key}).</source>
            <translation>変更はありません。このプロファイルにはすでにこの設定があります(送信サーバー {key})。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New outgoing server {key}: {host}.</source>
            <translation>送信サーバー {host} を追加します({key})。</translation>
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
            <location filename="../../wizard/core/thunderbird/prefs_js.py" line="-7" />
            <source>The profile folder {path} does not exist.</source>
            <translation>プロファイルのフォルダー {path} がありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} has no prefs.js: start Thunderbird once with this profile and set up your mail account first.</source>
            <translation>{path} に prefs.js がありません。このプロファイルで一度 Thunderbird を起動し、先にメールアカウントを設定してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/thunderbird/edit.py" line="+10" />
            <source>{file} ends inside a comment (/* without */), so a change could not take effect. Nothing was changed; start Thunderbird once so that it writes the file anew.</source>
            <translation>{file} はコメント(/* に対応する */ がありません)の途中で終わっているため、変更しても反映されません。何も変更していません。Thunderbird を一度起動して、ファイルを書き直させてください。</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Cannot write {file}: {reason}. Nothing was changed.</source>
            <translation>{file} に書き込めません: {reason}。何も変更していません。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{file} was changed by another program while this change was prepared. Nothing was changed; try again.</source>
            <translation>変更の準備中に、{file} がほかのプログラムによって変更されました。何も変更していません。もう一度お試しください。</translation>
        </message>
        <message>
            <location line="+54" />
            <source>There is no Relay Wizard backup in {path}: nothing to undo.</source>
            <translation>{path} に Relay Wizard のバックアップがありません。元に戻すものはありません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/spf/texts.py" line="+14" />
            <source>The record does not start with “v=spf1”.</source>
            <translation>レコードが「v=spf1」で始まっていません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The record contains characters that are not plain ASCII; receivers reject it as invalid.</source>
            <translation>レコードに半角英数字以外の文字が含まれています。受信側は無効なレコードとして扱います。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The modifier “{name}=” appears twice; receivers reject the record.</source>
            <translation>「{name}=」が 2 回書かれています。受信側はレコードを無効として扱います。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{term}” is not a valid SPF term; receivers treat the whole record as an error (permerror).</source>
            <translation>「{term}」は SPF の正しい書き方ではありません。受信側はレコード全体をエラー(permerror)として扱います。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{terms} after “{all}” in {domain} are never checked: receivers stop at “all”.</source>
            <translation>{domain} の「{all}」より後ろの {terms} は確認されません。受信側は「all」で判定を終えるためです。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{redirect}” in {domain} is ignored because the record also has “all”.</source>
            <translation>{domain} のレコードには「all」もあるため、「{redirect}」は無視されます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{term}” in {domain} uses a macro: what it looks up depends on the sender, so it is not followed here.</source>
            <translation>{domain} の「{term}」はマクロを使っています。参照先が送信者によって変わるため、ここでは追跡しません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{term}” in {domain} leads back to {target}: a loop, which receivers treat as an error.</source>
            <translation>{domain} の「{term}」は {target} に戻ってしまいます。この循環は受信側でエラーになります。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{term}” in {domain} finds {count} mail servers; SPF allows at most 10 (permerror).</source>
            <translation>{domain} の「{term}」ではメールサーバーが {count} 台見つかります。SPF で使えるのは 10 台までです(permerror)。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{term}” in {domain} is slow and unreliable; RFC 7208 says not to use it. Replace it with ip4:/ip6: terms for your servers.</source>
            <translation>{domain} の「{term}」は遅く、結果も不確かです。RFC 7208 では使わないよう定めています。サーバーの ip4:/ip6: に置き換えてください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The record behind “{term}” could not be read ({reason}); receivers would answer temperror.</source>
            <translation>「{term}」の先のレコードを読み取れませんでした({reason})。受信側では一時エラー(temperror)になります。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{domain} (from “{term}”) has {count} SPF records; that is an error (permerror).</source>
            <translation>{domain}(「{term}」の参照先)には SPF レコードが {count} 件あります。これはエラー(permerror)です。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{domain} (from “{term}”) has no SPF record; a receiver that gets there answers permerror.</source>
            <translation>{domain}(「{term}」の参照先)には SPF レコードがありません。受信側がここまで確認するとエラー(permerror)になります。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The SPF record of {domain} could not be read: {reason}.</source>
            <translation>{domain} の SPF レコードを読み取れませんでした: {reason}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{domain} has no SPF record. Receivers cannot tell which servers may send for it; Gmail and others reject or file such mail as spam when it has no DKIM signature either.</source>
            <translation>{domain} には SPF レコードがありません。受信側はどのサーバーが送信してよいか判断できず、DKIM 署名もない場合、Gmail などは受信を拒否するか迷惑メールに振り分けます。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{domain} has {count} SPF records. Only one is allowed: receivers treat this as an error (permerror). Merge them into one record.</source>
            <translation>{domain} には SPF レコードが {count} 件あります。1 件しか認められないため、受信側はエラー(permerror)として扱います。1 件にまとめてください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking this record can take {count} DNS lookups; SPF allows 10. Receivers that get that far answer permerror. Remove includes you no longer use or replace a:/mx: terms with ip4:/ip6:.</source>
            <translation>このレコードの確認には DNS 参照が最大 {count} 回必要です。SPF で認められるのは 10 回までで、それを超えると受信側はエラー(permerror)にします。使っていない include を削除するか、a:/mx: を ip4:/ip6: に置き換えてください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} lookups in this record find nothing (names without records); SPF allows 2, more is a permerror. Remove the terms that point to names that no longer exist.</source>
            <translation>このレコードでは {count} 回の参照が空振りします(レコードのない名前)。SPF で認められるのは 2 回までで、それを超えるとエラー(permerror)です。もう存在しない名前を指す項目を削除してください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The record is {length} characters long, more than one DNS text string holds (255); it is published as {count} strings that receivers join without spaces.</source>
            <translation>レコードは {length} 文字あり、DNS の文字列 1 つに入る長さ(255 文字)を超えています。{count} 個の文字列に分けて登録されており、受信側はそれらを空白なしでつなげて読みます。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The record is split into strings that join without a space, which breaks a term. Put a space at the end of each string except the last.</source>
            <translation>レコードが分割された箇所で空白なしにつながり、項目が壊れています。最後以外の各文字列の末尾に空白を入れてください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The record is {length} characters long; above about 450 some receivers cannot fetch it over UDP and may answer temperror. Shorten it.</source>
            <translation>レコードは {length} 文字あります。約 450 文字を超えると、一部の受信側が UDP で取得できず一時エラー(temperror)になることがあります。短くしてください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The record of {domain} has no “all” at the end, so mail from any other server gets “neutral”. End it with “~all” (or “-all” once every sender is listed).</source>
            <translation>{domain} のレコードの最後に「all」がないため、ほかのサーバーからのメールは「neutral」になります。最後に「~all」を付けてください(送信元をすべて登録したら「-all」でもかまいません)。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{term}” allows every server in the world to send as {domain}; the record protects nothing and spam filters distrust it. Use “~all”.</source>
            <translation>「{term}」は世界中のどのサーバーにも {domain} としての送信を認めてしまいます。レコードが何も守らず、迷惑メールフィルターにも信用されません。「~all」にしてください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“?all” says nothing about other servers (neutral); receivers give it no weight. Use “~all”.</source>
            <translation>「?all」はほかのサーバーについて何も示さない(neutral)ため、受信側は重視しません。「~all」にしてください。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No proposal: the current record could not be read. Try again or choose another DNS server.</source>
            <translation>現在のレコードを読み取れなかったため、提案できません。もう一度試すか、別の DNS サーバーを選んでください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No proposal: the relay's provider or addresses are not known.</source>
            <translation>送信サーバーのプロバイダーやアドレスが分からないため、提案できません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The provider's SPF domain {target} could not be read, so it cannot be included yet.</source>
            <translation>プロバイダーの SPF ドメイン {target} を読み取れなかったため、まだ include できません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The provider's SPF domain {target} has no usable SPF record, so it cannot be included. Check the provider mail address you entered.</source>
            <translation>プロバイダーの SPF ドメイン {target} に使える SPF レコードがないため、include できません。入力したプロバイダーのメールアドレスを確認してください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{domain} has no SPF record yet, so this is a new one. It ends in “~all” (softfail): mail from other servers is marked, not refused, while you check that nothing else sends for {domain} (a web form on the rental server, a newsletter service). Add those, then you may change it to “-all”.</source>
            <translation>{domain} にはまだ SPF レコードがないため、新しいレコードを提案します。最後は「~all」(softfail)です。ほかのサーバーからのメールは拒否されず印が付くだけなので、その間に {domain} から送っているものがほかにないか(レンタルサーバーのフォーム、メルマガ配信サービスなど)確認してください。それらを追加したら「-all」に変えてもかまいません。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The {count} SPF records are merged into this one. Delete the others: two records are an error.</source>
            <translation>{count} 件の SPF レコードを 1 件にまとめました。ほかのレコードは削除してください。2 件あるとエラーになります。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The record already contains {terms}; nothing to change.</source>
            <translation>レコードにはすでに {terms} が含まれています。変更は不要です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{terms}: the addresses of {host} today. This is an approximation: the provider may send your mail out from other servers, and may change its addresses without telling you; then SPF fails again. Check the record when mail starts bouncing.</source>
            <translation>{terms} は現時点の {host} のアドレスです。これは目安です。プロバイダーは別のサーバーからメールを送り出すことがあり、予告なくアドレスを変えることもあります。その場合は SPF が再び失敗します。メールが戻ってくるようになったら、レコードを確認してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{terms}: the relay addresses you gave. This is an approximation: the provider may send your mail out from other servers, and may change its addresses without telling you; then SPF fails again. Check the record when mail starts bouncing.</source>
            <translation>{terms} は入力された送信サーバーのアドレスです。これは目安です。プロバイダーは別のサーバーからメールを送り出すことがあり、予告なくアドレスを変えることもあります。その場合は SPF が再び失敗します。メールが戻ってくるようになったら、レコードを確認してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>With this change, checking the record can take {count} DNS lookups, more than the 10 SPF allows. Remove includes of services you no longer use, replace a:/mx: terms with ip4:/ip6: addresses, or authorise the relay by its addresses instead of an include.</source>
            <translation>この変更をすると、レコードの確認に DNS 参照が最大 {count} 回必要になり、SPF の上限 10 回を超えます。使っていないサービスの include を削除する、a:/mx: を ip4:/ip6: のアドレスに置き換える、または include の代わりに送信サーバーのアドレスで許可する、のいずれかを行ってください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The new record needs exactly 10 DNS lookups, the most SPF allows: any further include breaks it.</source>
            <translation>新しいレコードの DNS 参照数はちょうど 10 回で、SPF の上限です。include をさらに追加するとエラーになります。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The record is longer than 255 characters, so it must be entered as {count} strings in quotes. If your DNS control panel has one field, paste the whole text; most panels split it for you.</source>
            <translation>レコードが 255 文字を超えるため、引用符で囲んだ {count} 個の文字列として登録する必要があります。DNS の管理画面に入力欄が 1 つしかない場合は全体を貼り付けてください。多くの管理画面は自動で分割します。</translation>
        </message>
        <message>
            <location line="-152" />
            <source>“{term}” uses the macro “{macro}”, which is allowed only in the explanation text; receivers treat the whole record as an error (permerror).</source>
            <translation>「{term}」で使われているマクロ「{macro}」は説明文(exp)の中でしか使えません。受信側はレコード全体をエラー(permerror)として扱います。</translation>
        </message>
        <message>
            <location line="+157" />
            <source>The record still ends in “{term}”, which lets anybody send as your domain. Change it to “~all” when you publish this record.</source>
            <translation>このレコードは「{term}」で終わっており、誰でもお客様のドメインとして送信できてしまいます。公開するときに「~all」に変えてください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your current SPF record is broken: receivers treat it as an error (permerror) for all mail, and adding the relay would not fix that. First correct or remove {terms} (see the problems of the current record), then check again for the record to publish.</source>
            <translation>現在の SPF レコードは壊れています。受信側はすべてのメールでエラー(permerror)として扱い、リレーを追加しても直りません。まず {terms} を直すか削除し(現在のレコードの問題を参照)、そのあと公開するレコードをもう一度確認してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your current SPF record is broken: receivers treat it as an error (permerror) for all mail, and adding the relay would not fix that. First correct the problems of the current record, then check again for the record to publish.</source>
            <translation>現在の SPF レコードは壊れています。受信側はすべてのメールでエラー(permerror)として扱い、リレーを追加しても直りません。まず現在のレコードの問題を直し、そのあと公開するレコードをもう一度確認してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Even with the relay added, receivers would treat the record as an error (permerror), so no record is proposed. First fix the problems of the current record shown above, then check again.</source>
            <translation>リレーを追加しても受信側はレコードをエラー(permerror)として扱うため、レコードは提案しません。まず上に表示した現在のレコードの問題を直し、もう一度確認してください。</translation>
        </message>
        <message>
            <location line="-79" />
            <source>pass: the server is authorised</source>
            <translation>合格(pass)。このサーバーからの送信は許可されています</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fail: the record says this server must not send for the domain</source>
            <translation>不合格(fail)。このサーバーからの送信はレコードで禁止されています</translation>
        </message>
        <message>
            <location line="+1" />
            <source>softfail: the server is not listed; receivers may mark the mail as spam</source>
            <translation>未登録(softfail)。このサーバーはレコードに載っていないため、迷惑メールと判定されることがあります</translation>
        </message>
        <message>
            <location line="+1" />
            <source>neutral: the record says nothing about this server</source>
            <translation>判定なし(neutral)。レコードはこのサーバーについて何も示していません</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none: the domain has no SPF record</source>
            <translation>レコードなし(none)。ドメインに SPF レコードがありません</translation>
        </message>
        <message>
            <location line="+1" />
            <source>permerror: the record is broken; receivers treat it as failing</source>
            <translation>レコードの誤り(permerror)。受信側は不合格として扱います</translation>
        </message>
        <message>
            <location line="+1" />
            <source>temperror: the record could not be read just now</source>
            <translation>一時的なエラー(temperror)。今はレコードを読み取れません</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dmarc_record.py" line="+103" />
            <source>“{part}” in the DMARC record is not a tag=value pair.</source>
            <translation>DMARC レコードの「{part}」は「タグ=値」の形になっていません。</translation>
        </message>
        <message>
            <location line="-11" />
            <source>The DMARC record must start with “v=DMARC1”.</source>
            <translation>DMARC レコードは「v=DMARC1」で始める必要があります。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>“{tag}={value}” is not a DMARC policy; use none, quarantine or reject.</source>
            <translation>「{tag}={value}」は DMARC のポリシーではありません。none、quarantine、reject のいずれかにしてください。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The DMARC record has no valid “p=” or “sp=” tag; receivers read it as p=none and only send reports. Write “p=none”, “p=quarantine” or “p=reject” right after “v=DMARC1”.</source>
            <translation>DMARC レコードに正しい「p=」または「sp=」がないため、受信側は p=none として扱い、レポートを送るだけです。「v=DMARC1」のすぐ後に「p=none」「p=quarantine」「p=reject」のどれかを書いてください。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The DMARC record has no valid “p=” or “sp=” tag, so receivers ignore it. Write “p=none” right after “v=DMARC1”.</source>
            <translation>DMARC レコードに正しい「p=」または「sp=」がないため、受信側はレコードを無視します。「v=DMARC1」のすぐ後に「p=none」と書いてください。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>“{tag}={value}” is not valid; receivers use the default {tag}={default}.</source>
            <translation>「{tag}={value}」は正しくないため、受信側は既定値の {tag}={default} を使います。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>“pct={value}” must be a number from 0 to 100; receivers use 100.</source>
            <translation>「pct={value}」は 0 から 100 の数にしてください。受信側は 100 として扱います。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The report address “{uri}” should look like mailto:dmarc@example.jp.</source>
            <translation>レポートの送付先「{uri}」は mailto:dmarc@example.jp の形にしてください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dmarc.py" line="+112" />
            <source>The DMARC record at {name} could not be read: {reason}.</source>
            <translation>{name} の DMARC レコードを読み取れませんでした: {reason}。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{name} has {count} DMARC records; receivers then ignore DMARC entirely. Keep only one.</source>
            <translation>{name} には DMARC レコードが {count} 件あり、受信側は DMARC を一切使いません。1 件だけにしてください。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{domain} has no DMARC record. That is allowed for a small sender (Gmail and Yahoo require one only from senders of more than 5,000 mails a day). To get reports first, publish a TXT record at _dmarc.{domain} with “v=DMARC1; p=none; rua=mailto:(your address)”.</source>
            <translation>{domain} には DMARC レコードがありません。送信数の少ない送信者では問題ありません(Gmail と Yahoo が必須としているのは 1 日 5,000 通を超えて送る送信者だけです)。まずレポートを受け取りたい場合は、_dmarc.{domain} に「v=DMARC1; p=none; rua=mailto:(お客様のアドレス)」という TXT レコードを登録してください。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{domain} has no DMARC record of its own; the record of {org} applies (policy “{policy}”).</source>
            <translation>{domain} には独自の DMARC レコードがないため、{org} のレコード(ポリシー「{policy}」)が適用されます。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The DMARC policy is “none”: receivers only report, they do not refuse mail that fails.</source>
            <translation>DMARC ポリシーは「none」です。受信側はレポートを送るだけで、失敗したメールを拒否しません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>pct={pct}: receivers refuse {pct}% of the mail that fails DMARC and put the rest into spam (pct lowers the policy one step for the remaining mail; it does not switch it off, even at pct=0).</source>
            <translation>pct={pct}: 受信側は DMARC に失敗したメールの {pct}% を拒否し、残りを迷惑メールにします(pct は残りのメールのポリシーを 1 段階弱めるだけで、pct=0 でも無効にはなりません)。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>pct={pct}: receivers put {pct}% of the mail that fails DMARC into spam and treat the rest as p=none. Many receivers ignore pct (the newer DMARC standard drops it), so expect the full policy.</source>
            <translation>pct={pct}: 受信側は DMARC に失敗したメールの {pct}% を迷惑メールにし、残りは p=none として扱います。pct を無視する受信側も多い(新しい DMARC の規格では廃止)ため、ポリシーがすべてのメールに適用されると考えてください。</translation>
        </message>
        <message>
            <location line="-75" />
            <source>The record “{record}” at {name} is not read as DMARC: the version must be written exactly “v=DMARC1” (capital letters). Correct this record; do not add a second one.</source>
            <translation>{name} のレコード「{record}」は DMARC として読まれません。バージョンは大文字で正確に「v=DMARC1」と書く必要があります。このレコードを直してください(2 つ目のレコードは追加しないでください)。</translation>
        </message>
        <message>
            <location line="+122" />
            <source>Whether {host} accepts your DMARC reports could not be checked ({name}): {reason}.</source>
            <translation>{host} が DMARC レポートを受け付けるかどうか確認できませんでした({name}): {reason}。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reports to {uri} are not sent: {host} has not published the TXT record {name} with “v=DMARC1” that allows reports for {domain} (RFC 7489 7.1). Ask the report service to publish it, or use an address at {domain}.</source>
            <translation>{uri} にはレポートが送られません。{host} が {domain} のレポートを受け付けることを示す TXT レコード {name}(「v=DMARC1」)を登録していないためです(RFC 7489 7.1)。レポートの受付先に登録を依頼するか、{domain} のアドレスを使ってください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dmarc_record.py" line="-88" />
            <source>“p=” must come right after “v=DMARC1” (RFC 7489); some receivers ignore the policy otherwise. Move it to the second place.</source>
            <translation>「p=」は「v=DMARC1」のすぐ後に書く必要があります(RFC 7489)。そうでないとポリシーを無視する受信側があります。2 番目に移してください。</translation>
        </message>
        <message>
            <location line="-33" />
            <source>The DMARC record has the tag “{tag}=” twice, so it is not a valid record and receivers may ignore it entirely. Keep only one “{tag}=”.</source>
            <translation>DMARC レコードに「{tag}=」が 2 回あるため正しいレコードではなく、受信側はレコード全体を無視することがあります。「{tag}=」は 1 つだけにしてください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dmarc.py" line="-46" />
            <source>The record has no rua= address, so you get no reports on who sends as your domain. Adding one helps you see whether mail through the provider passes.</source>
            <translation>レコードに rua= の送付先がないため、誰がお客様のドメインで送信しているかのレポートが届きません。追加すると、プロバイダー経由のメールが通っているかを確かめられます。</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Your provider's server does not add a DKIM signature for your domain. Receivers can therefore only check your mail with SPF: the provider's servers must be in your SPF record.</source>
            <translation>プロバイダーの送信サーバーは、お客様のドメインの DKIM 署名を付けません。そのため受信側は SPF だけでメールを確認します。プロバイダーのサーバーを SPF レコードに登録する必要があります。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Some providers replace the envelope sender (Return-Path) with your account at the provider. Then SPF is checked for the provider's domain, not yours, and DMARC does not pass. Send a test to a Gmail address and open “Show original”: SPF and DMARC should say PASS with your domain.</source>
            <translation>プロバイダーによっては、エンベロープの送信者(Return-Path)をプロバイダーのアカウントに書き換えます。その場合 SPF はお客様のドメインではなくプロバイダーのドメインで確認され、DMARC は通りません。Gmail のアドレスにテストメールを送り、「メッセージのソースを表示」で SPF と DMARC がお客様のドメインで「PASS」になっているか確認してください。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Since February 2024 Gmail and Yahoo refuse mail that passes neither SPF nor DKIM (error 5.7.26), and senders of more than 5,000 mails a day also need DMARC.</source>
            <translation>2024 年 2 月から、Gmail と Yahoo は SPF と DKIM のどちらにも合格しないメールを拒否します(エラー 5.7.26)。1 日 5,000 通を超えて送る送信者には DMARC も必要です。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Your DMARC record asks for strict SPF alignment (aspf=s): the envelope sender must be exactly your domain, not a subdomain. Keep aspf=r unless you know you need s.</source>
            <translation>DMARC レコードで SPF の厳密な一致(aspf=s)が指定されています。エンベロープの送信者はサブドメインではなく、お客様のドメインそのものである必要があります。s が必要な理由がなければ aspf=r にしてください。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Your DMARC policy is “{policy}” and mail through the provider does not pass SPF: receivers such as Gmail will {action} it. Fix SPF first (see the proposed record), or set p=none until it passes.</source>
            <translation>DMARC ポリシーが「{policy}」で、プロバイダー経由のメールが SPF に合格しません。Gmail などの受信側はそのメールを{action}。先に SPF を直すか(提案したレコードを参照)、合格するまで p=none にしてください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>reject</source>
            <translation>拒否します</translation>
        </message>
        <message>
            <location line="+2" />
            <source>put into spam</source>
            <translation>迷惑メールに振り分けます</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your DMARC policy is “{policy}”: until the SPF record is changed, mail through the provider fails DMARC. Change SPF before you switch your mail program to the provider.</source>
            <translation>DMARC ポリシーは「{policy}」です。SPF レコードを変更するまで、プロバイダー経由のメールは DMARC に失敗します。メールソフトをプロバイダーの設定に切り替える前に SPF を変更してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/domaincheck.py" line="+162" />
            <source>{service} sends with its own return path, so your domain's SPF record needs no change for it. The DNS records it needs are listed separately.</source>
            <translation>{service} は独自の返送先(Return-Path)で送るので、あなたのドメインの SPF レコードは変更不要です。必要な DNS レコードは別に一覧にしています。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{isp} publishes SPF for your provider mail domain. Enter your provider mail address (for example taro@abc.{domain}) so that it can be included; until then the relay's addresses are used.</source>
            <translation>{isp}は、プロバイダーのメールドメインに SPF を公開しています。お客様のレコードから参照できるよう、プロバイダーのメールアドレス(例: taro@abc.{domain})を入力してください。入力するまでは、送信サーバーのアドレスを使います。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The include “{include}” is what {isp} is believed to publish for its servers, but no page of {isp} confirms it. Check it with {isp} before you publish the record; the evaluation below shows whether it covers the relay today.</source>
            <translation>「{include}」は{isp}が自社のサーバー用に公開しているとされる設定ですが、{isp}の公式ページでは確認できていません。公開する前に{isp}にご確認ください。下の判定で、いまの送信サーバーが含まれるかどうかが分かります。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The addresses of {host} could not be found ({reason}); the relay cannot be evaluated.</source>
            <translation>{host} のアドレスが見つかりませんでした({reason})。送信サーバーを評価できません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the name has no addresses</source>
            <translation>この名前にはアドレスがありません</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The relay is evaluated with the addresses of {host} ({addresses}), the server your mail program connects to. The provider may pass your mail on from other servers, so this is a good guess, not proof.</source>
            <translation>メールソフトが接続する {host} のアドレス({addresses})で評価しています。プロバイダーは別のサーバーからメールを送り出すこともあるため、これは有力な目安であり、確証ではありません。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Reading the SPF record of {domain}…</source>
            <translation>{domain} の SPF レコードを読み取っています…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reading the DMARC record…</source>
            <translation>DMARC レコードを読み取っています…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Looking up the relay…</source>
            <translation>送信サーバーを調べています…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preparing the proposed record…</source>
            <translation>提案するレコードを作成しています…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trying the relay's addresses against the records…</source>
            <translation>送信サーバーのアドレスをレコードと照合しています…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The current record already authorises the relay; nothing to change.</source>
            <translation>現在のレコードですでに送信サーバーが許可されています。変更は不要です。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Reading the records {service} needs…</source>
            <translation>{service} に必要なレコードを読んでいます…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>the company running the name servers {servers}, usually your rental server or domain registrar</source>
            <translation>ネームサーバー {servers} を運営している会社(通常はレンタルサーバー会社かドメインの登録業者)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>usually your rental server or domain registrar</source>
            <translation>通常はレンタルサーバー会社かドメインの登録業者</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a TXT record for {domain} (the host name is “@” or empty in most control panels) with the proposed value. Do it where your domain's DNS is managed: {place}.</source>
            <translation>{domain} に、提案した値の TXT レコードを追加してください(多くの管理画面ではホスト名を「@」または空欄にします)。追加する場所は、ドメインの DNS を管理しているところです: {place}。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change the TXT record of {domain} that starts with “v=spf1” (the host name is “@” or empty in most control panels) to the proposed value; do not add a second SPF record. Do it where your domain's DNS is managed: {place}.</source>
            <translation>{domain} の「v=spf1」で始まる TXT レコードを、提案した値に書き換えてください(多くの管理画面ではホスト名を「@」または空欄にします)。SPF レコードを 2 件目として追加しないでください。変更する場所は、ドメインの DNS を管理しているところです: {place}。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/whereami.py" line="+36" />
            <source>Provider of this line: {name}</source>
            <translation>この回線のプロバイダー: {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider of this line: unknown</source>
            <translation>この回線のプロバイダー: 不明</translation>
        </message>
        <message>
            <location filename="../../wizard/cli/bounce.py" line="+40" />
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} を読み込めません: {reason}</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/bounce.py" line="+30" />
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
            <location filename="../../wizard/core/diagnosis/report.py" line="+35" />
            <location filename="../../wizard/core/diagnosis/bounce.py" line="+1" />
            <source>Blocklists</source>
            <translation>ブラックリスト</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/bounce.py" line="+1" />
            <source>Links</source>
            <translation>リンク</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/blocklist.py" line="+67" />
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
            <location filename="../../wizard/core/dns/zones.py" line="+27" />
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
            <location line="+20" />
            <source>Anyone can request removal through the list's own form.</source>
            <translation>リストのフォームから、誰でも解除を申請できます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the owner of the address (the rental-server company) can request removal.</source>
            <translation>解除を申請できるのは、IP アドレスを管理する事業者(レンタルサーバー会社)だけです。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No request needed: the listing ends on its own once the sending stops.</source>
            <translation>申請は不要です。迷惑メールの送信が止まれば、自動的に掲載が外れます。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/blocklist.py" line="+4" />
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
            <source>its test address {ip} is not reported as listed, so a “clean” answer would mean nothing</source>
            <translation>確認用アドレス {ip} が掲載ありと返らないため、「掲載なし」の結果を信頼できません</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its test address {ip} is reported as listed, so a “listed” answer would mean nothing</source>
            <translation>確認用アドレス {ip} が掲載ありと返るため、「掲載あり」の結果を信頼できません</translation>
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
            <location filename="../../wizard/core/dns/zones.py" line="-15" />
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
            <location filename="../../wizard/core/dns/blocklist.py" line="+1" />
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
            <location filename="../../wizard/core/dns/propagation.py" line="+188" />
            <location filename="../../wizard/core/dns/query.py" line="+57" />
            <source>no answer in time (timeout)</source>
            <translation>時間内に応答がありません(タイムアウト)</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/query.py" line="+1" />
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
            <location line="+1" />
            <source>the DNS answer is a loop or an endless chain of aliases (CNAME)</source>
            <translation>DNS の応答が別名(CNAME)のループ、または終わりのない連鎖になっています</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the DNS server sent an answer that cannot be read ({error})</source>
            <translation>DNS サーバーから読み取れない応答が返りました({error})</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/bounce.py" line="+22" />
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
            <location filename="../../wizard/core/dns/zones.py" line="-6" />
            <source>Outlook.com's own block list</source>
            <translation>Outlook.com 独自のブラックリスト</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SORBS (closed in 2024; a reply naming it is out of date)</source>
            <translation>SORBS(2024 年に終了。この名前を含む応答は古い情報です)</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/whereami.py" line="-8" />
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
        <message>
            <location filename="../../wizard/gui/pages/relay_test.py" line="-441" />
            <source>Not finished: the test was stopped before this setting's result.</source>
            <translation>テストを途中で中止したため、この設定の結果はまだ出ていません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You continued although no setting worked in the live test. Mail may not go out with these settings.</source>
            <translation>テストで使える設定がないまま先に進みました。この設定ではメールが送信できない可能性があります。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/smtp/probing.py" line="+81" />
            <source>Not tested.</source>
            <translation>テストしていません。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not tested</source>
            <translation>未テスト</translation>
        </message>
        <message>
            <location filename="../../wizard/core/catalog/resolve.py" line="-81" />
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
            <location line="+2" />
            <source>Not tested: “{host}” is not a valid server name.</source>
            <translation>未テスト: 「{host}」はサーバー名として正しくありません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/smtp/probing.py" line="+235" />
            <source>Port 25 is blocked on this line, and this provider accepts your own domain as sender only on port 25 ({host}). This route cannot work from here: use it only from the provider's own line, or send through another provider.</source>
            <translation>この回線では 25 番ポートがふさがれています。このプロバイダーが独自ドメインの差出人を受け付けるのは 25 番ポート({host})だけです。そのため、この回線からはこの方法で送信できません。プロバイダー自身の回線から使うか、別のプロバイダー経由で送信してください。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Port 25 is blocked on this line (common practice against spam). Settings on port 587 or 465 are not affected.</source>
            <translation>この回線では 25 番ポートがふさがれています(迷惑メール対策として一般的な措置です)。587 番・465 番の設定には影響しません。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{count} setting(s) were not tested because they log in and no password was given: {settings}.</source>
            <translation>パスワードが指定されていないため、ログインが必要な {count} 件の設定はテストしていません: {settings}。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No server answered on any port. A firewall or security software on this computer or network may block outgoing mail connections.</source>
            <translation>どのポートでもサーバーから応答がありませんでした。パソコンやネットワークのファイアウォール、セキュリティソフトがメール送信の接続をふさいでいる可能性があります。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The provider's server refused your own address as sender. It sends only mail from the provider's own addresses, so it cannot send your domain's mail.</source>
            <translation>プロバイダーの送信サーバーが、お使いのメールアドレスを差出人として受け付けませんでした。このサーバーはプロバイダーのメールアドレスからのメールしか送信しないため、独自ドメインのメールは送れません。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{host} is usable only from the provider's own lines. It will stop working when this computer is used on another line (another office, a mobile router, a hotel).</source>
            <translation>{host} は、このプロバイダーの回線からしか使えません。別の回線(別の事務所、モバイルルーター、ホテルなど)でこのパソコンを使うと送信できなくなります。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The catalogue says this server refuses other domains as sender ({kind}), but the live test accepted your address. The provider may still change the sender or refuse later: check that your first messages arrive.</source>
            <translation>カタログでは、このサーバーは他のドメインの差出人を受け付けないとされています(出典: {kind})が、テストではお使いのアドレスが受け付けられました。あとから差出人が書き換えられたり、拒否されたりする可能性もありますので、最初の数通が届くことを確認してください。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This setting does not encrypt the connection: your mail and your password can be read on the way. Prefer an encrypted setting when one works.</source>
            <translation>この設定は通信を暗号化しません。メールの内容やパスワードが途中で読み取られるおそれがあります。暗号化する設定が使える場合は、そちらをお選びください。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The server accepts messages up to {mb} MB (attachments included; they grow by about a third when sent).</source>
            <translation>このサーバーが受け付けるメールは 1 通 {mb} MB までです(添付ファイルを含みます。送信時には約 3 割大きくなります)。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The provider accepts messages up to {mb} MB (attachments included; they grow by about a third when sent).</source>
            <translation>このプロバイダーが受け付けるメールは 1 通 {mb} MB までです(添付ファイルを含みます。送信時には約 3 割大きくなります)。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>At most {count} recipients per message are accepted.</source>
            <translation>1 通のメールで指定できる宛先は {count} 件までです。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>With the server {host} the limit is {mb} MB per message.</source>
            <translation>サーバー {host} を使う場合の上限は、1 通 {mb} MB です。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/smtp/result.py" line="+234" />
            <source>This setting would send your password without encryption. It is tested only after you confirm that you accept this.</source>
            <translation>この設定では、パスワードが暗号化されずに送られます。了承していただいた場合にのみテストします。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This setting needs the user name of your login at the provider.</source>
            <translation>この設定には、プロバイダーのユーザー名が必要です。</translation>
        </message>
        <message>
            <location line="-183" />
            <source>This setting needs your password at the provider.</source>
            <translation>この設定には、プロバイダーのパスワードが必要です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The DNS server did not answer, so the address of {host} could not be looked up. Please check that this computer is connected to the Internet (or the DNS server setting), then test again.</source>
            <translation>DNS サーバーから応答がなかったため、{host} のアドレスを調べられませんでした。このパソコンがインターネットにつながっているか(または DNS サーバーの設定)を確認して、もう一度テストしてください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>DNS did not answer</source>
            <translation>DNS の応答なし</translation>
        </message>
        <message>
            <location line="+182" />
            <source>The password was entered for another server, so it is not sent to {host}. Enter the password for this server on the login page.</source>
            <translation>このパスワードは別のサーバー用に入力されたものなので、{host} には送りません。「プロバイダーへのログイン」の画面で、このサーバーのパスワードを入力してください。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The user name or password contains characters that cannot be sent. Type it again.</source>
            <translation>ユーザー名またはパスワードに送信できない文字が含まれています。もう一度入力してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{address}” cannot be used as a mail address.</source>
            <translation>「{address}」はメールアドレスとして使えません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/smtp/steps.py" line="+66" />
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
            <source>The server ended the session with a temporary refusal (code 421): it may be busy, shutting down, or limiting connections from your line. Nothing about your login or address was decided. Try again later.</source>
            <translation>サーバーが一時的な拒否(コード 421)で接続を終了しました。混雑している、停止中である、またはお使いの回線からの接続を制限している可能性があります。ログインやメールアドレスの可否はまだ分かっていません。しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <location line="+11" />
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
            <source>server unavailable</source>
            <translation>サーバーが利用できません</translation>
        </message>
        <message>
            <location line="+2" />
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
            <translation>接続時の応答</translation>
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
            <location filename="../../wizard/core/smtp/session.py" line="+232" />
            <source>The DNS server did not answer in time.</source>
            <translation>DNS サーバーから時間内に応答がありませんでした。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>The CA file {path} could not be loaded.</source>
            <translation>CA 証明書ファイル {path} を読み込めませんでした。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The server's certificate is not trusted: {reason}.</source>
            <translation>サーバーの証明書が信頼できません: {reason}。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The server answered without encryption: on this port it probably expects STARTTLS instead of SSL/TLS.</source>
            <translation>サーバーが暗号化せずに応答しました。このポートでは SSL/TLS ではなく STARTTLS を使う可能性があります。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server agreed to start encryption (STARTTLS) but went on without it. Something on the way may be tampering with the connection.</source>
            <translation>サーバーは暗号化(STARTTLS)の開始に応じましたが、暗号化せずに通信を続けました。通信の途中で何かが接続を改ざんしている可能性があります。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The server offers only an old encryption protocol (older than TLS 1.2), which is no longer safe. This app uses TLS 1.2 or newer only.</source>
            <translation>サーバーが古い暗号化方式(TLS 1.2 より前)にしか対応していません。この方式はもう安全ではありません。このアプリは TLS 1.2 以降だけを使います。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The encryption could not be set up: {reason}.</source>
            <translation>暗号化できませんでした: {reason}。</translation>
        </message>
        <message>
            <location line="+66" />
            <source>The server closed the connection at the step “{step}”.</source>
            <translation>「{step}」の段階でサーバーが接続を切りました。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The server sent its greeting too slowly: {count} bytes in {seconds} seconds.</source>
            <translation>サーバーの最初の応答が遅すぎます({seconds} 秒で {count} バイト)。</translation>
        </message>
        <message>
            <location line="+53" />
            <source>The server refused to start encryption (reply {code}).</source>
            <translation>サーバーが暗号化の開始を拒否しました(応答 {code})。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The server offers no login method we can use (it offers: {offered}).</source>
            <translation>サーバーが、利用できるログイン方式を提供していません(提供されている方式: {offered})。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server does not offer a login (SMTP AUTH) on this connection.</source>
            <translation>この接続では、サーバーがログイン(SMTP 認証)を提供していません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/smtp/replies.py" line="+27" />
            <source>The server sent a line longer than {limit} bytes; a mail server never does.</source>
            <translation>サーバーが {limit} バイトを超える長さの行を送ってきました。メールサーバーはこのような応答をしません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server sent a reply of more than {limit} lines; a mail server never does.</source>
            <translation>サーバーが {limit} 行を超える応答を送ってきました。メールサーバーはこのような応答をしません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server sent something that is not an SMTP reply: “{line}”.</source>
            <translation>サーバーから SMTP の応答ではないデータが届きました:「{line}」</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server changed the reply code in the middle of a multi-line reply (“{first}” then “{line}”).</source>
            <translation>サーバーが複数行の応答の途中で応答コードを変えました(「{first}」の次に「{line}」)。</translation>
        </message>
        <message>
            <location filename="../../wizard/cli/forget.py" line="+36" />
            <source>No password is saved for {user} at {host}:{port}.</source>
            <translation>{host}:{port} の {user} のパスワードは保存されていません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/catalog/credentials.py" line="+79" />
            <source>This is not an address at this provider ({domains}). Please check it.</source>
            <translation>このプロバイダーのメールアドレス({domains})ではありません。ご確認ください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Some server names of this provider are built from the part between “@” and the provider's domain (abc in taro@abc.{domain}); this address has none, so those settings cannot be tested.</source>
            <translation>このプロバイダーの一部のサーバー名は、「@」とプロバイダーのドメインの間の部分(taro@abc.{domain} の abc)から作られます。このメールアドレスにはその部分がないため、それらの設定はテストできません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/report.py" line="-10" />
            <source>Relay Wizard diagnostic report</source>
            <translation>Relay Wizard 診断レポート</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This report contains no password. Please check it before you send it on.</source>
            <translation>このレポートにパスワードは含まれていません。送る前に内容をご確認ください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>System</source>
            <translation>システム</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider and domain</source>
            <translation>プロバイダーとドメイン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Live test of the outgoing servers</source>
            <translation>送信サーバーの接続テスト</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>注意事項</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Domain check (SPF and DMARC)</source>
            <translation>ドメインの確認(SPF と DMARC)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This computer's line</source>
            <translation>このパソコンの回線</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Returned message</source>
            <translation>戻ってきたメール</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not run in this session.</source>
            <translation>今回は実行していません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/bounce.py" line="-33" />
            <source>The receiving server does not accept mail sent straight from this address and asks that it come through your Internet provider's mail server (its SMTP relay). That is exactly what this wizard sets up: choose your provider and it finds a setting that works from your line.</source>
            <translation>受信側のサーバーは、このアドレスから直接送られたメールを受け付けず、プロバイダーのメールサーバー(SMTP リレー)を経由するよう求めています。これはまさにこのウィザードで設定できる内容です。プロバイダーを選ぶと、お使いの回線で使える設定を探します。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/zones.py" line="-1" />
            <source>Microsoft 365's own list of banned sending addresses</source>
            <translation>Microsoft 365 独自の送信禁止アドレスのリスト</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/headers.py" line="+438" />
            <source>DKIM could not be checked because of a temporary DNS problem. Send another test message later.</source>
            <translation>一時的な DNS の問題で DKIM を確認できませんでした。しばらくしてから、もう一度テストメールを送ってください。</translation>
        </message>
        <message>
            <location line="-8" />
            <source>DKIM passes, but the signature is for {domain}, not for your domain {from_domain}. It does not count for DMARC; SPF has to pass for your domain.</source>
            <translation>DKIM は合格ですが、署名は {domain} のもので、お客様のドメイン {from_domain} のものではありません。DMARC には数えられないため、お客様のドメインで SPF が合格する必要があります。</translation>
        </message>
        <message>
            <location line="-2" />
            <source>DKIM passes: the message is signed for your domain.</source>
            <translation>DKIM は合格です。お客様のドメインの署名が付いています。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>DKIM {result}: the signature could not be verified. The message was changed on the way, or the key published in DNS does not match.</source>
            <translation>DKIM {result}: 署名を確認できませんでした。途中でメールが書き換えられたか、DNS に公開した鍵が合っていません。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>DMARC passes (or would pass): SPF or DKIM is aligned with your domain.</source>
            <translation>DMARC は合格です (または合格する状態です)。SPF か DKIM がお客様のドメインと一致しています。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>DMARC {result}: neither SPF nor DKIM passes for your domain. Receivers may reject or file your mail as spam. Fix SPF first (see above).</source>
            <translation>DMARC {result}: お客様のドメインで SPF も DKIM も合格していません。受信側で拒否されたり、迷惑メールに振り分けられたりすることがあります。まず SPF を直してください (上記参照)。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/propagation.py" line="-80" />
            <source>Every name server serves the record. Resolvers that cached the old record see the new one by {time} at the latest.</source>
            <translation>すべてのネームサーバーが新しいレコードを返しています。古いレコードを保存しているリゾルバーも、遅くとも {time} までに新しいレコードに切り替わります。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/headers.py" line="-2" />
            <source>No DMARC result, and neither SPF nor DKIM passes for your domain. Fix SPF first (see above).</source>
            <translation>DMARC の結果がなく、お客様のドメインで SPF も DKIM も合格していません。まず SPF を直してください (上記参照)。</translation>
        </message>
        <message>
            <location line="-211" />
            <source>No Received, From or Authentication-Results lines were found. Copy the whole message source, not only the text of the message.</source>
            <translation>Received、From、Authentication-Results の行が見つかりません。本文だけでなく、メールのソース全体をコピーしてください。</translation>
        </message>
        <message>
            <location line="+182" />
            <source>No SPF result: {domain} has no SPF record, or the receiver did not check. Publish the proposed record.</source>
            <translation>SPF の結果がありません。{domain} に SPF レコードがないか、受信側が確認していません。提案したレコードを公開してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/propagation.py" line="-5" />
            <source>Not every name server serves the new record yet: {names}. Ask again in a few minutes.</source>
            <translation>まだ新しいレコードを返していないネームサーバーがあります: {names}。数分後にもう一度確認してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/headers.py" line="-7" />
            <source>SPF could not be checked because of a temporary DNS problem at the receiver. Send another test message later.</source>
            <translation>受信側の一時的な DNS の問題で SPF を確認できませんでした。しばらくしてから、もう一度テストメールを送ってください。</translation>
        </message>
        <message>
            <location line="-13" />
            <source>SPF passes for your domain {domain}. Nothing to change.</source>
            <translation>お客様のドメイン {domain} で SPF は合格です。変更は不要です。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SPF passes, but for {domain}, not for your domain {from_domain}: the relay puts another address in the envelope (Return-Path). It does not count for DMARC; DKIM has to pass.</source>
            <translation>SPF は合格ですが、お客様のドメイン {from_domain} ではなく {domain} に対してです。送信サーバーが封筒 (Return-Path) に別のアドレスを入れています。DMARC には数えられないため、DKIM が合格する必要があります。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>SPF {result}: your record does not yet include the provider's server {ip}. Publish the proposed record, or wait until it has reached every name server (“Check” on the domain page).</source>
            <translation>SPF に合格していません({result})。お客様のレコードに、プロバイダーのサーバー {ip} がまだ含まれていません。提案したレコードを公開するか、すべてのネームサーバーに届くまでお待ちください(「ドメインの SPF と DMARC」の画面の「確認する」)。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/smtp/steps.py" line="+1" />
            <source>Send the test message</source>
            <translation>テストメールの送信</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/headers.py" line="-130" />
            <source>Some Authentication-Results lines could not be read and were skipped: {count}.</source>
            <translation>読み取れない Authentication-Results の行を飛ばしました: {count} 件。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Some authentication results were not written by the receiving server and were ignored (they may be forged): {count}.</source>
            <translation>受信サーバー以外が書いた認証結果は無視しました (偽装の可能性があります): {count} 件。</translation>
        </message>
        <message>
            <location line="+157" />
            <source>The message is not signed (DKIM). Provider relays usually do not sign for your domain, so SPF has to pass for your domain.</source>
            <translation>このメールには DKIM の署名がありません。プロバイダーの送信サーバーは通常お客様のドメインで署名しないため、お客様のドメインで SPF が合格する必要があります。</translation>
        </message>
        <message>
            <location line="-93" />
            <source>The message is signed (DKIM), but no receiving server's verdict is in the headers.</source>
            <translation>DKIM の署名はありますが、受信サーバーの判定結果がヘッダーにありません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/propagation.py" line="+3" />
            <source>The name servers do not all serve the same SPF record.</source>
            <translation>ネームサーバーによって返す SPF レコードが違います。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The name servers of {domain} could not be asked: {reason}.</source>
            <translation>{domain} のネームサーバーを問い合わせできませんでした: {reason}。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/smtp/sendtest.py" line="+69" />
            <source>The provider accepted the test message for delivery. When it arrives, open its source and paste it into “Check a received message” to see whether SPF, DKIM and DMARC pass.</source>
            <translation>プロバイダーがテストメールを受け付けました。届いたらメールのソースを開き、「受信したメールを確認」に貼り付けると、SPF・DKIM・DMARC の結果が分かります。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/smtp/steps.py" line="-41" />
            <source>The provider accepted your address but refused the message (see its reply). Some providers check the From line of the message itself, or its content, only after the envelope. Send the reply below to the provider's support, or choose another setting.</source>
            <translation>プロバイダーはお客様のアドレスを受け付けましたが、メール本体を拒否しました (サーバーの返答をご覧ください)。プロバイダーによっては、メールの From 行や内容を後から確認します。下の返答をプロバイダーのサポートに伝えるか、別の設定を選んでください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/propagation.py" line="-45" />
            <source>These name servers did not answer: {names}. Ask again later.</source>
            <translation>次のネームサーバーが応答しませんでした: {names}。後でもう一度確認してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/headers.py" line="-115" />
            <source>This does not look like the source of a message: it should start with header lines such as “Received: ...”. Open the message source in your mail program and copy all of it.</source>
            <translation>メールのソースではないようです。ソースは「Received: ...」のようなヘッダー行で始まります。メールソフトでメールのソースを開き、全体をコピーしてください。</translation>
        </message>
        <message>
            <location line="+186" />
            <source>Your SPF record has an error (for example too many DNS lookups or a typing error). Check it on the domain page and publish the proposed record.</source>
            <translation>SPF レコードに誤りがあります(DNS の参照が多すぎる、入力ミスなど)。「ドメインの SPF と DMARC」の画面で確かめて、提案したレコードを公開してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/propagation.py" line="+88" />
            <source>its address could not be found</source>
            <translation>アドレスが見つかりません</translation>
        </message>
        <message>
            <location filename="../../wizard/core/smtp/steps.py" line="+24" />
            <source>message refused</source>
            <translation>メール本体を拒否</translation>
        </message>
        <message>
            <location filename="../../wizard/core/dns/propagation.py" line="-40" />
            <source>{domain} has no name servers (NS records).</source>
            <translation>{domain} にはネームサーバー (NS レコード) がありません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/diagnosis/report.py" line="-1" />
            <source>Where you stand</source>
            <translation>現在の状況</translation>
        </message>
        <message>
            <location filename="../../wizard/cli/isps.py" line="+17" />
            <source>The folder {folder} does not exist.</source>
            <translation>フォルダー {folder} がありません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/catalog/evidence.py" line="+36" />
            <source>The server accepted your own address as sender (the envelope). Check that your first real message arrives and is not changed or refused later.</source>
            <translation>送信サーバーは、お客さまのアドレスを差出人として受け付けました(封筒の段階まで)。最初の実際のメールが、差出人を変えられたり後で拒否されたりせずに届くことをご確認ください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The catalogue says {setting} accepts your own domain as sender ({kind}), but the server refused it: {reply}</source>
            <translation>カタログでは {setting} は独自ドメインの差出人を受け付けるとされています(出典: {kind})が、サーバーは拒否しました: {reply}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The catalogue says {setting} refuses your own domain as sender ({kind}), but the server accepted it.</source>
            <translation>カタログでは {setting} は独自ドメインの差出人を受け付けないとされています(出典: {kind})が、サーバーは受け付けました。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The catalogue says {setting} works only from the provider's own lines ({kind}), but it worked from a line of {line}.</source>
            <translation>カタログでは {setting} はそのプロバイダーの回線からだけ使えるとされています(出典: {kind})が、{line} の回線から使えました。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The catalogue says up to {mb} MB per message ({kind}), but the server announces {server_mb} MB (SIZE).</source>
            <translation>カタログでは 1 通 {mb}MB までとされています(出典: {kind})が、サーバーは {server_mb}MB(SIZE)と示しています。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The live test shows otherwise: {what}</source>
            <translation>実際のテストでは違う結果でした: {what}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last tested from this computer on {date}: {setting}, {result}; your own domain as sender: {own}.</source>
            <translation>このパソコンでの前回のテスト({date}): {setting} は{result}。独自ドメインの差出人: {own}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>accepted</source>
            <translation>受け付けられました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refused</source>
            <translation>拒否されました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not reached</source>
            <translation>確認まで進みませんでした</translation>
        </message>
        <message>
            <location line="+2" />
            <source>worked</source>
            <translation>使えました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>did not work ({verdict})</source>
            <translation>使えませんでした({verdict})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is not an evidence file of Relay Wizard ({reason}).</source>
            <translation>Relay Wizard のテスト結果ファイルではありません({reason})。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/catalog/trust.py" line="+14" />
            <source>the provider's own page</source>
            <translation>プロバイダーの公式ページ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thunderbird's shared settings database (ISPDB)</source>
            <translation>Thunderbird の共有設定データベース(ISPDB)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>real message headers or test results</source>
            <translation>実際のメールのヘッダーやテスト結果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a blog or another third-party page</source>
            <translation>ブログなど第三者のページ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an old article</source>
            <translation>古い記事</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the usual settings of the mail standards, not this provider</source>
            <translation>メールの規格で一般的な設定(このプロバイダーの情報ではありません)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This information comes from {kind} ({year}) and has not been checked. Real test results take priority.</source>
            <translation>この情報は {year} 年の{kind}によるもので、確認されていません。実際のテスト結果を優先します。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This information comes from {kind} and has not been checked. Real test results take priority.</source>
            <translation>この情報は{kind}によるもので、確認されていません。実際のテスト結果を優先します。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This information comes from {kind} of {year}, which may be out of date. Real test results take priority.</source>
            <translation>この情報は {year} 年の{kind}によるもので、古くなっている可能性があります。実際のテスト結果を優先します。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To verify: {kind} does not say this. Real test results take priority.</source>
            <translation>要確認: {kind}にはこの内容の記載がありません。実際のテスト結果を優先します。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recommended setting {setting}: {why}</source>
            <translation>おすすめの設定 {setting}: {why}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending from your own domain here: {why}</source>
            <translation>ここで独自ドメインから送ること: {why}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No source says whether this provider accepts your own domain as sender: the real test decides.</source>
            <translation>このプロバイダーが独自ドメインの差出人を受け付けるかどうかは、どの出典にも書かれていません。実際のテストで確かめます。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A provider profile could not be used: {problem}</source>
            <translation>プロバイダー情報のファイルを使えませんでした: {problem}</translation>
        </message>
        <message>
            <location filename="../../wizard/core/store.py" line="+75" />
            <source>The file of remembered test results was damaged and has been set aside as {name}. A new, empty one was started; nothing else is affected.</source>
            <translation>記録していたテスト結果のファイルが壊れていたため、{name} という名前で別に保存しました。新しい空のファイルを使い始めます。ほかへの影響はありません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file of remembered test results was written by a newer version of Relay Wizard; this version only reads it and does not add new results.</source>
            <translation>記録していたテスト結果のファイルは、新しいバージョンの Relay Wizard で作られています。このバージョンでは読むだけで、新しい結果は追加しません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file of remembered test results cannot be used ({reason}); test results are not remembered.</source>
            <translation>記録用のテスト結果ファイルを使えません({reason})。テスト結果は記録されません。</translation>
        </message>
        <message>
            <location filename="../../wizard/cli/watch_schedule.py" line="+11" />
            <source>The daily check is set up ({platform}).</source>
            <translation>毎日の確認を設定しました({platform})。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The files are written; register them with the scheduler yourself.</source>
            <translation>ファイルを書き込みました。スケジューラーへの登録はご自身で行ってください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The files are written, but the scheduler did not take them ({platform}); see the message above.</source>
            <translation>ファイルは書き込みましたが、スケジューラーに登録できませんでした({platform})。上のメッセージをご確認ください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The daily check is removed ({platform}).</source>
            <translation>毎日の確認を解除しました({platform})。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The daily check is set up and the scheduler has it ({platform}).</source>
            <translation>毎日の確認は設定済みで、スケジューラーにも登録されています({platform})。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The daily check's files are there; whether the scheduler has it is unknown ({platform}).</source>
            <translation>毎日の確認のファイルはありますが、スケジューラーに登録されているかはわかりません({platform})。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The daily check's files are there, but the scheduler does not run it ({platform}): run “relay-wizard watch schedule install” again.</source>
            <translation>毎日の確認のファイルはありますが、スケジューラーが実行していません({platform})。「relay-wizard watch schedule install」をもう一度実行してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No daily check is set up ({platform}).</source>
            <translation>毎日の確認は設定されていません({platform})。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File: {path}</source>
            <translation>ファイル: {path}</translation>
        </message>
        <message>
            <location filename="../../wizard/cli/blocklist.py" line="+13" />
            <source>“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20.</source>
            <translation>「{value}」は日付として読めません。2026-11-20 のように 年-月-日 の形で入力してください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date {value} is in the future.</source>
            <translation>{value} は未来の日付です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The returned message {path} cannot be read: {detail}</source>
            <translation>返送されたメール {path} を読み込めません: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>--since, --bounce and --domain go with --letter ja or --letter en.</source>
            <translation>--since、--bounce、--domain は --letter ja または --letter en と一緒に指定してください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/watch/kit.py" line="+29" />
            <source>{year}-{month:02d}-{day:02d}</source>
            <translation>{year}年{month}月{day}日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delisting kit for {address}</source>
            <translation>{address} の掲載解除の手順</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{list} ({zone}), codes {codes}</source>
            <translation>{list}({zone})、コード {codes}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>listed since {date}</source>
            <translation>{date}から掲載</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who: {who}</source>
            <translation>申請できる人: {who}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where: {url}</source>
            <translation>申請先: {url}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What they ask: {detail}</source>
            <translation>必要な情報: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Typical time: {detail}</source>
            <translation>かかる時間の目安: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources: {sources}</source>
            <translation>出典: {sources}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The list's page: {url} (no removal procedure on file).</source>
            <translation>リストのページ: {url}(解除手順の情報はまだありません)。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rental server: {service} ({company}), recognised from {name}; support: {url}</source>
            <translation>レンタルサーバー: {service}({company})。{name} から判断しました。サポート窓口: {url}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(this support page is not confirmed: check it before writing)</source>
            <translation>(このサポート窓口のページは未確認です。連絡する前にご確認ください)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The rental server was not recognised from its names: fill in its company and support page yourself.</source>
            <translation>サーバー名からレンタルサーバー会社を判断できませんでした。会社名とサポート窓口はご自身でご記入ください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing is listed: no delisting request is needed.</source>
            <translation>どのリストにも掲載されていません。掲載解除の依頼は不要です。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Subject: Blocklist listing of server {server} (IP address {addresses})</source>
            <translation>件名: サーバー {server}(IP アドレス {addresses})のブラックリスト掲載について</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dear {company} support team,</source>
            <translation>{company}
サポートご担当者様</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I am a customer of {service} and use the server {server} (IP address {addresses}) for my website and mail. Mail sent from this server is being rejected by the receiving servers. I checked the address and found it on the following blocklists:</source>
            <translation>いつもお世話になっております。{service}でホームページとメールを利用している者です。
利用中のサーバー {server}(IP アドレス {addresses})から送信したメールが、受信側のサーバーで拒否されるようになりました。この IP アドレスを調べたところ、次のブラックリストに掲載されていました。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>- {list} ({zone})</source>
            <translation>・{list}({zone})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>- {list} ({zone}), listed since {date}</source>
            <translation>・{list}({zone}): {date}から掲載</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The receiving servers replied as follows:</source>
            <translation>受信側のサーバーからは、次のエラーが返ってきています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I do not send bulk mail myself, so another account on the same server may be sending spam. Could you please find the sending account, stop the sending, and request delisting from the lists above?</source>
            <translation>当方では大量のメールを送信しておりませんので、同じサーバーの別のアカウントから迷惑メールが送信されている可能性があるかと存じます。お手数をおかけしますが、送信元のアカウントを特定して送信を止めていただき、上記のリストへ掲載解除を申請していただけますでしょうか。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>According to the list operators, only the owner of the address can request removal from {lists}, so I cannot do this myself.</source>
            <translation>なお、各リストの案内によりますと、{lists} の掲載解除は IP アドレスを管理する事業者様からしか申請できないため、当方では手続きができません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>If delisting will take time, would it be possible to move my site and mail to a server with another IP address?</source>
            <translation>また、解除までに時間がかかる場合、サイトとメールを別の IP アドレスのサーバーへ移していただくことは可能でしょうか。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Thank you very much for your help.</source>
            <translation>お忙しいところ恐れ入りますが、どうぞよろしくお願いいたします。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name: [your name]
Account: [your account ID]
Domain: {domain}</source>
            <translation>氏名:【お名前】
契約アカウント:【アカウント名】
ドメイン: {domain}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>[rental-server company]</source>
            <translation>【レンタルサーバー会社名】</translation>
        </message>
        <message>
            <location line="+1" />
            <source>[rental-server service]</source>
            <translation>【サービス名】</translation>
        </message>
        <message>
            <location line="+1" />
            <source>[your domain]</source>
            <translation>【ドメイン名】</translation>
        </message>
        <message>
            <location filename="../../wizard/core/watch/schedule.py" line="+37" />
            <source>The scheduler file {path} cannot be written: {detail}</source>
            <translation>スケジュール用のファイル {path} を書き込めません: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{tool} failed: {detail}</source>
            <translation>{tool} を実行できませんでした: {detail}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{tool} is not available here: the files are written, but the scheduler does not know them yet.</source>
            <translation>このパソコンでは {tool} を使えません。ファイルは書き込みましたが、まだスケジューラーには登録されていません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This system's scheduler is not supported ({platform}).</source>
            <translation>このシステムのスケジューラーには対応していません({platform})。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/watch/notify.py" line="+22" />
            <source>No desktop notification could be shown: the session's message bus is not reachable ({detail}).</source>
            <translation>デスクトップ通知を表示できませんでした。セッションのメッセージバスに接続できません({detail})。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No desktop notification could be shown: the notification service answered {detail}.</source>
            <translation>デスクトップ通知を表示できませんでした。通知サービスの応答: {detail}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Desktop notifications are not available on this system yet.</source>
            <translation>このシステムでは、デスクトップ通知にまだ対応していません。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/watch/rental.py" line="+30" />
            <source>The rental server file {path} cannot be read: {detail}</source>
            <translation>レンタルサーバーの一覧ファイル {path} を読み込めません: {detail}</translation>
        </message>
        <message>
            <location filename="../../wizard/cli/watch.py" line="+20" />
            <source>The blocklist listings of your rental server have changed.</source>
            <translation>レンタルサーバーのブラックリスト掲載状況が変わりました。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/watch/goback.py" line="+25" />
            <source>The Thunderbird backup does not say which server and address were used before the change.</source>
            <translation>Thunderbird のバックアップから、変更前の送信サーバーとアドレスが分かりませんでした。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/watch/history.py" line="+28" />
            <source>{target} is not on the watch list.</source>
            <translation>{target} は監視リストにありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The watch list cannot be changed: the file of remembered results can only be read (see above).</source>
            <translation>記録ファイルが読み取り専用のため、監視リストを変更できません(上のメッセージをご覧ください)。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{month}/{day}</source>
            <translation>{month}月{day}日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{list} removed the listing on {date}.</source>
            <translation>{list} は{date}に掲載を解除しました。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{list} listed {address} on {date}.</source>
            <translation>{list} が{date}に {address} を掲載しました。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Still listed on {lists}.</source>
            <translation>{lists} にはまだ掲載されています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{target} is no longer on any blocklist that was checked.</source>
            <translation>{target} は、確認したどのブラックリストにも掲載されていません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{target} could not be checked: {reason}</source>
            <translation>{target} を確認できませんでした: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No blocklist answered about {target}; the last known results stand.</source>
            <translation>{target} について、どのブラックリストからも回答がありませんでした。前回までの結果のままです。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/catalog/route_fields.py" line="-60" />
            <source>a list of [[records]] tables</source>
            <translation>[[records]] の表のリスト</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Only a relay or mailbox service has a [route] table.</source>
            <translation>[route] の表を持てるのは、送信サービスかメールサービスだけです。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>A DKIM record's name ends with “._domainkey”.</source>
            <translation>DKIM レコードの名前は「._domainkey」で終わります。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Expected an http(s) URL.</source>
            <translation>http(s) の URL を入れてください。</translation>
        </message>
        <message>
            <location filename="../../wizard/core/records.py" line="+36" />
            <source>DKIM signing key</source>
            <translation>DKIM の署名鍵</translation>
        </message>
        <message>
            <location line="+1" />
            <source>return path (MAIL FROM)</source>
            <translation>返送先(Return-Path / MAIL FROM)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>domain verification</source>
            <translation>ドメインの確認</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}: found.</source>
            <translation>{name}: あります。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: found; the key is readable ({bits}-bit {algorithm}).</source>
            <translation>{name}: あります。鍵も読めます({bits}ビット {algorithm})。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: missing. Add this record: {record}</source>
            <translation>{name}: ありません。次のレコードを追加してください: {record}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} points at {target}, not at {service}. Change it to: {record}</source>
            <translation>{name} の向き先が {target} で、{service} ではありません。次のように変えてください: {record}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} has “{target}”, not the value {service} needs. Change it to: {record}</source>
            <translation>{name} の値が「{target}」で、{service} に必要な値ではありません。次のように変えてください: {record}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: the DKIM key cannot be read ({reason}). Publish the key exactly as {service} shows it: {record}</source>
            <translation>{name}: DKIM の鍵が読めません({reason})。{service} の画面に出る鍵をそのまま登録してください: {record}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} points at {target}, but no key is published there yet. {service} may still be setting it up; check again later.</source>
            <translation>{name} は {target} を向いていますが、そこにまだ鍵がありません。{service} 側で準備中かもしれません。しばらくしてからもう一度確認してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} has {count} MX records; {service} needs exactly one: {record}</source>
            <translation>{name} に MX レコードが {count} 個あります。{service} では1個だけにしてください: {record}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} has {count} SPF records; there must be exactly one: {record}</source>
            <translation>{name} に SPF レコードが {count} 個あります。1個だけにしてください: {record}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: this name holds values from {service}'s control panel ({fields}). Enter them to check the record; the record to add is: {record}</source>
            <translation>{name}: この名前には {service} の管理画面に出る値({fields})が入ります。その値を入れると確認できます。追加するレコード: {record}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name}: the DNS did not answer ({reason}); this record could not be checked.</source>
            <translation>{name}: DNS から返事がなく({reason})、このレコードは確認できませんでした。</translation>
        </message>
        <message>
            <location line="+74" />
            <source>no answer</source>
            <translation>応答なし</translation>
        </message>
        <message>
            <location line="+128" />
            <source>{service} does not sign your mail with your own domain unless you set up DKIM for your domain there. Without it DMARC does not pass for your domain; with p=quarantine or p=reject your mail would go to spam or be refused.</source>
            <translation>{service} は、そこで独自ドメインの DKIM を設定しない限り、あなたのドメインで署名しません。そのままでは DMARC に合格せず、p=quarantine や p=reject にすると迷惑メール扱いや拒否になります。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your DMARC policy is p={policy}. {service} does not sign your mail with your own domain unless you set up DKIM for your domain there: an own-domain From without your domain's DKIM fails DMARC alignment, and your mail goes to spam or is refused.</source>
            <translation>あなたの DMARC の設定は p={policy} です。{service} は、そこで独自ドメインの DKIM を設定しない限り、あなたのドメインで署名しません。独自ドメインの DKIM がないと差出人のドメインが DMARC の照合に失敗し、迷惑メール扱いや拒否になります。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{service} signs your mail with your domain (DKIM), so DMARC passes through DKIM even where the envelope sender is the service's own.</source>
            <translation>{service} はあなたのドメインで DKIM 署名するので、エンベロープの差出人が {service} のものでも、DKIM で DMARC に合格します。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your DMARC policy is p={policy}: until the DKIM records of {service} are published and found, mail sent through it fails DMARC and goes to spam or is refused.</source>
            <translation>あなたの DMARC の設定は p={policy} です。{service} の DKIM レコードを登録して確認できるまでは、{service} から送ったメールは DMARC に失敗し、迷惑メール扱いや拒否になります。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Until the DKIM records of {service} are published and found, mail sent through it does not pass DMARC for your domain.</source>
            <translation>{service} の DKIM レコードを登録して確認できるまでは、{service} から送ったメールはあなたのドメインの DMARC に合格しません。</translation>
        </message>
        <message>
            <location filename="../../wizard/cli/probe.py" line="+37" />
            <source>Recommended: {host} port {port} ({security})</source>
            <translation>おすすめの設定: {host}、ポート {port}({security})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login: {user}</source>
            <translation>ログイン名: {user}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No setting works from this line.</source>
            <translation>この回線で使える設定はありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give the password with --password-stdin (or save it with `relay-wizard remember`) to test them.</source>
            <translation>これらの設定をテストするには、パスワードを --password-stdin で渡してください(または `relay-wizard remember` で保存してください)。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warnings:</source>
            <translation>注意:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Testing {n} setting(s) of {what} from this line (no mail is sent)...</source>
            <translation>この回線から{what}の設定 {n} 件をテストしています(メールは送りません)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catalogue contradicted: {reason}</source>
            <translation>登録されている情報と違う結果: {reason}</translation>
        </message>
    </context>
</TS>
