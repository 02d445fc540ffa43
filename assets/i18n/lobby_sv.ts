<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AssistedButton</name>
        <message>
            <source>Assisted by %1</source>
            <translation>%1 hjälper till</translation>
        </message>
    </context>
    <context>
        <name>AssistedSheet</name>
        <message>
            <source>Staff tools</source>
            <translation>Personalens verktyg</translation>
        </message>
        <message>
            <source>Assisted by %1</source>
            <translation>%1 hjälper till</translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Vi gör nyckelkort %1 av %2</translation>
        </message>
        <message numerus="yes">
            <source>%n new key card(s) made. Older cards of this booking no longer open the door.</source>
            <translation>
                <numerusform>%n nytt nyckelkort gjort. Äldre kort för bokningen öppnar inte längre dörren.</numerusform>
                <numerusform>%n nya nyckelkort gjorda. Äldre kort för bokningen öppnar inte längre dörren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).</source>
            <translation>Sök på bokningskod, efternamn, e-post eller ankomstdag (DD.MM.ÅÅÅÅ).</translation>
        </message>
        <message>
            <source>Every ready room of the booked type. The guest sees the new room at once.</source>
            <translation>Alla färdiga rum av den bokade typen. Gästen ser det nya rummet direkt.</translation>
        </message>
        <message>
            <source>How many new key cards? Older cards of this booking stop working.</source>
            <translation>Hur många nya nyckelkort? Äldre kort för bokningen slutar fungera.</translation>
        </message>
        <message>
            <source>The deposit for extras is waived.</source>
            <translation>Depositionen för extra kostnader tas inte ut.</translation>
        </message>
        <message>
            <source>Choose a tool. The guest's progress is kept.</source>
            <translation>Välj ett verktyg. Gästens framsteg sparas.</translation>
        </message>
        <message>
            <source>Find a booking</source>
            <translation>Sök bokning</translation>
        </message>
        <message>
            <source>Change room</source>
            <translation>Byt rum</translation>
        </message>
        <message>
            <source>Deposit waived</source>
            <translation>Ingen deposition</translation>
        </message>
        <message>
            <source>Waive deposit</source>
            <translation>Stryk depositionen</translation>
        </message>
        <message>
            <source>Make key cards</source>
            <translation>Gör nyckelkort</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>Ett steg tillbaka</translation>
        </message>
        <message>
            <source>End guest's session</source>
            <translation>Avsluta gästens besök</translation>
        </message>
        <message>
            <source>Back to the guest</source>
            <translation>Tillbaka till gästen</translation>
        </message>
        <message>
            <source>Stop assisting</source>
            <translation>Sluta hjälpa</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n natt</numerusform>
                <numerusform>%n nätter</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Incheckad</translation>
        </message>
        <message>
            <source>Arriving</source>
            <translation>Anländer</translation>
        </message>
        <message>
            <source>Check in with this</source>
            <translation>Checka in med den här</translation>
        </message>
        <message>
            <source>New key cards</source>
            <translation>Nya nyckelkort</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Rum %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Våning %1</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n nyckelkort</numerusform>
                <numerusform>%n nyckelkort</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackButton</name>
        <message>
            <source>Back</source>
            <translation>Tillbaka</translation>
        </message>
    </context>
    <context>
        <name>BusyPanel</name>
        <message>
            <source>One moment, please…</source>
            <translation>Ett ögonblick…</translation>
        </message>
    </context>
    <context>
        <name>CallStaffButton</name>
        <message>
            <source>Call staff</source>
            <translation>Kalla på personal</translation>
        </message>
    </context>
    <context>
        <name>ChooseBookingScreen</name>
        <message>
            <source>Which booking is yours?</source>
            <translation>Vilken bokning är din?</translation>
        </message>
        <message>
            <source>We found more than one booking. Tap your own.</source>
            <translation>Vi hittade fler än en bokning. Tryck på din egen.</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n natt</numerusform>
                <numerusform>%n nätter</numerusform>
            </translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>Bokning %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDetailsScreen</name>
        <message>
            <source>Welcome back, %1!</source>
            <translation>Välkommen tillbaka, %1!</translation>
        </message>
        <message>
            <source>Is this your booking?</source>
            <translation>Är det här din bokning?</translation>
        </message>
        <message>
            <source>Is this your booking? We have filled in what we know from your last stay.</source>
            <translation>Är det här din bokning? Vi har fyllt i det vi vet från ditt förra besök.</translation>
        </message>
        <message>
            <source>Please check the details, then continue.</source>
            <translation>Kontrollera uppgifterna och fortsätt sedan.</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Bokning</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Ankomst</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Avresa</translation>
        </message>
        <message>
            <source>Length of stay</source>
            <translation>Vistelsens längd</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n natt</numerusform>
                <numerusform>%n nätter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n adult(s)</source>
            <translation>
                <numerusform>%n vuxen</numerusform>
                <numerusform>%n vuxna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n barn</numerusform>
                <numerusform>%n barn</numerusform>
            </translation>
        </message>
        <message>
            <source>No, this is not mine</source>
            <translation>Nej, den är inte min</translation>
        </message>
        <message>
            <source>Yes, continue</source>
            <translation>Ja, fortsätt</translation>
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
            <translation>Nedsatt</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Ur drift</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostik</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>Inloggad: %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>sedan %1</translation>
        </message>
        <message>
            <source>firmware %1</source>
            <translation>firmware %1</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle to</source>
            <translation>Spara diagnostikpaketet i</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Choose a test. Each one is recorded in the audit log.</source>
            <translation>Välj ett test. Varje test förs in i granskningsloggen.</translation>
        </message>
        <message>
            <source>Read card</source>
            <translation>Läs kort</translation>
        </message>
        <message>
            <source>Encode test card</source>
            <translation>Koda testkort</translation>
        </message>
        <message>
            <source>Dispense card</source>
            <translation>Mata ut kort</translation>
        </message>
        <message>
            <source>Capture card</source>
            <translation>Dra in kort</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>Skriv ut testsida</translation>
        </message>
        <message>
            <source>Scan test</source>
            <translation>Skanningstest</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>Anslut igen</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Exportera paket</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>DoneScreen</name>
        <message>
            <source>You are all set, %1!</source>
            <translation>Allt är klart, %1!</translation>
        </message>
        <message>
            <source>You are all set!</source>
            <translation>Allt är klart!</translation>
        </message>
        <message>
            <source>Take your key cards. Enjoy your stay!</source>
            <translation>Ta dina nyckelkort. Trevlig vistelse!</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Våning %1</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>Password: %1</source>
            <translation>Lösenord: %1</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Utcheckning</translation>
        </message>
        <message>
            <source>By %1 on %2</source>
            <translation>Senast kl. %1 %2</translation>
        </message>
        <message>
            <source>Parking permit: %1</source>
            <translation>Parkeringstillstånd: %1</translation>
        </message>
        <message>
            <source>Scan to keep these details</source>
            <translation>Skanna för att spara uppgifterna</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Skriver ut…</translation>
        </message>
        <message>
            <source>Print these details</source>
            <translation>Skriv ut uppgifterna</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Klar</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Yes, that is mine</source>
            <translation>Ja, den är min</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Kalla på personal</translation>
        </message>
        <message>
            <source>No, type again</source>
            <translation>Nej, skriv igen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Försök igen</translation>
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
            <translation>Hitta din bokning</translation>
        </message>
        <message>
            <source>Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.</source>
            <translation>Skriv din bokningskod, eller skanna QR-koden från din e-post eller ditt pass under skärmen när som helst.</translation>
        </message>
        <message>
            <source>Booking code</source>
            <translation>Bokningskod</translation>
        </message>
        <message>
            <source>Surname and date</source>
            <translation>Efternamn och datum</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR-kod</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>Find my booking</source>
            <translation>Hitta min bokning</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Efternamn</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Ankomst</translation>
        </message>
        <message>
            <source>Earlier day</source>
            <translation>Föregående dag</translation>
        </message>
        <message>
            <source>Later day</source>
            <translation>Nästa dag</translation>
        </message>
        <message>
            <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
            <translation>Håll QR-koden från bekräftelsen i din e-post under läsaren.</translation>
        </message>
        <message>
            <source>Place your passport on the reader, photo page down.</source>
            <translation>Lägg passet på läsaren med fotosidan nedåt.</translation>
        </message>
        <message>
            <source>The reader is just below the screen.</source>
            <translation>Läsaren finns strax under skärmen.</translation>
        </message>
    </context>
    <context>
        <name>InactivityWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>Är du kvar?</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, we will clear the screen in %n second(s).</source>
            <translation>
                <numerusform>Av integritetsskäl rensar vi skärmen om %n sekund.</numerusform>
                <numerusform>Av integritetsskäl rensar vi skärmen om %n sekunder.</numerusform>
            </translation>
        </message>
        <message>
            <source>I am still here</source>
            <translation>Jag är kvar</translation>
        </message>
    </context>
    <context>
        <name>KeysScreen</name>
        <message>
            <source>Making your key cards…</source>
            <translation>Vi gör dina nyckelkort…</translation>
        </message>
        <message>
            <source>Your key cards</source>
            <translation>Dina nyckelkort</translation>
        </message>
        <message>
            <source>Please take them from the slot below the screen.</source>
            <translation>Ta dem från facket under skärmen.</translation>
        </message>
        <message>
            <source>How many key cards would you like for each room?</source>
            <translation>Hur många nyckelkort vill du ha per rum?</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n nyckelkort</numerusform>
                <numerusform>%n nyckelkort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %n key card(s)</source>
            <translation>
                <numerusform>Gör %n nyckelkort</numerusform>
                <numerusform>Gör %n nyckelkort</numerusform>
            </translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Vi gör nyckelkort %1 av %2</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s) on the way</source>
            <translation>
                <numerusform>%n nyckelkort på väg</numerusform>
                <numerusform>%n nyckelkort på väg</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them from the slot below the screen.</source>
            <translation>Ta dem från facket under skärmen.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <source>Choose your language</source>
            <translation>Välj språk</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Something went wrong on our side. A colleague can help you.</source>
            <translation>Något gick fel hos oss. Vår personal hjälper dig.</translation>
        </message>
        <message>
            <source>A booking code has eight letters and numbers, like ABCD-2345. Please check it and try again.</source>
            <translation>En bokningskod har åtta bokstäver och siffror, till exempel ABCD-2345. Kontrollera den och försök igen.</translation>
        </message>
        <message>
            <source>We could not find a booking with these details. Please check them and try again.</source>
            <translation>Vi hittade ingen bokning med de här uppgifterna. Kontrollera dem och försök igen.</translation>
        </message>
        <message>
            <source>We could not find that code. Did you mean %1?</source>
            <translation>Vi hittade inte den koden. Menade du %1?</translation>
        </message>
        <message>
            <source>This booking has been cancelled. A colleague can help you find a room.</source>
            <translation>Den här bokningen har avbokats. Vår personal hjälper dig att hitta ett rum.</translation>
        </message>
        <message>
            <source>This booking is already checked in. If you need a new key card, a colleague can help.</source>
            <translation>Den här bokningen är redan incheckad. Behöver du ett nytt nyckelkort hjälper vår personal dig.</translation>
        </message>
        <message>
            <source>This stay has already ended. A colleague can help you.</source>
            <translation>Den här vistelsen har redan avslutats. Vår personal hjälper dig.</translation>
        </message>
        <message>
            <source>Your booking starts on %1. If your plans have changed, a colleague can help you.</source>
            <translation>Din bokning börjar %1. Om dina planer har ändrats hjälper vår personal dig.</translation>
        </message>
        <message>
            <source>The arrival date of this booking has passed. A colleague can help you.</source>
            <translation>Ankomstdagen för den här bokningen har redan passerat. Vår personal hjälper dig.</translation>
        </message>
        <message>
            <source>Check-in starts at %1 and your room is not ready yet. You are welcome to wait in the lobby.</source>
            <translation>Incheckningen börjar kl. %1 och ditt rum är inte klart än. Du är välkommen att vänta i lobbyn.</translation>
        </message>
        <message>
            <source>This booking is for another hotel. A colleague can help you.</source>
            <translation>Den här bokningen gäller ett annat hotell. Vår personal hjälper dig.</translation>
        </message>
        <message>
            <source>We could not read your passport. Please place it again, photo page down, and hold it still.</source>
            <translation>Vi kunde inte läsa ditt pass. Lägg det på nytt med fotosidan nedåt och håll det stilla.</translation>
        </message>
        <message>
            <source>We could not read that QR code. Please hold it under the scanner again.</source>
            <translation>Vi kunde inte läsa QR-koden. Håll den under läsaren igen.</translation>
        </message>
        <message>
            <source>Please check the fields marked in red.</source>
            <translation>Kontrollera fälten som är markerade med rött.</translation>
        </message>
        <message>
            <source>Your room is not ready yet.</source>
            <translation>Ditt rum är inte klart än.</translation>
        </message>
        <message>
            <source>Please check the licence plate. Use only letters, numbers and hyphens.</source>
            <translation>Kontrollera registreringsnumret. Använd bara bokstäver, siffror och bindestreck.</translation>
        </message>
        <message>
            <source>The card was not accepted. You can try again or use another card.</source>
            <translation>Kortet godkändes inte. Du kan försöka igen eller använda ett annat kort.</translation>
        </message>
        <message>
            <source>The terminal did not see a card. Please try again.</source>
            <translation>Terminalen hittade inget kort. Försök igen.</translation>
        </message>
        <message>
            <source>The payment was cancelled on the terminal. You can try again.</source>
            <translation>Betalningen avbröts på terminalen. Du kan försöka igen.</translation>
        </message>
        <message>
            <source>The kiosk could not finish this step. A colleague can help you.</source>
            <translation>Automaten kunde inte slutföra det här steget. Vår personal hjälper dig.</translation>
        </message>
        <message>
            <source>A key card got stuck in the machine. A colleague will give you your keys.</source>
            <translation>Ett nyckelkort fastnade i automaten. Vår personal ger dig dina nycklar.</translation>
        </message>
        <message>
            <source>The kiosk has run out of key cards. A colleague will give you your keys.</source>
            <translation>Automaten har slut på nyckelkort. Vår personal ger dig dina nycklar.</translation>
        </message>
        <message>
            <source>We could not make your key card. A colleague will give you your keys.</source>
            <translation>Vi kunde inte göra ditt nyckelkort. Vår personal ger dig dina nycklar.</translation>
        </message>
        <message>
            <source>The key card was not taken in time, so the kiosk kept it safe. You can make your key cards again. A colleague has been told too.</source>
            <translation>Nyckelkortet togs inte i tid, så automaten tog tillbaka det. Du kan göra dina nyckelkort igen. Vår personal har också fått besked.</translation>
        </message>
        <message>
            <source>The printer has run out of paper. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Skrivaren har slut på papper. Skanna QR-koden på skärmen för att spara uppgifterna. Vår personal har fått besked.</translation>
        </message>
        <message>
            <source>The printer is open and cannot print. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Skrivaren är öppen och kan inte skriva ut. Skanna QR-koden på skärmen för att spara uppgifterna. Vår personal har fått besked.</translation>
        </message>
        <message>
            <source>The printer is not working right now. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Skrivaren fungerar inte just nu. Skanna QR-koden på skärmen för att spara uppgifterna. Vår personal har fått besked.</translation>
        </message>
        <message>
            <source>A colleague is already on the way to you.</source>
            <translation>Vår personal är redan på väg till dig.</translation>
        </message>
        <message>
            <source>Staff ID or PIN not recognised. Please try again.</source>
            <translation>Användar-id eller PIN-kod känns inte igen. Försök igen.</translation>
        </message>
        <message>
            <source>This account is locked for a while after too many wrong PINs. Please ask the duty manager.</source>
            <translation>Kontot är låst en stund efter för många felaktiga PIN-koder. Kontakta skiftansvarig.</translation>
        </message>
        <message>
            <source>This account cannot open the staff tools on this kiosk.</source>
            <translation>Det här kontot kan inte öppna personalens verktyg på den här automaten.</translation>
        </message>
        <message>
            <source>That room is no longer ready. Please pick another one.</source>
            <translation>Rummet är inte längre färdigt. Välj ett annat.</translation>
        </message>
        <message>
            <source>New key cards can be made only for a booking that is checked in.</source>
            <translation>Nya nyckelkort kan bara göras för en incheckad bokning.</translation>
        </message>
        <message>
            <source>This booking has no room assigned yet.</source>
            <translation>Bokningen har inget rum ännu.</translation>
        </message>
        <message>
            <source>Go back to the first step of the check-in to use another booking.</source>
            <translation>Gå tillbaka till incheckningens första steg för att använda en annan bokning.</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>Fyll i det här.</translation>
        </message>
        <message>
            <source>Please write the date as DD.MM.YYYY.</source>
            <translation>Skriv datumet som DD.MM.ÅÅÅÅ.</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>Datumet kan inte vara i framtiden.</translation>
        </message>
        <message>
            <source>Please check this date.</source>
            <translation>Kontrollera datumet.</translation>
        </message>
        <message>
            <source>Please check the country.</source>
            <translation>Kontrollera landet.</translation>
        </message>
        <message>
            <source>Please check the document number.</source>
            <translation>Kontrollera dokumentnumret.</translation>
        </message>
        <message>
            <source>Please check the name.</source>
            <translation>Kontrollera namnet.</translation>
        </message>
        <message>
            <source>Please sign in the box.</source>
            <translation>Skriv under i rutan.</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Kontrollera registreringsnumret.</translation>
        </message>
        <message>
            <source>Please check what you typed here.</source>
            <translation>Kontrollera det du skrev här.</translation>
        </message>
        <message>
            <source>Please check the e-mail address.</source>
            <translation>Kontrollera e-postadressen.</translation>
        </message>
        <message>
            <source>The departure must be after the arrival.</source>
            <translation>Avresan måste vara efter ankomsten.</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, for example 17.04.1986</source>
            <translation>DD.MM.ÅÅÅÅ, till exempel 17.04.1986</translation>
        </message>
        <message>
            <source>Country name or code, for example FIN</source>
            <translation>Landets namn eller kod, t.ex. FIN</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Förnamn</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Efternamn</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Födelsedatum</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Medborgarskap</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Gatuadress</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Passport or ID card number</source>
            <translation>Pass- eller id-kortsnummer</translation>
        </message>
        <message>
            <source>Document issued by</source>
            <translation>Dokumentet utfärdat av</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Ankomst</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Avresa</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Single room</source>
            <translation>Enkelrum</translation>
        </message>
        <message>
            <source>Double room</source>
            <translation>Dubbelrum</translation>
        </message>
        <message>
            <source>Twin room</source>
            <translation>Dubbelrum med två sängar</translation>
        </message>
        <message>
            <source>Family room</source>
            <translation>Familjerum</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>Svit</translation>
        </message>
        <message>
            <source>Valid key card</source>
            <translation>Giltigt nyckelkort</translation>
        </message>
        <message>
            <source>Not a Lobby key card</source>
            <translation>Inte ett nyckelkort från Lobby</translation>
        </message>
        <message>
            <source>Blank card</source>
            <translation>Tomt kort</translation>
        </message>
        <message>
            <source>Tampered card: the signature does not match</source>
            <translation>Manipulerat kort: signaturen stämmer inte</translation>
        </message>
        <message>
            <source>Copied card: the key belongs to another card</source>
            <translation>Kopierat kort: nyckeln hör till ett annat kort</translation>
        </message>
        <message>
            <source>Expired key card</source>
            <translation>Utgånget nyckelkort</translation>
        </message>
        <message>
            <source>Key card not valid yet</source>
            <translation>Nyckelkortet gäller inte än</translation>
        </message>
        <message>
            <source>Old key card: a newer one was made</source>
            <translation>Gammalt nyckelkort: ett nyare har gjorts</translation>
        </message>
        <message>
            <source>Key card of another hotel</source>
            <translation>Nyckelkort från ett annat hotell</translation>
        </message>
        <message>
            <source>No card at the key encoder</source>
            <translation>Inget kort i nyckelkodaren</translation>
        </message>
        <message>
            <source>A blank card was dispensed to the gate.</source>
            <translation>Ett tomt kort matades ut till luckan.</translation>
        </message>
        <message>
            <source>The card at the gate was pulled into the bin.</source>
            <translation>Kortet i luckan drogs in i uppsamlingsfacket.</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>Testsidan är utskriven.</translation>
        </message>
        <message>
            <source>Hold a code under the scanner now…</source>
            <translation>Håll en kod under skannern nu…</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>Skannat: %1</translation>
        </message>
        <message>
            <source>No code was scanned.</source>
            <translation>Ingen kod skannades.</translation>
        </message>
        <message>
            <source>Every device was checked again.</source>
            <translation>Alla enheter kontrollerades igen.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Misslyckades: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Sparat: %1</translation>
        </message>
        <message>
            <source>Could not save there: %1</source>
            <translation>Kunde inte spara där: %1</translation>
        </message>
    </context>
    <context>
        <name>ParkingScreen</name>
        <message>
            <source>Are you parking a car with us?</source>
            <translation>Parkerar du en bil hos oss?</translation>
        </message>
        <message>
            <source>Register the licence plate and your parking permit is ready. No paper needed.</source>
            <translation>Registrera registreringsnumret så är ditt parkeringstillstånd klart. Inget papper behövs.</translation>
        </message>
        <message>
            <source>I have a car</source>
            <translation>Jag har bil</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>Registreringsnummer</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Kontrollera registreringsnumret.</translation>
        </message>
        <message>
            <source>Register my car</source>
            <translation>Registrera min bil</translation>
        </message>
        <message>
            <source>No car</source>
            <translation>Ingen bil</translation>
        </message>
    </context>
    <context>
        <name>PaymentScreen</name>
        <message>
            <source>Insert or tap your card on the terminal</source>
            <translation>Sätt in kortet eller betala kontaktlöst på terminalen</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Betalning</translation>
        </message>
        <message>
            <source>Follow the instructions on the card terminal below the screen.</source>
            <translation>Följ anvisningarna på betalterminalen under skärmen.</translation>
        </message>
        <message>
            <source>Your room is already paid. We only hold a deposit for extras.</source>
            <translation>Ditt rum är redan betalt. Vi reserverar bara en deposition för extra kostnader.</translation>
        </message>
        <message>
            <source>We hold this amount on your card now. You pay at check-out for what you used.</source>
            <translation>Vi reserverar det här beloppet på ditt kort nu. Vid utcheckningen betalar du för det du har använt.</translation>
        </message>
        <message numerus="yes">
            <source>Room, %n night(s)</source>
            <translation>
                <numerusform>Rum, %n natt</numerusform>
                <numerusform>Rum, %n nätter</numerusform>
            </translation>
        </message>
        <message>
            <source>Room (paid in advance)</source>
            <translation>Rum (förskottsbetalt)</translation>
        </message>
        <message>
            <source>Deposit for extras (restaurant, minibar)</source>
            <translation>Deposition för extra kostnader (restaurang, minibar)</translation>
        </message>
        <message>
            <source>Held on your card now</source>
            <translation>Reserveras på ditt kort nu</translation>
        </message>
        <message>
            <source>This is a hold, not a charge. What you do not use is released when you check out.</source>
            <translation>Det här är en reservation, ingen debitering. Det du inte använder frigörs när du checkar ut.</translation>
        </message>
        <message>
            <source>Pay with card</source>
            <translation>Betala med kort</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>Radera</translation>
        </message>
    </context>
    <context>
        <name>RegistrationScreen</name>
        <message>
            <source>Registration card</source>
            <translation>Resandeanmälan</translation>
        </message>
        <message>
            <source>The law asks every hotel guest for these details. Please check them and sign.</source>
            <translation>Lagen kräver de här uppgifterna av varje hotellgäst. Kontrollera dem och skriv under.</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>Din underskrift</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Rensa</translation>
        </message>
        <message>
            <source>Sign and continue</source>
            <translation>Skriv under och fortsätt</translation>
        </message>
    </context>
    <context>
        <name>RoomScreen</name>
        <message>
            <source>Finding your room…</source>
            <translation>Vi letar efter ditt rum…</translation>
        </message>
        <message>
            <source>Your room is not quite ready</source>
            <translation>Ditt rum är inte riktigt klart</translation>
        </message>
        <message>
            <source>Your rooms</source>
            <translation>Dina rum</translation>
        </message>
        <message>
            <source>Your room</source>
            <translation>Ditt rum</translation>
        </message>
        <message>
            <source>One moment, please.</source>
            <translation>Ett ögonblick.</translation>
        </message>
        <message>
            <source>Housekeeping is preparing it right now. We are sorry for the wait.</source>
            <translation>Städningen gör i ordning det just nu. Vi ber om ursäkt för väntan.</translation>
        </message>
        <message>
            <source>You will get the key cards in a moment.</source>
            <translation>Du får nyckelkorten om en stund.</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Rum %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Våning %1</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message numerus="yes">
            <source>It will be ready in about %n minute(s).</source>
            <translation>
                <numerusform>Det är klart om cirka %n minut.</numerusform>
                <numerusform>Det är klart om cirka %n minuter.</numerusform>
            </translation>
        </message>
        <message>
            <source>We do not know yet when it will be ready.</source>
            <translation>Vi vet ännu inte när det blir klart.</translation>
        </message>
        <message>
            <source>You can wait here or in the lobby and check again, or a colleague can help you now.</source>
            <translation>Du kan vänta här eller i lobbyn och kontrollera igen, eller så hjälper vår personal dig nu.</translation>
        </message>
        <message>
            <source>Wait and check again</source>
            <translation>Vänta och kontrollera igen</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Kalla på personal</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here with your finger</source>
            <translation>Skriv under här med fingret</translation>
        </message>
    </context>
    <context>
        <name>StaffCallConfirmation</name>
        <message>
            <source>Please ask at the front desk</source>
            <translation>Vänd dig till receptionen</translation>
        </message>
        <message>
            <source>A colleague is on the way</source>
            <translation>Hjälp är på väg</translation>
        </message>
        <message>
            <source>We could not reach a colleague from here. We are sorry — the front desk will help you straight away.</source>
            <translation>Vi kunde inte nå personalen härifrån. Vi ber om ursäkt – receptionen hjälper dig genast.</translation>
        </message>
        <message>
            <source>A colleague has been called and will come to you. You can carry on while you wait.</source>
            <translation>Personalen har kallats och kommer till dig. Du kan fortsätta medan du väntar.</translation>
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
            <translation>En medarbetare</translation>
        </message>
        <message>
            <source>Waiting for a colleague — they have been alerted</source>
            <translation>Vi väntar på en medarbetare – personalen har larmats</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1 är här</translation>
        </message>
        <message numerus="yes">
            <source>%1 has seen your request and is coming — about %n minute(s)</source>
            <translation>
                <numerusform>%1 har sett din förfrågan och kommer – om cirka %n minut</numerusform>
                <numerusform>%1 har sett din förfrågan och kommer – om cirka %n minuter</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming now</source>
            <translation>%1 har sett din förfrågan och kommer nu</translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming</source>
            <translation>%1 har sett din förfrågan och är på väg</translation>
        </message>
    </context>
    <context>
        <name>StaffSignIn</name>
        <message>
            <source>Welcome, %1</source>
            <translation>Välkommen, %1</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Personalinloggning</translation>
        </message>
        <message>
            <source>What would you like to open?</source>
            <translation>Vad vill du öppna?</translation>
        </message>
        <message>
            <source>Enter your PIN to open diagnostics.</source>
            <translation>Ange din PIN-kod för att öppna diagnostiken.</translation>
        </message>
        <message>
            <source>For hotel staff only. Guests: please use Call staff.</source>
            <translation>Endast för hotellets personal. Gäster: välj Kalla på personal.</translation>
        </message>
        <message>
            <source>Tap your staff card or enter your ID and PIN</source>
            <translation>Håll ditt personalkort mot läsaren eller ange användar-id och PIN-kod</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Användar-id</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-kod</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Logga in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Assist the guest</source>
            <translation>Hjälp gästen</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnostik</translation>
        </message>
        <message>
            <source>Card not recognised.</source>
            <translation>Kortet känns inte igen.</translation>
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Step %1 of %2</source>
            <translation>Steg %1 av %2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to %1</source>
            <translation>Välkommen till %1</translation>
        </message>
        <message>
            <source>Check in here in a few minutes and get your room key.</source>
            <translation>Checka in här på några minuter och få din rumsnyckel.</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>Välj språk</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Checka in</translation>
        </message>
        <message>
            <source>Have your booking code, the QR code from your e-mail, or your passport ready.</source>
            <translation>Ha din bokningskod, QR-koden från din e-post eller ditt pass redo.</translation>
        </message>
    </context>
</TS>