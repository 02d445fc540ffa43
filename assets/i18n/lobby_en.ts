<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AssistedButton</name>
        <message>
            <source>Assisted by %1</source>
            <translation>Assisted by %1</translation>
        </message>
    </context>
    <context>
        <name>AssistedSheet</name>
        <message>
            <source>Staff tools</source>
            <translation>Staff tools</translation>
        </message>
        <message>
            <source>Assisted by %1</source>
            <translation>Assisted by %1</translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Making key card %1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%n new key card(s) made. Older cards of this booking no longer open the door.</source>
            <translation>
                <numerusform>%n new key card made. Older cards of this booking no longer open the door.</numerusform>
                <numerusform>%n new key cards made. Older cards of this booking no longer open the door.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).</source>
            <translation>Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).</translation>
        </message>
        <message>
            <source>Every ready room of the booked type. The guest sees the new room at once.</source>
            <translation>Every ready room of the booked type. The guest sees the new room at once.</translation>
        </message>
        <message>
            <source>How many new key cards? Older cards of this booking stop working.</source>
            <translation>How many new key cards? Older cards of this booking stop working.</translation>
        </message>
        <message>
            <source>The deposit for extras is waived.</source>
            <translation>The deposit for extras is waived.</translation>
        </message>
        <message>
            <source>Choose a tool. The guest's progress is kept.</source>
            <translation>Choose a tool. The guest's progress is kept.</translation>
        </message>
        <message>
            <source>Find a booking</source>
            <translation>Find a booking</translation>
        </message>
        <message>
            <source>Change room</source>
            <translation>Change room</translation>
        </message>
        <message>
            <source>Deposit waived</source>
            <translation>Deposit waived</translation>
        </message>
        <message>
            <source>Waive deposit</source>
            <translation>Waive deposit</translation>
        </message>
        <message>
            <source>Make key cards</source>
            <translation>Make key cards</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>Step back</translation>
        </message>
        <message>
            <source>End guest's session</source>
            <translation>End guest's session</translation>
        </message>
        <message>
            <source>Back to the guest</source>
            <translation>Back to the guest</translation>
        </message>
        <message>
            <source>Stop assisting</source>
            <translation>Stop assisting</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n night</numerusform>
                <numerusform>%n nights</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Arriving</source>
            <translation>Arriving</translation>
        </message>
        <message>
            <source>Check in with this</source>
            <translation>Check in with this</translation>
        </message>
        <message>
            <source>New key cards</source>
            <translation>New key cards</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Room %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Floor %1</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n key card</numerusform>
                <numerusform>%n key cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackButton</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>BusyPanel</name>
        <message>
            <source>One moment, please…</source>
            <translation>One moment, please…</translation>
        </message>
    </context>
    <context>
        <name>CallStaffButton</name>
        <message>
            <source>Call staff</source>
            <translation>Call staff</translation>
        </message>
    </context>
    <context>
        <name>ChooseBookingScreen</name>
        <message>
            <source>Which booking is yours?</source>
            <translation>Which booking is yours?</translation>
        </message>
        <message>
            <source>We found more than one booking. Tap your own.</source>
            <translation>We found more than one booking. Tap your own.</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n night</numerusform>
                <numerusform>%n nights</numerusform>
            </translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>Booking %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDetailsScreen</name>
        <message>
            <source>Welcome back, %1!</source>
            <translation>Welcome back, %1!</translation>
        </message>
        <message>
            <source>Is this your booking?</source>
            <translation>Is this your booking?</translation>
        </message>
        <message>
            <source>Is this your booking? We have filled in what we know from your last stay.</source>
            <translation>Is this your booking? We have filled in what we know from your last stay.</translation>
        </message>
        <message>
            <source>Please check the details, then continue.</source>
            <translation>Please check the details, then continue.</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Booking</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Departure</translation>
        </message>
        <message>
            <source>Length of stay</source>
            <translation>Length of stay</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n night</numerusform>
                <numerusform>%n nights</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n adult(s)</source>
            <translation>
                <numerusform>%n adult</numerusform>
                <numerusform>%n adults</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n child</numerusform>
                <numerusform>%n children</numerusform>
            </translation>
        </message>
        <message>
            <source>No, this is not mine</source>
            <translation>No, this is not mine</translation>
        </message>
        <message>
            <source>Yes, continue</source>
            <translation>Yes, continue</translation>
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
            <translation>Degraded</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>Signed in: %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <source>firmware %1</source>
            <translation>firmware %1</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle to</source>
            <translation>Save the diagnostics bundle to</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose a test. Each one is recorded in the audit log.</source>
            <translation>Choose a test. Each one is recorded in the audit log.</translation>
        </message>
        <message>
            <source>Read card</source>
            <translation>Read card</translation>
        </message>
        <message>
            <source>Encode test card</source>
            <translation>Encode test card</translation>
        </message>
        <message>
            <source>Dispense card</source>
            <translation>Dispense card</translation>
        </message>
        <message>
            <source>Capture card</source>
            <translation>Capture card</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>Print test page</translation>
        </message>
        <message>
            <source>Scan test</source>
            <translation>Scan test</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>Reconnect</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Export bundle</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DoneScreen</name>
        <message>
            <source>You are all set, %1!</source>
            <translation>You are all set, %1!</translation>
        </message>
        <message>
            <source>You are all set!</source>
            <translation>You are all set!</translation>
        </message>
        <message>
            <source>Take your key cards. Enjoy your stay!</source>
            <translation>Take your key cards. Enjoy your stay!</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Floor %1</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>Password: %1</source>
            <translation>Password: %1</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Check-out</translation>
        </message>
        <message>
            <source>By %1 on %2</source>
            <translation>By %1 on %2</translation>
        </message>
        <message>
            <source>Parking permit: %1</source>
            <translation>Parking permit: %1</translation>
        </message>
        <message>
            <source>Scan to keep these details</source>
            <translation>Scan to keep these details</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Print these details</source>
            <translation>Print these details</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Yes, that is mine</source>
            <translation>Yes, that is mine</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Call staff</translation>
        </message>
        <message>
            <source>No, type again</source>
            <translation>No, type again</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
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
            <translation>Find your booking</translation>
        </message>
        <message>
            <source>Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.</source>
            <translation>Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.</translation>
        </message>
        <message>
            <source>Booking code</source>
            <translation>Booking code</translation>
        </message>
        <message>
            <source>Surname and date</source>
            <translation>Surname and date</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR code</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Find my booking</source>
            <translation>Find my booking</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>Earlier day</source>
            <translation>Earlier day</translation>
        </message>
        <message>
            <source>Later day</source>
            <translation>Later day</translation>
        </message>
        <message>
            <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
            <translation>Hold the QR code from your confirmation e-mail under the scanner.</translation>
        </message>
        <message>
            <source>Place your passport on the reader, photo page down.</source>
            <translation>Place your passport on the reader, photo page down.</translation>
        </message>
        <message>
            <source>The reader is just below the screen.</source>
            <translation>The reader is just below the screen.</translation>
        </message>
    </context>
    <context>
        <name>InactivityWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, we will clear the screen in %n second(s).</source>
            <translation>
                <numerusform>For your privacy, we will clear the screen in %n second.</numerusform>
                <numerusform>For your privacy, we will clear the screen in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>I am still here</source>
            <translation>I am still here</translation>
        </message>
    </context>
    <context>
        <name>KeysScreen</name>
        <message>
            <source>Making your key cards…</source>
            <translation>Making your key cards…</translation>
        </message>
        <message>
            <source>Your key cards</source>
            <translation>Your key cards</translation>
        </message>
        <message>
            <source>Please take them from the slot below the screen.</source>
            <translation>Please take them from the slot below the screen.</translation>
        </message>
        <message>
            <source>How many key cards would you like for each room?</source>
            <translation>How many key cards would you like for each room?</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n key card</numerusform>
                <numerusform>%n key cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %n key card(s)</source>
            <translation>
                <numerusform>Make %n key card</numerusform>
                <numerusform>Make %n key cards</numerusform>
            </translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Making key card %1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s) on the way</source>
            <translation>
                <numerusform>%n key card on the way</numerusform>
                <numerusform>%n key cards on the way</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them from the slot below the screen.</source>
            <translation>Take them from the slot below the screen.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <source>Choose your language</source>
            <translation>Choose your language</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Something went wrong on our side. A colleague can help you.</source>
            <translation>Something went wrong on our side. A colleague can help you.</translation>
        </message>
        <message>
            <source>A booking code has eight letters and numbers, like ABCD-2345. Please check it and try again.</source>
            <translation>A booking code has eight letters and numbers, like ABCD-2345. Please check it and try again.</translation>
        </message>
        <message>
            <source>We could not find a booking with these details. Please check them and try again.</source>
            <translation>We could not find a booking with these details. Please check them and try again.</translation>
        </message>
        <message>
            <source>We could not find that code. Did you mean %1?</source>
            <translation>We could not find that code. Did you mean %1?</translation>
        </message>
        <message>
            <source>This booking has been cancelled. A colleague can help you find a room.</source>
            <translation>This booking has been cancelled. A colleague can help you find a room.</translation>
        </message>
        <message>
            <source>This booking is already checked in. If you need a new key card, a colleague can help.</source>
            <translation>This booking is already checked in. If you need a new key card, a colleague can help.</translation>
        </message>
        <message>
            <source>This stay has already ended. A colleague can help you.</source>
            <translation>This stay has already ended. A colleague can help you.</translation>
        </message>
        <message>
            <source>Your booking starts on %1. If your plans have changed, a colleague can help you.</source>
            <translation>Your booking starts on %1. If your plans have changed, a colleague can help you.</translation>
        </message>
        <message>
            <source>The arrival date of this booking has passed. A colleague can help you.</source>
            <translation>The arrival date of this booking has passed. A colleague can help you.</translation>
        </message>
        <message>
            <source>Check-in starts at %1 and your room is not ready yet. You are welcome to wait in the lobby.</source>
            <translation>Check-in starts at %1 and your room is not ready yet. You are welcome to wait in the lobby.</translation>
        </message>
        <message>
            <source>This booking is for another hotel. A colleague can help you.</source>
            <translation>This booking is for another hotel. A colleague can help you.</translation>
        </message>
        <message>
            <source>We could not read your passport. Please place it again, photo page down, and hold it still.</source>
            <translation>We could not read your passport. Please place it again, photo page down, and hold it still.</translation>
        </message>
        <message>
            <source>We could not read that QR code. Please hold it under the scanner again.</source>
            <translation>We could not read that QR code. Please hold it under the scanner again.</translation>
        </message>
        <message>
            <source>Please check the fields marked in red.</source>
            <translation>Please check the fields marked in red.</translation>
        </message>
        <message>
            <source>Your room is not ready yet.</source>
            <translation>Your room is not ready yet.</translation>
        </message>
        <message>
            <source>Please check the licence plate. Use only letters, numbers and hyphens.</source>
            <translation>Please check the licence plate. Use only letters, numbers and hyphens.</translation>
        </message>
        <message>
            <source>The card was not accepted. You can try again or use another card.</source>
            <translation>The card was not accepted. You can try again or use another card.</translation>
        </message>
        <message>
            <source>The terminal did not see a card. Please try again.</source>
            <translation>The terminal did not see a card. Please try again.</translation>
        </message>
        <message>
            <source>The payment was cancelled on the terminal. You can try again.</source>
            <translation>The payment was cancelled on the terminal. You can try again.</translation>
        </message>
        <message>
            <source>The kiosk could not finish this step. A colleague can help you.</source>
            <translation>The kiosk could not finish this step. A colleague can help you.</translation>
        </message>
        <message>
            <source>A key card got stuck in the machine. A colleague will give you your keys.</source>
            <translation>A key card got stuck in the machine. A colleague will give you your keys.</translation>
        </message>
        <message>
            <source>The kiosk has run out of key cards. A colleague will give you your keys.</source>
            <translation>The kiosk has run out of key cards. A colleague will give you your keys.</translation>
        </message>
        <message>
            <source>We could not make your key card. A colleague will give you your keys.</source>
            <translation>We could not make your key card. A colleague will give you your keys.</translation>
        </message>
        <message>
            <source>The key card was not taken in time, so the kiosk kept it safe. You can make your key cards again. A colleague has been told too.</source>
            <translation>The key card was not taken in time, so the kiosk kept it safe. You can make your key cards again. A colleague has been told too.</translation>
        </message>
        <message>
            <source>The printer has run out of paper. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>The printer has run out of paper. Scan the QR code on the screen to keep your details. A colleague has been told.</translation>
        </message>
        <message>
            <source>The printer is open and cannot print. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>The printer is open and cannot print. Scan the QR code on the screen to keep your details. A colleague has been told.</translation>
        </message>
        <message>
            <source>The printer is not working right now. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>The printer is not working right now. Scan the QR code on the screen to keep your details. A colleague has been told.</translation>
        </message>
        <message>
            <source>A colleague is already on the way to you.</source>
            <translation>A colleague is already on the way to you.</translation>
        </message>
        <message>
            <source>Staff ID or PIN not recognised. Please try again.</source>
            <translation>Staff ID or PIN not recognised. Please try again.</translation>
        </message>
        <message>
            <source>This account is locked for a while after too many wrong PINs. Please ask the duty manager.</source>
            <translation>This account is locked for a while after too many wrong PINs. Please ask the duty manager.</translation>
        </message>
        <message>
            <source>This account cannot open the staff tools on this kiosk.</source>
            <translation>This account cannot open the staff tools on this kiosk.</translation>
        </message>
        <message>
            <source>That room is no longer ready. Please pick another one.</source>
            <translation>That room is no longer ready. Please pick another one.</translation>
        </message>
        <message>
            <source>New key cards can be made only for a booking that is checked in.</source>
            <translation>New key cards can be made only for a booking that is checked in.</translation>
        </message>
        <message>
            <source>This booking has no room assigned yet.</source>
            <translation>This booking has no room assigned yet.</translation>
        </message>
        <message>
            <source>Go back to the first step of the check-in to use another booking.</source>
            <translation>Go back to the first step of the check-in to use another booking.</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>Please fill this in.</translation>
        </message>
        <message>
            <source>Please write the date as DD.MM.YYYY.</source>
            <translation>Please write the date as DD.MM.YYYY.</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>This date cannot be in the future.</translation>
        </message>
        <message>
            <source>Please check this date.</source>
            <translation>Please check this date.</translation>
        </message>
        <message>
            <source>Please check the country.</source>
            <translation>Please check the country.</translation>
        </message>
        <message>
            <source>Please check the document number.</source>
            <translation>Please check the document number.</translation>
        </message>
        <message>
            <source>Please check the name.</source>
            <translation>Please check the name.</translation>
        </message>
        <message>
            <source>Please sign in the box.</source>
            <translation>Please sign in the box.</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Please check the licence plate.</translation>
        </message>
        <message>
            <source>Please check what you typed here.</source>
            <translation>Please check what you typed here.</translation>
        </message>
        <message>
            <source>Please check the e-mail address.</source>
            <translation>Please check the e-mail address.</translation>
        </message>
        <message>
            <source>The departure must be after the arrival.</source>
            <translation>The departure must be after the arrival.</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, for example 17.04.1986</source>
            <translation>DD.MM.YYYY, for example 17.04.1986</translation>
        </message>
        <message>
            <source>Country name or code, for example FIN</source>
            <translation>Country name or code, for example FIN</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Street address</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Passport or ID card number</source>
            <translation>Passport or ID card number</translation>
        </message>
        <message>
            <source>Document issued by</source>
            <translation>Document issued by</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Departure</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Single room</source>
            <translation>Single room</translation>
        </message>
        <message>
            <source>Double room</source>
            <translation>Double room</translation>
        </message>
        <message>
            <source>Twin room</source>
            <translation>Twin room</translation>
        </message>
        <message>
            <source>Family room</source>
            <translation>Family room</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>Suite</translation>
        </message>
        <message>
            <source>Valid key card</source>
            <translation>Valid key card</translation>
        </message>
        <message>
            <source>Not a Lobby key card</source>
            <translation>Not a Lobby key card</translation>
        </message>
        <message>
            <source>Blank card</source>
            <translation>Blank card</translation>
        </message>
        <message>
            <source>Tampered card: the signature does not match</source>
            <translation>Tampered card: the signature does not match</translation>
        </message>
        <message>
            <source>Copied card: the key belongs to another card</source>
            <translation>Copied card: the key belongs to another card</translation>
        </message>
        <message>
            <source>Expired key card</source>
            <translation>Expired key card</translation>
        </message>
        <message>
            <source>Key card not valid yet</source>
            <translation>Key card not valid yet</translation>
        </message>
        <message>
            <source>Old key card: a newer one was made</source>
            <translation>Old key card: a newer one was made</translation>
        </message>
        <message>
            <source>Key card of another hotel</source>
            <translation>Key card of another hotel</translation>
        </message>
        <message>
            <source>No card at the key encoder</source>
            <translation>No card at the key encoder</translation>
        </message>
        <message>
            <source>A blank card was dispensed to the gate.</source>
            <translation>A blank card was dispensed to the gate.</translation>
        </message>
        <message>
            <source>The card at the gate was pulled into the bin.</source>
            <translation>The card at the gate was pulled into the bin.</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>Test page printed.</translation>
        </message>
        <message>
            <source>Hold a code under the scanner now…</source>
            <translation>Hold a code under the scanner now…</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>Scanned: %1</translation>
        </message>
        <message>
            <source>No code was scanned.</source>
            <translation>No code was scanned.</translation>
        </message>
        <message>
            <source>Every device was checked again.</source>
            <translation>Every device was checked again.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>Could not save there: %1</source>
            <translation>Could not save there: %1</translation>
        </message>
    </context>
    <context>
        <name>ParkingScreen</name>
        <message>
            <source>Are you parking a car with us?</source>
            <translation>Are you parking a car with us?</translation>
        </message>
        <message>
            <source>Register the licence plate and your parking permit is ready. No paper needed.</source>
            <translation>Register the licence plate and your parking permit is ready. No paper needed.</translation>
        </message>
        <message>
            <source>I have a car</source>
            <translation>I have a car</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>Licence plate</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Please check the licence plate.</translation>
        </message>
        <message>
            <source>Register my car</source>
            <translation>Register my car</translation>
        </message>
        <message>
            <source>No car</source>
            <translation>No car</translation>
        </message>
    </context>
    <context>
        <name>PaymentScreen</name>
        <message>
            <source>Insert or tap your card on the terminal</source>
            <translation>Insert or tap your card on the terminal</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Follow the instructions on the card terminal below the screen.</source>
            <translation>Follow the instructions on the card terminal below the screen.</translation>
        </message>
        <message>
            <source>Your room is already paid. We only hold a deposit for extras.</source>
            <translation>Your room is already paid. We only hold a deposit for extras.</translation>
        </message>
        <message>
            <source>We hold this amount on your card now. You pay at check-out for what you used.</source>
            <translation>We hold this amount on your card now. You pay at check-out for what you used.</translation>
        </message>
        <message numerus="yes">
            <source>Room, %n night(s)</source>
            <translation>
                <numerusform>Room, %n night</numerusform>
                <numerusform>Room, %n nights</numerusform>
            </translation>
        </message>
        <message>
            <source>Room (paid in advance)</source>
            <translation>Room (paid in advance)</translation>
        </message>
        <message>
            <source>Deposit for extras (restaurant, minibar)</source>
            <translation>Deposit for extras (restaurant, minibar)</translation>
        </message>
        <message>
            <source>Held on your card now</source>
            <translation>Held on your card now</translation>
        </message>
        <message>
            <source>This is a hold, not a charge. What you do not use is released when you check out.</source>
            <translation>This is a hold, not a charge. What you do not use is released when you check out.</translation>
        </message>
        <message>
            <source>Pay with card</source>
            <translation>Pay with card</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>RegistrationScreen</name>
        <message>
            <source>Registration card</source>
            <translation>Registration card</translation>
        </message>
        <message>
            <source>The law asks every hotel guest for these details. Please check them and sign.</source>
            <translation>The law asks every hotel guest for these details. Please check them and sign.</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>Your signature</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Sign and continue</source>
            <translation>Sign and continue</translation>
        </message>
    </context>
    <context>
        <name>RoomScreen</name>
        <message>
            <source>Finding your room…</source>
            <translation>Finding your room…</translation>
        </message>
        <message>
            <source>Your room is not quite ready</source>
            <translation>Your room is not quite ready</translation>
        </message>
        <message>
            <source>Your rooms</source>
            <translation>Your rooms</translation>
        </message>
        <message>
            <source>Your room</source>
            <translation>Your room</translation>
        </message>
        <message>
            <source>One moment, please.</source>
            <translation>One moment, please.</translation>
        </message>
        <message>
            <source>Housekeeping is preparing it right now. We are sorry for the wait.</source>
            <translation>Housekeeping is preparing it right now. We are sorry for the wait.</translation>
        </message>
        <message>
            <source>You will get the key cards in a moment.</source>
            <translation>You will get the key cards in a moment.</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Room %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Floor %1</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message numerus="yes">
            <source>It will be ready in about %n minute(s).</source>
            <translation>
                <numerusform>It will be ready in about %n minute.</numerusform>
                <numerusform>It will be ready in about %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>We do not know yet when it will be ready.</source>
            <translation>We do not know yet when it will be ready.</translation>
        </message>
        <message>
            <source>You can wait here or in the lobby and check again, or a colleague can help you now.</source>
            <translation>You can wait here or in the lobby and check again, or a colleague can help you now.</translation>
        </message>
        <message>
            <source>Wait and check again</source>
            <translation>Wait and check again</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Call staff</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here with your finger</source>
            <translation>Sign here with your finger</translation>
        </message>
    </context>
    <context>
        <name>StaffCallConfirmation</name>
        <message>
            <source>Please ask at the front desk</source>
            <translation>Please ask at the front desk</translation>
        </message>
        <message>
            <source>A colleague is on the way</source>
            <translation>A colleague is on the way</translation>
        </message>
        <message>
            <source>We could not reach a colleague from here. We are sorry — the front desk will help you straight away.</source>
            <translation>We could not reach a colleague from here. We are sorry — the front desk will help you straight away.</translation>
        </message>
        <message>
            <source>A colleague has been called and will come to you. You can carry on while you wait.</source>
            <translation>A colleague has been called and will come to you. You can carry on while you wait.</translation>
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
            <translation>A colleague</translation>
        </message>
        <message>
            <source>Waiting for a colleague — they have been alerted</source>
            <translation>Waiting for a colleague — they have been alerted</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1 is here</translation>
        </message>
        <message numerus="yes">
            <source>%1 has seen your request and is coming — about %n minute(s)</source>
            <translation>
                <numerusform>%1 has seen your request and is coming — about %n minute</numerusform>
                <numerusform>%1 has seen your request and is coming — about %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming now</source>
            <translation>%1 has seen your request and is coming now</translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming</source>
            <translation>%1 has seen your request and is coming</translation>
        </message>
    </context>
    <context>
        <name>StaffSignIn</name>
        <message>
            <source>Welcome, %1</source>
            <translation>Welcome, %1</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Staff sign-in</translation>
        </message>
        <message>
            <source>What would you like to open?</source>
            <translation>What would you like to open?</translation>
        </message>
        <message>
            <source>Enter your PIN to open diagnostics.</source>
            <translation>Enter your PIN to open diagnostics.</translation>
        </message>
        <message>
            <source>For hotel staff only. Guests: please use Call staff.</source>
            <translation>For hotel staff only. Guests: please use Call staff.</translation>
        </message>
        <message>
            <source>Tap your staff card or enter your ID and PIN</source>
            <translation>Tap your staff card or enter your ID and PIN</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Staff ID</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Assist the guest</source>
            <translation>Assist the guest</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <source>Card not recognised.</source>
            <translation>Card not recognised.</translation>
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to %1</source>
            <translation>Welcome to %1</translation>
        </message>
        <message>
            <source>Check in here in a few minutes and get your room key.</source>
            <translation>Check in here in a few minutes and get your room key.</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>Choose your language</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Have your booking code, the QR code from your e-mail, or your passport ready.</source>
            <translation>Have your booking code, the QR code from your e-mail, or your passport ready.</translation>
        </message>
    </context>
</TS>