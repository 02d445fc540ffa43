<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AssistedButton</name>
        <message>
            <source>Assisted by %1</source>
            <translation>Betreut von %1</translation>
        </message>
    </context>
    <context>
        <name>AssistedSheet</name>
        <message>
            <source>Staff tools</source>
            <translation>Werkzeuge für das Personal</translation>
        </message>
        <message>
            <source>Assisted by %1</source>
            <translation>Betreut von %1</translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Schlüsselkarte %1 von %2 wird erstellt</translation>
        </message>
        <message numerus="yes">
            <source>%n new key card(s) made. Older cards of this booking no longer open the door.</source>
            <translation>
                <numerusform>%n neue Schlüsselkarte erstellt. Ältere Karten dieser Buchung öffnen die Tür nicht mehr.</numerusform>
                <numerusform>%n neue Schlüsselkarten erstellt. Ältere Karten dieser Buchung öffnen die Tür nicht mehr.</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).</source>
            <translation>Suche nach Buchungscode, Nachname, E-Mail oder Anreisedatum (TT.MM.JJJJ).</translation>
        </message>
        <message>
            <source>Every ready room of the booked type. The guest sees the new room at once.</source>
            <translation>Alle bezugsfertigen Zimmer der gebuchten Kategorie. Der Gast sieht das neue Zimmer sofort.</translation>
        </message>
        <message>
            <source>How many new key cards? Older cards of this booking stop working.</source>
            <translation>Wie viele neue Schlüsselkarten? Ältere Karten dieser Buchung werden ungültig.</translation>
        </message>
        <message>
            <source>The deposit for extras is waived.</source>
            <translation>Auf die Kaution für Extras wird verzichtet.</translation>
        </message>
        <message>
            <source>Choose a tool. The guest's progress is kept.</source>
            <translation>Wählen Sie ein Werkzeug. Der Fortschritt des Gastes bleibt erhalten.</translation>
        </message>
        <message>
            <source>Find a booking</source>
            <translation>Buchung suchen</translation>
        </message>
        <message>
            <source>Change room</source>
            <translation>Zimmer ändern</translation>
        </message>
        <message>
            <source>Deposit waived</source>
            <translation>Keine Kaution</translation>
        </message>
        <message>
            <source>Waive deposit</source>
            <translation>Kaution erlassen</translation>
        </message>
        <message>
            <source>Make key cards</source>
            <translation>Schlüsselkarten erstellen</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>Einen Schritt zurück</translation>
        </message>
        <message>
            <source>End guest's session</source>
            <translation>Sitzung des Gastes beenden</translation>
        </message>
        <message>
            <source>Back to the guest</source>
            <translation>Zurück zum Gast</translation>
        </message>
        <message>
            <source>Stop assisting</source>
            <translation>Betreuung beenden</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n Nacht</numerusform>
                <numerusform>%n Nächte</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Eingecheckt</translation>
        </message>
        <message>
            <source>Arriving</source>
            <translation>Anreise</translation>
        </message>
        <message>
            <source>Check in with this</source>
            <translation>Damit einchecken</translation>
        </message>
        <message>
            <source>New key cards</source>
            <translation>Neue Schlüsselkarten</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Zimmer %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Etage %1</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n Schlüsselkarte</numerusform>
                <numerusform>%n Schlüsselkarten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackButton</name>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
    </context>
    <context>
        <name>BusyPanel</name>
        <message>
            <source>One moment, please…</source>
            <translation>Einen Moment bitte …</translation>
        </message>
    </context>
    <context>
        <name>CallStaffButton</name>
        <message>
            <source>Call staff</source>
            <translation>Personal rufen</translation>
        </message>
    </context>
    <context>
        <name>ChooseBookingScreen</name>
        <message>
            <source>Which booking is yours?</source>
            <translation>Welche Buchung ist Ihre?</translation>
        </message>
        <message>
            <source>We found more than one booking. Tap your own.</source>
            <translation>Wir haben mehr als eine Buchung gefunden. Tippen Sie auf Ihre.</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n Nacht</numerusform>
                <numerusform>%n Nächte</numerusform>
            </translation>
        </message>
        <message>
            <source>Booking %1</source>
            <translation>Buchung %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDetailsScreen</name>
        <message>
            <source>Welcome back, %1!</source>
            <translation>Willkommen zurück, %1!</translation>
        </message>
        <message>
            <source>Is this your booking?</source>
            <translation>Ist das Ihre Buchung?</translation>
        </message>
        <message>
            <source>Is this your booking? We have filled in what we know from your last stay.</source>
            <translation>Ist das Ihre Buchung? Wir haben eingetragen, was wir von Ihrem letzten Aufenthalt wissen.</translation>
        </message>
        <message>
            <source>Please check the details, then continue.</source>
            <translation>Bitte prüfen Sie die Angaben und fahren Sie dann fort.</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Buchung</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Anreise</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Abreise</translation>
        </message>
        <message>
            <source>Length of stay</source>
            <translation>Aufenthaltsdauer</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n Nacht</numerusform>
                <numerusform>%n Nächte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n adult(s)</source>
            <translation>
                <numerusform>%n Erwachsener</numerusform>
                <numerusform>%n Erwachsene</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n child(ren)</source>
            <translation>
                <numerusform>%n Kind</numerusform>
                <numerusform>%n Kinder</numerusform>
            </translation>
        </message>
        <message>
            <source>No, this is not mine</source>
            <translation>Nein, das ist nicht meine</translation>
        </message>
        <message>
            <source>Yes, continue</source>
            <translation>Ja, weiter</translation>
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
            <translation>Eingeschränkt</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>Angemeldet: %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>seit %1</translation>
        </message>
        <message>
            <source>firmware %1</source>
            <translation>Firmware %1</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle to</source>
            <translation>Diagnosepaket speichern unter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Choose a test. Each one is recorded in the audit log.</source>
            <translation>Wählen Sie einen Test. Jeder Test wird im Prüfprotokoll festgehalten.</translation>
        </message>
        <message>
            <source>Read card</source>
            <translation>Karte lesen</translation>
        </message>
        <message>
            <source>Encode test card</source>
            <translation>Testkarte codieren</translation>
        </message>
        <message>
            <source>Dispense card</source>
            <translation>Karte ausgeben</translation>
        </message>
        <message>
            <source>Capture card</source>
            <translation>Karte einziehen</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>Testseite drucken</translation>
        </message>
        <message>
            <source>Scan test</source>
            <translation>Scan-Test</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>Neu verbinden</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Paket exportieren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>DoneScreen</name>
        <message>
            <source>You are all set, %1!</source>
            <translation>Alles erledigt, %1!</translation>
        </message>
        <message>
            <source>You are all set!</source>
            <translation>Alles erledigt!</translation>
        </message>
        <message>
            <source>Take your key cards. Enjoy your stay!</source>
            <translation>Nehmen Sie Ihre Schlüsselkarten. Einen schönen Aufenthalt!</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Etage %1</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>WLAN</translation>
        </message>
        <message>
            <source>Password: %1</source>
            <translation>Passwort: %1</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Check-out</translation>
        </message>
        <message>
            <source>By %1 on %2</source>
            <translation>Bis %1 Uhr am %2</translation>
        </message>
        <message>
            <source>Parking permit: %1</source>
            <translation>Parkausweis: %1</translation>
        </message>
        <message>
            <source>Scan to keep these details</source>
            <translation>Scannen, um die Angaben zu behalten</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Wird gedruckt …</translation>
        </message>
        <message>
            <source>Print these details</source>
            <translation>Angaben ausdrucken</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Fertig</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>Yes, that is mine</source>
            <translation>Ja, das ist meine</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Personal rufen</translation>
        </message>
        <message>
            <source>No, type again</source>
            <translation>Nein, neu eingeben</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
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
            <translation>Buchung finden</translation>
        </message>
        <message>
            <source>Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.</source>
            <translation>Geben Sie Ihren Buchungscode ein oder scannen Sie jederzeit den QR-Code aus Ihrer E-Mail oder Ihren Reisepass unter dem Bildschirm.</translation>
        </message>
        <message>
            <source>Booking code</source>
            <translation>Buchungscode</translation>
        </message>
        <message>
            <source>Surname and date</source>
            <translation>Nachname und Datum</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR-Code</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Reisepass</translation>
        </message>
        <message>
            <source>Find my booking</source>
            <translation>Meine Buchung finden</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Anreise</translation>
        </message>
        <message>
            <source>Earlier day</source>
            <translation>Vorheriger Tag</translation>
        </message>
        <message>
            <source>Later day</source>
            <translation>Nächster Tag</translation>
        </message>
        <message>
            <source>Hold the QR code from your confirmation e-mail under the scanner.</source>
            <translation>Halten Sie den QR-Code aus Ihrer Bestätigungs-E-Mail unter den Scanner.</translation>
        </message>
        <message>
            <source>Place your passport on the reader, photo page down.</source>
            <translation>Legen Sie Ihren Reisepass mit der Bildseite nach unten auf das Lesegerät.</translation>
        </message>
        <message>
            <source>The reader is just below the screen.</source>
            <translation>Das Lesegerät befindet sich direkt unter dem Bildschirm.</translation>
        </message>
    </context>
    <context>
        <name>InactivityWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>Sind Sie noch da?</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, we will clear the screen in %n second(s).</source>
            <translation>
                <numerusform>Zum Schutz Ihrer Daten leeren wir den Bildschirm in %n Sekunde.</numerusform>
                <numerusform>Zum Schutz Ihrer Daten leeren wir den Bildschirm in %n Sekunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>I am still here</source>
            <translation>Ich bin noch da</translation>
        </message>
    </context>
    <context>
        <name>KeysScreen</name>
        <message>
            <source>Making your key cards…</source>
            <translation>Ihre Schlüsselkarten werden erstellt …</translation>
        </message>
        <message>
            <source>Your key cards</source>
            <translation>Ihre Schlüsselkarten</translation>
        </message>
        <message>
            <source>Please take them from the slot below the screen.</source>
            <translation>Bitte entnehmen Sie sie aus dem Schlitz unter dem Bildschirm.</translation>
        </message>
        <message>
            <source>How many key cards would you like for each room?</source>
            <translation>Wie viele Schlüsselkarten möchten Sie pro Zimmer?</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s)</source>
            <translation>
                <numerusform>%n Schlüsselkarte</numerusform>
                <numerusform>%n Schlüsselkarten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %n key card(s)</source>
            <translation>
                <numerusform>%n Schlüsselkarte erstellen</numerusform>
                <numerusform>%n Schlüsselkarten erstellen</numerusform>
            </translation>
        </message>
        <message>
            <source>Making key card %1 of %2</source>
            <translation>Schlüsselkarte %1 von %2 wird erstellt</translation>
        </message>
        <message numerus="yes">
            <source>%n key card(s) on the way</source>
            <translation>
                <numerusform>%n Schlüsselkarte kommt</numerusform>
                <numerusform>%n Schlüsselkarten kommen</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them from the slot below the screen.</source>
            <translation>Entnehmen Sie sie aus dem Schlitz unter dem Bildschirm.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <source>Choose your language</source>
            <translation>Sprache wählen</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Something went wrong on our side. A colleague can help you.</source>
            <translation>Bei uns ist etwas schiefgelaufen. Unser Personal hilft Ihnen gern.</translation>
        </message>
        <message>
            <source>A booking code has eight letters and numbers, like ABCD-2345. Please check it and try again.</source>
            <translation>Ein Buchungscode hat acht Buchstaben und Ziffern, zum Beispiel ABCD-2345. Bitte prüfen Sie ihn und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>We could not find a booking with these details. Please check them and try again.</source>
            <translation>Wir haben keine Buchung mit diesen Angaben gefunden. Bitte prüfen Sie sie und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>We could not find that code. Did you mean %1?</source>
            <translation>Wir haben diesen Code nicht gefunden. Meinten Sie %1?</translation>
        </message>
        <message>
            <source>This booking has been cancelled. A colleague can help you find a room.</source>
            <translation>Diese Buchung wurde storniert. Unser Personal hilft Ihnen, ein Zimmer zu finden.</translation>
        </message>
        <message>
            <source>This booking is already checked in. If you need a new key card, a colleague can help.</source>
            <translation>Für diese Buchung wurde bereits eingecheckt. Wenn Sie eine neue Schlüsselkarte brauchen, hilft Ihnen unser Personal.</translation>
        </message>
        <message>
            <source>This stay has already ended. A colleague can help you.</source>
            <translation>Dieser Aufenthalt ist bereits beendet. Unser Personal hilft Ihnen gern.</translation>
        </message>
        <message>
            <source>Your booking starts on %1. If your plans have changed, a colleague can help you.</source>
            <translation>Ihre Buchung beginnt am %1. Wenn sich Ihre Pläne geändert haben, hilft Ihnen unser Personal.</translation>
        </message>
        <message>
            <source>The arrival date of this booking has passed. A colleague can help you.</source>
            <translation>Das Anreisedatum dieser Buchung ist bereits vorbei. Unser Personal hilft Ihnen gern.</translation>
        </message>
        <message>
            <source>Check-in starts at %1 and your room is not ready yet. You are welcome to wait in the lobby.</source>
            <translation>Der Check-in beginnt um %1 Uhr und Ihr Zimmer ist noch nicht bereit. Sie können gern in der Lobby warten.</translation>
        </message>
        <message>
            <source>This booking is for another hotel. A colleague can help you.</source>
            <translation>Diese Buchung gilt für ein anderes Hotel. Unser Personal hilft Ihnen gern.</translation>
        </message>
        <message>
            <source>We could not read your passport. Please place it again, photo page down, and hold it still.</source>
            <translation>Wir konnten Ihren Reisepass nicht lesen. Bitte legen Sie ihn erneut mit der Bildseite nach unten auf und halten Sie ihn still.</translation>
        </message>
        <message>
            <source>We could not read that QR code. Please hold it under the scanner again.</source>
            <translation>Wir konnten diesen QR-Code nicht lesen. Bitte halten Sie ihn erneut unter den Scanner.</translation>
        </message>
        <message>
            <source>Please check the fields marked in red.</source>
            <translation>Bitte prüfen Sie die rot markierten Felder.</translation>
        </message>
        <message>
            <source>Your room is not ready yet.</source>
            <translation>Ihr Zimmer ist noch nicht bereit.</translation>
        </message>
        <message>
            <source>Please check the licence plate. Use only letters, numbers and hyphens.</source>
            <translation>Bitte prüfen Sie das Kennzeichen. Verwenden Sie nur Buchstaben, Ziffern und Bindestriche.</translation>
        </message>
        <message>
            <source>The card was not accepted. You can try again or use another card.</source>
            <translation>Die Karte wurde nicht akzeptiert. Sie können es erneut versuchen oder eine andere Karte verwenden.</translation>
        </message>
        <message>
            <source>The terminal did not see a card. Please try again.</source>
            <translation>Das Terminal hat keine Karte erkannt. Bitte versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The payment was cancelled on the terminal. You can try again.</source>
            <translation>Die Zahlung wurde am Terminal abgebrochen. Sie können es erneut versuchen.</translation>
        </message>
        <message>
            <source>The kiosk could not finish this step. A colleague can help you.</source>
            <translation>Der Automat konnte diesen Schritt nicht abschließen. Unser Personal hilft Ihnen gern.</translation>
        </message>
        <message>
            <source>A key card got stuck in the machine. A colleague will give you your keys.</source>
            <translation>Eine Schlüsselkarte steckt im Automaten fest. Unser Personal bringt Ihnen Ihre Schlüssel.</translation>
        </message>
        <message>
            <source>The kiosk has run out of key cards. A colleague will give you your keys.</source>
            <translation>Der Automat hat keine Schlüsselkarten mehr. Unser Personal bringt Ihnen Ihre Schlüssel.</translation>
        </message>
        <message>
            <source>We could not make your key card. A colleague will give you your keys.</source>
            <translation>Wir konnten Ihre Schlüsselkarte nicht erstellen. Unser Personal bringt Ihnen Ihre Schlüssel.</translation>
        </message>
        <message>
            <source>The key card was not taken in time, so the kiosk kept it safe. You can make your key cards again. A colleague has been told too.</source>
            <translation>Die Schlüsselkarte wurde nicht rechtzeitig entnommen und vom Automaten sicher eingezogen. Sie können Ihre Schlüsselkarten erneut erstellen. Unser Personal ist ebenfalls informiert.</translation>
        </message>
        <message>
            <source>The printer has run out of paper. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Der Drucker hat kein Papier mehr. Scannen Sie den QR-Code auf dem Bildschirm, um Ihre Angaben mitzunehmen. Unser Personal ist informiert.</translation>
        </message>
        <message>
            <source>The printer is open and cannot print. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Der Drucker ist geöffnet und kann nicht drucken. Scannen Sie den QR-Code auf dem Bildschirm, um Ihre Angaben mitzunehmen. Unser Personal ist informiert.</translation>
        </message>
        <message>
            <source>The printer is not working right now. Scan the QR code on the screen to keep your details. A colleague has been told.</source>
            <translation>Der Drucker funktioniert gerade nicht. Scannen Sie den QR-Code auf dem Bildschirm, um Ihre Angaben mitzunehmen. Unser Personal ist informiert.</translation>
        </message>
        <message>
            <source>A colleague is already on the way to you.</source>
            <translation>Unser Personal ist bereits auf dem Weg zu Ihnen.</translation>
        </message>
        <message>
            <source>Staff ID or PIN not recognised. Please try again.</source>
            <translation>Benutzerkennung oder PIN nicht erkannt. Bitte versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>This account is locked for a while after too many wrong PINs. Please ask the duty manager.</source>
            <translation>Dieses Konto ist nach zu vielen falschen PINs vorübergehend gesperrt. Bitte wenden Sie sich an die Schichtleitung.</translation>
        </message>
        <message>
            <source>This account cannot open the staff tools on this kiosk.</source>
            <translation>Mit diesem Konto lassen sich die Personalwerkzeuge an diesem Automaten nicht öffnen.</translation>
        </message>
        <message>
            <source>That room is no longer ready. Please pick another one.</source>
            <translation>Dieses Zimmer ist nicht mehr bezugsfertig. Bitte wählen Sie ein anderes.</translation>
        </message>
        <message>
            <source>New key cards can be made only for a booking that is checked in.</source>
            <translation>Neue Schlüsselkarten gibt es nur für eine eingecheckte Buchung.</translation>
        </message>
        <message>
            <source>This booking has no room assigned yet.</source>
            <translation>Dieser Buchung ist noch kein Zimmer zugewiesen.</translation>
        </message>
        <message>
            <source>Go back to the first step of the check-in to use another booking.</source>
            <translation>Gehen Sie zum ersten Schritt des Check-ins zurück, um eine andere Buchung zu verwenden.</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>Bitte füllen Sie dieses Feld aus.</translation>
        </message>
        <message>
            <source>Please write the date as DD.MM.YYYY.</source>
            <translation>Bitte schreiben Sie das Datum als TT.MM.JJJJ.</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>Please check this date.</source>
            <translation>Bitte prüfen Sie dieses Datum.</translation>
        </message>
        <message>
            <source>Please check the country.</source>
            <translation>Bitte prüfen Sie das Land.</translation>
        </message>
        <message>
            <source>Please check the document number.</source>
            <translation>Bitte prüfen Sie die Dokumentnummer.</translation>
        </message>
        <message>
            <source>Please check the name.</source>
            <translation>Bitte prüfen Sie den Namen.</translation>
        </message>
        <message>
            <source>Please sign in the box.</source>
            <translation>Bitte unterschreiben Sie im Feld.</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Bitte prüfen Sie das Kennzeichen.</translation>
        </message>
        <message>
            <source>Please check what you typed here.</source>
            <translation>Bitte prüfen Sie Ihre Eingabe.</translation>
        </message>
        <message>
            <source>Please check the e-mail address.</source>
            <translation>Bitte prüfen Sie die E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>The departure must be after the arrival.</source>
            <translation>Die Abreise muss nach der Anreise liegen.</translation>
        </message>
        <message>
            <source>DD.MM.YYYY, for example 17.04.1986</source>
            <translation>TT.MM.JJJJ, zum Beispiel 17.04.1986</translation>
        </message>
        <message>
            <source>Country name or code, for example FIN</source>
            <translation>Name oder Code, z. B. DEU</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Staatsangehörigkeit</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Straße und Hausnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Passport or ID card number</source>
            <translation>Reisepass- oder Ausweisnummer</translation>
        </message>
        <message>
            <source>Document issued by</source>
            <translation>Ausgestellt von</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Anreise</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Abreise</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Single room</source>
            <translation>Einzelzimmer</translation>
        </message>
        <message>
            <source>Double room</source>
            <translation>Doppelzimmer</translation>
        </message>
        <message>
            <source>Twin room</source>
            <translation>Zweibettzimmer</translation>
        </message>
        <message>
            <source>Family room</source>
            <translation>Familienzimmer</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>Suite</translation>
        </message>
        <message>
            <source>Valid key card</source>
            <translation>Gültige Schlüsselkarte</translation>
        </message>
        <message>
            <source>Not a Lobby key card</source>
            <translation>Keine Lobby-Schlüsselkarte</translation>
        </message>
        <message>
            <source>Blank card</source>
            <translation>Leere Karte</translation>
        </message>
        <message>
            <source>Tampered card: the signature does not match</source>
            <translation>Manipulierte Karte: Die Signatur stimmt nicht</translation>
        </message>
        <message>
            <source>Copied card: the key belongs to another card</source>
            <translation>Kopierte Karte: Der Schlüssel gehört zu einer anderen Karte</translation>
        </message>
        <message>
            <source>Expired key card</source>
            <translation>Abgelaufene Schlüsselkarte</translation>
        </message>
        <message>
            <source>Key card not valid yet</source>
            <translation>Schlüsselkarte noch nicht gültig</translation>
        </message>
        <message>
            <source>Old key card: a newer one was made</source>
            <translation>Alte Schlüsselkarte: Eine neuere wurde erstellt</translation>
        </message>
        <message>
            <source>Key card of another hotel</source>
            <translation>Schlüsselkarte eines anderen Hotels</translation>
        </message>
        <message>
            <source>No card at the key encoder</source>
            <translation>Keine Karte im Schlüsselcodierer</translation>
        </message>
        <message>
            <source>A blank card was dispensed to the gate.</source>
            <translation>Eine leere Karte wurde ausgegeben.</translation>
        </message>
        <message>
            <source>The card at the gate was pulled into the bin.</source>
            <translation>Die Karte im Ausgabeschacht wurde eingezogen.</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>Testseite gedruckt.</translation>
        </message>
        <message>
            <source>Hold a code under the scanner now…</source>
            <translation>Halten Sie jetzt einen Code unter den Scanner …</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>Gescannt: %1</translation>
        </message>
        <message>
            <source>No code was scanned.</source>
            <translation>Es wurde kein Code gescannt.</translation>
        </message>
        <message>
            <source>Every device was checked again.</source>
            <translation>Alle Geräte wurden erneut geprüft.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Gespeichert: %1</translation>
        </message>
        <message>
            <source>Could not save there: %1</source>
            <translation>Dort konnte nicht gespeichert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ParkingScreen</name>
        <message>
            <source>Are you parking a car with us?</source>
            <translation>Parken Sie bei uns ein Auto?</translation>
        </message>
        <message>
            <source>Register the licence plate and your parking permit is ready. No paper needed.</source>
            <translation>Registrieren Sie das Kennzeichen, dann ist Ihr Parkausweis fertig. Ganz ohne Papier.</translation>
        </message>
        <message>
            <source>I have a car</source>
            <translation>Ich habe ein Auto</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>Kennzeichen</translation>
        </message>
        <message>
            <source>Please check the licence plate.</source>
            <translation>Bitte prüfen Sie das Kennzeichen.</translation>
        </message>
        <message>
            <source>Register my car</source>
            <translation>Mein Auto registrieren</translation>
        </message>
        <message>
            <source>No car</source>
            <translation>Kein Auto</translation>
        </message>
    </context>
    <context>
        <name>PaymentScreen</name>
        <message>
            <source>Insert or tap your card on the terminal</source>
            <translation>Karte einstecken oder ans Terminal halten</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Zahlung</translation>
        </message>
        <message>
            <source>Follow the instructions on the card terminal below the screen.</source>
            <translation>Folgen Sie den Anweisungen am Kartenterminal unter dem Bildschirm.</translation>
        </message>
        <message>
            <source>Your room is already paid. We only hold a deposit for extras.</source>
            <translation>Ihr Zimmer ist bereits bezahlt. Wir reservieren nur eine Kaution für Extras.</translation>
        </message>
        <message>
            <source>We hold this amount on your card now. You pay at check-out for what you used.</source>
            <translation>Wir reservieren diesen Betrag jetzt auf Ihrer Karte. Beim Check-out zahlen Sie, was Sie genutzt haben.</translation>
        </message>
        <message numerus="yes">
            <source>Room, %n night(s)</source>
            <translation>
                <numerusform>Zimmer, %n Nacht</numerusform>
                <numerusform>Zimmer, %n Nächte</numerusform>
            </translation>
        </message>
        <message>
            <source>Room (paid in advance)</source>
            <translation>Zimmer (im Voraus bezahlt)</translation>
        </message>
        <message>
            <source>Deposit for extras (restaurant, minibar)</source>
            <translation>Kaution für Extras (Restaurant, Minibar)</translation>
        </message>
        <message>
            <source>Held on your card now</source>
            <translation>Jetzt auf Ihrer Karte reserviert</translation>
        </message>
        <message>
            <source>This is a hold, not a charge. What you do not use is released when you check out.</source>
            <translation>Dies ist eine Reservierung, keine Belastung. Was Sie nicht nutzen, wird beim Check-out freigegeben.</translation>
        </message>
        <message>
            <source>Pay with card</source>
            <translation>Mit Karte zahlen</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
    </context>
    <context>
        <name>RegistrationScreen</name>
        <message>
            <source>Registration card</source>
            <translation>Meldeschein</translation>
        </message>
        <message>
            <source>The law asks every hotel guest for these details. Please check them and sign.</source>
            <translation>Das Gesetz verlangt diese Angaben von jedem Hotelgast. Bitte prüfen Sie sie und unterschreiben Sie.</translation>
        </message>
        <message>
            <source>Your signature</source>
            <translation>Ihre Unterschrift</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Sign and continue</source>
            <translation>Unterschreiben und weiter</translation>
        </message>
    </context>
    <context>
        <name>RoomScreen</name>
        <message>
            <source>Finding your room…</source>
            <translation>Wir suchen Ihr Zimmer …</translation>
        </message>
        <message>
            <source>Your room is not quite ready</source>
            <translation>Ihr Zimmer ist noch nicht ganz bereit</translation>
        </message>
        <message>
            <source>Your rooms</source>
            <translation>Ihre Zimmer</translation>
        </message>
        <message>
            <source>Your room</source>
            <translation>Ihr Zimmer</translation>
        </message>
        <message>
            <source>One moment, please.</source>
            <translation>Einen Moment bitte.</translation>
        </message>
        <message>
            <source>Housekeeping is preparing it right now. We are sorry for the wait.</source>
            <translation>Das Housekeeping bereitet es gerade vor. Bitte entschuldigen Sie die Wartezeit.</translation>
        </message>
        <message>
            <source>You will get the key cards in a moment.</source>
            <translation>Ihre Schlüsselkarten erhalten Sie gleich.</translation>
        </message>
        <message>
            <source>Room %1</source>
            <translation>Zimmer %1</translation>
        </message>
        <message>
            <source>Floor %1</source>
            <translation>Etage %1</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message numerus="yes">
            <source>It will be ready in about %n minute(s).</source>
            <translation>
                <numerusform>Es ist in etwa %n Minute fertig.</numerusform>
                <numerusform>Es ist in etwa %n Minuten fertig.</numerusform>
            </translation>
        </message>
        <message>
            <source>We do not know yet when it will be ready.</source>
            <translation>Wir wissen noch nicht, wann es fertig ist.</translation>
        </message>
        <message>
            <source>You can wait here or in the lobby and check again, or a colleague can help you now.</source>
            <translation>Sie können hier oder in der Lobby warten und es erneut prüfen, oder unser Personal hilft Ihnen sofort.</translation>
        </message>
        <message>
            <source>Wait and check again</source>
            <translation>Warten und erneut prüfen</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Personal rufen</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here with your finger</source>
            <translation>Hier mit dem Finger unterschreiben</translation>
        </message>
    </context>
    <context>
        <name>StaffCallConfirmation</name>
        <message>
            <source>Please ask at the front desk</source>
            <translation>Bitte wenden Sie sich an die Rezeption</translation>
        </message>
        <message>
            <source>A colleague is on the way</source>
            <translation>Hilfe ist unterwegs</translation>
        </message>
        <message>
            <source>We could not reach a colleague from here. We are sorry — the front desk will help you straight away.</source>
            <translation>Wir konnten von hier aus niemanden erreichen. Das tut uns leid – die Rezeption hilft Ihnen sofort.</translation>
        </message>
        <message>
            <source>A colleague has been called and will come to you. You can carry on while you wait.</source>
            <translation>Unser Personal wurde gerufen und kommt zu Ihnen. Sie können inzwischen weitermachen.</translation>
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
            <translation>Ein Mitarbeiter</translation>
        </message>
        <message>
            <source>Waiting for a colleague — they have been alerted</source>
            <translation>Wir warten auf einen Mitarbeiter – das Personal ist alarmiert</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1 ist da</translation>
        </message>
        <message numerus="yes">
            <source>%1 has seen your request and is coming — about %n minute(s)</source>
            <translation>
                <numerusform>%1 hat Ihre Anfrage gesehen und kommt – in etwa %n Minute</numerusform>
                <numerusform>%1 hat Ihre Anfrage gesehen und kommt – in etwa %n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming now</source>
            <translation>%1 hat Ihre Anfrage gesehen und kommt sofort</translation>
        </message>
        <message>
            <source>%1 has seen your request and is coming</source>
            <translation>%1 hat Ihre Anfrage gesehen und ist unterwegs</translation>
        </message>
    </context>
    <context>
        <name>StaffSignIn</name>
        <message>
            <source>Welcome, %1</source>
            <translation>Willkommen, %1</translation>
        </message>
        <message>
            <source>Staff sign-in</source>
            <translation>Anmeldung für das Personal</translation>
        </message>
        <message>
            <source>What would you like to open?</source>
            <translation>Was möchten Sie öffnen?</translation>
        </message>
        <message>
            <source>Enter your PIN to open diagnostics.</source>
            <translation>Geben Sie Ihre PIN ein, um die Diagnose zu öffnen.</translation>
        </message>
        <message>
            <source>For hotel staff only. Guests: please use Call staff.</source>
            <translation>Nur für Hotelpersonal. Gäste: Bitte „Personal rufen“ wählen.</translation>
        </message>
        <message>
            <source>Tap your staff card or enter your ID and PIN</source>
            <translation>Halten Sie Ihren Mitarbeiterausweis an das Lesegerät oder geben Sie Benutzerkennung und PIN ein</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Benutzerkennung</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Assist the guest</source>
            <translation>Gast betreuen</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <source>Card not recognised.</source>
            <translation>Karte nicht erkannt.</translation>
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Step %1 of %2</source>
            <translation>Schritt %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Welcome to %1</source>
            <translation>Willkommen im %1</translation>
        </message>
        <message>
            <source>Check in here in a few minutes and get your room key.</source>
            <translation>Checken Sie hier in wenigen Minuten ein und erhalten Sie Ihren Zimmerschlüssel.</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>Sprache wählen</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Einchecken</translation>
        </message>
        <message>
            <source>Have your booking code, the QR code from your e-mail, or your passport ready.</source>
            <translation>Halten Sie Ihren Buchungscode, den QR-Code aus Ihrer E-Mail oder Ihren Reisepass bereit.</translation>
        </message>
    </context>
</TS>