<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
    <context>
        <name>AssistedButton</name>
        <message>
            <source>Assisted by %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssistedSheet</name>
        <message>
            <source>Staff tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assisted by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new key card(s) made. Older cards of this booking no longer open the door.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every ready room of the booked type. The guest sees the new room at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many new key cards? Older cards of this booking stop working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The deposit for extras is waived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a tool. The guest's progress is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deposit waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waive deposit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make key cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End guest's session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the guest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop assisting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n 晚</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arriving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in with this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New key cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room %1</source>
            <translation>%1 号房</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1 楼</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n 张房卡</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackButton</name>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
    </context>
    <context>
        <name>BusyPanel</name>
        <message>
            <source>One moment, please…</source>
            <translation>请稍候…</translation>
        </message>
    </context>
    <context>
        <name>CallStaffButton</name>
        <message>
            <source>Call staff</source>
            <translation>呼叫工作人员</translation>
        </message>
    </context>
    <context>
        <name>ChooseBookingScreen</name>
        <message>
            <source>Which booking is yours?</source>
            <translation>哪个预订是您的？</translation>
        </message>
        <message>
            <source>We found more than one booking. Tap your own.</source>
            <translation>我们找到了多个预订。请点按您的预订。</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n 晚</numerusform>
            </translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>预订 %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDetailsScreen</name>
        <message>
            <source>Welcome back, %1!</source>
            <translation>欢迎回来，%1！</translation>
        </message>
        <message>
            <source>Is this your booking?</source>
            <translation>这是您的预订吗？</translation>
        </message>
        <message>
            <source>Is this your booking? We have filled in what we know from your last stay.</source>
            <translation>这是您的预订吗？我们已根据您上次入住的信息为您预先填好。</translation>
        </message>
        <message>
            <source>Please check the details, then continue.</source>
            <translation>请核对信息，然后继续。</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>预订</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>入住</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>离店</translation>
        </message>
        <message>
            <source>Length of stay</source>
            <translation>入住时长</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n 晚</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n adult(s)</source>
            <translation>
                <numerusform>%n 位成人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n 位儿童</numerusform>
            </translation>
        </message>
        <message>
            <source>No, this is not mine</source>
            <translation>不，这不是我的</translation>
        </message>
        <message>
            <source>Yes, continue</source>
            <translation>是的，继续</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsScreen</name>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>firmware %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the diagnostics bundle to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a test. Each one is recorded in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encode test card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispense card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print test page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>DoneScreen</name>
        <message>
            <source>You are all set, %1!</source>
            <translation>一切就绪，%1！</translation>
        </message>
        <message>
            <source>You are all set!</source>
            <translation>一切就绪！</translation>
        </message>
        <message>
            <source>Take your key cards. Enjoy your stay!</source>
            <translation>请取走您的房卡。祝您入住愉快！</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1 楼</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>Password: %1</source>
            <translation>密码：%1</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>退房</translation>
        </message>
        <message>
            <source>By %1 on %2</source>
            <translation>%2 %1 前</translation>
        </message>
        <message>
            <source>Parking permit: %1</source>
            <translation>停车许可：%1</translation>
        </message>
        <message>
            <source>Scan to keep these details</source>
            <translation>扫码保存这些信息</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print these details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish</source>
            <translation>完成</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Yes, that is mine</source>
            <translation>是的，是我的</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>呼叫工作人员</translation>
        </message>
        <message>
            <source>No, type again</source>
            <translation>不，重新输入</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
    </context>
    <context>
        <name>FindBookingScreen</name>
        <message>
            <source>Find your booking</source>
            <translation>查找您的预订</translation>
        </message>
        <message>
            <source>Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.</source>
            <translation>请输入预订码，或随时在屏幕下方扫描电子邮件中的二维码或您的护照。</translation>
        </message>
        <message>
            <source>Booking code</source>
            <translation>预订码</translation>
        </message>
        <message>
            <source>Surname and date</source>
            <translation>姓氏和日期</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>二维码</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <source>Find my booking</source>
            <translation>查找我的预订</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>姓氏</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>入住</translation>
        </message>
        <message>
            <source>Earlier day</source>
            <translation>前一天</translation>
        </message>
        <message>
            <source>Later day</source>
            <translation>后一天</translation>
        </message>
        <message>
            <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
            <translation>请将确认邮件中的二维码放在扫描器下方。</translation>
        </message>
        <message>
            <source>Place your passport on the reader, photo page down.</source>
            <translation>请将护照照片页朝下放在阅读器上。</translation>
        </message>
        <message>
            <source>The reader is just below the screen.</source>
            <translation>阅读器就在屏幕正下方。</translation>
        </message>
    </context>
    <context>
        <name>InactivityWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>您还在吗？</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, we will clear the screen in %n second(s).</source>
            <translation>
                <numerusform>为保护您的隐私，屏幕将在 %n 秒后清空。</numerusform>
            </translation>
        </message>
        <message>
            <source>I am still here</source>
            <translation>我还在</translation>
        </message>
    </context>
    <context>
        <name>KeysScreen</name>
        <message>
            <source>Making your key cards…</source>
            <translation>正在制作您的房卡…</translation>
        </message>
        <message>
            <source>Your key cards</source>
            <translation>您的房卡</translation>
        </message>
        <message>
            <source>Please take them from the slot below the screen.</source>
            <translation>请从屏幕下方的出卡口取卡。</translation>
        </message>
        <message>
            <source>How many key cards would you like for each room?</source>
            <translation>每个房间需要几张房卡？</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n 张房卡</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %n key card(s)</source>
            <translation>
                <numerusform>制作 %n 张房卡</numerusform>
            </translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n key card(s) on the way</source>
            <translation>
                <numerusform>%n 张房卡马上就好</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them from the slot below the screen.</source>
            <translation>请从屏幕下方的出卡口取卡。</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <source>Choose your language</source>
            <translation>选择语言</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Something went wrong on our side. A colleague can help you.</source>
            <translation>我们这边出了点问题。工作人员可以帮助您。</translation>
        </message>
        <message>
            <source>A booking code has eight letters and numbers, like ABCD-2345. Please check it and try again.</source>
            <translation>预订码由八个字母和数字组成，例如 ABCD-2345。请检查后重试。</translation>
        </message>
        <message>
            <source>We could not find a booking with these details. Please check them and try again.</source>
            <translation>未找到与这些信息匹配的预订。请检查后重试。</translation>
        </message>
        <message>
            <source>We could not find that code. Did you mean %1?</source>
            <translation>未找到该预订码。您是指 %1 吗？</translation>
        </message>
        <message>
            <source>This booking has been cancelled. A colleague can help you find a room.</source>
            <translation>此预订已取消。工作人员可以帮您找到房间。</translation>
        </message>
        <message>
            <source>This booking is already checked in. If you need a new key card, a colleague can help.</source>
            <translation>此预订已办理入住。如需新房卡，工作人员可以帮助您。</translation>
        </message>
        <message>
            <source>This stay has already ended. A colleague can help you.</source>
            <translation>此次入住已经结束。工作人员可以帮助您。</translation>
        </message>
        <message>
            <source>Your booking starts on %1. If your plans have changed, a colleague can help you.</source>
            <translation>您的预订从 %1 开始。如果您的行程有变，工作人员可以帮助您。</translation>
        </message>
        <message>
            <source>The arrival date of this booking has passed. A colleague can help you.</source>
            <translation>此预订的入住日期已过。工作人员可以帮助您。</translation>
        </message>
        <message>
            <source>Check-in starts at %1 and your room is not ready yet. You are welcome to wait in the lobby.</source>
            <translation>入住办理从 %1 开始，您的房间尚未准备好。欢迎您在大堂稍候。</translation>
        </message>
        <message>
            <source>This booking is for another hotel. A colleague can help you.</source>
            <translation>此预订属于另一家酒店。工作人员可以帮助您。</translation>
        </message>
        <message>
            <source>We could not read your passport. Please place it again, photo page down, and hold it still.</source>
            <translation>无法读取您的护照。请将照片页朝下重新放置，并保持不动。</translation>
        </message>
        <message>
            <source>We could not read that QR code. Please hold it under the scanner again.</source>
            <translation>无法读取该二维码。请再次将其放在扫描器下方。</translation>
        </message>
        <message>
            <source>Please check the fields marked in red.</source>
            <translation>请检查标红的栏目。</translation>
        </message>
        <message>
            <source>Your room is not ready yet.</source>
            <translation>您的房间尚未准备好。</translation>
        </message>
        <message>
            <source>Please check the licence plate. Use only letters, numbers and hyphens.</source>
            <translation>请检查车牌号。只能使用字母、数字和连字符。</translation>
        </message>
        <message>
            <source>The card was not accepted. You can try again or use another card.</source>
            <translation>您的卡未被接受。您可以重试或换一张卡。</translation>
        </message>
        <message>
            <source>The terminal did not see a card. Please try again.</source>
            <translation>终端未检测到卡片。请重试。</translation>
        </message>
        <message>
            <source>The payment was cancelled on the terminal. You can try again.</source>
            <translation>支付已在终端上取消。您可以重试。</translation>
        </message>
        <message>
            <source>The kiosk could not finish this step. A colleague can help you.</source>
            <translation>自助机无法完成此步骤。工作人员可以帮助您。</translation>
        </message>
        <message>
            <source>A key card got stuck in the machine. A colleague will give you your keys.</source>
            <translation>房卡卡在机器里了。工作人员会把房卡交给您。</translation>
        </message>
        <message>
            <source>The kiosk has run out of key cards. A colleague will give you your keys.</source>
            <translation>自助机的房卡已用完。工作人员会把房卡交给您。</translation>
        </message>
        <message>
            <source>We could not make your key card. A colleague will give you your keys.</source>
            <translation>无法制作您的房卡。工作人员会把房卡交给您。</translation>
        </message>
        <message>
            <source>The key card was not taken in time, so the kiosk kept it safe. Tap Make key cards to get them again. A colleague has been told too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer has run out of paper. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer is open and cannot print. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer is not working right now. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A colleague is already on the way to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff ID or PIN not recognised. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account is locked for a while after too many wrong PINs. Please ask the duty manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account cannot open the staff tools on this kiosk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That room is no longer ready. Please pick another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New key cards can be made only for a booking that is checked in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This booking has no room assigned yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to the first step of the check-in to use another booking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>请填写此项。</translation>
        </message>
        <message>
            <source>Please write the date as DD.MM.YYYY.</source>
            <translation>请按 DD.MM.YYYY（日.月.年）格式填写日期。</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>日期不能晚于今天。</translation>
        </message>
        <message>
            <source>Please check this date.</source>
            <translation>请检查此日期。</translation>
        </message>
        <message>
            <source>Please check the country.</source>
            <translation>请检查国家。</translation>
        </message>
        <message>
            <source>Please check the document number.</source>
            <translation>请检查证件号码。</translation>
        </message>
        <message>
            <source>Please check the name.</source>
            <translation>请检查姓名。</translation>
        </message>
        <message>
            <source>Please sign in the box.</source>
            <translation>请在框内签名。</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>请检查车牌号。</translation>
        </message>
        <message>
            <source>Please check what you typed here.</source>
            <translation>请检查此处填写的内容。</translation>
        </message>
        <message>
            <source>Please check the e-mail address.</source>
            <translation>请检查电子邮件地址。</translation>
        </message>
        <message>
            <source>The departure must be after the arrival.</source>
            <translation>离店日期必须晚于入住日期。</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, for example 17.04.1986</source>
            <translation>DD.MM.YYYY，例如 17.04.1986</translation>
        </message>
        <message>
            <source>Country name or code, for example FIN</source>
            <translation>国家名称或代码，例如 CHN</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>名</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>姓氏</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>街道地址</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>邮政编码</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Passport or ID card number</source>
            <translation>护照或身份证号码</translation>
        </message>
        <message>
            <source>Document issued by</source>
            <translation>证件签发国</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>入住</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>离店</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Single room</source>
            <translation>单人间</translation>
        </message>
        <message>
            <source>Double room</source>
            <translation>大床房</translation>
        </message>
        <message>
            <source>Twin room</source>
            <translation>双床房</translation>
        </message>
        <message>
            <source>Family room</source>
            <translation>家庭房</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>套房</translation>
        </message>
        <message>
            <source>Valid key card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a Lobby key card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tampered card: the signature does not match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied card: the key belongs to another card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired key card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key card not valid yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Old key card: a newer one was made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key card of another hotel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No card at the key encoder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A blank card was dispensed to the gate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card at the gate was pulled into the bin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test page printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold a code under the scanner now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No code was scanned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every device was checked again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save there: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParkingScreen</name>
        <message>
            <source>Are you parking a car with us?</source>
            <translation>您要在我们这里停车吗？</translation>
        </message>
        <message>
            <source>Register the licence plate and your parking permit is ready. No paper needed.</source>
            <translation>登记车牌号，您的停车许可即刻生效，无需纸质凭证。</translation>
        </message>
        <message>
            <source>I have a car</source>
            <translation>我有车</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>车牌号</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>请检查车牌号。</translation>
        </message>
        <message>
            <source>Register my car</source>
            <translation>登记我的车</translation>
        </message>
        <message>
            <source>No car</source>
            <translation>没有车</translation>
        </message>
    </context>
    <context>
        <name>PaymentScreen</name>
        <message>
            <source>Insert or tap your card on the terminal</source>
            <translation>请在终端上插卡或挥卡</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>付款</translation>
        </message>
        <message>
            <source>Follow the instructions on the card terminal below the screen.</source>
            <translation>请按照屏幕下方刷卡终端上的提示操作。</translation>
        </message>
        <message>
            <source>Your room is already paid. We only hold a deposit for extras.</source>
            <translation>您的房费已付清。我们只预授权一笔杂费押金。</translation>
        </message>
        <message>
            <source>We hold this amount on your card now. You pay at check-out for what you used.</source>
            <translation>我们现在会在您的卡上预授权这笔金额。退房时只需支付您实际消费的部分。</translation>
        </message>
        <message numerus="yes">
            <source>Room, %n night(s)</source>
            <translation>
                <numerusform>房费，%n 晚</numerusform>
            </translation>
        </message>
        <message>
            <source>Room (paid in advance)</source>
            <translation>房费（已预付）</translation>
        </message>
        <message>
            <source>Deposit for extras (restaurant, minibar)</source>
            <translation>杂费押金（餐厅、迷你吧）</translation>
        </message>
        <message>
            <source>Held on your card now</source>
            <translation>现在在您卡上预授权</translation>
        </message>
        <message>
            <source>This is a hold, not a charge. What you do not use is released when you check out.</source>
            <translation>这是预授权，不是扣款。未使用的部分将在退房时释放。</translation>
        </message>
        <message>
            <source>Pay with card</source>
            <translation>用卡支付</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegistrationScreen</name>
        <message>
            <source>Registration card</source>
            <translation>住宿登记卡</translation>
        </message>
        <message>
            <source>The law asks every hotel guest for these details. Please check them and sign.</source>
            <translation>法律要求每位酒店客人提供以下信息。请核对并签名。</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>您的签名</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Sign and continue</source>
            <translation>签名并继续</translation>
        </message>
    </context>
    <context>
        <name>RoomScreen</name>
        <message>
            <source>Finding your room…</source>
            <translation>正在为您查找房间…</translation>
        </message>
        <message>
            <source>Your room is not quite ready</source>
            <translation>您的房间还没完全准备好</translation>
        </message>
        <message>
            <source>Your rooms</source>
            <translation>您的房间</translation>
        </message>
        <message>
            <source>Your room</source>
            <translation>您的房间</translation>
        </message>
        <message>
            <source>One moment, please.</source>
            <translation>请稍候。</translation>
        </message>
        <message>
            <source>Housekeeping is preparing it right now. We are sorry for the wait.</source>
            <translation>客房部正在整理房间。抱歉让您久等。</translation>
        </message>
        <message>
            <source>You will get the key cards in a moment.</source>
            <translation>您马上就会拿到房卡。</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>%1 号房</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1 楼</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message numerus="yes">
            <source>It will be ready in about %n minute(s).</source>
            <translation>
                <numerusform>大约 %n 分钟后准备好。</numerusform>
            </translation>
        </message>
        <message>
            <source>We do not know yet when it will be ready.</source>
            <translation>我们还不知道何时能准备好。</translation>
        </message>
        <message>
            <source>You can wait here or in the lobby and check again, or a colleague can help you now.</source>
            <translation>您可以在这里或大堂等候后再查看，也可以现在请工作人员帮忙。</translation>
        </message>
        <message>
            <source>Wait and check again</source>
            <translation>等候并再次查看</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>呼叫工作人员</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here with your finger</source>
            <translation>请用手指在此签名</translation>
        </message>
    </context>
    <context>
        <name>StaffCallConfirmation</name>
        <message>
            <source>Please ask at the front desk</source>
            <translation>请前往前台</translation>
        </message>
        <message>
            <source>A colleague is on the way</source>
            <translation>工作人员正在赶来</translation>
        </message>
        <message>
            <source>We could not reach a colleague from here. We are sorry — the front desk will help you straight away.</source>
            <translation>我们无法从这里联系到工作人员。非常抱歉——前台会立即为您提供帮助。</translation>
        </message>
        <message>
            <source>A colleague has been called and will come to you. You can carry on while you wait.</source>
            <translation>已呼叫工作人员，他们会来到您身边。等候期间您可以继续操作。</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
    </context>
    <context>
        <name>StaffCallStatus</name>
        <message>
            <source>A colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for a colleague — they have been alerted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is here</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 has seen your request and is coming — about %n minute(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has seen your request and is coming</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffSignIn</name>
        <message>
            <source>Welcome, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What would you like to open?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For hotel staff only. Guests: please use Call staff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assist the guest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostics</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Step %1 of %2</source>
            <translation>第 %1 步，共 %2 步</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to %1</source>
            <translation>欢迎光临%1</translation>
        </message>
        <message>
            <source>Check in here in a few minutes and get your room key.</source>
            <translation>只需几分钟即可在此办理入住并领取房卡。</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>选择语言</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>办理入住</translation>
        </message>
        <message>
            <source>Have your booking code, the QR code from your e-mail, or your passport ready.</source>
            <translation>请准备好您的预订码、电子邮件中的二维码或护照。</translation>
        </message>
    </context>
</TS>