<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et" sourcelanguage="en">
    <context>
        <name>AssistedButton</name>
        <message>
            <source>Assisted by %1</source>
            <translation>Abistab %1</translation>
        </message>
    </context>
    <context>
        <name>AssistedSheet</name>
        <message>
            <source>Staff tools</source>
            <translation>Töötaja tööriistad</translation>
        </message>
        <message>
            <source>Assisted by %1</source>
            <translation>Abistab %1</translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Valmistame võtmekaarti %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>%n new key card(s) made. Older cards of this booking no longer open the door.</source>
            <translation>
                <numerusform>Valmis %n uus võtmekaart. Selle broneeringu vanemad kaardid ust enam ei ava.</numerusform>
                <numerusform>Valmis %n uut võtmekaarti. Selle broneeringu vanemad kaardid ust enam ei ava.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).</source>
            <translation>Otsige broneeringukoodi, perekonnanime, e-posti või saabumiskuupäeva (PP.KK.AAAA) järgi.</translation>
        </message>
        <message>
            <source>Every ready room of the booked type. The guest sees the new room at once.</source>
            <translation>Kõik broneeritud tüüpi valmis toad. Külaline näeb uut tuba kohe.</translation>
        </message>
        <message>
            <source>How many new key cards? Older cards of this booking stop working.</source>
            <translation>Mitu uut võtmekaarti? Selle broneeringu vanemad kaardid lakkavad töötamast.</translation>
        </message>
        <message>
            <source>The deposit for extras is waived.</source>
            <translation>Lisateenuste tagatisraha ei võeta.</translation>
        </message>
        <message>
            <source>Choose a tool. The guest's progress is kept.</source>
            <translation>Valige tööriist. Külalise senine töö säilib.</translation>
        </message>
        <message>
            <source>Find a booking</source>
            <translation>Otsi broneeringut</translation>
        </message>
        <message>
            <source>Change room</source>
            <translation>Vaheta tuba</translation>
        </message>
        <message>
            <source>Deposit waived</source>
            <translation>Tagatisrahata</translation>
        </message>
        <message>
            <source>Waive deposit</source>
            <translation>Loobu tagatisrahast</translation>
        </message>
        <message>
            <source>Make key cards</source>
            <translation>Tee võtmekaardid</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>Samm tagasi</translation>
        </message>
        <message>
            <source>End guest's session</source>
            <translation>Lõpeta külalise seanss</translation>
        </message>
        <message>
            <source>Back to the guest</source>
            <translation>Tagasi külalise juurde</translation>
        </message>
        <message>
            <source>Stop assisting</source>
            <translation>Lõpeta abistamine</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Otsi</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n öö</numerusform>
                <numerusform>%n ööd</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Registreeritud</translation>
        </message>
        <message>
            <source>Arriving</source>
            <translation>Saabub</translation>
        </message>
        <message>
            <source>Check in with this</source>
            <translation>Registreeri sellega</translation>
        </message>
        <message>
            <source>New key cards</source>
            <translation>Uued võtmekaardid</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Tuba %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Korrus %1</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n võtmekaart</numerusform>
                <numerusform>%n võtmekaarti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackButton</name>
        <message>
            <source>Back</source>
            <translation>Tagasi</translation>
        </message>
    </context>
    <context>
        <name>BusyPanel</name>
        <message>
            <source>One moment, please…</source>
            <translation>Üks hetk, palun…</translation>
        </message>
    </context>
    <context>
        <name>CallStaffButton</name>
        <message>
            <source>Call staff</source>
            <translation>Kutsu töötaja</translation>
        </message>
    </context>
    <context>
        <name>ChooseBookingScreen</name>
        <message>
            <source>Which booking is yours?</source>
            <translation>Milline broneering on teie oma?</translation>
        </message>
        <message>
            <source>We found more than one booking. Tap your own.</source>
            <translation>Leidsime mitu broneeringut. Puudutage enda oma.</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n öö</numerusform>
                <numerusform>%n ööd</numerusform>
            </translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>Broneering %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDetailsScreen</name>
        <message>
            <source>Welcome back, %1!</source>
            <translation>Tere tulemast tagasi, %1!</translation>
        </message>
        <message>
            <source>Is this your booking?</source>
            <translation>Kas see on teie broneering?</translation>
        </message>
        <message>
            <source>Is this your booking? We have filled in what we know from your last stay.</source>
            <translation>Kas see on teie broneering? Täitsime andmed teie eelmise külastuse põhjal.</translation>
        </message>
        <message>
            <source>Please check the details, then continue.</source>
            <translation>Palun kontrollige andmeid ja jätkake.</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Broneering</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Saabumine</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Lahkumine</translation>
        </message>
        <message>
            <source>Length of stay</source>
            <translation>Viibimise pikkus</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n öö</numerusform>
                <numerusform>%n ööd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n adult(s)</source>
            <translation>
                <numerusform>%n täiskasvanu</numerusform>
                <numerusform>%n täiskasvanut</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n laps</numerusform>
                <numerusform>%n last</numerusform>
            </translation>
        </message>
        <message>
            <source>No, this is not mine</source>
            <translation>Ei, see pole minu oma</translation>
        </message>
        <message>
            <source>Yes, continue</source>
            <translation>Jah, jätka</translation>
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
            <translation>Häiritud</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Ühenduseta</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostika</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>Sisse logitud: %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>alates %1</translation>
        </message>
        <message>
            <source>firmware %1</source>
            <translation>püsivara %1</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle to</source>
            <translation>Salvesta diagnostikapakett asukohta</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Tühista</translation>
        </message>
        <message>
            <source>Choose a test. Each one is recorded in the audit log.</source>
            <translation>Valige test. Iga test kantakse auditilogisse.</translation>
        </message>
        <message>
            <source>Read card</source>
            <translation>Loe kaarti</translation>
        </message>
        <message>
            <source>Encode test card</source>
            <translation>Kodeeri testkaart</translation>
        </message>
        <message>
            <source>Dispense card</source>
            <translation>Väljasta kaart</translation>
        </message>
        <message>
            <source>Capture card</source>
            <translation>Tõmba kaart sisse</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>Prindi testleht</translation>
        </message>
        <message>
            <source>Scan test</source>
            <translation>Skannimistest</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>Ühenda uuesti</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Ekspordi pakett</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulge</translation>
        </message>
    </context>
    <context>
        <name>DoneScreen</name>
        <message>
            <source>You are all set, %1!</source>
            <translation>Kõik on valmis, %1!</translation>
        </message>
        <message>
            <source>You are all set!</source>
            <translation>Kõik on valmis!</translation>
        </message>
        <message>
            <source>Take your key cards. Enjoy your stay!</source>
            <translation>Võtke oma võtmekaardid. Meeldivat viibimist!</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Korrus %1</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>Password: %1</source>
            <translation>Parool: %1</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Väljaregistreerimine</translation>
        </message>
        <message>
            <source>By %1 on %2</source>
            <translation>Hiljemalt kell %1, %2</translation>
        </message>
        <message>
            <source>Parking permit: %1</source>
            <translation>Parkimisluba: %1</translation>
        </message>
        <message>
            <source>Scan to keep these details</source>
            <translation>Skannige, et andmed alles jääksid</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Prindime…</translation>
        </message>
        <message>
            <source>Print these details</source>
            <translation>Prindi need andmed</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Valmis</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Yes, that is mine</source>
            <translation>Jah, see on minu oma</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Kutsu töötaja</translation>
        </message>
        <message>
            <source>No, type again</source>
            <translation>Ei, sisestan uuesti</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulge</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Proovi uuesti</translation>
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
            <translation>Leidke oma broneering</translation>
        </message>
        <message>
            <source>Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.</source>
            <translation>Sisestage broneeringukood või skannige igal ajal ekraani all e-kirjas olev QR-kood või oma pass.</translation>
        </message>
        <message>
            <source>Booking code</source>
            <translation>Broneeringukood</translation>
        </message>
        <message>
            <source>Surname and date</source>
            <translation>Perekonnanimi ja kuupäev</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR-kood</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>Find my booking</source>
            <translation>Leia minu broneering</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Perekonnanimi</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Saabumine</translation>
        </message>
        <message>
            <source>Earlier day</source>
            <translation>Eelmine päev</translation>
        </message>
        <message>
            <source>Later day</source>
            <translation>Järgmine päev</translation>
        </message>
        <message>
            <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
            <translation>Hoidke kinnituskirjas olevat QR-koodi skanneri all.</translation>
        </message>
        <message>
            <source>Place your passport on the reader, photo page down.</source>
            <translation>Asetage pass lugejale, pildiga lehekülg allapoole.</translation>
        </message>
        <message>
            <source>The reader is just below the screen.</source>
            <translation>Lugeja asub kohe ekraani all.</translation>
        </message>
    </context>
    <context>
        <name>InactivityWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>Kas olete veel siin?</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, we will clear the screen in %n second(s).</source>
            <translation>
                <numerusform>Teie privaatsuse huvides tühjendame ekraani %n sekundi pärast.</numerusform>
                <numerusform>Teie privaatsuse huvides tühjendame ekraani %n sekundi pärast.</numerusform>
            </translation>
        </message>
        <message>
            <source>I am still here</source>
            <translation>Olen veel siin</translation>
        </message>
    </context>
    <context>
        <name>KeysScreen</name>
        <message>
            <source>Making your key cards…</source>
            <translation>Valmistame teie võtmekaarte…</translation>
        </message>
        <message>
            <source>Your key cards</source>
            <translation>Teie võtmekaardid</translation>
        </message>
        <message>
            <source>Please take them from the slot below the screen.</source>
            <translation>Palun võtke need ekraani all olevast pilust.</translation>
        </message>
        <message>
            <source>How many key cards would you like for each room?</source>
            <translation>Mitu võtmekaarti soovite iga toa kohta?</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n võtmekaart</numerusform>
                <numerusform>%n võtmekaarti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %n key card(s)</source>
            <translation>
                <numerusform>Tee %n võtmekaart</numerusform>
                <numerusform>Tee %n võtmekaarti</numerusform>
            </translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Valmistame võtmekaarti %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s) on the way</source>
            <translation>
                <numerusform>%n võtmekaart on tulemas</numerusform>
                <numerusform>%n võtmekaarti on tulemas</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them from the slot below the screen.</source>
            <translation>Võtke need ekraani all olevast pilust.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <source>Choose your language</source>
            <translation>Valige keel</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Something went wrong on our side. A colleague can help you.</source>
            <translation>Meie poolel läks midagi valesti. Töötaja aitab teid.</translation>
        </message>
        <message>
            <source>A booking code has eight letters and numbers, like ABCD-2345. Please check it and try again.</source>
            <translation>Broneeringukoodis on kaheksa tähte ja numbrit, näiteks ABCD-2345. Palun kontrollige seda ja proovige uuesti.</translation>
        </message>
        <message>
            <source>We could not find a booking with these details. Please check them and try again.</source>
            <translation>Nende andmetega broneeringut ei leitud. Palun kontrollige andmeid ja proovige uuesti.</translation>
        </message>
        <message>
            <source>We could not find that code. Did you mean %1?</source>
            <translation>Seda koodi ei leitud. Kas mõtlesite %1?</translation>
        </message>
        <message>
            <source>This booking has been cancelled. A colleague can help you find a room.</source>
            <translation>See broneering on tühistatud. Töötaja aitab teil tuba leida.</translation>
        </message>
        <message>
            <source>This booking is already checked in. If you need a new key card, a colleague can help.</source>
            <translation>See broneering on juba registreeritud. Kui vajate uut võtmekaarti, aitab teid töötaja.</translation>
        </message>
        <message>
            <source>This stay has already ended. A colleague can help you.</source>
            <translation>See viibimine on juba lõppenud. Töötaja aitab teid.</translation>
        </message>
        <message>
            <source>Your booking starts on %1. If your plans have changed, a colleague can help you.</source>
            <translation>Teie broneering algab %1. Kui teie plaanid on muutunud, aitab teid töötaja.</translation>
        </message>
        <message>
            <source>The arrival date of this booking has passed. A colleague can help you.</source>
            <translation>Selle broneeringu saabumiskuupäev on möödas. Töötaja aitab teid.</translation>
        </message>
        <message>
            <source>Check-in starts at %1 and your room is not ready yet. You are welcome to wait in the lobby.</source>
            <translation>Registreerimine algab kell %1 ja teie tuba ei ole veel valmis. Võite oodata fuajees.</translation>
        </message>
        <message>
            <source>This booking is for another hotel. A colleague can help you.</source>
            <translation>See broneering on teise hotelli jaoks. Töötaja aitab teid.</translation>
        </message>
        <message>
            <source>We could not read your passport. Please place it again, photo page down, and hold it still.</source>
            <translation>Me ei saanud teie passi lugeda. Palun asetage see uuesti pildiga lehekülg allapoole ja hoidke paigal.</translation>
        </message>
        <message>
            <source>We could not read that QR code. Please hold it under the scanner again.</source>
            <translation>Me ei saanud seda QR-koodi lugeda. Palun hoidke seda uuesti skanneri all.</translation>
        </message>
        <message>
            <source>Please check the fields marked in red.</source>
            <translation>Palun kontrollige punasega märgitud välju.</translation>
        </message>
        <message>
            <source>Your room is not ready yet.</source>
            <translation>Teie tuba ei ole veel valmis.</translation>
        </message>
        <message>
            <source>Please check the licence plate. Use only letters, numbers and hyphens.</source>
            <translation>Palun kontrollige registreerimisnumbrit. Kasutage ainult tähti, numbreid ja sidekriipse.</translation>
        </message>
        <message>
            <source>The card was not accepted. You can try again or use another card.</source>
            <translation>Kaarti ei aktsepteeritud. Võite proovida uuesti või kasutada teist kaarti.</translation>
        </message>
        <message>
            <source>The terminal did not see a card. Please try again.</source>
            <translation>Terminal ei tuvastanud kaarti. Palun proovige uuesti.</translation>
        </message>
        <message>
            <source>The payment was cancelled on the terminal. You can try again.</source>
            <translation>Makse tühistati terminalis. Võite proovida uuesti.</translation>
        </message>
        <message>
            <source>The kiosk could not finish this step. A colleague can help you.</source>
            <translation>Kiosk ei saanud seda sammu lõpetada. Töötaja aitab teid.</translation>
        </message>
        <message>
            <source>A key card got stuck in the machine. A colleague will give you your keys.</source>
            <translation>Võtmekaart jäi masinasse kinni. Töötaja toob teile võtmed.</translation>
        </message>
        <message>
            <source>The kiosk has run out of key cards. A colleague will give you your keys.</source>
            <translation>Kioskis said võtmekaardid otsa. Töötaja toob teile võtmed.</translation>
        </message>
        <message>
            <source>We could not make your key card. A colleague will give you your keys.</source>
            <translation>Me ei saanud teie võtmekaarti valmistada. Töötaja toob teile võtmed.</translation>
        </message>
        <message>
            <source>The key card was not taken in time, so the kiosk kept it safe. You can make your key cards again. A colleague has been told too.</source>
            <translation>Võtmekaarti ei võetud õigel ajal, seega võttis kiosk selle hoiule. Võite võtmekaardid uuesti teha. Ka töötajat on teavitatud.</translation>
        </message>
        <message>
            <source>The printer has run out of paper. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Printeris sai paber otsa. Andmete säilitamiseks skannige ekraanil olev QR-kood. Töötajat on teavitatud.</translation>
        </message>
        <message>
            <source>The printer is open and cannot print. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Printer on lahti ega saa printida. Andmete säilitamiseks skannige ekraanil olev QR-kood. Töötajat on teavitatud.</translation>
        </message>
        <message>
            <source>The printer is not working right now. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Printer praegu ei tööta. Andmete säilitamiseks skannige ekraanil olev QR-kood. Töötajat on teavitatud.</translation>
        </message>
        <message>
            <source>A colleague is already on the way to you.</source>
            <translation>Töötaja on juba teie juurde teel.</translation>
        </message>
        <message>
            <source>Staff ID or PIN not recognised. Please try again.</source>
            <translation>Töötaja tunnust või PIN-koodi ei tuvastatud. Palun proovige uuesti.</translation>
        </message>
        <message>
            <source>This account is locked for a while after too many wrong PINs. Please ask the duty manager.</source>
            <translation>Liiga paljude valede PIN-koodide tõttu on konto mõneks ajaks lukus. Palun pöörduge vahetuse juhataja poole.</translation>
        </message>
        <message>
            <source>This account cannot open the staff tools on this kiosk.</source>
            <translation>Selle kontoga ei saa selles kioskis töötaja tööriistu avada.</translation>
        </message>
        <message>
            <source>That room is no longer ready. Please pick another one.</source>
            <translation>See tuba ei ole enam valmis. Palun valige teine.</translation>
        </message>
        <message>
            <source>New key cards can be made only for a booking that is checked in.</source>
            <translation>Uusi võtmekaarte saab teha ainult registreeritud broneeringule.</translation>
        </message>
        <message>
            <source>This booking has no room assigned yet.</source>
            <translation>Sellele broneeringule pole veel tuba määratud.</translation>
        </message>
        <message>
            <source>Go back to the first step of the check-in to use another booking.</source>
            <translation>Teise broneeringu kasutamiseks minge tagasi registreerimise esimese sammu juurde.</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>Palun täitke see väli.</translation>
        </message>
        <message>
            <source>Please write the date as DD.MM.YYYY.</source>
            <translation>Palun kirjutage kuupäev kujul PP.KK.AAAA.</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>See kuupäev ei saa olla tulevikus.</translation>
        </message>
        <message>
            <source>Please check this date.</source>
            <translation>Palun kontrollige seda kuupäeva.</translation>
        </message>
        <message>
            <source>Please check the country.</source>
            <translation>Palun kontrollige riiki.</translation>
        </message>
        <message>
            <source>Please check the document number.</source>
            <translation>Palun kontrollige dokumendi numbrit.</translation>
        </message>
        <message>
            <source>Please check the name.</source>
            <translation>Palun kontrollige nime.</translation>
        </message>
        <message>
            <source>Please sign in the box.</source>
            <translation>Palun allkirjastage kastis.</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Palun kontrollige registreerimisnumbrit.</translation>
        </message>
        <message>
            <source>Please check what you typed here.</source>
            <translation>Palun kontrollige, mida siia sisestasite.</translation>
        </message>
        <message>
            <source>Please check the e-mail address.</source>
            <translation>Palun kontrollige e-posti aadressi.</translation>
        </message>
        <message>
            <source>The departure must be after the arrival.</source>
            <translation>Lahkumine peab olema pärast saabumist.</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, for example 17.04.1986</source>
            <translation>PP.KK.AAAA, näiteks 17.04.1986</translation>
        </message>
        <message>
            <source>Country name or code, for example FIN</source>
            <translation>Riigi nimi või kood, näiteks FIN</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Eesnimi</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Perekonnanimi</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Sünniaeg</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Kodakondsus</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Tänav ja maja</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Linn</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postiindeks</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Riik</translation>
        </message>
        <message>
            <source>Passport or ID card number</source>
            <translation>Passi või ID-kaardi number</translation>
        </message>
        <message>
            <source>Document issued by</source>
            <translation>Dokumendi väljaandja</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Saabumine</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Lahkumine</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Single room</source>
            <translation>Ühekohaline tuba</translation>
        </message>
        <message>
            <source>Double room</source>
            <translation>Kahekohaline tuba</translation>
        </message>
        <message>
            <source>Twin room</source>
            <translation>Kahe eraldi voodiga tuba</translation>
        </message>
        <message>
            <source>Family room</source>
            <translation>Peretuba</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>Sviit</translation>
        </message>
        <message>
            <source>Valid key card</source>
            <translation>Kehtiv võtmekaart</translation>
        </message>
        <message>
            <source>Not a Lobby key card</source>
            <translation>Pole Lobby võtmekaart</translation>
        </message>
        <message>
            <source>Blank card</source>
            <translation>Tühi kaart</translation>
        </message>
        <message>
            <source>Tampered card: the signature does not match</source>
            <translation>Võltsitud kaart: allkiri ei klapi</translation>
        </message>
        <message>
            <source>Copied card: the key belongs to another card</source>
            <translation>Kopeeritud kaart: võti kuulub teisele kaardile</translation>
        </message>
        <message>
            <source>Expired key card</source>
            <translation>Aegunud võtmekaart</translation>
        </message>
        <message>
            <source>Key card not valid yet</source>
            <translation>Võtmekaart ei kehti veel</translation>
        </message>
        <message>
            <source>Old key card: a newer one was made</source>
            <translation>Vana võtmekaart: tehtud on uuem</translation>
        </message>
        <message>
            <source>Key card of another hotel</source>
            <translation>Teise hotelli võtmekaart</translation>
        </message>
        <message>
            <source>No card at the key encoder</source>
            <translation>Võtmekodeerijas pole kaarti</translation>
        </message>
        <message>
            <source>A blank card was dispensed to the gate.</source>
            <translation>Tühi kaart väljastati pilusse.</translation>
        </message>
        <message>
            <source>The card at the gate was pulled into the bin.</source>
            <translation>Pilus olnud kaart tõmmati kogumiskasti.</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>Testleht on prinditud.</translation>
        </message>
        <message>
            <source>Hold a code under the scanner now…</source>
            <translation>Hoidke nüüd koodi skanneri all…</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>Skannitud: %1</translation>
        </message>
        <message>
            <source>No code was scanned.</source>
            <translation>Ühtegi koodi ei skannitud.</translation>
        </message>
        <message>
            <source>Every device was checked again.</source>
            <translation>Kõiki seadmeid kontrolliti uuesti.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Ebaõnnestus: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Salvestatud: %1</translation>
        </message>
        <message>
            <source>Could not save there: %1</source>
            <translation>Sinna ei õnnestunud salvestada: %1</translation>
        </message>
    </context>
    <context>
        <name>ParkingScreen</name>
        <message>
            <source>Are you parking a car with us?</source>
            <translation>Kas parkite meie juures autot?</translation>
        </message>
        <message>
            <source>Register the licence plate and your parking permit is ready. No paper needed.</source>
            <translation>Sisestage registreerimisnumber ja teie parkimisluba on valmis. Paberit pole vaja.</translation>
        </message>
        <message>
            <source>I have a car</source>
            <translation>Mul on auto</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>Registreerimisnumber</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Palun kontrollige registreerimisnumbrit.</translation>
        </message>
        <message>
            <source>Register my car</source>
            <translation>Registreeri minu auto</translation>
        </message>
        <message>
            <source>No car</source>
            <translation>Autot pole</translation>
        </message>
    </context>
    <context>
        <name>PaymentScreen</name>
        <message>
            <source>Insert or tap your card on the terminal</source>
            <translation>Sisestage kaart terminali või puudutage sellega terminali</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Makse</translation>
        </message>
        <message>
            <source>Follow the instructions on the card terminal below the screen.</source>
            <translation>Järgige ekraani all oleva makseterminali juhiseid.</translation>
        </message>
        <message>
            <source>Your room is already paid. We only hold a deposit for extras.</source>
            <translation>Teie tuba on juba makstud. Broneerime kaardil ainult tagatisraha lisateenuste jaoks.</translation>
        </message>
        <message>
            <source>We hold this amount on your card now. You pay at check-out for what you used.</source>
            <translation>Broneerime selle summa nüüd teie kaardil. Lahkudes maksate ainult selle eest, mida kasutasite.</translation>
        </message>
        <message numerus="yes">
            <source>Room, %n night(s)</source>
            <translation>
                <numerusform>Tuba, %n öö</numerusform>
                <numerusform>Tuba, %n ööd</numerusform>
            </translation>
        </message>
        <message>
            <source>Room (paid in advance)</source>
            <translation>Tuba (ette makstud)</translation>
        </message>
        <message>
            <source>Deposit for extras (restaurant, minibar)</source>
            <translation>Tagatisraha lisateenustele (restoran, minibaar)</translation>
        </message>
        <message>
            <source>Held on your card now</source>
            <translation>Kaardil broneeritakse nüüd</translation>
        </message>
        <message>
            <source>This is a hold, not a charge. What you do not use is released when you check out.</source>
            <translation>See on broneering, mitte makse. Kasutamata summa vabastatakse lahkumisel.</translation>
        </message>
        <message>
            <source>Pay with card</source>
            <translation>Maksa kaardiga</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>Kustuta</translation>
        </message>
    </context>
    <context>
        <name>RegistrationScreen</name>
        <message>
            <source>Registration card</source>
            <translation>Registreerimiskaart</translation>
        </message>
        <message>
            <source>The law asks every hotel guest for these details. Please check them and sign.</source>
            <translation>Seadus nõuab need andmed igalt hotellikülaliselt. Palun kontrollige neid ja allkirjastage.</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>Teie allkiri</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Kustuta</translation>
        </message>
        <message>
            <source>Sign and continue</source>
            <translation>Allkirjasta ja jätka</translation>
        </message>
    </context>
    <context>
        <name>RoomScreen</name>
        <message>
            <source>Finding your room…</source>
            <translation>Otsime teile tuba…</translation>
        </message>
        <message>
            <source>Your room is not quite ready</source>
            <translation>Teie tuba pole veel päris valmis</translation>
        </message>
        <message>
            <source>Your rooms</source>
            <translation>Teie toad</translation>
        </message>
        <message>
            <source>Your room</source>
            <translation>Teie tuba</translation>
        </message>
        <message>
            <source>One moment, please.</source>
            <translation>Üks hetk, palun.</translation>
        </message>
        <message>
            <source>Housekeeping is preparing it right now. We are sorry for the wait.</source>
            <translation>Toateenindus valmistab seda praegu ette. Vabandame ootamise pärast.</translation>
        </message>
        <message>
            <source>You will get the key cards in a moment.</source>
            <translation>Saate võtmekaardid kohe.</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Tuba %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Korrus %1</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Jätka</translation>
        </message>
        <message numerus="yes">
            <source>It will be ready in about %n minute(s).</source>
            <translation>
                <numerusform>See on valmis umbes %n minuti pärast.</numerusform>
                <numerusform>See on valmis umbes %n minuti pärast.</numerusform>
            </translation>
        </message>
        <message>
            <source>We do not know yet when it will be ready.</source>
            <translation>Me ei tea veel, millal see valmis saab.</translation>
        </message>
        <message>
            <source>You can wait here or in the lobby and check again, or a colleague can help you now.</source>
            <translation>Võite oodata siin või fuajees ja hiljem uuesti vaadata või aitab töötaja teid kohe.</translation>
        </message>
        <message>
            <source>Wait and check again</source>
            <translation>Oota ja vaata uuesti</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Kutsu töötaja</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here with your finger</source>
            <translation>Allkirjastage siin sõrmega</translation>
        </message>
    </context>
    <context>
        <name>StaffCallConfirmation</name>
        <message>
            <source>Please ask at the front desk</source>
            <translation>Palun pöörduge vastuvõttu</translation>
        </message>
        <message>
            <source>A colleague is on the way</source>
            <translation>Töötaja on teel</translation>
        </message>
        <message>
            <source>We could not reach a colleague from here. We are sorry — the front desk will help you straight away.</source>
            <translation>Me ei saanud siit töötajaga ühendust. Vabandame – vastuvõtt aitab teid kohe.</translation>
        </message>
        <message>
            <source>A colleague has been called and will come to you. You can carry on while you wait.</source>
            <translation>Töötaja on kutsutud ja tuleb teie juurde. Ootamise ajal võite jätkata.</translation>
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
            <translation>Töötaja</translation>
        </message>
        <message>
            <source>Waiting for a colleague — they have been alerted</source>
            <translation>Ootame töötajat – teda on teavitatud</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1 on kohal</translation>
        </message>
        <message numerus="yes">
            <source>%1 has seen your request and is coming — about %n minute(s)</source>
            <translation>
                <numerusform>%1 nägi teie palvet ja tuleb – umbes %n minuti pärast</numerusform>
                <numerusform>%1 nägi teie palvet ja tuleb – umbes %n minuti pärast</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming now</source>
            <translation>%1 nägi teie palvet ja tuleb kohe</translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming</source>
            <translation>%1 nägi teie palvet ja on teel</translation>
        </message>
    </context>
    <context>
        <name>StaffSignIn</name>
        <message>
            <source>Welcome, %1</source>
            <translation>Tere tulemast, %1</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Töötaja sisselogimine</translation>
        </message>
        <message>
            <source>What would you like to open?</source>
            <translation>Mida soovite avada?</translation>
        </message>
        <message>
            <source>Enter your PIN to open diagnostics.</source>
            <translation>Diagnostika avamiseks sisestage oma PIN-kood.</translation>
        </message>
        <message>
            <source>For hotel staff only. Guests: please use Call staff.</source>
            <translation>Ainult hotelli töötajatele. Külalised: palun kasutage nuppu „Kutsu töötaja”.</translation>
        </message>
        <message>
            <source>Tap your staff card or enter your ID and PIN</source>
            <translation>Hoidke oma töötajakaarti lugeja vastas või sisestage töötaja tunnus ja PIN-kood</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Töötaja tunnus</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-kood</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Logi sisse</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Tühista</translation>
        </message>
        <message>
            <source>Assist the guest</source>
            <translation>Abista külalist</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostika</translation>
        </message>
        <message>
            <source>Card not recognised.</source>
            <translation>Kaarti ei tuvastatud.</translation>
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Step %1 of %2</source>
            <translation>Samm %1/%2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to %1</source>
            <translation>Tere tulemast! %1</translation>
        </message>
        <message>
            <source>Check in here in a few minutes and get your room key.</source>
            <translation>Registreeruge siin mõne minutiga ja saage oma toa võti.</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>Valige keel</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Registreeru</translation>
        </message>
        <message>
            <source>Have your booking code, the QR code from your e-mail, or your passport ready.</source>
            <translation>Hoidke valmis broneeringukood, e-kirjas olev QR-kood või pass.</translation>
        </message>
    </context>
</TS>