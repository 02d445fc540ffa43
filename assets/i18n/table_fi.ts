<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>AdvisorStatus</name>
        <message>
            <source>Please ask at the counter: an advisor will come to this table.</source>
            <translation>Pyydä apua palvelutiskiltä: asiantuntija tulee tämän pöydän luo.</translation>
        </message>
        <message>
            <source>An advisor has been called and will come to this table.</source>
            <translation>Asiantuntija on kutsuttu ja tulee tämän pöydän luo.</translation>
        </message>
        <message>
            <source>%1 is coming to this table, in about %2 min.</source>
            <translation>%1 tulee tämän pöydän luo noin %2 minuutissa.</translation>
        </message>
        <message>
            <source>%1 is coming to this table now.</source>
            <translation>%1 on tulossa tämän pöydän luo.</translation>
        </message>
        <message>
            <source>%1 is here to help you.</source>
            <translation>%1 on täällä auttamassa sinua.</translation>
        </message>
        <message>
            <source>You can keep looking meanwhile.</source>
            <translation>Voit jatkaa katselua sillä välin.</translation>
        </message>
        <message>
            <source>I no longer need help</source>
            <translation>En tarvitse enää apua</translation>
        </message>
    </context>
    <context>
        <name>BookingSheet</name>
        <message>
            <source>Your viewing is booked</source>
            <translation>Näyttö on varattu</translation>
        </message>
        <message>
            <source>Book a viewing</source>
            <translation>Varaa näyttö</translation>
        </message>
        <message>
            <source>Choose a time to see %1.</source>
            <translation>Valitse aika, jolloin haluat nähdä kohteen %1.</translation>
        </message>
        <message>
            <source>No free viewing times in the next two weeks. An advisor can arrange one.</source>
            <translation>Seuraavan kahden viikon aikana ei ole vapaita näyttöaikoja. Asiantuntija voi sopia näytön.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Nimesi</translation>
        </message>
        <message>
            <source>Phone number (the agent calls if the time changes)</source>
            <translation>Puhelinnumero (välittäjä soittaa, jos aika muuttuu)</translation>
        </message>
        <message>
            <source>Other time</source>
            <translation>Toinen aika</translation>
        </message>
        <message>
            <source>Book this viewing</source>
            <translation>Varaa tämä näyttö</translation>
        </message>
        <message>
            <source>Booking reference</source>
            <translation>Varaustunnus</translation>
        </message>
        <message>
            <source>Scan the code to add the viewing to your phone's calendar. The agent will call you if anything changes.</source>
            <translation>Skannaa koodi, niin näyttö tallentuu puhelimesi kalenteriin. Välittäjä soittaa, jos jokin muuttuu.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Valmis</translation>
        </message>
    </context>
    <context>
        <name>BottomBar</name>
        <message>
            <source>Price</source>
            <translation>Hinta</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Huoneita</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Pinta-ala</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Ominaisuudet</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Hakusanat</translation>
        </message>
        <message>
            <source>Set by the tokens: %1</source>
            <translation>Nappuloilla valittu: %1</translation>
        </message>
        <message>
            <source>Saved (%1)</source>
            <translation>Tallennetut (%1)</translation>
        </message>
        <message>
            <source>Call an advisor</source>
            <translation>Kutsu asiantuntija</translation>
        </message>
        <message>
            <source>An advisor is called</source>
            <translation>Asiantuntija kutsuttu</translation>
        </message>
        <message>
            <source>%1 is coming, about %2 min</source>
            <translation>%1 tulossa, noin %2 min</translation>
        </message>
        <message>
            <source>%1 is coming</source>
            <translation>%1 on tulossa</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1 on täällä</translation>
        </message>
    </context>
    <context>
        <name>ChipEditor</name>
        <message>
            <source>Highest price</source>
            <translation>Enimmäishinta</translation>
        </message>
        <message>
            <source>Rooms at least</source>
            <translation>Huoneita vähintään</translation>
        </message>
        <message>
            <source>Living area at least</source>
            <translation>Asuinpinta-ala vähintään</translation>
        </message>
        <message>
            <source>Type of home</source>
            <translation>Asuntotyyppi</translation>
        </message>
        <message>
            <source>Must have</source>
            <translation>Kodissa oltava</translation>
        </message>
        <message>
            <source>Search by words: a street, district or anything</source>
            <translation>Hae sanoilla: katu, kaupunginosa tai mitä tahansa</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Ei väliä</translation>
        </message>
        <message>
            <source>e.g. Töölö, sea view, Mannerheimintie</source>
            <translation>esim. Töölö, merinäköala, Mannerheimintie</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Hae</translation>
        </message>
    </context>
    <context>
        <name>CompareSheet</name>
        <message>
            <source>Compare homes</source>
            <translation>Vertaa koteja</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avaa</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still looking?</source>
            <translation>Katseletko vielä?</translation>
        </message>
        <message numerus="yes">
            <source>In %n seconds the table starts over and your saved homes are cleared from the screen.</source>
            <translation>
                <numerusform>%n sekunnin kuluttua pöytä aloittaa alusta ja tallentamasi kodit poistuvat näytöltä.</numerusform>
                <numerusform>%n sekunnin kuluttua pöytä aloittaa alusta ja tallentamasi kodit poistuvat näytöltä.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Jatka</translation>
        </message>
    </context>
    <context>
        <name>ListingSheet</name>
        <message>
            <source>Photos</source>
            <translation>Kuvat</translation>
        </message>
        <message>
            <source>Floor plan</source>
            <translation>Pohjapiirros</translation>
        </message>
        <message>
            <source>360° tour</source>
            <translation>360°-esittely</translation>
        </message>
        <message>
            <source>Agent: %1</source>
            <translation>Välittäjä: %1</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Tallennettu</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Comparing</source>
            <translation>Vertailussa</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vertaa</translation>
        </message>
        <message>
            <source>Book a viewing</source>
            <translation>Varaa näyttö</translation>
        </message>
        <message>
            <source>Compare %1 homes side by side</source>
            <translation>Vertaa %1 kotia rinnakkain</translation>
        </message>
    </context>
    <context>
        <name>MarkerLayer</name>
        <message>
            <source>Only homes with</source>
            <translation>Vain kodit, joissa on</translation>
        </message>
        <message>
            <source>Turn the token to change. Lift it to remove.</source>
            <translation>Muuta arvoa kääntämällä nappulaa. Poista nostamalla se pois.</translation>
        </message>
        <message>
            <source>Lift the token to remove.</source>
            <translation>Poista nostamalla nappula pois.</translation>
        </message>
    </context>
    <context>
        <name>PanoramaView</name>
        <message>
            <source>Drag to look around</source>
            <translation>Katsele ympärillesi vetämällä</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Finding homes…</source>
            <translation>Haetaan koteja…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln homes in view</source>
            <translation>
                <numerusform>%Ln koti näkyvissä</numerusform>
                <numerusform>%Ln kotia näkyvissä</numerusform>
            </translation>
        </message>
        <message>
            <source>Newest</source>
            <translation>Uusimmat</translation>
        </message>
        <message>
            <source>Cheapest</source>
            <translation>Edullisimmat</translation>
        </message>
        <message>
            <source>Largest</source>
            <translation>Suurimmat</translation>
        </message>
        <message>
            <source>No homes here match. Move the map or loosen a filter.</source>
            <translation>Täältä ei löydy sopivia koteja. Siirrä karttaa tai väljennä rajauksia.</translation>
        </message>
    </context>
    <context>
        <name>ShortlistSheet</name>
        <message>
            <source>Saved homes</source>
            <translation>Tallennetut kodit</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vertaa</translation>
        </message>
        <message>
            <source>Compare %1 side by side</source>
            <translation>Vertaa %1 rinnakkain</translation>
        </message>
        <message>
            <source>Scan with your phone to take this list with you.</source>
            <translation>Skannaa puhelimellasi, niin lista kulkee mukanasi.</translation>
        </message>
        <message>
            <source>No name or number is needed: only whoever has the link sees the list.</source>
            <translation>Nimeä tai numeroa ei tarvita: listan näkee vain se, jolla on linkki.</translation>
        </message>
    </context>
    <context>
        <name>TableLabels</name>
        <message>
            <source>Apartment</source>
            <translation>Kerrostaloasunto</translation>
        </message>
        <message>
            <source>Terraced house</source>
            <translation>Rivitalo</translation>
        </message>
        <message>
            <source>Semi-detached house</source>
            <translation>Paritalo</translation>
        </message>
        <message>
            <source>Detached house</source>
            <translation>Omakotitalo</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Tontti</translation>
        </message>
        <message>
            <source>Holiday home</source>
            <translation>Vapaa-ajan asunto</translation>
        </message>
        <message>
            <source>Sauna</source>
            <translation>Sauna</translation>
        </message>
        <message>
            <source>Balcony</source>
            <translation>Parveke</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Hissi</translation>
        </message>
        <message>
            <source>Garden</source>
            <translation>Piha</translation>
        </message>
        <message>
            <source>Garage</source>
            <translation>Autotalli</translation>
        </message>
        <message>
            <source>Fireplace</source>
            <translation>Takka</translation>
        </message>
        <message>
            <source>Own shore</source>
            <translation>Oma ranta</translation>
        </message>
        <message>
            <source>Sea view</source>
            <translation>Merinäköala</translation>
        </message>
        <message>
            <source>Terrace</source>
            <translation>Terassi</translation>
        </message>
        <message>
            <source>Parking space</source>
            <translation>Autopaikka</translation>
        </message>
        <message>
            <source>Storage room</source>
            <translation>Varasto</translation>
        </message>
        <message>
            <source>Renovated</source>
            <translation>Remontoitu</translation>
        </message>
        <message>
            <source>Step-free access</source>
            <translation>Esteetön</translation>
        </message>
        <message>
            <source>Pets allowed</source>
            <translation>Lemmikit sallittu</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Uima-allas</translation>
        </message>
        <message>
            <source>Glazed balcony</source>
            <translation>Lasitettu parveke</translation>
        </message>
        <message>
            <source>Highest price</source>
            <translation>Enimmäishinta</translation>
        </message>
        <message>
            <source>Lowest price</source>
            <translation>Vähimmäishinta</translation>
        </message>
        <message>
            <source>Rooms at least</source>
            <translation>Huoneita vähintään</translation>
        </message>
        <message>
            <source>Rooms at most</source>
            <translation>Huoneita enintään</translation>
        </message>
        <message>
            <source>Living area at least</source>
            <translation>Asuinpinta-ala vähintään</translation>
        </message>
        <message>
            <source>Living area at most</source>
            <translation>Asuinpinta-ala enintään</translation>
        </message>
        <message>
            <source>Type of home</source>
            <translation>Asuntotyyppi</translation>
        </message>
        <message>
            <source>Must have</source>
            <translation>Kodissa oltava</translation>
        </message>
        <message>
            <source>Asking price</source>
            <translation>Hintapyyntö</translation>
        </message>
        <message>
            <source>Debt-free price</source>
            <translation>Velaton hinta</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <source>Living area</source>
            <translation>Asuinpinta-ala</translation>
        </message>
        <message>
            <source>Price per m²</source>
            <translation>Hinta / m²</translation>
        </message>
        <message>
            <source>Plot area</source>
            <translation>Tontin pinta-ala</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Huoneita</translation>
        </message>
        <message>
            <source>Year built</source>
            <translation>Rakennusvuosi</translation>
        </message>
        <message>
            <source>Energy class</source>
            <translation>Energialuokka</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kaupunginosa</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Ominaisuudet</translation>
        </message>
        <message>
            <source>Viewing</source>
            <translation>Näyttö</translation>
        </message>
        <message>
            <source>Up to three homes can be compared. Take one out first.</source>
            <translation>Vertailuun mahtuu kolme kotia. Poista ensin yksi.</translation>
        </message>
        <message>
            <source>Someone else just booked that time. Please choose another.</source>
            <translation>Joku ehti juuri varata sen ajan. Valitse toinen.</translation>
        </message>
        <message>
            <source>That time has already begun. Please choose another.</source>
            <translation>Se aika on jo alkanut. Valitse toinen.</translation>
        </message>
        <message>
            <source>Please give your name and a phone number.</source>
            <translation>Anna nimesi ja puhelinnumerosi.</translation>
        </message>
        <message>
            <source>The viewing could not be booked. An advisor can help you.</source>
            <translation>Näyttöä ei voitu varata. Asiantuntija auttaa sinua.</translation>
        </message>
        <message>
            <source>Living room</source>
            <translation>Olohuone</translation>
        </message>
        <message>
            <source>Kitchen</source>
            <translation>Keittiö</translation>
        </message>
        <message>
            <source>Bedroom</source>
            <translation>Makuuhuone</translation>
        </message>
        <message>
            <source>Bathroom</source>
            <translation>Kylpyhuone</translation>
        </message>
        <message>
            <source>1 room</source>
            <translation>1 huone</translation>
        </message>
        <message>
            <source>%1 rooms</source>
            <translation>%1 huonetta</translation>
        </message>
    </context>
    <context>
        <name>TableMain</name>
        <message>
            <source>Homes for sale</source>
            <translation>Myytävät kodit</translation>
        </message>
    </context>
</TS>