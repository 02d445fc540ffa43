<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AdvisorStatus</name>
        <message>
            <source>Please ask at the counter: an advisor will come to this table.</source>
            <translation>Fråga vid disken: en rådgivare kommer till det här bordet.</translation>
        </message>
        <message>
            <source>An advisor has been called and will come to this table.</source>
            <translation>En rådgivare har kallats och kommer till det här bordet.</translation>
        </message>
        <message>
            <source>%1 is coming to this table, in about %2 min.</source>
            <translation>%1 kommer till det här bordet om cirka %2 min.</translation>
        </message>
        <message>
            <source>%1 is coming to this table now.</source>
            <translation>%1 är på väg till det här bordet.</translation>
        </message>
        <message>
            <source>%1 is here to help you.</source>
            <translation>%1 är här för att hjälpa dig.</translation>
        </message>
        <message>
            <source>You can keep looking meanwhile.</source>
            <translation>Du kan fortsätta titta under tiden.</translation>
        </message>
        <message>
            <source>I no longer need help</source>
            <translation>Jag behöver inte längre hjälp</translation>
        </message>
    </context>
    <context>
        <name>BookingSheet</name>
        <message>
            <source>Your viewing is booked</source>
            <translation>Din visning är bokad</translation>
        </message>
        <message>
            <source>Book a viewing</source>
            <translation>Boka visning</translation>
        </message>
        <message>
            <source>Choose a time to see %1.</source>
            <translation>Välj en tid för att se %1.</translation>
        </message>
        <message>
            <source>No free viewing times in the next two weeks. An advisor can arrange one.</source>
            <translation>Inga lediga visningstider de närmaste två veckorna. En rådgivare kan ordna en.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ditt namn</translation>
        </message>
        <message>
            <source>Phone number (the agent calls if the time changes)</source>
            <translation>Telefonnummer (mäklaren ringer om tiden ändras)</translation>
        </message>
        <message>
            <source>Other time</source>
            <translation>Annan tid</translation>
        </message>
        <message>
            <source>Book this viewing</source>
            <translation>Boka den här visningen</translation>
        </message>
        <message>
            <source>Booking reference</source>
            <translation>Bokningsnummer</translation>
        </message>
        <message>
            <source>Scan the code to add the viewing to your phone's calendar. The agent will call you if anything changes.</source>
            <translation>Skanna koden för att lägga in visningen i telefonens kalender. Mäklaren ringer om något ändras.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
        </message>
    </context>
    <context>
        <name>BottomBar</name>
        <message>
            <source>Price</source>
            <translation>Pris</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Rum</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Yta</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Egenskaper</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Sökord</translation>
        </message>
        <message>
            <source>Set by the tokens: %1</source>
            <translation>Valt med brickorna: %1</translation>
        </message>
        <message>
            <source>Saved (%1)</source>
            <translation>Sparade (%1)</translation>
        </message>
        <message>
            <source>Call an advisor</source>
            <translation>Kalla på rådgivare</translation>
        </message>
        <message>
            <source>An advisor is called</source>
            <translation>En rådgivare är kallad</translation>
        </message>
        <message>
            <source>%1 is coming, about %2 min</source>
            <translation>%1 kommer om cirka %2 min</translation>
        </message>
        <message>
            <source>%1 is coming</source>
            <translation>%1 är på väg</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1 är här</translation>
        </message>
    </context>
    <context>
        <name>ChipEditor</name>
        <message>
            <source>Highest price</source>
            <translation>Högsta pris</translation>
        </message>
        <message>
            <source>Rooms at least</source>
            <translation>Minst antal rum</translation>
        </message>
        <message>
            <source>Living area at least</source>
            <translation>Boyta minst</translation>
        </message>
        <message>
            <source>Type of home</source>
            <translation>Bostadstyp</translation>
        </message>
        <message>
            <source>Must have</source>
            <translation>Måste ha</translation>
        </message>
        <message>
            <source>Search by words: a street, district or anything</source>
            <translation>Sök med ord: en gata, en stadsdel eller vad som helst</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>e.g. Töölö, sea view, Mannerheimintie</source>
            <translation>t.ex. Tölö, havsutsikt, Mannerheimvägen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
    </context>
    <context>
        <name>CompareSheet</name>
        <message>
            <source>Compare homes</source>
            <translation>Jämför bostäder</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still looking?</source>
            <translation>Tittar du fortfarande?</translation>
        </message>
        <message numerus="yes">
            <source>In %n seconds the table starts over and your saved homes are cleared from the screen.</source>
            <translation>
                <numerusform>Om %n sekund börjar bordet om och dina sparade bostäder tas bort från skärmen.</numerusform>
                <numerusform>Om %n sekunder börjar bordet om och dina sparade bostäder tas bort från skärmen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
    </context>
    <context>
        <name>ListingSheet</name>
        <message>
            <source>Photos</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Floor plan</source>
            <translation>Planritning</translation>
        </message>
        <message>
            <source>360° tour</source>
            <translation>360°-visning</translation>
        </message>
        <message>
            <source>Agent: %1</source>
            <translation>Mäklare: %1</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sparad</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Comparing</source>
            <translation>Jämförs</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Jämför</translation>
        </message>
        <message>
            <source>Book a viewing</source>
            <translation>Boka visning</translation>
        </message>
        <message>
            <source>Compare %1 homes side by side</source>
            <translation>Jämför %1 bostäder sida vid sida</translation>
        </message>
    </context>
    <context>
        <name>MarkerLayer</name>
        <message>
            <source>Only homes with</source>
            <translation>Bara bostäder med</translation>
        </message>
        <message>
            <source>Turn the token to change. Lift it to remove.</source>
            <translation>Vrid brickan för att ändra. Lyft den för att ta bort.</translation>
        </message>
        <message>
            <source>Lift the token to remove.</source>
            <translation>Lyft brickan för att ta bort.</translation>
        </message>
    </context>
    <context>
        <name>PanoramaView</name>
        <message>
            <source>Drag to look around</source>
            <translation>Dra för att se dig omkring</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Finding homes…</source>
            <translation>Söker bostäder…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln homes in view</source>
            <translation>
                <numerusform>%Ln bostad i vyn</numerusform>
                <numerusform>%Ln bostäder i vyn</numerusform>
            </translation>
        </message>
        <message>
            <source>Newest</source>
            <translation>Nyaste</translation>
        </message>
        <message>
            <source>Cheapest</source>
            <translation>Billigaste</translation>
        </message>
        <message>
            <source>Largest</source>
            <translation>Största</translation>
        </message>
        <message>
            <source>No homes here match. Move the map or loosen a filter.</source>
            <translation>Inga bostäder här passar. Flytta kartan eller lätta på ett filter.</translation>
        </message>
    </context>
    <context>
        <name>ShortlistSheet</name>
        <message>
            <source>Saved homes</source>
            <translation>Sparade bostäder</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Jämför</translation>
        </message>
        <message>
            <source>Compare %1 side by side</source>
            <translation>Jämför %1 sida vid sida</translation>
        </message>
        <message>
            <source>Scan with your phone to take this list with you.</source>
            <translation>Skanna med telefonen för att ta med listan.</translation>
        </message>
        <message>
            <source>No name or number is needed: only whoever has the link sees the list.</source>
            <translation>Inget namn eller nummer behövs: bara den som har länken ser listan.</translation>
        </message>
    </context>
    <context>
        <name>TableLabels</name>
        <message>
            <source>Apartment</source>
            <translation>Höghuslägenhet</translation>
        </message>
        <message>
            <source>Terraced house</source>
            <translation>Radhus</translation>
        </message>
        <message>
            <source>Semi-detached house</source>
            <translation>Parhus</translation>
        </message>
        <message>
            <source>Detached house</source>
            <translation>Egnahemshus</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Tomt</translation>
        </message>
        <message>
            <source>Holiday home</source>
            <translation>Fritidshus</translation>
        </message>
        <message>
            <source>Sauna</source>
            <translation>Bastu</translation>
        </message>
        <message>
            <source>Balcony</source>
            <translation>Balkong</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Hiss</translation>
        </message>
        <message>
            <source>Garden</source>
            <translation>Trädgård</translation>
        </message>
        <message>
            <source>Garage</source>
            <translation>Garage</translation>
        </message>
        <message>
            <source>Fireplace</source>
            <translation>Eldstad</translation>
        </message>
        <message>
            <source>Own shore</source>
            <translation>Egen strand</translation>
        </message>
        <message>
            <source>Sea view</source>
            <translation>Havsutsikt</translation>
        </message>
        <message>
            <source>Terrace</source>
            <translation>Terrass</translation>
        </message>
        <message>
            <source>Parking space</source>
            <translation>Bilplats</translation>
        </message>
        <message>
            <source>Storage room</source>
            <translation>Förråd</translation>
        </message>
        <message>
            <source>Renovated</source>
            <translation>Renoverad</translation>
        </message>
        <message>
            <source>Step-free access</source>
            <translation>Tillgänglig</translation>
        </message>
        <message>
            <source>Pets allowed</source>
            <translation>Husdjur tillåtna</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Pool</translation>
        </message>
        <message>
            <source>Glazed balcony</source>
            <translation>Inglasad balkong</translation>
        </message>
        <message>
            <source>Highest price</source>
            <translation>Högsta pris</translation>
        </message>
        <message>
            <source>Lowest price</source>
            <translation>Lägsta pris</translation>
        </message>
        <message>
            <source>Rooms at least</source>
            <translation>Minst antal rum</translation>
        </message>
        <message>
            <source>Rooms at most</source>
            <translation>Högst antal rum</translation>
        </message>
        <message>
            <source>Living area at least</source>
            <translation>Boyta minst</translation>
        </message>
        <message>
            <source>Living area at most</source>
            <translation>Boyta högst</translation>
        </message>
        <message>
            <source>Type of home</source>
            <translation>Bostadstyp</translation>
        </message>
        <message>
            <source>Must have</source>
            <translation>Måste ha</translation>
        </message>
        <message>
            <source>Asking price</source>
            <translation>Begärt pris</translation>
        </message>
        <message>
            <source>Debt-free price</source>
            <translation>Skuldfritt pris</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Living area</source>
            <translation>Boyta</translation>
        </message>
        <message>
            <source>Price per m²</source>
            <translation>Pris per m²</translation>
        </message>
        <message>
            <source>Plot area</source>
            <translation>Tomtareal</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Rum</translation>
        </message>
        <message>
            <source>Year built</source>
            <translation>Byggnadsår</translation>
        </message>
        <message>
            <source>Energy class</source>
            <translation>Energiklass</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Stadsdel</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Egenskaper</translation>
        </message>
        <message>
            <source>Viewing</source>
            <translation>Visning</translation>
        </message>
        <message>
            <source>Up to three homes can be compared. Take one out first.</source>
            <translation>Högst tre bostäder kan jämföras. Ta först bort en.</translation>
        </message>
        <message>
            <source>Someone else just booked that time. Please choose another.</source>
            <translation>Någon annan bokade just den tiden. Välj en annan.</translation>
        </message>
        <message>
            <source>That time has already begun. Please choose another.</source>
            <translation>Den tiden har redan börjat. Välj en annan.</translation>
        </message>
        <message>
            <source>Please give your name and a phone number.</source>
            <translation>Ange ditt namn och ett telefonnummer.</translation>
        </message>
        <message>
            <source>The viewing could not be booked. An advisor can help you.</source>
            <translation>Visningen kunde inte bokas. En rådgivare kan hjälpa dig.</translation>
        </message>
        <message>
            <source>Living room</source>
            <translation>Vardagsrum</translation>
        </message>
        <message>
            <source>Kitchen</source>
            <translation>Kök</translation>
        </message>
        <message>
            <source>Bedroom</source>
            <translation>Sovrum</translation>
        </message>
        <message>
            <source>Bathroom</source>
            <translation>Badrum</translation>
        </message>
        <message>
            <source>1 room</source>
            <translation>1 rum</translation>
        </message>
        <message>
            <source>%1 rooms</source>
            <translation>%1 rum</translation>
        </message>
    </context>
    <context>
        <name>TableMain</name>
        <message>
            <source>Homes for sale</source>
            <translation>Bostäder till salu</translation>
        </message>
    </context>
</TS>