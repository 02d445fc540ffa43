<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>AssistedButton</name>
        <message>
            <source>Assisted by %1</source>
            <translation>%1 avustaa</translation>
        </message>
    </context>
    <context>
        <name>AssistedSheet</name>
        <message>
            <source>Staff tools</source>
            <translation>Henkilökunnan työkalut</translation>
        </message>
        <message>
            <source>Assisted by %1</source>
            <translation>%1 avustaa</translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Teemme avainkorttia %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>%n new key card(s) made. Older cards of this booking no longer open the door.</source>
            <translation>
                <numerusform>%n uusi avainkortti tehty. Varauksen vanhat kortit eivät enää avaa ovea.</numerusform>
                <numerusform>%n uutta avainkorttia tehty. Varauksen vanhat kortit eivät enää avaa ovea.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).</source>
            <translation>Hae varauskoodilla, sukunimellä, sähköpostiosoitteella tai saapumispäivällä (PP.KK.VVVV).</translation>
        </message>
        <message>
            <source>Every ready room of the booked type. The guest sees the new room at once.</source>
            <translation>Kaikki varatun tyypin valmiit huoneet. Vieras näkee uuden huoneen heti.</translation>
        </message>
        <message>
            <source>How many new key cards? Older cards of this booking stop working.</source>
            <translation>Montako uutta avainkorttia? Varauksen vanhat kortit lakkaavat toimimasta.</translation>
        </message>
        <message>
            <source>The deposit for extras is waived.</source>
            <translation>Lisäpalveluiden takuusummaa ei peritä.</translation>
        </message>
        <message>
            <source>Choose a tool. The guest's progress is kept.</source>
            <translation>Valitse työkalu. Vieraan edistyminen säilyy.</translation>
        </message>
        <message>
            <source>Find a booking</source>
            <translation>Etsi varaus</translation>
        </message>
        <message>
            <source>Change room</source>
            <translation>Vaihda huone</translation>
        </message>
        <message>
            <source>Deposit waived</source>
            <translation>Takuusumma poistettu</translation>
        </message>
        <message>
            <source>Waive deposit</source>
            <translation>Poista takuusumma</translation>
        </message>
        <message>
            <source>Make key cards</source>
            <translation>Tee avainkortit</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>Askel taaksepäin</translation>
        </message>
        <message>
            <source>End guest's session</source>
            <translation>Lopeta vieraan asiointi</translation>
        </message>
        <message>
            <source>Back to the guest</source>
            <translation>Takaisin vieraalle</translation>
        </message>
        <message>
            <source>Stop assisting</source>
            <translation>Lopeta avustaminen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Hae</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n yö</numerusform>
                <numerusform>%n yötä</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Kirjautunut sisään</translation>
        </message>
        <message>
            <source>Arriving</source>
            <translation>Saapuu</translation>
        </message>
        <message>
            <source>Check in with this</source>
            <translation>Kirjaa sisään tällä</translation>
        </message>
        <message>
            <source>New key cards</source>
            <translation>Uudet avainkortit</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Huone %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Kerros %1</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n avainkortti</numerusform>
                <numerusform>%n avainkorttia</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackButton</name>
        <message>
            <source>Back</source>
            <translation>Takaisin</translation>
        </message>
    </context>
    <context>
        <name>BusyPanel</name>
        <message>
            <source>One moment, please…</source>
            <translation>Hetkinen…</translation>
        </message>
    </context>
    <context>
        <name>CallStaffButton</name>
        <message>
            <source>Call staff</source>
            <translation>Kutsu henkilökuntaa</translation>
        </message>
    </context>
    <context>
        <name>ChooseBookingScreen</name>
        <message>
            <source>Which booking is yours?</source>
            <translation>Mikä varauksista on sinun?</translation>
        </message>
        <message>
            <source>We found more than one booking. Tap your own.</source>
            <translation>Löysimme useamman varauksen. Napauta omaasi.</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n yö</numerusform>
                <numerusform>%n yötä</numerusform>
            </translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>Varaus %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDetailsScreen</name>
        <message>
            <source>Welcome back, %1!</source>
            <translation>Tervetuloa takaisin, %1!</translation>
        </message>
        <message>
            <source>Is this your booking?</source>
            <translation>Onko tämä sinun varauksesi?</translation>
        </message>
        <message>
            <source>Is this your booking? We have filled in what we know from your last stay.</source>
            <translation>Onko tämä sinun varauksesi? Täytimme valmiiksi tiedot edelliseltä vierailultasi.</translation>
        </message>
        <message>
            <source>Please check the details, then continue.</source>
            <translation>Tarkista tiedot ja jatka.</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Varaus</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Saapuminen</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Lähtö</translation>
        </message>
        <message>
            <source>Length of stay</source>
            <translation>Oleskelun pituus</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n yö</numerusform>
                <numerusform>%n yötä</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n adult(s)</source>
            <translation>
                <numerusform>%n aikuinen</numerusform>
                <numerusform>%n aikuista</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n lapsi</numerusform>
                <numerusform>%n lasta</numerusform>
            </translation>
        </message>
        <message>
            <source>No, this is not mine</source>
            <translation>Ei, tämä ei ole minun</translation>
        </message>
        <message>
            <source>Yes, continue</source>
            <translation>Kyllä, jatka</translation>
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
            <translation>Heikentynyt</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Ei yhteyttä</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostiikka</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>Kirjautuneena: %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>%1 alkaen</translation>
        </message>
        <message>
            <source>firmware %1</source>
            <translation>laiteohjelmisto %1</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle to</source>
            <translation>Tallenna diagnostiikkapaketti kohteeseen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Choose a test. Each one is recorded in the audit log.</source>
            <translation>Valitse testi. Jokainen testi kirjataan tapahtumalokiin.</translation>
        </message>
        <message>
            <source>Read card</source>
            <translation>Lue kortti</translation>
        </message>
        <message>
            <source>Encode test card</source>
            <translation>Koodaa testikortti</translation>
        </message>
        <message>
            <source>Dispense card</source>
            <translation>Syötä kortti</translation>
        </message>
        <message>
            <source>Capture card</source>
            <translation>Vedä kortti sisään</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>Tulosta testisivu</translation>
        </message>
        <message>
            <source>Scan test</source>
            <translation>Skannaustesti</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>Yhdistä uudelleen</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Vie paketti</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
    </context>
    <context>
        <name>DoneScreen</name>
        <message>
            <source>You are all set, %1!</source>
            <translation>Kaikki valmista, %1!</translation>
        </message>
        <message>
            <source>You are all set!</source>
            <translation>Kaikki valmista!</translation>
        </message>
        <message>
            <source>Take your key cards. Enjoy your stay!</source>
            <translation>Ota avainkorttisi. Viihtyisää oleskelua!</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Kerros %1</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>Password: %1</source>
            <translation>Salasana: %1</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Uloskirjautuminen</translation>
        </message>
        <message>
            <source>By %1 on %2</source>
            <translation>%2 klo %1 mennessä</translation>
        </message>
        <message>
            <source>Parking permit: %1</source>
            <translation>Pysäköintilupa: %1</translation>
        </message>
        <message>
            <source>Scan to keep these details</source>
            <translation>Skannaa tiedot puhelimeesi</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Tulostetaan…</translation>
        </message>
        <message>
            <source>Print these details</source>
            <translation>Tulosta nämä tiedot</translation>
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
            <translation>Kyllä, se on minun</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Kutsu henkilökuntaa</translation>
        </message>
        <message>
            <source>No, type again</source>
            <translation>Ei, kirjoitan uudelleen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Yritä uudelleen</translation>
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
            <translation>Etsi varauksesi</translation>
        </message>
        <message>
            <source>Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.</source>
            <translation>Kirjoita varauskoodisi tai lue sähköpostin QR-koodi tai passisi näytön alla olevalla lukijalla milloin tahansa.</translation>
        </message>
        <message>
            <source>Booking code</source>
            <translation>Varauskoodi</translation>
        </message>
        <message>
            <source>Surname and date</source>
            <translation>Sukunimi ja päivä</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR-koodi</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passi</translation>
        </message>
        <message>
            <source>Find my booking</source>
            <translation>Etsi varaukseni</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Sukunimi</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Saapuminen</translation>
        </message>
        <message>
            <source>Earlier day</source>
            <translation>Edellinen päivä</translation>
        </message>
        <message>
            <source>Later day</source>
            <translation>Seuraava päivä</translation>
        </message>
        <message>
            <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
            <translation>Pidä vahvistussähköpostin QR-koodia lukijan alla.</translation>
        </message>
        <message>
            <source>Place your passport on the reader, photo page down.</source>
            <translation>Aseta passi lukijaan kuvasivu alaspäin.</translation>
        </message>
        <message>
            <source>The reader is just below the screen.</source>
            <translation>Lukija on heti näytön alapuolella.</translation>
        </message>
    </context>
    <context>
        <name>InactivityWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>Oletko vielä siellä?</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, we will clear the screen in %n second(s).</source>
            <translation>
                <numerusform>Yksityisyytesi vuoksi tyhjennämme näytön %n sekunnin kuluttua.</numerusform>
                <numerusform>Yksityisyytesi vuoksi tyhjennämme näytön %n sekunnin kuluttua.</numerusform>
            </translation>
        </message>
        <message>
            <source>I am still here</source>
            <translation>Olen vielä täällä</translation>
        </message>
    </context>
    <context>
        <name>KeysScreen</name>
        <message>
            <source>Making your key cards…</source>
            <translation>Teemme avainkorttejasi…</translation>
        </message>
        <message>
            <source>Your key cards</source>
            <translation>Avainkorttisi</translation>
        </message>
        <message>
            <source>Please take them from the slot below the screen.</source>
            <translation>Ota ne näytön alla olevasta aukosta.</translation>
        </message>
        <message>
            <source>How many key cards would you like for each room?</source>
            <translation>Montako avainkorttia haluat kuhunkin huoneeseen?</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n avainkortti</numerusform>
                <numerusform>%n avainkorttia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %n key card(s)</source>
            <translation>
                <numerusform>Tee %n avainkortti</numerusform>
                <numerusform>Tee %n avainkorttia</numerusform>
            </translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Teemme avainkorttia %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s) on the way</source>
            <translation>
                <numerusform>%n avainkortti tulossa</numerusform>
                <numerusform>%n avainkorttia tulossa</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them from the slot below the screen.</source>
            <translation>Ota ne näytön alla olevasta aukosta.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <source>Choose your language</source>
            <translation>Valitse kieli</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Something went wrong on our side. A colleague can help you.</source>
            <translation>Jotain meni vikaan meidän päässämme. Henkilökuntamme auttaa sinua.</translation>
        </message>
        <message>
            <source>A booking code has eight letters and numbers, like ABCD-2345. Please check it and try again.</source>
            <translation>Varauskoodissa on kahdeksan kirjainta ja numeroa, esimerkiksi ABCD-2345. Tarkista koodi ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>We could not find a booking with these details. Please check them and try again.</source>
            <translation>Näillä tiedoilla ei löytynyt varausta. Tarkista tiedot ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>We could not find that code. Did you mean %1?</source>
            <translation>Emme löytäneet tätä koodia. Tarkoititko %1?</translation>
        </message>
        <message>
            <source>This booking has been cancelled. A colleague can help you find a room.</source>
            <translation>Tämä varaus on peruttu. Henkilökuntamme auttaa sinua löytämään huoneen.</translation>
        </message>
        <message>
            <source>This booking is already checked in. If you need a new key card, a colleague can help.</source>
            <translation>Tällä varauksella on jo kirjauduttu sisään. Jos tarvitset uuden avainkortin, henkilökuntamme auttaa.</translation>
        </message>
        <message>
            <source>This stay has already ended. A colleague can help you.</source>
            <translation>Tämä oleskelu on jo päättynyt. Henkilökuntamme auttaa sinua.</translation>
        </message>
        <message>
            <source>Your booking starts on %1. If your plans have changed, a colleague can help you.</source>
            <translation>Varauksesi alkamispäivä on %1. Jos suunnitelmasi ovat muuttuneet, henkilökuntamme auttaa sinua.</translation>
        </message>
        <message>
            <source>The arrival date of this booking has passed. A colleague can help you.</source>
            <translation>Tämän varauksen saapumispäivä on jo mennyt. Henkilökuntamme auttaa sinua.</translation>
        </message>
        <message>
            <source>Check-in starts at %1 and your room is not ready yet. You are welcome to wait in the lobby.</source>
            <translation>Sisäänkirjautuminen alkaa klo %1, eikä huoneesi ole vielä valmis. Voit odottaa aulassa.</translation>
        </message>
        <message>
            <source>This booking is for another hotel. A colleague can help you.</source>
            <translation>Tämä varaus on toiseen hotelliin. Henkilökuntamme auttaa sinua.</translation>
        </message>
        <message>
            <source>We could not read your passport. Please place it again, photo page down, and hold it still.</source>
            <translation>Passia ei voitu lukea. Aseta se uudelleen kuvasivu alaspäin ja pidä se paikallaan.</translation>
        </message>
        <message>
            <source>We could not read that QR code. Please hold it under the scanner again.</source>
            <translation>QR-koodia ei voitu lukea. Pidä sitä uudelleen lukijan alla.</translation>
        </message>
        <message>
            <source>Please check the fields marked in red.</source>
            <translation>Tarkista punaisella merkityt kentät.</translation>
        </message>
        <message>
            <source>Your room is not ready yet.</source>
            <translation>Huoneesi ei ole vielä valmis.</translation>
        </message>
        <message>
            <source>Please check the licence plate. Use only letters, numbers and hyphens.</source>
            <translation>Tarkista rekisterinumero. Käytä vain kirjaimia, numeroita ja yhdysmerkkiä.</translation>
        </message>
        <message>
            <source>The card was not accepted. You can try again or use another card.</source>
            <translation>Korttia ei hyväksytty. Voit yrittää uudelleen tai käyttää toista korttia.</translation>
        </message>
        <message>
            <source>The terminal did not see a card. Please try again.</source>
            <translation>Maksupääte ei havainnut korttia. Yritä uudelleen.</translation>
        </message>
        <message>
            <source>The payment was cancelled on the terminal. You can try again.</source>
            <translation>Maksu peruttiin maksupäätteellä. Voit yrittää uudelleen.</translation>
        </message>
        <message>
            <source>The kiosk could not finish this step. A colleague can help you.</source>
            <translation>Laite ei pystynyt viemään tätä vaihetta loppuun. Henkilökuntamme auttaa sinua.</translation>
        </message>
        <message>
            <source>A key card got stuck in the machine. A colleague will give you your keys.</source>
            <translation>Avainkortti juuttui laitteeseen. Henkilökuntamme tuo sinulle avaimet.</translation>
        </message>
        <message>
            <source>The kiosk has run out of key cards. A colleague will give you your keys.</source>
            <translation>Laitteesta ovat loppuneet avainkortit. Henkilökuntamme tuo sinulle avaimet.</translation>
        </message>
        <message>
            <source>We could not make your key card. A colleague will give you your keys.</source>
            <translation>Avainkortin tekeminen epäonnistui. Henkilökuntamme tuo sinulle avaimet.</translation>
        </message>
        <message>
            <source>The key card was not taken in time, so the kiosk kept it safe. You can make your key cards again. A colleague has been told too.</source>
            <translation>Avainkorttia ei otettu ajoissa, joten laite otti sen talteen. Voit tehdä avainkortit uudelleen. Myös henkilökunnallemme on ilmoitettu.</translation>
        </message>
        <message>
            <source>The printer has run out of paper. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Tulostimesta on loppunut paperi. Skannaa näytön QR-koodi, niin tiedot jäävät sinulle. Henkilökunnallemme on ilmoitettu.</translation>
        </message>
        <message>
            <source>The printer is open and cannot print. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Tulostin on auki eikä voi tulostaa. Skannaa näytön QR-koodi, niin tiedot jäävät sinulle. Henkilökunnallemme on ilmoitettu.</translation>
        </message>
        <message>
            <source>The printer is not working right now. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Tulostin ei toimi juuri nyt. Skannaa näytön QR-koodi, niin tiedot jäävät sinulle. Henkilökunnallemme on ilmoitettu.</translation>
        </message>
        <message>
            <source>A colleague is already on the way to you.</source>
            <translation>Henkilökuntamme on jo tulossa luoksesi.</translation>
        </message>
        <message>
            <source>Staff ID or PIN not recognised. Please try again.</source>
            <translation>Käyttäjätunnusta tai PIN-koodia ei tunnistettu. Yritä uudelleen.</translation>
        </message>
        <message>
            <source>This account is locked for a while after too many wrong PINs. Please ask the duty manager.</source>
            <translation>Tili on lukittu hetkeksi liian monen väärän PIN-koodin vuoksi. Käänny vuoroesimiehen puoleen.</translation>
        </message>
        <message>
            <source>This account cannot open the staff tools on this kiosk.</source>
            <translation>Tällä tilillä ei voi avata henkilökunnan työkaluja tässä laitteessa.</translation>
        </message>
        <message>
            <source>That room is no longer ready. Please pick another one.</source>
            <translation>Huone ei ole enää valmiina. Valitse toinen.</translation>
        </message>
        <message>
            <source>New key cards can be made only for a booking that is checked in.</source>
            <translation>Uusia avainkortteja voi tehdä vain sisään kirjatulle varaukselle.</translation>
        </message>
        <message>
            <source>This booking has no room assigned yet.</source>
            <translation>Varaukselle ei ole vielä valittu huonetta.</translation>
        </message>
        <message>
            <source>Go back to the first step of the check-in to use another booking.</source>
            <translation>Palaa sisäänkirjautumisen ensimmäiseen vaiheeseen, jos haluat käyttää toista varausta.</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>Täytä tämä kenttä.</translation>
        </message>
        <message>
            <source>Please write the date as DD.MM.YYYY.</source>
            <translation>Kirjoita päivämäärä muodossa PP.KK.VVVV.</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
        </message>
        <message>
            <source>Please check this date.</source>
            <translation>Tarkista päivämäärä.</translation>
        </message>
        <message>
            <source>Please check the country.</source>
            <translation>Tarkista maa.</translation>
        </message>
        <message>
            <source>Please check the document number.</source>
            <translation>Tarkista asiakirjan numero.</translation>
        </message>
        <message>
            <source>Please check the name.</source>
            <translation>Tarkista nimi.</translation>
        </message>
        <message>
            <source>Please sign in the box.</source>
            <translation>Allekirjoita ruutuun.</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Tarkista rekisterinumero.</translation>
        </message>
        <message>
            <source>Please check what you typed here.</source>
            <translation>Tarkista, mitä kirjoitit tähän.</translation>
        </message>
        <message>
            <source>Please check the e-mail address.</source>
            <translation>Tarkista sähköpostiosoite.</translation>
        </message>
        <message>
            <source>The departure must be after the arrival.</source>
            <translation>Lähdön on oltava saapumisen jälkeen.</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, for example 17.04.1986</source>
            <translation>PP.KK.VVVV, esimerkiksi 17.04.1986</translation>
        </message>
        <message>
            <source>Country name or code, for example FIN</source>
            <translation>Maan nimi tai koodi, esim. FIN</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Etunimi</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Sukunimi</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Syntymäaika</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Kansalaisuus</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Katuosoite</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Kaupunki</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postinumero</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Maa</translation>
        </message>
        <message>
            <source>Passport or ID card number</source>
            <translation>Passin tai henkilökortin numero</translation>
        </message>
        <message>
            <source>Document issued by</source>
            <translation>Asiakirjan myöntäjämaa</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Saapuminen</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Lähtö</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Single room</source>
            <translation>Yhden hengen huone</translation>
        </message>
        <message>
            <source>Double room</source>
            <translation>Kahden hengen huone, parivuode</translation>
        </message>
        <message>
            <source>Twin room</source>
            <translation>Kahden hengen huone, erilliset vuoteet</translation>
        </message>
        <message>
            <source>Family room</source>
            <translation>Perhehuone</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>Sviitti</translation>
        </message>
        <message>
            <source>Valid key card</source>
            <translation>Voimassa oleva avainkortti</translation>
        </message>
        <message>
            <source>Not a Lobby key card</source>
            <translation>Ei Lobby-avainkortti</translation>
        </message>
        <message>
            <source>Blank card</source>
            <translation>Tyhjä kortti</translation>
        </message>
        <message>
            <source>Tampered card: the signature does not match</source>
            <translation>Peukaloitu kortti: allekirjoitus ei täsmää</translation>
        </message>
        <message>
            <source>Copied card: the key belongs to another card</source>
            <translation>Kopioitu kortti: avain kuuluu toiselle kortille</translation>
        </message>
        <message>
            <source>Expired key card</source>
            <translation>Vanhentunut avainkortti</translation>
        </message>
        <message>
            <source>Key card not valid yet</source>
            <translation>Avainkortti ei ole vielä voimassa</translation>
        </message>
        <message>
            <source>Old key card: a newer one was made</source>
            <translation>Vanha avainkortti: uudempi on tehty</translation>
        </message>
        <message>
            <source>Key card of another hotel</source>
            <translation>Toisen hotellin avainkortti</translation>
        </message>
        <message>
            <source>No card at the key encoder</source>
            <translation>Avainkooderissa ei ole korttia</translation>
        </message>
        <message>
            <source>A blank card was dispensed to the gate.</source>
            <translation>Tyhjä kortti syötettiin ulostuloaukkoon.</translation>
        </message>
        <message>
            <source>The card at the gate was pulled into the bin.</source>
            <translation>Ulostuloaukon kortti vedettiin hylkylokeroon.</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>Testisivu tulostettu.</translation>
        </message>
        <message>
            <source>Hold a code under the scanner now…</source>
            <translation>Pidä koodia nyt skannerin alla…</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>Skannattu: %1</translation>
        </message>
        <message>
            <source>No code was scanned.</source>
            <translation>Koodia ei skannattu.</translation>
        </message>
        <message>
            <source>Every device was checked again.</source>
            <translation>Kaikki laitteet tarkistettiin uudelleen.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Epäonnistui: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Tallennettu: %1</translation>
        </message>
        <message>
            <source>Could not save there: %1</source>
            <translation>Tallennus sinne ei onnistunut: %1</translation>
        </message>
    </context>
    <context>
        <name>ParkingScreen</name>
        <message>
            <source>Are you parking a car with us?</source>
            <translation>Pysäköitkö auton meille?</translation>
        </message>
        <message>
            <source>Register the licence plate and your parking permit is ready. No paper needed.</source>
            <translation>Ilmoita rekisterinumero, niin pysäköintilupasi on valmis. Paperia ei tarvita.</translation>
        </message>
        <message>
            <source>I have a car</source>
            <translation>Minulla on auto</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>Rekisterinumero</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Tarkista rekisterinumero.</translation>
        </message>
        <message>
            <source>Register my car</source>
            <translation>Rekisteröi autoni</translation>
        </message>
        <message>
            <source>No car</source>
            <translation>Ei autoa</translation>
        </message>
    </context>
    <context>
        <name>PaymentScreen</name>
        <message>
            <source>Insert or tap your card on the terminal</source>
            <translation>Aseta kortti maksupäätteeseen tai maksa lähimaksulla</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Maksu</translation>
        </message>
        <message>
            <source>Follow the instructions on the card terminal below the screen.</source>
            <translation>Seuraa näytön alla olevan maksupäätteen ohjeita.</translation>
        </message>
        <message>
            <source>Your room is already paid. We only hold a deposit for extras.</source>
            <translation>Huoneesi on jo maksettu. Varaamme kortiltasi vain takuusumman lisäpalveluja varten.</translation>
        </message>
        <message>
            <source>We hold this amount on your card now. You pay at check-out for what you used.</source>
            <translation>Varaamme tämän summan kortiltasi nyt. Lähtiessäsi maksat vain sen, mitä käytit.</translation>
        </message>
        <message numerus="yes">
            <source>Room, %n night(s)</source>
            <translation>
                <numerusform>Huone, %n yö</numerusform>
                <numerusform>Huone, %n yötä</numerusform>
            </translation>
        </message>
        <message>
            <source>Room (paid in advance)</source>
            <translation>Huone (maksettu etukäteen)</translation>
        </message>
        <message>
            <source>Deposit for extras (restaurant, minibar)</source>
            <translation>Takuusumma lisäpalveluille (ravintola, minibaari)</translation>
        </message>
        <message>
            <source>Held on your card now</source>
            <translation>Varataan kortiltasi nyt</translation>
        </message>
        <message>
            <source>This is a hold, not a charge. What you do not use is released when you check out.</source>
            <translation>Tämä on katevaraus, ei veloitus. Käyttämätön osa vapautuu, kun kirjaudut ulos.</translation>
        </message>
        <message>
            <source>Pay with card</source>
            <translation>Maksa kortilla</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
    </context>
    <context>
        <name>RegistrationScreen</name>
        <message>
            <source>Registration card</source>
            <translation>Matkustajailmoitus</translation>
        </message>
        <message>
            <source>The law asks every hotel guest for these details. Please check them and sign.</source>
            <translation>Laki edellyttää näitä tietoja jokaiselta hotellivieraalta. Tarkista tiedot ja allekirjoita.</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>Allekirjoituksesi</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Tyhjennä</translation>
        </message>
        <message>
            <source>Sign and continue</source>
            <translation>Allekirjoita ja jatka</translation>
        </message>
    </context>
    <context>
        <name>RoomScreen</name>
        <message>
            <source>Finding your room…</source>
            <translation>Etsimme huonettasi…</translation>
        </message>
        <message>
            <source>Your room is not quite ready</source>
            <translation>Huoneesi ei ole aivan valmis</translation>
        </message>
        <message>
            <source>Your rooms</source>
            <translation>Huoneesi</translation>
        </message>
        <message>
            <source>Your room</source>
            <translation>Huoneesi</translation>
        </message>
        <message>
            <source>One moment, please.</source>
            <translation>Hetkinen.</translation>
        </message>
        <message>
            <source>Housekeeping is preparing it right now. We are sorry for the wait.</source>
            <translation>Siivous valmistelee sitä parhaillaan. Pahoittelemme odotusta.</translation>
        </message>
        <message>
            <source>You will get the key cards in a moment.</source>
            <translation>Saat avainkortit hetken kuluttua.</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Huone %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Kerros %1</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Jatka</translation>
        </message>
        <message numerus="yes">
            <source>It will be ready in about %n minute(s).</source>
            <translation>
                <numerusform>Se on valmis noin %n minuutin kuluttua.</numerusform>
                <numerusform>Se on valmis noin %n minuutin kuluttua.</numerusform>
            </translation>
        </message>
        <message>
            <source>We do not know yet when it will be ready.</source>
            <translation>Emme vielä tiedä, milloin se on valmis.</translation>
        </message>
        <message>
            <source>You can wait here or in the lobby and check again, or a colleague can help you now.</source>
            <translation>Voit odottaa täällä tai aulassa ja tarkistaa uudelleen, tai henkilökuntamme voi auttaa sinua heti.</translation>
        </message>
        <message>
            <source>Wait and check again</source>
            <translation>Odota ja tarkista uudelleen</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Kutsu henkilökuntaa</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here with your finger</source>
            <translation>Allekirjoita tähän sormella</translation>
        </message>
    </context>
    <context>
        <name>StaffCallConfirmation</name>
        <message>
            <source>Please ask at the front desk</source>
            <translation>Käänny vastaanoton puoleen</translation>
        </message>
        <message>
            <source>A colleague is on the way</source>
            <translation>Apu on tulossa</translation>
        </message>
        <message>
            <source>We could not reach a colleague from here. We are sorry — the front desk will help you straight away.</source>
            <translation>Emme tavoittaneet henkilökuntaa täältä. Pahoittelemme – vastaanotto auttaa sinua heti.</translation>
        </message>
        <message>
            <source>A colleague has been called and will come to you. You can carry on while you wait.</source>
            <translation>Henkilökuntaa on kutsuttu, ja joku tulee luoksesi. Voit jatkaa odottaessasi.</translation>
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
            <translation>Työntekijämme</translation>
        </message>
        <message>
            <source>Waiting for a colleague — they have been alerted</source>
            <translation>Odotetaan työntekijää – henkilökunnalle on ilmoitettu</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1 on täällä</translation>
        </message>
        <message numerus="yes">
            <source>%1 has seen your request and is coming — about %n minute(s)</source>
            <translation>
                <numerusform>%1 on nähnyt pyyntösi ja tulee – noin %n minuutissa</numerusform>
                <numerusform>%1 on nähnyt pyyntösi ja tulee – noin %n minuutissa</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming now</source>
            <translation>%1 on nähnyt pyyntösi ja tulee nyt</translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming</source>
            <translation>%1 on nähnyt pyyntösi ja on tulossa</translation>
        </message>
    </context>
    <context>
        <name>StaffSignIn</name>
        <message>
            <source>Welcome, %1</source>
            <translation>Tervetuloa, %1</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Henkilökunnan kirjautuminen</translation>
        </message>
        <message>
            <source>What would you like to open?</source>
            <translation>Mitä haluat avata?</translation>
        </message>
        <message>
            <source>Enter your PIN to open diagnostics.</source>
            <translation>Anna PIN-koodisi avataksesi diagnostiikan.</translation>
        </message>
        <message>
            <source>For hotel staff only. Guests: please use Call staff.</source>
            <translation>Vain hotellin henkilökunnalle. Vieraat: valitkaa Kutsu henkilökuntaa.</translation>
        </message>
        <message>
            <source>Tap your staff card or enter your ID and PIN</source>
            <translation>Näytä henkilökuntakorttiasi lukijalle tai anna käyttäjätunnus ja PIN-koodi</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Käyttäjätunnus</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-koodi</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Kirjaudu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Assist the guest</source>
            <translation>Avusta vierasta</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostiikka</translation>
        </message>
        <message>
            <source>Card not recognised.</source>
            <translation>Korttia ei tunnistettu.</translation>
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Step %1 of %2</source>
            <translation>Vaihe %1/%2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to %1</source>
            <translation>%1 toivottaa tervetulleeksi</translation>
        </message>
        <message>
            <source>Check in here in a few minutes and get your room key.</source>
            <translation>Kirjaudu sisään täällä muutamassa minuutissa ja saat huoneesi avaimen.</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>Valitse kieli</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Kirjaudu sisään</translation>
        </message>
        <message>
            <source>Have your booking code, the QR code from your e-mail, or your passport ready.</source>
            <translation>Pidä varauskoodi, sähköpostin QR-koodi tai passi valmiina.</translation>
        </message>
    </context>
</TS>