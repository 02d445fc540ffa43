<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AdvisorStatus</name>
        <message>
            <source>Please ask at the counter: an advisor will come to this table.</source>
            <translation>Please ask at the counter: an advisor will come to this table.</translation>
        </message>
        <message>
            <source>An advisor has been called and will come to this table.</source>
            <translation>An advisor has been called and will come to this table.</translation>
        </message>
        <message>
            <source>%1 is coming to this table, in about %2 min.</source>
            <translation>%1 is coming to this table, in about %2 min.</translation>
        </message>
        <message>
            <source>%1 is coming to this table now.</source>
            <translation>%1 is coming to this table now.</translation>
        </message>
        <message>
            <source>%1 is here to help you.</source>
            <translation>%1 is here to help you.</translation>
        </message>
        <message>
            <source>You can keep looking meanwhile.</source>
            <translation>You can keep looking meanwhile.</translation>
        </message>
        <message>
            <source>I no longer need help</source>
            <translation>I no longer need help</translation>
        </message>
    </context>
    <context>
        <name>BookingSheet</name>
        <message>
            <source>Your viewing is booked</source>
            <translation>Your viewing is booked</translation>
        </message>
        <message>
            <source>Book a viewing</source>
            <translation>Book a viewing</translation>
        </message>
        <message>
            <source>Choose a time to see %1.</source>
            <translation>Choose a time to see %1.</translation>
        </message>
        <message>
            <source>No free viewing times in the next two weeks. An advisor can arrange one.</source>
            <translation>No free viewing times in the next two weeks. An advisor can arrange one.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Phone number (the agent calls if the time changes)</source>
            <translation>Phone number (the agent calls if the time changes)</translation>
        </message>
        <message>
            <source>Other time</source>
            <translation>Other time</translation>
        </message>
        <message>
            <source>Book this viewing</source>
            <translation>Book this viewing</translation>
        </message>
        <message>
            <source>Booking reference</source>
            <translation>Booking reference</translation>
        </message>
        <message>
            <source>Scan the code to add the viewing to your phone's calendar. The agent will call you if anything changes.</source>
            <translation>Scan the code to add the viewing to your phone's calendar. The agent will call you if anything changes.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>BottomBar</name>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Features</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Search words</translation>
        </message>
        <message>
            <source>Set by the tokens: %1</source>
            <translation>Set by the tokens: %1</translation>
        </message>
        <message>
            <source>Saved (%1)</source>
            <translation>Saved (%1)</translation>
        </message>
        <message>
            <source>Call an advisor</source>
            <translation>Call an advisor</translation>
        </message>
        <message>
            <source>An advisor is called</source>
            <translation>An advisor is called</translation>
        </message>
        <message>
            <source>%1 is coming, about %2 min</source>
            <translation>%1 is coming, about %2 min</translation>
        </message>
        <message>
            <source>%1 is coming</source>
            <translation>%1 is coming</translation>
        </message>
        <message>
            <source>%1 is here</source>
            <translation>%1 is here</translation>
        </message>
    </context>
    <context>
        <name>ChipEditor</name>
        <message>
            <source>Highest price</source>
            <translation>Highest price</translation>
        </message>
        <message>
            <source>Rooms at least</source>
            <translation>Rooms at least</translation>
        </message>
        <message>
            <source>Living area at least</source>
            <translation>Living area at least</translation>
        </message>
        <message>
            <source>Type of home</source>
            <translation>Type of home</translation>
        </message>
        <message>
            <source>Must have</source>
            <translation>Must have</translation>
        </message>
        <message>
            <source>Search by words: a street, district or anything</source>
            <translation>Search by words: a street, district or anything</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source>e.g. Töölö, sea view, Mannerheimintie</source>
            <translation>e.g. Töölö, sea view, Mannerheimintie</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
    </context>
    <context>
        <name>CompareSheet</name>
        <message>
            <source>Compare homes</source>
            <translation>Compare homes</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still looking?</source>
            <translation>Are you still looking?</translation>
        </message>
        <message numerus="yes">
            <source>In %n seconds the table starts over and your saved homes are cleared from the screen.</source>
            <translation>
                <numerusform>In %n second the table starts over and your saved homes are cleared from the screen.</numerusform>
                <numerusform>In %n seconds the table starts over and your saved homes are cleared from the screen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>ListingSheet</name>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Floor plan</source>
            <translation>Floor plan</translation>
        </message>
        <message>
            <source>360° tour</source>
            <translation>360° tour</translation>
        </message>
        <message>
            <source>Agent: %1</source>
            <translation>Agent: %1</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Comparing</source>
            <translation>Comparing</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Book a viewing</source>
            <translation>Book a viewing</translation>
        </message>
        <message>
            <source>Compare %1 homes side by side</source>
            <translation>Compare %1 homes side by side</translation>
        </message>
    </context>
    <context>
        <name>MarkerLayer</name>
        <message>
            <source>Only homes with</source>
            <translation>Only homes with</translation>
        </message>
        <message>
            <source>Turn the token to change. Lift it to remove.</source>
            <translation>Turn the token to change. Lift it to remove.</translation>
        </message>
        <message>
            <source>Lift the token to remove.</source>
            <translation>Lift the token to remove.</translation>
        </message>
    </context>
    <context>
        <name>PanoramaView</name>
        <message>
            <source>Drag to look around</source>
            <translation>Drag to look around</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Finding homes…</source>
            <translation>Finding homes…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln homes in view</source>
            <translation>
                <numerusform>%Ln home in view</numerusform>
                <numerusform>%Ln homes in view</numerusform>
            </translation>
        </message>
        <message>
            <source>Newest</source>
            <translation>Newest</translation>
        </message>
        <message>
            <source>Cheapest</source>
            <translation>Cheapest</translation>
        </message>
        <message>
            <source>Largest</source>
            <translation>Largest</translation>
        </message>
        <message>
            <source>No homes here match. Move the map or loosen a filter.</source>
            <translation>No homes here match. Move the map or loosen a filter.</translation>
        </message>
    </context>
    <context>
        <name>ShortlistSheet</name>
        <message>
            <source>Saved homes</source>
            <translation>Saved homes</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Compare %1 side by side</source>
            <translation>Compare %1 side by side</translation>
        </message>
        <message>
            <source>Scan with your phone to take this list with you.</source>
            <translation>Scan with your phone to take this list with you.</translation>
        </message>
        <message>
            <source>No name or number is needed: only whoever has the link sees the list.</source>
            <translation>No name or number is needed: only whoever has the link sees the list.</translation>
        </message>
    </context>
    <context>
        <name>TableLabels</name>
        <message>
            <source>Apartment</source>
            <translation>Apartment</translation>
        </message>
        <message>
            <source>Terraced house</source>
            <translation>Terraced house</translation>
        </message>
        <message>
            <source>Semi-detached house</source>
            <translation>Semi-detached house</translation>
        </message>
        <message>
            <source>Detached house</source>
            <translation>Detached house</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Plot</translation>
        </message>
        <message>
            <source>Holiday home</source>
            <translation>Holiday home</translation>
        </message>
        <message>
            <source>Sauna</source>
            <translation>Sauna</translation>
        </message>
        <message>
            <source>Balcony</source>
            <translation>Balcony</translation>
        </message>
        <message>
            <source>Lift</source>
            <translation>Lift</translation>
        </message>
        <message>
            <source>Garden</source>
            <translation>Garden</translation>
        </message>
        <message>
            <source>Garage</source>
            <translation>Garage</translation>
        </message>
        <message>
            <source>Fireplace</source>
            <translation>Fireplace</translation>
        </message>
        <message>
            <source>Own shore</source>
            <translation>Own shore</translation>
        </message>
        <message>
            <source>Sea view</source>
            <translation>Sea view</translation>
        </message>
        <message>
            <source>Terrace</source>
            <translation>Terrace</translation>
        </message>
        <message>
            <source>Parking space</source>
            <translation>Parking space</translation>
        </message>
        <message>
            <source>Storage room</source>
            <translation>Storage room</translation>
        </message>
        <message>
            <source>Renovated</source>
            <translation>Renovated</translation>
        </message>
        <message>
            <source>Step-free access</source>
            <translation>Step-free access</translation>
        </message>
        <message>
            <source>Pets allowed</source>
            <translation>Pets allowed</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Pool</translation>
        </message>
        <message>
            <source>Glazed balcony</source>
            <translation>Glazed balcony</translation>
        </message>
        <message>
            <source>Highest price</source>
            <translation>Highest price</translation>
        </message>
        <message>
            <source>Lowest price</source>
            <translation>Lowest price</translation>
        </message>
        <message>
            <source>Rooms at least</source>
            <translation>Rooms at least</translation>
        </message>
        <message>
            <source>Rooms at most</source>
            <translation>Rooms at most</translation>
        </message>
        <message>
            <source>Living area at least</source>
            <translation>Living area at least</translation>
        </message>
        <message>
            <source>Living area at most</source>
            <translation>Living area at most</translation>
        </message>
        <message>
            <source>Type of home</source>
            <translation>Type of home</translation>
        </message>
        <message>
            <source>Must have</source>
            <translation>Must have</translation>
        </message>
        <message>
            <source>Asking price</source>
            <translation>Asking price</translation>
        </message>
        <message>
            <source>Debt-free price</source>
            <translation>Debt-free price</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Living area</source>
            <translation>Living area</translation>
        </message>
        <message>
            <source>Price per m²</source>
            <translation>Price per m²</translation>
        </message>
        <message>
            <source>Plot area</source>
            <translation>Plot area</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Year built</source>
            <translation>Year built</translation>
        </message>
        <message>
            <source>Energy class</source>
            <translation>Energy class</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Features</translation>
        </message>
        <message>
            <source>Viewing</source>
            <translation>Viewing</translation>
        </message>
        <message>
            <source>Up to three homes can be compared. Take one out first.</source>
            <translation>Up to three homes can be compared. Take one out first.</translation>
        </message>
        <message>
            <source>Someone else just booked that time. Please choose another.</source>
            <translation>Someone else just booked that time. Please choose another.</translation>
        </message>
        <message>
            <source>That time has already begun. Please choose another.</source>
            <translation>That time has already begun. Please choose another.</translation>
        </message>
        <message>
            <source>Please give your name and a phone number.</source>
            <translation>Please give your name and a phone number.</translation>
        </message>
        <message>
            <source>The viewing could not be booked. An advisor can help you.</source>
            <translation>The viewing could not be booked. An advisor can help you.</translation>
        </message>
        <message>
            <source>Living room</source>
            <translation>Living room</translation>
        </message>
        <message>
            <source>Kitchen</source>
            <translation>Kitchen</translation>
        </message>
        <message>
            <source>Bedroom</source>
            <translation>Bedroom</translation>
        </message>
        <message>
            <source>Bathroom</source>
            <translation>Bathroom</translation>
        </message>
        <message>
            <source>1 room</source>
            <translation>1 room</translation>
        </message>
        <message>
            <source>%1 rooms</source>
            <translation>%1 rooms</translation>
        </message>
    </context>
    <context>
        <name>TableMain</name>
        <message>
            <source>Homes for sale</source>
            <translation>Homes for sale</translation>
        </message>
    </context>
</TS>