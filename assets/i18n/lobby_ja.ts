<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>AssistedButton</name>
        <message>
            <source>Assisted by %1</source>
            <translation>%1がサポート中</translation>
        </message>
    </context>
    <context>
        <name>AssistedSheet</name>
        <message>
            <source>Staff tools</source>
            <translation>スタッフ用ツール</translation>
        </message>
        <message>
            <source>Assisted by %1</source>
            <translation>%1がサポート中</translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>カードキーを作成中（%1/%2枚目）</translation>
        </message>
        <message numerus="yes">
            <source>%n new key card(s) made. Older cards of this booking no longer open the door.</source>
            <translation>
                <numerusform>新しいカードキーを%n枚作成しました。この予約の古いカードではドアが開かなくなりました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).</source>
            <translation>予約コード、姓、メールアドレス、到着日（日.月.年）で検索します。</translation>
        </message>
        <message>
            <source>Every ready room of the booked type. The guest sees the new room at once.</source>
            <translation>予約されたタイプの、すぐに使える客室の一覧です。お客様には新しい客室がすぐに表示されます。</translation>
        </message>
        <message>
            <source>How many new key cards? Older cards of this booking stop working.</source>
            <translation>新しいカードキーは何枚ですか？この予約の古いカードは使えなくなります。</translation>
        </message>
        <message>
            <source>The deposit for extras is waived.</source>
            <translation>追加料金用デポジットは免除されました。</translation>
        </message>
        <message>
            <source>Choose a tool. The guest's progress is kept.</source>
            <translation>ツールを選んでください。お客様の進行状況はそのまま残ります。</translation>
        </message>
        <message>
            <source>Find a booking</source>
            <translation>予約を探す</translation>
        </message>
        <message>
            <source>Change room</source>
            <translation>客室を変更</translation>
        </message>
        <message>
            <source>Deposit waived</source>
            <translation>デポジット免除済み</translation>
        </message>
        <message>
            <source>Waive deposit</source>
            <translation>デポジットを免除</translation>
        </message>
        <message>
            <source>Make key cards</source>
            <translation>カードキーを作成</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>1つ前に戻る</translation>
        </message>
        <message>
            <source>End guest's session</source>
            <translation>お客様の操作を終了</translation>
        </message>
        <message>
            <source>Back to the guest</source>
            <translation>お客様の画面に戻る</translation>
        </message>
        <message>
            <source>Stop assisting</source>
            <translation>サポートを終了</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n泊</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>チェックイン済み</translation>
        </message>
        <message>
            <source>Arriving</source>
            <translation>到着予定</translation>
        </message>
        <message>
            <source>Check in with this</source>
            <translation>この予約でチェックイン</translation>
        </message>
        <message>
            <source>New key cards</source>
            <translation>新しいカードキー</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>%1号室</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1階</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>カードキー%n枚</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackButton</name>
        <message>
            <source>Back</source>
            <translation>戻る</translation>
        </message>
    </context>
    <context>
        <name>BusyPanel</name>
        <message>
            <source>One moment, please…</source>
            <translation>少々お待ちください…</translation>
        </message>
    </context>
    <context>
        <name>CallStaffButton</name>
        <message>
            <source>Call staff</source>
            <translation>スタッフを呼ぶ</translation>
        </message>
    </context>
    <context>
        <name>ChooseBookingScreen</name>
        <message>
            <source>Which booking is yours?</source>
            <translation>どちらのご予約ですか？</translation>
        </message>
        <message>
            <source>We found more than one booking. Tap your own.</source>
            <translation>複数のご予約が見つかりました。ご自身のご予約をタップしてください。</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n泊</numerusform>
            </translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>予約 %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDetailsScreen</name>
        <message>
            <source>Welcome back, %1!</source>
            <translation>おかえりなさいませ、%1様！</translation>
        </message>
        <message>
            <source>Is this your booking?</source>
            <translation>こちらのご予約でよろしいですか？</translation>
        </message>
        <message>
            <source>Is this your booking? We have filled in what we know from your last stay.</source>
            <translation>こちらのご予約でよろしいですか？前回ご滞在時の情報を入力済みです。</translation>
        </message>
        <message>
            <source>Please check the details, then continue.</source>
            <translation>内容をご確認のうえ、お進みください。</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>予約</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>到着日</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>出発日</translation>
        </message>
        <message>
            <source>Length of stay</source>
            <translation>宿泊数</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n泊</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n adult(s)</source>
            <translation>
                <numerusform>大人%n名</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>子ども%n名</numerusform>
            </translation>
        </message>
        <message>
            <source>No, this is not mine</source>
            <translation>いいえ、私の予約ではありません</translation>
        </message>
        <message>
            <source>Yes, continue</source>
            <translation>はい、次へ</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsScreen</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>低下</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>オフライン</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>診断</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>サインイン中：%1</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>%1から</translation>
        </message>
        <message>
            <source>firmware %1</source>
            <translation>ファームウェア %1</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle to</source>
            <translation>診断パッケージの保存先</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Choose a test. Each one is recorded in the audit log.</source>
            <translation>テストを選んでください。各テストは監査ログに記録されます。</translation>
        </message>
        <message>
            <source>Read card</source>
            <translation>カードを読む</translation>
        </message>
        <message>
            <source>Encode test card</source>
            <translation>テストカードを書き込む</translation>
        </message>
        <message>
            <source>Dispense card</source>
            <translation>カードを排出</translation>
        </message>
        <message>
            <source>Capture card</source>
            <translation>カードを回収</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>テストページを印刷</translation>
        </message>
        <message>
            <source>Scan test</source>
            <translation>スキャンテスト</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>再接続</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>パッケージを書き出す</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
    </context>
    <context>
        <name>DoneScreen</name>
        <message>
            <source>You are all set, %1!</source>
            <translation>準備が整いました、%1様！</translation>
        </message>
        <message>
            <source>You are all set!</source>
            <translation>準備が整いました！</translation>
        </message>
        <message>
            <source>Take your key cards. Enjoy your stay!</source>
            <translation>カードキーをお取りください。どうぞごゆっくりお過ごしください。</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1階</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>Password: %1</source>
            <translation>パスワード：%1</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>チェックアウト</translation>
        </message>
        <message>
            <source>By %1 on %2</source>
            <translation>%2 %1まで</translation>
        </message>
        <message>
            <source>Parking permit: %1</source>
            <translation>駐車許可：%1</translation>
        </message>
        <message>
            <source>Scan to keep these details</source>
            <translation>スキャンしてこの情報を保存</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>印刷しています…</translation>
        </message>
        <message>
            <source>Print these details</source>
            <translation>この内容を印刷</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>終了</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Yes, that is mine</source>
            <translation>はい、それです</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>スタッフを呼ぶ</translation>
        </message>
        <message>
            <source>No, type again</source>
            <translation>いいえ、入力し直す</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>もう一度試す</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>FindBookingScreen</name>
        <message>
            <source>Find your booking</source>
            <translation>ご予約を探す</translation>
        </message>
        <message>
            <source>Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.</source>
            <translation>予約番号を入力するか、メールのQRコードまたはパスポートを画面下のリーダーでいつでも読み取れます。</translation>
        </message>
        <message>
            <source>Booking code</source>
            <translation>予約番号</translation>
        </message>
        <message>
            <source>Surname and date</source>
            <translation>姓と日付</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QRコード</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>パスポート</translation>
        </message>
        <message>
            <source>Find my booking</source>
            <translation>予約を探す</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>姓</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>到着日</translation>
        </message>
        <message>
            <source>Earlier day</source>
            <translation>前の日</translation>
        </message>
        <message>
            <source>Later day</source>
            <translation>次の日</translation>
        </message>
        <message>
            <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
            <translation>確認メールのQRコードをスキャナーの下にかざしてください。</translation>
        </message>
        <message>
            <source>Place your passport on the reader, photo page down.</source>
            <translation>パスポートを写真のページを下にしてリーダーに置いてください。</translation>
        </message>
        <message>
            <source>The reader is just below the screen.</source>
            <translation>リーダーは画面のすぐ下にあります。</translation>
        </message>
    </context>
    <context>
        <name>InactivityWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>まだいらっしゃいますか？</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, we will clear the screen in %n second(s).</source>
            <translation>
                <numerusform>プライバシー保護のため、あと%n秒で画面を消去します。</numerusform>
            </translation>
        </message>
        <message>
            <source>I am still here</source>
            <translation>まだいます</translation>
        </message>
    </context>
    <context>
        <name>KeysScreen</name>
        <message>
            <source>Making your key cards…</source>
            <translation>カードキーを作成しています…</translation>
        </message>
        <message>
            <source>Your key cards</source>
            <translation>カードキー</translation>
        </message>
        <message>
            <source>Please take them from the slot below the screen.</source>
            <translation>画面下の取り出し口からお取りください。</translation>
        </message>
        <message>
            <source>How many key cards would you like for each room?</source>
            <translation>1部屋あたり何枚のカードキーが必要ですか？</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>カードキー%n枚</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %n key card(s)</source>
            <translation>
                <numerusform>カードキーを%n枚作成</numerusform>
            </translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>カードキーを作成中（%1/%2枚目）</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s) on the way</source>
            <translation>
                <numerusform>カードキー%n枚を発行中</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them from the slot below the screen.</source>
            <translation>画面下の取り出し口からお取りください。</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <source>Choose your language</source>
            <translation>言語を選択</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Something went wrong on our side. A colleague can help you.</source>
            <translation>申し訳ありません。問題が発生しました。スタッフがお手伝いします。</translation>
        </message>
        <message>
            <source>A booking code has eight letters and numbers, like ABCD-2345. Please check it and try again.</source>
            <translation>予約番号は英数字8文字です（例：ABCD-2345）。ご確認のうえ、もう一度お試しください。</translation>
        </message>
        <message>
            <source>We could not find a booking with these details. Please check them and try again.</source>
            <translation>この情報に一致するご予約が見つかりませんでした。ご確認のうえ、もう一度お試しください。</translation>
        </message>
        <message>
            <source>We could not find that code. Did you mean %1?</source>
            <translation>その番号は見つかりませんでした。%1 ではありませんか？</translation>
        </message>
        <message>
            <source>This booking has been cancelled. A colleague can help you find a room.</source>
            <translation>このご予約はキャンセルされています。スタッフがお部屋探しをお手伝いします。</translation>
        </message>
        <message>
            <source>This booking is already checked in. If you need a new key card, a colleague can help.</source>
            <translation>このご予約はチェックイン済みです。新しいカードキーが必要な場合は、スタッフがお手伝いします。</translation>
        </message>
        <message>
            <source>This stay has already ended. A colleague can help you.</source>
            <translation>このご滞在はすでに終了しています。スタッフがお手伝いします。</translation>
        </message>
        <message>
            <source>Your booking starts on %1. If your plans have changed, a colleague can help you.</source>
            <translation>ご予約は%1からです。ご予定が変わった場合は、スタッフがお手伝いします。</translation>
        </message>
        <message>
            <source>The arrival date of this booking has passed. A colleague can help you.</source>
            <translation>このご予約の到着日は過ぎています。スタッフがお手伝いします。</translation>
        </message>
        <message>
            <source>Check-in starts at %1 and your room is not ready yet. You are welcome to wait in the lobby.</source>
            <translation>チェックインは%1からで、お部屋はまだご用意できていません。ロビーでお待ちいただけます。</translation>
        </message>
        <message>
            <source>This booking is for another hotel. A colleague can help you.</source>
            <translation>このご予約は別のホテルのものです。スタッフがお手伝いします。</translation>
        </message>
        <message>
            <source>We could not read your passport. Please place it again, photo page down, and hold it still.</source>
            <translation>パスポートを読み取れませんでした。写真のページを下にしてもう一度置き、動かさないでください。</translation>
        </message>
        <message>
            <source>We could not read that QR code. Please hold it under the scanner again.</source>
            <translation>QRコードを読み取れませんでした。もう一度スキャナーの下にかざしてください。</translation>
        </message>
        <message>
            <source>Please check the fields marked in red.</source>
            <translation>赤で示された項目をご確認ください。</translation>
        </message>
        <message>
            <source>Your room is not ready yet.</source>
            <translation>お部屋はまだご用意できていません。</translation>
        </message>
        <message>
            <source>Please check the licence plate. Use only letters, numbers and hyphens.</source>
            <translation>ナンバープレートをご確認ください。英字、数字、ハイフンのみ使用できます。</translation>
        </message>
        <message>
            <source>The card was not accepted. You can try again or use another card.</source>
            <translation>カードが承認されませんでした。もう一度試すか、別のカードをご利用ください。</translation>
        </message>
        <message>
            <source>The terminal did not see a card. Please try again.</source>
            <translation>端末がカードを検出しませんでした。もう一度お試しください。</translation>
        </message>
        <message>
            <source>The payment was cancelled on the terminal. You can try again.</source>
            <translation>端末で支払いがキャンセルされました。もう一度お試しいただけます。</translation>
        </message>
        <message>
            <source>The kiosk could not finish this step. A colleague can help you.</source>
            <translation>この手続きを完了できませんでした。スタッフがお手伝いします。</translation>
        </message>
        <message>
            <source>A key card got stuck in the machine. A colleague will give you your keys.</source>
            <translation>カードキーが機械に詰まりました。スタッフがカードキーをお渡しします。</translation>
        </message>
        <message>
            <source>The kiosk has run out of key cards. A colleague will give you your keys.</source>
            <translation>カードキーがなくなりました。スタッフがカードキーをお渡しします。</translation>
        </message>
        <message>
            <source>We could not make your key card. A colleague will give you your keys.</source>
            <translation>カードキーを作成できませんでした。スタッフがカードキーをお渡しします。</translation>
        </message>
        <message>
            <source>The key card was not taken in time, so the kiosk kept it safe. You can make your key cards again. A colleague has been told too.</source>
            <translation>カードキーが時間内に取り出されなかったため、端末が安全に回収しました。カードキーはもう一度作成できます。スタッフにもお知らせしました。</translation>
        </message>
        <message>
            <source>The printer has run out of paper. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>プリンターの用紙が切れています。画面のQRコードを読み取って情報を保存してください。スタッフにお知らせしました。</translation>
        </message>
        <message>
            <source>The printer is open and cannot print. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>プリンターのカバーが開いているため印刷できません。画面のQRコードを読み取って情報を保存してください。スタッフにお知らせしました。</translation>
        </message>
        <message>
            <source>The printer is not working right now. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>プリンターは現在使用できません。画面のQRコードを読み取って情報を保存してください。スタッフにお知らせしました。</translation>
        </message>
        <message>
            <source>A colleague is already on the way to you.</source>
            <translation>スタッフがすでにお客様のもとへ向かっています。</translation>
        </message>
        <message>
            <source>Staff ID or PIN not recognised. Please try again.</source>
            <translation>スタッフIDまたはPINが正しくありません。もう一度お試しください。</translation>
        </message>
        <message>
            <source>This account is locked for a while after too many wrong PINs. Please ask the duty manager.</source>
            <translation>PINの入力ミスが多すぎたため、このアカウントはしばらくロックされています。当直マネージャーにお問い合わせください。</translation>
        </message>
        <message>
            <source>This account cannot open the staff tools on this kiosk.</source>
            <translation>このアカウントでは、この端末のスタッフ用ツールを開けません。</translation>
        </message>
        <message>
            <source>That room is no longer ready. Please pick another one.</source>
            <translation>その客室は使用できなくなりました。別の客室を選んでください。</translation>
        </message>
        <message>
            <source>New key cards can be made only for a booking that is checked in.</source>
            <translation>新しいカードキーは、チェックイン済みの予約にのみ作成できます。</translation>
        </message>
        <message>
            <source>This booking has no room assigned yet.</source>
            <translation>この予約にはまだ客室が割り当てられていません。</translation>
        </message>
        <message>
            <source>Go back to the first step of the check-in to use another booking.</source>
            <translation>別の予約を使うには、チェックインの最初の手順に戻ってください。</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>入力してください。</translation>
        </message>
        <message>
            <source>Please write the date as DD.MM.YYYY.</source>
            <translation>日付は DD.MM.YYYY（日.月.年）の形式で入力してください。</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>未来の日付は入力できません。</translation>
        </message>
        <message>
            <source>Please check this date.</source>
            <translation>日付をご確認ください。</translation>
        </message>
        <message>
            <source>Please check the country.</source>
            <translation>国をご確認ください。</translation>
        </message>
        <message>
            <source>Please check the document number.</source>
            <translation>書類番号をご確認ください。</translation>
        </message>
        <message>
            <source>Please check the name.</source>
            <translation>お名前をご確認ください。</translation>
        </message>
        <message>
            <source>Please sign in the box.</source>
            <translation>枠内にご署名ください。</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>ナンバープレートをご確認ください。</translation>
        </message>
        <message>
            <source>Please check what you typed here.</source>
            <translation>入力内容をご確認ください。</translation>
        </message>
        <message>
            <source>Please check the e-mail address.</source>
            <translation>メールアドレスをご確認ください。</translation>
        </message>
        <message>
            <source>The departure must be after the arrival.</source>
            <translation>出発日は到着日より後にしてください。</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, for example 17.04.1986</source>
            <translation>DD.MM.YYYY（例：17.04.1986）</translation>
        </message>
        <message>
            <source>Country name or code, for example FIN</source>
            <translation>国名またはコード（例：JPN）</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>名</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>姓</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>生年月日</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>住所（番地まで）</translation>
        </message>
        <message>
            <source>City</source>
            <translation>市区町村</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>郵便番号</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国</translation>
        </message>
        <message>
            <source>Passport or ID card number</source>
            <translation>パスポートまたは身分証明書の番号</translation>
        </message>
        <message>
            <source>Document issued by</source>
            <translation>書類の発行国</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>到着日</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>出発日</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メール</translation>
        </message>
        <message>
            <source>Single room</source>
            <translation>シングルルーム</translation>
        </message>
        <message>
            <source>Double room</source>
            <translation>ダブルルーム</translation>
        </message>
        <message>
            <source>Twin room</source>
            <translation>ツインルーム</translation>
        </message>
        <message>
            <source>Family room</source>
            <translation>ファミリールーム</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>スイート</translation>
        </message>
        <message>
            <source>Valid key card</source>
            <translation>有効なカードキー</translation>
        </message>
        <message>
            <source>Not a Lobby key card</source>
            <translation>Lobbyのカードキーではありません</translation>
        </message>
        <message>
            <source>Blank card</source>
            <translation>白紙のカード</translation>
        </message>
        <message>
            <source>Tampered card: the signature does not match</source>
            <translation>改ざんされたカード：署名が一致しません</translation>
        </message>
        <message>
            <source>Copied card: the key belongs to another card</source>
            <translation>複製されたカード：鍵は別のカードのものです</translation>
        </message>
        <message>
            <source>Expired key card</source>
            <translation>期限切れのカードキー</translation>
        </message>
        <message>
            <source>Key card not valid yet</source>
            <translation>まだ有効になっていないカードキー</translation>
        </message>
        <message>
            <source>Old key card: a newer one was made</source>
            <translation>古いカードキー：新しいカードが作成済みです</translation>
        </message>
        <message>
            <source>Key card of another hotel</source>
            <translation>他のホテルのカードキー</translation>
        </message>
        <message>
            <source>No card at the key encoder</source>
            <translation>キーエンコーダーにカードがありません</translation>
        </message>
        <message>
            <source>A blank card was dispensed to the gate.</source>
            <translation>白紙のカードを取り出し口に排出しました。</translation>
        </message>
        <message>
            <source>The card at the gate was pulled into the bin.</source>
            <translation>取り出し口のカードを回収箱に回収しました。</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>テストページを印刷しました。</translation>
        </message>
        <message>
            <source>Hold a code under the scanner now…</source>
            <translation>コードをスキャナーの下にかざしてください…</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>読み取り結果：%1</translation>
        </message>
        <message>
            <source>No code was scanned.</source>
            <translation>コードは読み取られませんでした。</translation>
        </message>
        <message>
            <source>Every device was checked again.</source>
            <translation>すべての機器を再確認しました。</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失敗：%1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>保存しました：%1</translation>
        </message>
        <message>
            <source>Could not save there: %1</source>
            <translation>そこには保存できませんでした：%1</translation>
        </message>
    </context>
    <context>
        <name>ParkingScreen</name>
        <message>
            <source>Are you parking a car with us?</source>
            <translation>お車を駐車されますか？</translation>
        </message>
        <message>
            <source>Register the licence plate and your parking permit is ready. No paper needed.</source>
            <translation>ナンバープレートを登録すれば駐車許可の準備は完了です。紙は必要ありません。</translation>
        </message>
        <message>
            <source>I have a car</source>
            <translation>車があります</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>ナンバープレート</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>ナンバープレートをご確認ください。</translation>
        </message>
        <message>
            <source>Register my car</source>
            <translation>車を登録する</translation>
        </message>
        <message>
            <source>No car</source>
            <translation>車はありません</translation>
        </message>
    </context>
    <context>
        <name>PaymentScreen</name>
        <message>
            <source>Insert or tap your card on the terminal</source>
            <translation>端末にカードを挿入するか、タッチしてください</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>お支払い</translation>
        </message>
        <message>
            <source>Follow the instructions on the card terminal below the screen.</source>
            <translation>画面下のカード端末の案内に従ってください。</translation>
        </message>
        <message>
            <source>Your room is already paid. We only hold a deposit for extras.</source>
            <translation>お部屋代はお支払い済みです。追加料金用のデポジットのみお預かりします。</translation>
        </message>
        <message>
            <source>We hold this amount on your card now. You pay at check-out for what you used.</source>
            <translation>この金額をカードで仮押さえします。チェックアウト時にご利用分をお支払いください。</translation>
        </message>
        <message numerus="yes">
            <source>Room, %n night(s)</source>
            <translation>
                <numerusform>お部屋代（%n泊）</numerusform>
            </translation>
        </message>
        <message>
            <source>Room (paid in advance)</source>
            <translation>お部屋代（事前払い済み）</translation>
        </message>
        <message>
            <source>Deposit for extras (restaurant, minibar)</source>
            <translation>追加料金用デポジット（レストラン、ミニバー）</translation>
        </message>
        <message>
            <source>Held on your card now</source>
            <translation>今回カードで仮押さえする金額</translation>
        </message>
        <message>
            <source>This is a hold, not a charge. What you do not use is released when you check out.</source>
            <translation>これは仮押さえで、請求ではありません。ご利用にならなかった分はチェックアウト時に解除されます。</translation>
        </message>
        <message>
            <source>Pay with card</source>
            <translation>カードで支払う</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
    </context>
    <context>
        <name>RegistrationScreen</name>
        <message>
            <source>Registration card</source>
            <translation>宿泊者カード</translation>
        </message>
        <message>
            <source>The law asks every hotel guest for these details. Please check them and sign.</source>
            <translation>法律により、すべての宿泊者にこれらの情報をお願いしています。ご確認のうえ、ご署名ください。</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>ご署名</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>消去</translation>
        </message>
        <message>
            <source>Sign and continue</source>
            <translation>署名して次へ</translation>
        </message>
    </context>
    <context>
        <name>RoomScreen</name>
        <message>
            <source>Finding your room…</source>
            <translation>お部屋を探しています…</translation>
        </message>
        <message>
            <source>Your room is not quite ready</source>
            <translation>お部屋の準備がまだ整っていません</translation>
        </message>
        <message>
            <source>Your rooms</source>
            <translation>お部屋</translation>
        </message>
        <message>
            <source>Your room</source>
            <translation>お部屋</translation>
        </message>
        <message>
            <source>One moment, please.</source>
            <translation>少々お待ちください。</translation>
        </message>
        <message>
            <source>Housekeeping is preparing it right now. We are sorry for the wait.</source>
            <translation>ただいま清掃スタッフが準備しています。お待たせして申し訳ありません。</translation>
        </message>
        <message>
            <source>You will get the key cards in a moment.</source>
            <translation>まもなくカードキーをお渡しします。</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>%1号室</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1階</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>次へ</translation>
        </message>
        <message numerus="yes">
            <source>It will be ready in about %n minute(s).</source>
            <translation>
                <numerusform>約%n分で準備が整います。</numerusform>
            </translation>
        </message>
        <message>
            <source>We do not know yet when it will be ready.</source>
            <translation>準備が整う時間はまだわかりません。</translation>
        </message>
        <message>
            <source>You can wait here or in the lobby and check again, or a colleague can help you now.</source>
            <translation>ここかロビーでお待ちいただき、もう一度確認できます。または今すぐスタッフがお手伝いします。</translation>
        </message>
        <message>
            <source>Wait and check again</source>
            <translation>待ってもう一度確認</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>スタッフを呼ぶ</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here with your finger</source>
            <translation>指でここにご署名ください</translation>
        </message>
    </context>
    <context>
        <name>StaffCallConfirmation</name>
        <message>
            <source>Please ask at the front desk</source>
            <translation>フロントにお越しください</translation>
        </message>
        <message>
            <source>A colleague is on the way</source>
            <translation>スタッフが向かっています</translation>
        </message>
        <message>
            <source>We could not reach a colleague from here. We are sorry — the front desk will help you straight away.</source>
            <translation>ここからスタッフに連絡できませんでした。申し訳ありません。フロントですぐにお手伝いします。</translation>
        </message>
        <message>
            <source>A colleague has been called and will come to you. You can carry on while you wait.</source>
            <translation>スタッフを呼びました。まもなく参ります。お待ちの間も操作を続けられます。</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>StaffCallStatus</name>
        <message>
            <source>A colleague</source>
            <translation>スタッフ</translation>
        </message>
        <message>
            <source>Waiting for a colleague — they have been alerted</source>
            <translation>スタッフを待っています — 呼び出し済みです</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1が到着しました</translation>
        </message>
        <message numerus="yes">
            <source>%1 has seen your request and is coming — about %n minute(s)</source>
            <translation>
                <numerusform>%1がご依頼を確認し、向かっています — 約%n分</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming now</source>
            <translation>%1がご依頼を確認し、すぐに参ります</translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming</source>
            <translation>%1がご依頼を確認し、向かっています</translation>
        </message>
    </context>
    <context>
        <name>StaffSignIn</name>
        <message>
            <source>Welcome, %1</source>
            <translation>ようこそ、%1さん</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>スタッフのサインイン</translation>
        </message>
        <message>
            <source>What would you like to open?</source>
            <translation>何を開きますか？</translation>
        </message>
        <message>
            <source>Enter your PIN to open diagnostics.</source>
            <translation>診断を開くにはPINを入力してください。</translation>
        </message>
        <message>
            <source>For hotel staff only. Guests: please use Call staff.</source>
            <translation>ホテルスタッフ専用です。お客様は「スタッフを呼ぶ」をご利用ください。</translation>
        </message>
        <message>
            <source>Tap your staff card or enter your ID and PIN</source>
            <translation>スタッフカードをタッチするか、スタッフIDとPINを入力してください</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>スタッフID</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>サインイン</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Assist the guest</source>
            <translation>お客様をサポート</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>診断</translation>
        </message>
        <message>
            <source>Card not recognised.</source>
            <translation>カードを認識できません。</translation>
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Step %1 of %2</source>
            <translation>ステップ %1/%2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to %1</source>
            <translation>%1へようこそ</translation>
        </message>
        <message>
            <source>Check in here in a few minutes and get your room key.</source>
            <translation>数分でチェックインして、お部屋の鍵を受け取れます。</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>言語を選択</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>チェックイン</translation>
        </message>
        <message>
            <source>Have your booking code, the QR code from your e-mail, or your passport ready.</source>
            <translation>予約番号、メールのQRコード、またはパスポートをご用意ください。</translation>
        </message>
    </context>
</TS>