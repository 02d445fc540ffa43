<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu" sourcelanguage="en">
    <context>
        <name>AssistedButton</name>
        <message>
            <source>Assisted by %1</source>
            <translation>Segít: %1</translation>
        </message>
    </context>
    <context>
        <name>AssistedSheet</name>
        <message>
            <source>Staff tools</source>
            <translation>Személyzeti eszközök</translation>
        </message>
        <message>
            <source>Assisted by %1</source>
            <translation>Segít: %1</translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Kulcskártya készül: %1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n new key card(s) made. Older cards of this booking no longer open the door.</source>
            <translation>
                <numerusform>%n új kulcskártya elkészült. A foglalás régebbi kártyái már nem nyitják az ajtót.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).</source>
            <translation>Keresés foglalási kód, vezetéknév, e-mail-cím vagy érkezési dátum (NN.HH.ÉÉÉÉ) szerint.</translation>
        </message>
        <message>
            <source>Every ready room of the booked type. The guest sees the new room at once.</source>
            <translation>A foglalt típus összes kész szobája. A vendég azonnal látja az új szobát.</translation>
        </message>
        <message>
            <source>How many new key cards? Older cards of this booking stop working.</source>
            <translation>Hány új kulcskártya kell? A foglalás régebbi kártyái nem működnek tovább.</translation>
        </message>
        <message>
            <source>The deposit for extras is waived.</source>
            <translation>Az extrák letétjét elengedtük.</translation>
        </message>
        <message>
            <source>Choose a tool. The guest's progress is kept.</source>
            <translation>Válasszon eszközt. A vendég eddigi lépései megmaradnak.</translation>
        </message>
        <message>
            <source>Find a booking</source>
            <translation>Foglalás keresése</translation>
        </message>
        <message>
            <source>Change room</source>
            <translation>Szobacsere</translation>
        </message>
        <message>
            <source>Deposit waived</source>
            <translation>Letét elengedve</translation>
        </message>
        <message>
            <source>Waive deposit</source>
            <translation>Letét elengedése</translation>
        </message>
        <message>
            <source>Make key cards</source>
            <translation>Kulcskártyák készítése</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>Egy lépés vissza</translation>
        </message>
        <message>
            <source>End guest's session</source>
            <translation>Vendég kiléptetése</translation>
        </message>
        <message>
            <source>Back to the guest</source>
            <translation>Vissza a vendéghez</translation>
        </message>
        <message>
            <source>Stop assisting</source>
            <translation>Segítség befejezése</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Keresés</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n éjszaka</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Bejelentkezett</translation>
        </message>
        <message>
            <source>Arriving</source>
            <translation>Érkezik</translation>
        </message>
        <message>
            <source>Check in with this</source>
            <translation>Bejelentkezés ezzel</translation>
        </message>
        <message>
            <source>New key cards</source>
            <translation>Új kulcskártyák</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Szoba: %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1. emelet</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n kulcskártya</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackButton</name>
        <message>
            <source>Back</source>
            <translation>Vissza</translation>
        </message>
    </context>
    <context>
        <name>BusyPanel</name>
        <message>
            <source>One moment, please…</source>
            <translation>Egy pillanat…</translation>
        </message>
    </context>
    <context>
        <name>CallStaffButton</name>
        <message>
            <source>Call staff</source>
            <translation>Személyzet hívása</translation>
        </message>
    </context>
    <context>
        <name>ChooseBookingScreen</name>
        <message>
            <source>Which booking is yours?</source>
            <translation>Melyik az Ön foglalása?</translation>
        </message>
        <message>
            <source>We found more than one booking. Tap your own.</source>
            <translation>Több foglalást találtunk. Koppintson a sajátjára.</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n éjszaka</numerusform>
            </translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>Foglalás: %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDetailsScreen</name>
        <message>
            <source>Welcome back, %1!</source>
            <translation>Üdvözöljük újra, %1!</translation>
        </message>
        <message>
            <source>Is this your booking?</source>
            <translation>Ez az Ön foglalása?</translation>
        </message>
        <message>
            <source>Is this your booking? We have filled in what we know from your last stay.</source>
            <translation>Ez az Ön foglalása? Korábbi tartózkodása alapján kitöltöttük, amit tudunk.</translation>
        </message>
        <message>
            <source>Please check the details, then continue.</source>
            <translation>Kérjük, ellenőrizze az adatokat, majd folytassa.</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Foglalás</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Érkezés</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Távozás</translation>
        </message>
        <message>
            <source>Length of stay</source>
            <translation>A tartózkodás hossza</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n éjszaka</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n adult(s)</source>
            <translation>
                <numerusform>%n felnőtt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n gyermek</numerusform>
            </translation>
        </message>
        <message>
            <source>No, this is not mine</source>
            <translation>Nem, ez nem az enyém</translation>
        </message>
        <message>
            <source>Yes, continue</source>
            <translation>Igen, tovább</translation>
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
            <translation>Korlátozott</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Nem elérhető</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnosztika</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>Bejelentkezve: %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>%1 óta</translation>
        </message>
        <message>
            <source>firmware %1</source>
            <translation>firmware %1</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle to</source>
            <translation>A diagnosztikai csomag mentési helye</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <source>Choose a test. Each one is recorded in the audit log.</source>
            <translation>Válasszon tesztet. Minden teszt bekerül az ellenőrzési naplóba.</translation>
        </message>
        <message>
            <source>Read card</source>
            <translation>Kártya olvasása</translation>
        </message>
        <message>
            <source>Encode test card</source>
            <translation>Tesztkártya kódolása</translation>
        </message>
        <message>
            <source>Dispense card</source>
            <translation>Kártya kiadása</translation>
        </message>
        <message>
            <source>Capture card</source>
            <translation>Kártya visszahúzása</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>Tesztoldal nyomtatása</translation>
        </message>
        <message>
            <source>Scan test</source>
            <translation>Szkennelési teszt</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>Újracsatlakozás</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Csomag exportálása</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
    </context>
    <context>
        <name>DoneScreen</name>
        <message>
            <source>You are all set, %1!</source>
            <translation>Minden kész, %1!</translation>
        </message>
        <message>
            <source>You are all set!</source>
            <translation>Minden kész!</translation>
        </message>
        <message>
            <source>Take your key cards. Enjoy your stay!</source>
            <translation>Vegye el a kulcskártyáit. Kellemes tartózkodást!</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1. emelet</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>Password: %1</source>
            <translation>Jelszó: %1</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Kijelentkezés</translation>
        </message>
        <message>
            <source>By %1 on %2</source>
            <translation>%2, legkésőbb %1</translation>
        </message>
        <message>
            <source>Parking permit: %1</source>
            <translation>Parkolási engedély: %1</translation>
        </message>
        <message>
            <source>Scan to keep these details</source>
            <translation>Szkennelje be, hogy megmaradjanak az adatok</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Nyomtatás…</translation>
        </message>
        <message>
            <source>Print these details</source>
            <translation>Adatok kinyomtatása</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Kész</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Yes, that is mine</source>
            <translation>Igen, ez az enyém</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Személyzet hívása</translation>
        </message>
        <message>
            <source>No, type again</source>
            <translation>Nem, újra beírom</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Újra</translation>
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
            <translation>Foglalás keresése</translation>
        </message>
        <message>
            <source>Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.</source>
            <translation>Írja be a foglalási kódját, vagy bármikor szkennelje be a képernyő alatt az e-mailben kapott QR-kódot vagy az útlevelét.</translation>
        </message>
        <message>
            <source>Booking code</source>
            <translation>Foglalási kód</translation>
        </message>
        <message>
            <source>Surname and date</source>
            <translation>Vezetéknév és dátum</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR-kód</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Útlevél</translation>
        </message>
        <message>
            <source>Find my booking</source>
            <translation>Foglalásom keresése</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Vezetéknév</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Érkezés</translation>
        </message>
        <message>
            <source>Earlier day</source>
            <translation>Előző nap</translation>
        </message>
        <message>
            <source>Later day</source>
            <translation>Következő nap</translation>
        </message>
        <message>
            <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
            <translation>Tartsa a visszaigazoló e-mailben kapott QR-kódot a szkenner alá.</translation>
        </message>
        <message>
            <source>Place your passport on the reader, photo page down.</source>
            <translation>Helyezze az útlevelét a leolvasóra, fényképes oldallal lefelé.</translation>
        </message>
        <message>
            <source>The reader is just below the screen.</source>
            <translation>Az olvasó közvetlenül a képernyő alatt van.</translation>
        </message>
    </context>
    <context>
        <name>InactivityWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>Még itt van?</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, we will clear the screen in %n second(s).</source>
            <translation>
                <numerusform>Adatai védelmében %n másodperc múlva töröljük a képernyőt.</numerusform>
            </translation>
        </message>
        <message>
            <source>I am still here</source>
            <translation>Még itt vagyok</translation>
        </message>
    </context>
    <context>
        <name>KeysScreen</name>
        <message>
            <source>Making your key cards…</source>
            <translation>Készítjük a kulcskártyáit…</translation>
        </message>
        <message>
            <source>Your key cards</source>
            <translation>Kulcskártyái</translation>
        </message>
        <message>
            <source>Please take them from the slot below the screen.</source>
            <translation>Kérjük, vegye ki őket a képernyő alatti nyílásból.</translation>
        </message>
        <message>
            <source>How many key cards would you like for each room?</source>
            <translation>Hány kulcskártyát kér szobánként?</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n kulcskártya</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %n key card(s)</source>
            <translation>
                <numerusform>%n kulcskártya készítése</numerusform>
            </translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Kulcskártya készül: %1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s) on the way</source>
            <translation>
                <numerusform>%n kulcskártya készül</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them from the slot below the screen.</source>
            <translation>Vegye ki őket a képernyő alatti nyílásból.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <source>Choose your language</source>
            <translation>Válasszon nyelvet</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Something went wrong on our side. A colleague can help you.</source>
            <translation>Hiba történt nálunk. Munkatársunk segít Önnek.</translation>
        </message>
        <message>
            <source>A booking code has eight letters and numbers, like ABCD-2345. Please check it and try again.</source>
            <translation>A foglalási kód nyolc betűből és számból áll, például ABCD-2345. Kérjük, ellenőrizze, és próbálja újra.</translation>
        </message>
        <message>
            <source>We could not find a booking with these details. Please check them and try again.</source>
            <translation>Nem találtunk foglalást ezekkel az adatokkal. Kérjük, ellenőrizze őket, és próbálja újra.</translation>
        </message>
        <message>
            <source>We could not find that code. Did you mean %1?</source>
            <translation>Ezt a kódot nem találtuk. Erre gondolt: %1?</translation>
        </message>
        <message>
            <source>This booking has been cancelled. A colleague can help you find a room.</source>
            <translation>Ezt a foglalást lemondták. Munkatársunk segít szobát találni.</translation>
        </message>
        <message>
            <source>This booking is already checked in. If you need a new key card, a colleague can help.</source>
            <translation>Erre a foglalásra már bejelentkeztek. Ha új kulcskártyára van szüksége, munkatársunk segít.</translation>
        </message>
        <message>
            <source>This stay has already ended. A colleague can help you.</source>
            <translation>Ez a tartózkodás már véget ért. Munkatársunk segít Önnek.</translation>
        </message>
        <message>
            <source>Your booking starts on %1. If your plans have changed, a colleague can help you.</source>
            <translation>Foglalásának kezdete: %1. Ha a tervei megváltoztak, munkatársunk segít Önnek.</translation>
        </message>
        <message>
            <source>The arrival date of this booking has passed. A colleague can help you.</source>
            <translation>A foglalás érkezési dátuma már elmúlt. Munkatársunk segít Önnek.</translation>
        </message>
        <message>
            <source>Check-in starts at %1 and your room is not ready yet. You are welcome to wait in the lobby.</source>
            <translation>A bejelentkezés kezdete: %1, és a szobája még nincs kész. Szívesen látjuk az előcsarnokban, amíg vár.</translation>
        </message>
        <message>
            <source>This booking is for another hotel. A colleague can help you.</source>
            <translation>Ez a foglalás egy másik szállodára szól. Munkatársunk segít Önnek.</translation>
        </message>
        <message>
            <source>We could not read your passport. Please place it again, photo page down, and hold it still.</source>
            <translation>Nem tudtuk beolvasni az útlevelét. Kérjük, helyezze rá újra a fényképes oldallal lefelé, és tartsa mozdulatlanul.</translation>
        </message>
        <message>
            <source>We could not read that QR code. Please hold it under the scanner again.</source>
            <translation>Nem tudtuk beolvasni ezt a QR-kódot. Kérjük, tartsa újra a szkenner alá.</translation>
        </message>
        <message>
            <source>Please check the fields marked in red.</source>
            <translation>Kérjük, ellenőrizze a pirossal jelölt mezőket.</translation>
        </message>
        <message>
            <source>Your room is not ready yet.</source>
            <translation>A szobája még nincs kész.</translation>
        </message>
        <message>
            <source>Please check the licence plate. Use only letters, numbers and hyphens.</source>
            <translation>Kérjük, ellenőrizze a rendszámot. Csak betűket, számokat és kötőjelet használjon.</translation>
        </message>
        <message>
            <source>The card was not accepted. You can try again or use another card.</source>
            <translation>A kártyát nem fogadták el. Próbálja újra, vagy használjon másik kártyát.</translation>
        </message>
        <message>
            <source>The terminal did not see a card. Please try again.</source>
            <translation>A terminál nem érzékelt kártyát. Kérjük, próbálja újra.</translation>
        </message>
        <message>
            <source>The payment was cancelled on the terminal. You can try again.</source>
            <translation>A fizetést megszakították a terminálon. Próbálja újra.</translation>
        </message>
        <message>
            <source>The kiosk could not finish this step. A colleague can help you.</source>
            <translation>A kioszk nem tudta befejezni ezt a lépést. Munkatársunk segít Önnek.</translation>
        </message>
        <message>
            <source>A key card got stuck in the machine. A colleague will give you your keys.</source>
            <translation>Egy kulcskártya elakadt a gépben. Munkatársunk odaadja a kulcsait.</translation>
        </message>
        <message>
            <source>The kiosk has run out of key cards. A colleague will give you your keys.</source>
            <translation>A kioszkból kifogytak a kulcskártyák. Munkatársunk odaadja a kulcsait.</translation>
        </message>
        <message>
            <source>We could not make your key card. A colleague will give you your keys.</source>
            <translation>Nem tudtuk elkészíteni a kulcskártyáját. Munkatársunk odaadja a kulcsait.</translation>
        </message>
        <message>
            <source>The key card was not taken in time, so the kiosk kept it safe. You can make your key cards again. A colleague has been told too.</source>
            <translation>A kulcskártyát nem vették ki időben, ezért a kioszk biztonságba helyezte. A kulcskártyákat újra elkészítheti. Munkatársunkat is értesítettük.</translation>
        </message>
        <message>
            <source>The printer has run out of paper. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>A nyomtatóból kifogyott a papír. Adatai megőrzéséhez szkennelje be a képernyőn látható QR-kódot. Munkatársunkat értesítettük.</translation>
        </message>
        <message>
            <source>The printer is open and cannot print. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>A nyomtató nyitva van, ezért nem tud nyomtatni. Adatai megőrzéséhez szkennelje be a képernyőn látható QR-kódot. Munkatársunkat értesítettük.</translation>
        </message>
        <message>
            <source>The printer is not working right now. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>A nyomtató most nem működik. Adatai megőrzéséhez szkennelje be a képernyőn látható QR-kódot. Munkatársunkat értesítettük.</translation>
        </message>
        <message>
            <source>A colleague is already on the way to you.</source>
            <translation>Munkatársunk már úton van Önhöz.</translation>
        </message>
        <message>
            <source>Staff ID or PIN not recognised. Please try again.</source>
            <translation>A személyzeti azonosító vagy a PIN-kód nem megfelelő. Kérjük, próbálja újra.</translation>
        </message>
        <message>
            <source>This account is locked for a while after too many wrong PINs. Please ask the duty manager.</source>
            <translation>Túl sok hibás PIN-kód miatt a fiók egy ideig zárolva van. Kérjük, forduljon az ügyeletes vezetőhöz.</translation>
        </message>
        <message>
            <source>This account cannot open the staff tools on this kiosk.</source>
            <translation>Ezzel a fiókkal ezen a kioszkon nem nyithatók meg a személyzeti eszközök.</translation>
        </message>
        <message>
            <source>That room is no longer ready. Please pick another one.</source>
            <translation>Ez a szoba már nem kész. Kérjük, válasszon másikat.</translation>
        </message>
        <message>
            <source>New key cards can be made only for a booking that is checked in.</source>
            <translation>Új kulcskártya csak bejelentkezett foglaláshoz készíthető.</translation>
        </message>
        <message>
            <source>This booking has no room assigned yet.</source>
            <translation>Ehhez a foglaláshoz még nincs szoba rendelve.</translation>
        </message>
        <message>
            <source>Go back to the first step of the check-in to use another booking.</source>
            <translation>Másik foglalás használatához lépjen vissza a bejelentkezés első lépéséhez.</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>Kérjük, töltse ki.</translation>
        </message>
        <message>
            <source>Please write the date as DD.MM.YYYY.</source>
            <translation>Kérjük, a dátumot NN.HH.ÉÉÉÉ formában írja.</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>Ez a dátum nem lehet a jövőben.</translation>
        </message>
        <message>
            <source>Please check this date.</source>
            <translation>Kérjük, ellenőrizze ezt a dátumot.</translation>
        </message>
        <message>
            <source>Please check the country.</source>
            <translation>Kérjük, ellenőrizze az országot.</translation>
        </message>
        <message>
            <source>Please check the document number.</source>
            <translation>Kérjük, ellenőrizze az okmány számát.</translation>
        </message>
        <message>
            <source>Please check the name.</source>
            <translation>Kérjük, ellenőrizze a nevet.</translation>
        </message>
        <message>
            <source>Please sign in the box.</source>
            <translation>Kérjük, írjon alá a keretben.</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Kérjük, ellenőrizze a rendszámot.</translation>
        </message>
        <message>
            <source>Please check what you typed here.</source>
            <translation>Kérjük, ellenőrizze, mit írt ide.</translation>
        </message>
        <message>
            <source>Please check the e-mail address.</source>
            <translation>Kérjük, ellenőrizze az e-mail-címet.</translation>
        </message>
        <message>
            <source>The departure must be after the arrival.</source>
            <translation>A távozásnak az érkezés után kell lennie.</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, for example 17.04.1986</source>
            <translation>NN.HH.ÉÉÉÉ, például 17.04.1986</translation>
        </message>
        <message>
            <source>Country name or code, for example FIN</source>
            <translation>Az ország neve vagy kódja, például FIN</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Keresztnév</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Vezetéknév</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Születési dátum</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Állampolgárság</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Utca, házszám</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Város</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Irányítószám</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ország</translation>
        </message>
        <message>
            <source>Passport or ID card number</source>
            <translation>Útlevél- vagy személyi szám</translation>
        </message>
        <message>
            <source>Document issued by</source>
            <translation>Az okmányt kiállító ország</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Érkezés</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Távozás</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Single room</source>
            <translation>Egyágyas szoba</translation>
        </message>
        <message>
            <source>Double room</source>
            <translation>Franciaágyas szoba</translation>
        </message>
        <message>
            <source>Twin room</source>
            <translation>Kétágyas szoba</translation>
        </message>
        <message>
            <source>Family room</source>
            <translation>Családi szoba</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>Lakosztály</translation>
        </message>
        <message>
            <source>Valid key card</source>
            <translation>Érvényes kulcskártya</translation>
        </message>
        <message>
            <source>Not a Lobby key card</source>
            <translation>Nem Lobby-kulcskártya</translation>
        </message>
        <message>
            <source>Blank card</source>
            <translation>Üres kártya</translation>
        </message>
        <message>
            <source>Tampered card: the signature does not match</source>
            <translation>Manipulált kártya: az aláírás nem egyezik</translation>
        </message>
        <message>
            <source>Copied card: the key belongs to another card</source>
            <translation>Másolt kártya: a kulcs egy másik kártyához tartozik</translation>
        </message>
        <message>
            <source>Expired key card</source>
            <translation>Lejárt kulcskártya</translation>
        </message>
        <message>
            <source>Key card not valid yet</source>
            <translation>A kulcskártya még nem érvényes</translation>
        </message>
        <message>
            <source>Old key card: a newer one was made</source>
            <translation>Régi kulcskártya: azóta újabb készült</translation>
        </message>
        <message>
            <source>Key card of another hotel</source>
            <translation>Másik szálloda kulcskártyája</translation>
        </message>
        <message>
            <source>No card at the key encoder</source>
            <translation>Nincs kártya a kulcskódolóban</translation>
        </message>
        <message>
            <source>A blank card was dispensed to the gate.</source>
            <translation>Egy üres kártyát kiadtunk a nyílásba.</translation>
        </message>
        <message>
            <source>The card at the gate was pulled into the bin.</source>
            <translation>A nyílásban lévő kártyát visszahúztuk a gyűjtőbe.</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>A tesztoldal elkészült.</translation>
        </message>
        <message>
            <source>Hold a code under the scanner now…</source>
            <translation>Most tartson egy kódot a szkenner alá…</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>Beolvasva: %1</translation>
        </message>
        <message>
            <source>No code was scanned.</source>
            <translation>Nem olvastunk be kódot.</translation>
        </message>
        <message>
            <source>Every device was checked again.</source>
            <translation>Minden eszközt újra ellenőriztünk.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Sikertelen: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Mentve: %1</translation>
        </message>
        <message>
            <source>Could not save there: %1</source>
            <translation>Ide nem sikerült menteni: %1</translation>
        </message>
    </context>
    <context>
        <name>ParkingScreen</name>
        <message>
            <source>Are you parking a car with us?</source>
            <translation>Autóval parkol nálunk?</translation>
        </message>
        <message>
            <source>Register the licence plate and your parking permit is ready. No paper needed.</source>
            <translation>Adja meg a rendszámot, és kész is a parkolási engedélye. Papírra nincs szükség.</translation>
        </message>
        <message>
            <source>I have a car</source>
            <translation>Van autóm</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>Rendszám</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Kérjük, ellenőrizze a rendszámot.</translation>
        </message>
        <message>
            <source>Register my car</source>
            <translation>Autóm regisztrálása</translation>
        </message>
        <message>
            <source>No car</source>
            <translation>Nincs autóm</translation>
        </message>
    </context>
    <context>
        <name>PaymentScreen</name>
        <message>
            <source>Insert or tap your card on the terminal</source>
            <translation>Helyezze be vagy érintse kártyáját a terminálhoz</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Fizetés</translation>
        </message>
        <message>
            <source>Follow the instructions on the card terminal below the screen.</source>
            <translation>Kövesse a képernyő alatti kártyaterminál utasításait.</translation>
        </message>
        <message>
            <source>Your room is already paid. We only hold a deposit for extras.</source>
            <translation>A szobája már ki van fizetve. Csak az extrákra zárolunk letétet.</translation>
        </message>
        <message>
            <source>We hold this amount on your card now. You pay at check-out for what you used.</source>
            <translation>Ezt az összeget most zároljuk a kártyáján. Távozáskor csak azt fizeti ki, amit igénybe vett.</translation>
        </message>
        <message numerus="yes">
            <source>Room, %n night(s)</source>
            <translation>
                <numerusform>Szoba, %n éjszaka</numerusform>
            </translation>
        </message>
        <message>
            <source>Room (paid in advance)</source>
            <translation>Szoba (előre fizetve)</translation>
        </message>
        <message>
            <source>Deposit for extras (restaurant, minibar)</source>
            <translation>Letét az extrákra (étterem, minibár)</translation>
        </message>
        <message>
            <source>Held on your card now</source>
            <translation>Most zároljuk a kártyáján</translation>
        </message>
        <message>
            <source>This is a hold, not a charge. What you do not use is released when you check out.</source>
            <translation>Ez zárolás, nem terhelés. A fel nem használt összeget távozáskor feloldjuk.</translation>
        </message>
        <message>
            <source>Pay with card</source>
            <translation>Fizetés kártyával</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>Törlés</translation>
        </message>
    </context>
    <context>
        <name>RegistrationScreen</name>
        <message>
            <source>Registration card</source>
            <translation>Bejelentőlap</translation>
        </message>
        <message>
            <source>The law asks every hotel guest for these details. Please check them and sign.</source>
            <translation>A törvény minden szállóvendégtől kéri ezeket az adatokat. Kérjük, ellenőrizze és írja alá.</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>Az Ön aláírása</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Törlés</translation>
        </message>
        <message>
            <source>Sign and continue</source>
            <translation>Aláírás és tovább</translation>
        </message>
    </context>
    <context>
        <name>RoomScreen</name>
        <message>
            <source>Finding your room…</source>
            <translation>Keressük a szobáját…</translation>
        </message>
        <message>
            <source>Your room is not quite ready</source>
            <translation>A szobája még nincs egészen kész</translation>
        </message>
        <message>
            <source>Your rooms</source>
            <translation>Az Ön szobái</translation>
        </message>
        <message>
            <source>Your room</source>
            <translation>Az Ön szobája</translation>
        </message>
        <message>
            <source>One moment, please.</source>
            <translation>Egy pillanat.</translation>
        </message>
        <message>
            <source>Housekeeping is preparing it right now. We are sorry for the wait.</source>
            <translation>A takarítók éppen most készítik elő. Elnézést kérünk a várakozásért.</translation>
        </message>
        <message>
            <source>You will get the key cards in a moment.</source>
            <translation>A kulcskártyákat mindjárt megkapja.</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Szoba: %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>%1. emelet</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Tovább</translation>
        </message>
        <message numerus="yes">
            <source>It will be ready in about %n minute(s).</source>
            <translation>
                <numerusform>Körülbelül %n perc múlva lesz kész.</numerusform>
            </translation>
        </message>
        <message>
            <source>We do not know yet when it will be ready.</source>
            <translation>Még nem tudjuk, mikor lesz kész.</translation>
        </message>
        <message>
            <source>You can wait here or in the lobby and check again, or a colleague can help you now.</source>
            <translation>Várhat itt vagy az előcsarnokban, és később újra megnézheti, vagy munkatársunk most segít Önnek.</translation>
        </message>
        <message>
            <source>Wait and check again</source>
            <translation>Várok, és újra megnézem</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Személyzet hívása</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here with your finger</source>
            <translation>Írjon alá itt az ujjával</translation>
        </message>
    </context>
    <context>
        <name>StaffCallConfirmation</name>
        <message>
            <source>Please ask at the front desk</source>
            <translation>Kérjük, forduljon a recepcióhoz</translation>
        </message>
        <message>
            <source>A colleague is on the way</source>
            <translation>Munkatársunk már úton van</translation>
        </message>
        <message>
            <source>We could not reach a colleague from here. We are sorry — the front desk will help you straight away.</source>
            <translation>Innen nem értük el munkatársunkat. Elnézést kérünk – a recepción azonnal segítenek.</translation>
        </message>
        <message>
            <source>A colleague has been called and will come to you. You can carry on while you wait.</source>
            <translation>Értesítettük munkatársunkat, hamarosan Önhöz megy. Várakozás közben folytathatja.</translation>
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
            <translation>Munkatársunk</translation>
        </message>
        <message>
            <source>Waiting for a colleague — they have been alerted</source>
            <translation>Munkatársunkra várunk – már értesítettük</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1 megérkezett</translation>
        </message>
        <message numerus="yes">
            <source>%1 has seen your request and is coming — about %n minute(s)</source>
            <translation>
                <numerusform>%1 látta a kérését, és jön – kb. %n perc múlva ér ide</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming now</source>
            <translation>%1 látta a kérését, és azonnal jön</translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming</source>
            <translation>%1 látta a kérését, és már úton van</translation>
        </message>
    </context>
    <context>
        <name>StaffSignIn</name>
        <message>
            <source>Welcome, %1</source>
            <translation>Üdvözöljük, %1</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Személyzeti belépés</translation>
        </message>
        <message>
            <source>What would you like to open?</source>
            <translation>Mit szeretne megnyitni?</translation>
        </message>
        <message>
            <source>Enter your PIN to open diagnostics.</source>
            <translation>A diagnosztika megnyitásához adja meg PIN-kódját.</translation>
        </message>
        <message>
            <source>For hotel staff only. Guests: please use Call staff.</source>
            <translation>Csak a szálloda személyzetének. Vendégeink kérjük, használják a „Személyzet hívása” gombot.</translation>
        </message>
        <message>
            <source>Tap your staff card or enter your ID and PIN</source>
            <translation>Érintse a személyzeti kártyáját az olvasóhoz, vagy adja meg azonosítóját és PIN-kódját</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Személyzeti azonosító</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-kód</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Belépés</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <source>Assist the guest</source>
            <translation>Vendég segítése</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnosztika</translation>
        </message>
        <message>
            <source>Card not recognised.</source>
            <translation>A kártya nem azonosítható.</translation>
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Step %1 of %2</source>
            <translation>%1. lépés / %2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to %1</source>
            <translation>Üdvözöljük! %1</translation>
        </message>
        <message>
            <source>Check in here in a few minutes and get your room key.</source>
            <translation>Jelentkezzen be itt néhány perc alatt, és vegye át a szobakulcsát.</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>Válasszon nyelvet</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Bejelentkezés</translation>
        </message>
        <message>
            <source>Have your booking code, the QR code from your e-mail, or your passport ready.</source>
            <translation>Készítse elő a foglalási kódját, az e-mailben kapott QR-kódot vagy az útlevelét.</translation>
        </message>
    </context>
</TS>