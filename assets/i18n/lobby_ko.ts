<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
    <context>
        <name>AssistedButton</name>
        <message>
            <source>Assisted by %1</source>
            <translation>%1 님이 도와드리는 중</translation>
        </message>
    </context>
    <context>
        <name>AssistedSheet</name>
        <message>
            <source>Staff tools</source>
            <translation>직원 도구</translation>
        </message>
        <message>
            <source>Assisted by %1</source>
            <translation>%1 님이 도와드리는 중</translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>키 카드 %2장 중 %1번째를 만들고 있습니다</translation>
        </message>
        <message numerus="yes">
            <source>%n new key card(s) made. Older cards of this booking no longer open the door.</source>
            <translation>
                <numerusform>새 키 카드 %n장을 만들었습니다. 이 예약의 이전 카드로는 더 이상 문이 열리지 않습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).</source>
            <translation>예약 코드, 성, 이메일 또는 도착일(일.월.연도)로 검색합니다.</translation>
        </message>
        <message>
            <source>Every ready room of the booked type. The guest sees the new room at once.</source>
            <translation>예약한 유형의 준비된 객실 전체입니다. 고객에게 새 객실이 바로 표시됩니다.</translation>
        </message>
        <message>
            <source>How many new key cards? Older cards of this booking stop working.</source>
            <translation>새 키 카드가 몇 장 필요합니까? 이 예약의 이전 카드는 사용할 수 없게 됩니다.</translation>
        </message>
        <message>
            <source>The deposit for extras is waived.</source>
            <translation>부대 비용 보증금이 면제되었습니다.</translation>
        </message>
        <message>
            <source>Choose a tool. The guest's progress is kept.</source>
            <translation>도구를 선택하십시오. 고객의 진행 상황은 유지됩니다.</translation>
        </message>
        <message>
            <source>Find a booking</source>
            <translation>예약 찾기</translation>
        </message>
        <message>
            <source>Change room</source>
            <translation>객실 변경</translation>
        </message>
        <message>
            <source>Deposit waived</source>
            <translation>보증금 면제됨</translation>
        </message>
        <message>
            <source>Waive deposit</source>
            <translation>보증금 면제</translation>
        </message>
        <message>
            <source>Make key cards</source>
            <translation>키 카드 만들기</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>한 단계 뒤로</translation>
        </message>
        <message>
            <source>End guest's session</source>
            <translation>고객 이용 종료</translation>
        </message>
        <message>
            <source>Back to the guest</source>
            <translation>고객 화면으로</translation>
        </message>
        <message>
            <source>Stop assisting</source>
            <translation>지원 종료</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>검색</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n박</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>체크인 완료</translation>
        </message>
        <message>
            <source>Arriving</source>
            <translation>도착 예정</translation>
        </message>
        <message>
            <source>Check in with this</source>
            <translation>이 예약으로 체크인</translation>
        </message>
        <message>
            <source>New key cards</source>
            <translation>새 키 카드</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>%1호</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1층</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>키 카드 %n장</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackButton</name>
        <message>
            <source>Back</source>
            <translation>뒤로</translation>
        </message>
    </context>
    <context>
        <name>BusyPanel</name>
        <message>
            <source>One moment, please…</source>
            <translation>잠시만 기다려 주세요…</translation>
        </message>
    </context>
    <context>
        <name>CallStaffButton</name>
        <message>
            <source>Call staff</source>
            <translation>직원 호출</translation>
        </message>
    </context>
    <context>
        <name>ChooseBookingScreen</name>
        <message>
            <source>Which booking is yours?</source>
            <translation>어느 예약이 고객님의 예약인가요?</translation>
        </message>
        <message>
            <source>We found more than one booking. Tap your own.</source>
            <translation>예약이 두 개 이상 있습니다. 본인의 예약을 누르세요.</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n박</numerusform>
            </translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>예약 %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDetailsScreen</name>
        <message>
            <source>Welcome back, %1!</source>
            <translation>다시 오신 것을 환영합니다, %1님!</translation>
        </message>
        <message>
            <source>Is this your booking?</source>
            <translation>이 예약이 맞으신가요?</translation>
        </message>
        <message>
            <source>Is this your booking? We have filled in what we know from your last stay.</source>
            <translation>이 예약이 맞으신가요? 지난 투숙 정보로 미리 입력해 두었습니다.</translation>
        </message>
        <message>
            <source>Please check the details, then continue.</source>
            <translation>정보를 확인한 후 계속하세요.</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>예약</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>도착</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>출발</translation>
        </message>
        <message>
            <source>Length of stay</source>
            <translation>숙박 기간</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n박</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n adult(s)</source>
            <translation>
                <numerusform>성인 %n명</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>어린이 %n명</numerusform>
            </translation>
        </message>
        <message>
            <source>No, this is not mine</source>
            <translation>아니요, 제 예약이 아닙니다</translation>
        </message>
        <message>
            <source>Yes, continue</source>
            <translation>네, 계속</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsScreen</name>
        <message>
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>성능 저하</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>오프라인</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>진단</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>로그인: %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>%1부터</translation>
        </message>
        <message>
            <source>firmware %1</source>
            <translation>펌웨어 %1</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle to</source>
            <translation>진단 패키지 저장 위치</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Choose a test. Each one is recorded in the audit log.</source>
            <translation>테스트를 선택하십시오. 모든 테스트는 감사 로그에 기록됩니다.</translation>
        </message>
        <message>
            <source>Read card</source>
            <translation>카드 읽기</translation>
        </message>
        <message>
            <source>Encode test card</source>
            <translation>테스트 카드 쓰기</translation>
        </message>
        <message>
            <source>Dispense card</source>
            <translation>카드 배출</translation>
        </message>
        <message>
            <source>Capture card</source>
            <translation>카드 회수</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>테스트 페이지 인쇄</translation>
        </message>
        <message>
            <source>Scan test</source>
            <translation>스캔 테스트</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>다시 연결</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>패키지 내보내기</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>DoneScreen</name>
        <message>
            <source>You are all set, %1!</source>
            <translation>모든 준비가 끝났습니다, %1님!</translation>
        </message>
        <message>
            <source>You are all set!</source>
            <translation>모든 준비가 끝났습니다!</translation>
        </message>
        <message>
            <source>Take your key cards. Enjoy your stay!</source>
            <translation>키 카드를 가져가세요. 즐거운 시간 보내세요!</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1층</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>Password: %1</source>
            <translation>비밀번호: %1</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>체크아웃</translation>
        </message>
        <message>
            <source>By %1 on %2</source>
            <translation>%2 %1까지</translation>
        </message>
        <message>
            <source>Parking permit: %1</source>
            <translation>주차 허가: %1</translation>
        </message>
        <message>
            <source>Scan to keep these details</source>
            <translation>스캔하여 정보 저장</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>인쇄 중…</translation>
        </message>
        <message>
            <source>Print these details</source>
            <translation>이 정보 인쇄</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>완료</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Yes, that is mine</source>
            <translation>네, 제 예약입니다</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>직원 호출</translation>
        </message>
        <message>
            <source>No, type again</source>
            <translation>아니요, 다시 입력</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>확인</translation>
        </message>
    </context>
    <context>
        <name>FindBookingScreen</name>
        <message>
            <source>Find your booking</source>
            <translation>예약 찾기</translation>
        </message>
        <message>
            <source>Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.</source>
            <translation>예약 번호를 입력하거나, 언제든지 화면 아래에서 이메일의 QR 코드나 여권을 스캔하세요.</translation>
        </message>
        <message>
            <source>Booking code</source>
            <translation>예약 번호</translation>
        </message>
        <message>
            <source>Surname and date</source>
            <translation>성과 날짜</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR 코드</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>여권</translation>
        </message>
        <message>
            <source>Find my booking</source>
            <translation>내 예약 찾기</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>성</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>도착</translation>
        </message>
        <message>
            <source>Earlier day</source>
            <translation>이전 날</translation>
        </message>
        <message>
            <source>Later day</source>
            <translation>다음 날</translation>
        </message>
        <message>
            <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
            <translation>확인 이메일의 QR 코드를 스캐너 아래에 대 주세요.</translation>
        </message>
        <message>
            <source>Place your passport on the reader, photo page down.</source>
            <translation>여권 사진면이 아래로 가도록 리더기에 올려 주세요.</translation>
        </message>
        <message>
            <source>The reader is just below the screen.</source>
            <translation>리더기는 화면 바로 아래에 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>InactivityWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>아직 계신가요?</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, we will clear the screen in %n second(s).</source>
            <translation>
                <numerusform>개인정보 보호를 위해 %n초 후 화면을 지웁니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>I am still here</source>
            <translation>아직 여기 있어요</translation>
        </message>
    </context>
    <context>
        <name>KeysScreen</name>
        <message>
            <source>Making your key cards…</source>
            <translation>키 카드를 만들고 있습니다…</translation>
        </message>
        <message>
            <source>Your key cards</source>
            <translation>키 카드</translation>
        </message>
        <message>
            <source>Please take them from the slot below the screen.</source>
            <translation>화면 아래 배출구에서 가져가세요.</translation>
        </message>
        <message>
            <source>How many key cards would you like for each room?</source>
            <translation>객실당 키 카드를 몇 장 원하세요?</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>키 카드 %n장</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %n key card(s)</source>
            <translation>
                <numerusform>키 카드 %n장 만들기</numerusform>
            </translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>키 카드 %2장 중 %1번째를 만들고 있습니다</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s) on the way</source>
            <translation>
                <numerusform>키 카드 %n장이 나옵니다</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them from the slot below the screen.</source>
            <translation>화면 아래 배출구에서 가져가세요.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <source>Choose your language</source>
            <translation>언어 선택</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Something went wrong on our side. A colleague can help you.</source>
            <translation>저희 쪽에 문제가 발생했습니다. 직원이 도와드리겠습니다.</translation>
        </message>
        <message>
            <source>A booking code has eight letters and numbers, like ABCD-2345. Please check it and try again.</source>
            <translation>예약 번호는 영문자와 숫자 8자리입니다(예: ABCD-2345). 확인 후 다시 시도해 주세요.</translation>
        </message>
        <message>
            <source>We could not find a booking with these details. Please check them and try again.</source>
            <translation>이 정보와 일치하는 예약을 찾을 수 없습니다. 확인 후 다시 시도해 주세요.</translation>
        </message>
        <message>
            <source>We could not find that code. Did you mean %1?</source>
            <translation>해당 번호를 찾을 수 없습니다. %1이(가) 맞나요?</translation>
        </message>
        <message>
            <source>This booking has been cancelled. A colleague can help you find a room.</source>
            <translation>이 예약은 취소되었습니다. 직원이 객실을 찾도록 도와드리겠습니다.</translation>
        </message>
        <message>
            <source>This booking is already checked in. If you need a new key card, a colleague can help.</source>
            <translation>이 예약은 이미 체크인되었습니다. 새 키 카드가 필요하시면 직원이 도와드리겠습니다.</translation>
        </message>
        <message>
            <source>This stay has already ended. A colleague can help you.</source>
            <translation>이 숙박은 이미 종료되었습니다. 직원이 도와드리겠습니다.</translation>
        </message>
        <message>
            <source>Your booking starts on %1. If your plans have changed, a colleague can help you.</source>
            <translation>예약은 %1에 시작됩니다. 일정이 변경되었다면 직원이 도와드리겠습니다.</translation>
        </message>
        <message>
            <source>The arrival date of this booking has passed. A colleague can help you.</source>
            <translation>이 예약의 도착일이 지났습니다. 직원이 도와드리겠습니다.</translation>
        </message>
        <message>
            <source>Check-in starts at %1 and your room is not ready yet. You are welcome to wait in the lobby.</source>
            <translation>체크인은 %1부터이며 객실이 아직 준비되지 않았습니다. 로비에서 기다리셔도 됩니다.</translation>
        </message>
        <message>
            <source>This booking is for another hotel. A colleague can help you.</source>
            <translation>이 예약은 다른 호텔의 예약입니다. 직원이 도와드리겠습니다.</translation>
        </message>
        <message>
            <source>We could not read your passport. Please place it again, photo page down, and hold it still.</source>
            <translation>여권을 읽을 수 없습니다. 사진면이 아래로 가도록 다시 올려놓고 움직이지 마세요.</translation>
        </message>
        <message>
            <source>We could not read that QR code. Please hold it under the scanner again.</source>
            <translation>QR 코드를 읽을 수 없습니다. 스캐너 아래에 다시 대 주세요.</translation>
        </message>
        <message>
            <source>Please check the fields marked in red.</source>
            <translation>빨간색으로 표시된 항목을 확인해 주세요.</translation>
        </message>
        <message>
            <source>Your room is not ready yet.</source>
            <translation>객실이 아직 준비되지 않았습니다.</translation>
        </message>
        <message>
            <source>Please check the licence plate. Use only letters, numbers and hyphens.</source>
            <translation>차량 번호를 확인해 주세요. 문자, 숫자, 하이픈만 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>The card was not accepted. You can try again or use another card.</source>
            <translation>카드가 승인되지 않았습니다. 다시 시도하거나 다른 카드를 사용하세요.</translation>
        </message>
        <message>
            <source>The terminal did not see a card. Please try again.</source>
            <translation>단말기가 카드를 인식하지 못했습니다. 다시 시도해 주세요.</translation>
        </message>
        <message>
            <source>The payment was cancelled on the terminal. You can try again.</source>
            <translation>단말기에서 결제가 취소되었습니다. 다시 시도할 수 있습니다.</translation>
        </message>
        <message>
            <source>The kiosk could not finish this step. A colleague can help you.</source>
            <translation>키오스크가 이 단계를 완료하지 못했습니다. 직원이 도와드리겠습니다.</translation>
        </message>
        <message>
            <source>A key card got stuck in the machine. A colleague will give you your keys.</source>
            <translation>키 카드가 기계에 걸렸습니다. 직원이 키를 전해 드리겠습니다.</translation>
        </message>
        <message>
            <source>The kiosk has run out of key cards. A colleague will give you your keys.</source>
            <translation>키 카드가 모두 소진되었습니다. 직원이 키를 전해 드리겠습니다.</translation>
        </message>
        <message>
            <source>We could not make your key card. A colleague will give you your keys.</source>
            <translation>키 카드를 만들 수 없습니다. 직원이 키를 전해 드리겠습니다.</translation>
        </message>
        <message>
            <source>The key card was not taken in time, so the kiosk kept it safe. You can make your key cards again. A colleague has been told too.</source>
            <translation>키 카드를 제때 가져가지 않아 키오스크가 안전하게 회수했습니다. 키 카드를 다시 만들 수 있습니다. 직원에게도 알렸습니다.</translation>
        </message>
        <message>
            <source>The printer has run out of paper. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>프린터에 용지가 없습니다. 화면의 QR 코드를 스캔하여 정보를 보관하십시오. 직원에게 알렸습니다.</translation>
        </message>
        <message>
            <source>The printer is open and cannot print. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>프린터 덮개가 열려 있어 인쇄할 수 없습니다. 화면의 QR 코드를 스캔하여 정보를 보관하십시오. 직원에게 알렸습니다.</translation>
        </message>
        <message>
            <source>The printer is not working right now. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>지금은 프린터를 사용할 수 없습니다. 화면의 QR 코드를 스캔하여 정보를 보관하십시오. 직원에게 알렸습니다.</translation>
        </message>
        <message>
            <source>A colleague is already on the way to you.</source>
            <translation>직원이 이미 고객님께 가고 있습니다.</translation>
        </message>
        <message>
            <source>Staff ID or PIN not recognised. Please try again.</source>
            <translation>직원 ID 또는 PIN을 확인할 수 없습니다. 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>This account is locked for a while after too many wrong PINs. Please ask the duty manager.</source>
            <translation>PIN을 여러 번 잘못 입력하여 이 계정이 잠시 잠겼습니다. 당직 관리자에게 문의하십시오.</translation>
        </message>
        <message>
            <source>This account cannot open the staff tools on this kiosk.</source>
            <translation>이 계정으로는 이 키오스크의 직원 도구를 열 수 없습니다.</translation>
        </message>
        <message>
            <source>That room is no longer ready. Please pick another one.</source>
            <translation>이 객실은 더 이상 준비되어 있지 않습니다. 다른 객실을 선택하십시오.</translation>
        </message>
        <message>
            <source>New key cards can be made only for a booking that is checked in.</source>
            <translation>새 키 카드는 체크인된 예약에 대해서만 만들 수 있습니다.</translation>
        </message>
        <message>
            <source>This booking has no room assigned yet.</source>
            <translation>이 예약에는 아직 객실이 배정되지 않았습니다.</translation>
        </message>
        <message>
            <source>Go back to the first step of the check-in to use another booking.</source>
            <translation>다른 예약을 사용하려면 체크인 첫 단계로 돌아가십시오.</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>이 항목을 입력해 주세요.</translation>
        </message>
        <message>
            <source>Please write the date as DD.MM.YYYY.</source>
            <translation>날짜를 DD.MM.YYYY(일.월.연도) 형식으로 입력해 주세요.</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>미래 날짜는 입력할 수 없습니다.</translation>
        </message>
        <message>
            <source>Please check this date.</source>
            <translation>날짜를 확인해 주세요.</translation>
        </message>
        <message>
            <source>Please check the country.</source>
            <translation>국가를 확인해 주세요.</translation>
        </message>
        <message>
            <source>Please check the document number.</source>
            <translation>문서 번호를 확인해 주세요.</translation>
        </message>
        <message>
            <source>Please check the name.</source>
            <translation>이름을 확인해 주세요.</translation>
        </message>
        <message>
            <source>Please sign in the box.</source>
            <translation>상자 안에 서명해 주세요.</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>차량 번호를 확인해 주세요.</translation>
        </message>
        <message>
            <source>Please check what you typed here.</source>
            <translation>입력한 내용을 확인해 주세요.</translation>
        </message>
        <message>
            <source>Please check the e-mail address.</source>
            <translation>이메일 주소를 확인해 주세요.</translation>
        </message>
        <message>
            <source>The departure must be after the arrival.</source>
            <translation>출발일은 도착일 이후여야 합니다.</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, for example 17.04.1986</source>
            <translation>DD.MM.YYYY, 예: 17.04.1986</translation>
        </message>
        <message>
            <source>Country name or code, for example FIN</source>
            <translation>국가 이름 또는 코드, 예: KOR</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>성</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>국적</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>도로명 주소</translation>
        </message>
        <message>
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>우편번호</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>국가</translation>
        </message>
        <message>
            <source>Passport or ID card number</source>
            <translation>여권 또는 신분증 번호</translation>
        </message>
        <message>
            <source>Document issued by</source>
            <translation>문서 발급 국가</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>도착</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>출발</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>이메일</translation>
        </message>
        <message>
            <source>Single room</source>
            <translation>싱글룸</translation>
        </message>
        <message>
            <source>Double room</source>
            <translation>더블룸</translation>
        </message>
        <message>
            <source>Twin room</source>
            <translation>트윈룸</translation>
        </message>
        <message>
            <source>Family room</source>
            <translation>패밀리룸</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>스위트룸</translation>
        </message>
        <message>
            <source>Valid key card</source>
            <translation>유효한 키 카드</translation>
        </message>
        <message>
            <source>Not a Lobby key card</source>
            <translation>Lobby 키 카드가 아님</translation>
        </message>
        <message>
            <source>Blank card</source>
            <translation>빈 카드</translation>
        </message>
        <message>
            <source>Tampered card: the signature does not match</source>
            <translation>변조된 카드: 서명이 일치하지 않음</translation>
        </message>
        <message>
            <source>Copied card: the key belongs to another card</source>
            <translation>복제된 카드: 다른 카드의 키임</translation>
        </message>
        <message>
            <source>Expired key card</source>
            <translation>만료된 키 카드</translation>
        </message>
        <message>
            <source>Key card not valid yet</source>
            <translation>아직 유효하지 않은 키 카드</translation>
        </message>
        <message>
            <source>Old key card: a newer one was made</source>
            <translation>이전 키 카드: 새 카드가 발급됨</translation>
        </message>
        <message>
            <source>Key card of another hotel</source>
            <translation>다른 호텔의 키 카드</translation>
        </message>
        <message>
            <source>No card at the key encoder</source>
            <translation>키 인코더에 카드가 없음</translation>
        </message>
        <message>
            <source>A blank card was dispensed to the gate.</source>
            <translation>빈 카드를 배출구로 내보냈습니다.</translation>
        </message>
        <message>
            <source>The card at the gate was pulled into the bin.</source>
            <translation>배출구의 카드를 회수함으로 회수했습니다.</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>테스트 페이지를 인쇄했습니다.</translation>
        </message>
        <message>
            <source>Hold a code under the scanner now…</source>
            <translation>지금 스캐너 아래에 코드를 대십시오…</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>스캔 결과: %1</translation>
        </message>
        <message>
            <source>No code was scanned.</source>
            <translation>스캔된 코드가 없습니다.</translation>
        </message>
        <message>
            <source>Every device was checked again.</source>
            <translation>모든 장치를 다시 확인했습니다.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>실패: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>저장됨: %1</translation>
        </message>
        <message>
            <source>Could not save there: %1</source>
            <translation>그 위치에 저장할 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>ParkingScreen</name>
        <message>
            <source>Are you parking a car with us?</source>
            <translation>저희 호텔에 주차하시나요?</translation>
        </message>
        <message>
            <source>Register the licence plate and your parking permit is ready. No paper needed.</source>
            <translation>차량 번호를 등록하면 주차 허가가 바로 준비됩니다. 종이는 필요 없습니다.</translation>
        </message>
        <message>
            <source>I have a car</source>
            <translation>차가 있어요</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>차량 번호</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>차량 번호를 확인해 주세요.</translation>
        </message>
        <message>
            <source>Register my car</source>
            <translation>내 차 등록</translation>
        </message>
        <message>
            <source>No car</source>
            <translation>차 없음</translation>
        </message>
    </context>
    <context>
        <name>PaymentScreen</name>
        <message>
            <source>Insert or tap your card on the terminal</source>
            <translation>단말기에 카드를 넣거나 대 주세요</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>결제</translation>
        </message>
        <message>
            <source>Follow the instructions on the card terminal below the screen.</source>
            <translation>화면 아래 카드 단말기의 안내를 따르세요.</translation>
        </message>
        <message>
            <source>Your room is already paid. We only hold a deposit for extras.</source>
            <translation>객실 요금은 이미 결제되었습니다. 부대 비용 보증금만 승인합니다.</translation>
        </message>
        <message>
            <source>We hold this amount on your card now. You pay at check-out for what you used.</source>
            <translation>지금 카드에 이 금액을 승인 보류합니다. 체크아웃 시 이용하신 만큼만 결제합니다.</translation>
        </message>
        <message numerus="yes">
            <source>Room, %n night(s)</source>
            <translation>
                <numerusform>객실, %n박</numerusform>
            </translation>
        </message>
        <message>
            <source>Room (paid in advance)</source>
            <translation>객실(선결제 완료)</translation>
        </message>
        <message>
            <source>Deposit for extras (restaurant, minibar)</source>
            <translation>부대 비용 보증금(레스토랑, 미니바)</translation>
        </message>
        <message>
            <source>Held on your card now</source>
            <translation>지금 카드에 보류되는 금액</translation>
        </message>
        <message>
            <source>This is a hold, not a charge. What you do not use is released when you check out.</source>
            <translation>이것은 승인 보류이며 청구가 아닙니다. 사용하지 않은 금액은 체크아웃 시 해제됩니다.</translation>
        </message>
        <message>
            <source>Pay with card</source>
            <translation>카드로 결제</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
    </context>
    <context>
        <name>RegistrationScreen</name>
        <message>
            <source>Registration card</source>
            <translation>숙박 등록 카드</translation>
        </message>
        <message>
            <source>The law asks every hotel guest for these details. Please check them and sign.</source>
            <translation>법에 따라 모든 투숙객에게 다음 정보를 요청합니다. 확인 후 서명해 주세요.</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>서명</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>지우기</translation>
        </message>
        <message>
            <source>Sign and continue</source>
            <translation>서명하고 계속</translation>
        </message>
    </context>
    <context>
        <name>RoomScreen</name>
        <message>
            <source>Finding your room…</source>
            <translation>객실을 찾고 있습니다…</translation>
        </message>
        <message>
            <source>Your room is not quite ready</source>
            <translation>객실이 아직 준비 중입니다</translation>
        </message>
        <message>
            <source>Your rooms</source>
            <translation>객실</translation>
        </message>
        <message>
            <source>Your room</source>
            <translation>객실</translation>
        </message>
        <message>
            <source>One moment, please.</source>
            <translation>잠시만 기다려 주세요.</translation>
        </message>
        <message>
            <source>Housekeeping is preparing it right now. We are sorry for the wait.</source>
            <translation>지금 하우스키핑에서 객실을 준비하고 있습니다. 기다리게 해서 죄송합니다.</translation>
        </message>
        <message>
            <source>You will get the key cards in a moment.</source>
            <translation>곧 키 카드를 받으실 수 있습니다.</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>%1호</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1층</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>계속</translation>
        </message>
        <message numerus="yes">
            <source>It will be ready in about %n minute(s).</source>
            <translation>
                <numerusform>약 %n분 후에 준비됩니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>We do not know yet when it will be ready.</source>
            <translation>언제 준비될지 아직 알 수 없습니다.</translation>
        </message>
        <message>
            <source>You can wait here or in the lobby and check again, or a colleague can help you now.</source>
            <translation>여기나 로비에서 기다리신 후 다시 확인하시거나, 지금 직원의 도움을 받으실 수 있습니다.</translation>
        </message>
        <message>
            <source>Wait and check again</source>
            <translation>기다렸다가 다시 확인</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>직원 호출</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here with your finger</source>
            <translation>여기에 손가락으로 서명하세요</translation>
        </message>
    </context>
    <context>
        <name>StaffCallConfirmation</name>
        <message>
            <source>Please ask at the front desk</source>
            <translation>프런트 데스크로 가 주세요</translation>
        </message>
        <message>
            <source>A colleague is on the way</source>
            <translation>직원이 가고 있습니다</translation>
        </message>
        <message>
            <source>We could not reach a colleague from here. We are sorry — the front desk will help you straight away.</source>
            <translation>여기에서 직원에게 연락할 수 없었습니다. 죄송합니다. 프런트 데스크에서 바로 도와드리겠습니다.</translation>
        </message>
        <message>
            <source>A colleague has been called and will come to you. You can carry on while you wait.</source>
            <translation>직원을 호출했습니다. 곧 고객님께 갑니다. 기다리시는 동안 계속 진행하셔도 됩니다.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>확인</translation>
        </message>
    </context>
    <context>
        <name>StaffCallStatus</name>
        <message>
            <source>A colleague</source>
            <translation>직원</translation>
        </message>
        <message>
            <source>Waiting for a colleague — they have been alerted</source>
            <translation>직원을 기다리는 중 — 이미 호출했습니다</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1 님이 도착했습니다</translation>
        </message>
        <message numerus="yes">
            <source>%1 has seen your request and is coming — about %n minute(s)</source>
            <translation>
                <numerusform>%1 님이 요청을 확인하고 오고 있습니다 — 약 %n분</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming now</source>
            <translation>%1 님이 요청을 확인하고 지금 오고 있습니다</translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming</source>
            <translation>%1 님이 요청을 확인하고 오고 있습니다</translation>
        </message>
    </context>
    <context>
        <name>StaffSignIn</name>
        <message>
            <source>Welcome, %1</source>
            <translation>환영합니다, %1 님</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>직원 로그인</translation>
        </message>
        <message>
            <source>What would you like to open?</source>
            <translation>무엇을 여시겠습니까?</translation>
        </message>
        <message>
            <source>Enter your PIN to open diagnostics.</source>
            <translation>진단을 열려면 PIN을 입력하십시오.</translation>
        </message>
        <message>
            <source>For hotel staff only. Guests: please use Call staff.</source>
            <translation>호텔 직원 전용입니다. 고객께서는 '직원 호출'을 이용해 주십시오.</translation>
        </message>
        <message>
            <source>Tap your staff card or enter your ID and PIN</source>
            <translation>직원 카드를 태그하거나 직원 ID와 PIN을 입력하십시오</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>직원 ID</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Assist the guest</source>
            <translation>고객 지원</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>진단</translation>
        </message>
        <message>
            <source>Card not recognised.</source>
            <translation>카드를 인식할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Step %1 of %2</source>
            <translation>%2단계 중 %1단계</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to %1</source>
            <translation>%1에 오신 것을 환영합니다</translation>
        </message>
        <message>
            <source>Check in here in a few minutes and get your room key.</source>
            <translation>몇 분 만에 체크인하고 객실 키를 받으세요.</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>언어 선택</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>체크인</translation>
        </message>
        <message>
            <source>Have your booking code, the QR code from your e-mail, or your passport ready.</source>
            <translation>예약 번호, 이메일의 QR 코드 또는 여권을 준비해 주세요.</translation>
        </message>
    </context>
</TS>