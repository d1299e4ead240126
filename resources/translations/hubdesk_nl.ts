<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="456"/>
        <source>Add staff member</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="456"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="460"/>
        <source>e.g. anna</source>
        <translation>bijv. anna</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="463"/>
        <source>Reception</source>
        <translation>Receptie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="464"/>
        <source>Manager</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="467"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="468"/>
        <source>Name to show</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="469"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="470"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="471"/>
        <source>Repeat password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="475"/>
        <source>The two passwords differ</source>
        <translation>De wachtwoorden komen niet overeen</translation>
    </message>
</context>
<context>
    <name>ArrivalModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="376"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="376"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="376"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="274"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="275"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="276"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="277"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="278"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="286"/>
        <source>system</source>
        <translation>systeem</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="300"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="300"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1357"/>
        <source>Search who, what or which change…</source>
        <translation>Zoek op wie, wat of welke wijziging…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1361"/>
        <source>All records</source>
        <translation>Alle records</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1411"/>
        <source>The newest {0} entries; search to find older ones.</source>
        <translation>De nieuwste {0} regels; zoek om oudere te vinden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1415"/>
        <source>1 entry found</source>
        <translation>1 regel gevonden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1417"/>
        <source>{0} entries found</source>
        <translation>{0} regels gevonden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1421"/>
        <source>1 entry</source>
        <translation>1 regel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1423"/>
        <source>{0} entries</source>
        <translation>{0} regels</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1457"/>
        <source>Automatic backups</source>
        <translation>Automatische back-ups</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1460"/>
        <source>hubdesk backs up the hub&apos;s database on the first start of each day and when the desk closes. It keeps the newest backup of each of the last 14 days and of each of the last 12 months. Managers restore one with File → Restore from backup…</source>
        <translation>hubdesk maakt een back-up van de database van de hub bij de eerste start van elke dag en wanneer de balie sluit. Het bewaart de nieuwste back-up van elk van de laatste 14 dagen en van elk van de laatste 12 maanden. Beheerders zetten er een terug met Bestand → Terugzetten uit back-up…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1472"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1473"/>
        <source>Use the default folder</source>
        <translation>Standaardmap gebruiken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1483"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1485"/>
        <source>Last backup</source>
        <translation>Laatste back-up</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1488"/>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1510"/>
        <source>This hub&apos;s database is on a PostgreSQL server: back it up, and restore it, with the server&apos;s own tools (pg_dump, pg_restore). hubdesk makes no backups of it.</source>
        <translation>De database van deze hub staat op een PostgreSQL-server: maak back-ups en zet ze terug met de eigen hulpmiddelen van de server (pg_dump, pg_restore). hubdesk maakt er geen back-ups van.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1521"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1539"/>
        <source>Choose a folder other than the database&apos;s own: a backup there is lost with the database.</source>
        <translation>Kies een andere map dan die van de database zelf: een back-up daar gaat samen met de database verloren.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1556"/>
        <source>Folder for the hub&apos;s backups</source>
        <translation>Map voor de back-ups van de hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1572"/>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1573"/>
        <source>Backing up the hub…</source>
        <translation>Back-up van de hub maken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1581"/>
        <source>The backup failed; nothing was lost.</source>
        <translation>De back-up is mislukt; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1584"/>
        <source>Backed up to {0}.</source>
        <translation>Back-up gemaakt in {0}.</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="176"/>
        <location filename="../../hubdesk/ui/pages/billing.py" line="299"/>
        <source>Billing</source>
        <translation>Facturatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="182"/>
        <source>All invoices</source>
        <translation>Alle facturen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="183"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="184"/>
        <source>Open and overdue</source>
        <translation>Open en over de vervaldatum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="185"/>
        <source>Overdue, any month</source>
        <translation>Over de vervaldatum, alle maanden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="195"/>
        <source>Issue drafts…</source>
        <translation>Concepten uitreiken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="198"/>
        <source>One-off charge…</source>
        <translation>Eenmalige kosten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="200"/>
        <source>A charge the run of its month puts on the customer&apos;s invoice</source>
        <translation>Kosten die de facturatierun van die maand op de factuur van de klant zet</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="224"/>
        <source>Add line…</source>
        <translation>Regel toevoegen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="225"/>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="226"/>
        <source>Record payment…</source>
        <translation>Betaling vastleggen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="227"/>
        <source>Credit note…</source>
        <translation>Creditnota…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="228"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="229"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="232"/>
        <source>Bookkeeping journal of the invoices issued this month (CSV)…</source>
        <translation>Boekhoudjournaal van de facturen uitgereikt in deze maand (CSV)…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="234"/>
        <source>E-invoice of this invoice (UBL XML)…</source>
        <translation>E-factuur van deze factuur (UBL XML)…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="235"/>
        <source>Direct debit batch of the month (SEPA)…</source>
        <translation>Incassobestand van de maand (SEPA)…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="323"/>
        <source>Run invoices for {0}</source>
        <translation>Facturen maken voor {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="341"/>
        <source>{0} drafts ({1}), {2} issued ({3}), {4} open</source>
        <translation>{0} concepten ({1}), {2} uitgereikt ({3}), {4} open</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="373"/>
        <source>Restoring invoice PDFs</source>
        <translation>PDF’s van facturen herstellen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="379"/>
        <source>Restored the PDFs of {0} issued invoices and {1} credit notes from what they were issued with.</source>
        <translation>De PDF’s van {0} uitgereikte facturen en {1} creditnota’s zijn hersteld, zoals ze zijn uitgereikt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="404"/>
        <source>Pick an invoice to see its lines</source>
        <translation>Kies een factuur om de regels te zien</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="422"/>
        <source>No invoice the month before.</source>
        <translation>Geen factuur de maand ervoor.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="426"/>
        <source>Month before ({0}): {1}; now {2} ({3})</source>
        <translation>Maand ervoor ({0}): {1}; nu {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="427"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="434"/>
        <source>New: {0}</source>
        <translation>Nieuw: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="436"/>
        <source>Gone: {0}</source>
        <translation>Vervallen: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="489"/>
        <source>Running invoices for {0}</source>
        <translation>Facturen maken voor {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="524"/>
        <source>Invoice run</source>
        <translation>Facturatierun</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="535"/>
        <source>Issue invoices</source>
        <translation>Facturen uitreiken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="537"/>
        <source>Issue {0} draft invoices ({1} in all)? They get their numbers now and can no longer be changed, only credited.</source>
        <translation>{0} conceptfacturen uitreiken ({1} in totaal)? Ze krijgen nu hun nummer en kunnen daarna niet meer worden gewijzigd, alleen gecrediteerd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="540"/>
        <source>Issue</source>
        <translation>Uitreiken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="556"/>
        <source>Issuing invoices</source>
        <translation>Facturen uitreiken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="561"/>
        <source>Issued {0} invoices: {1} to {2}.</source>
        <translation>{0} facturen uitgereikt: {1} t/m {2}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="588"/>
        <source>Charge added: the run of {0} puts it on the invoice.</source>
        <translation>Kosten toegevoegd: de facturatierun van {0} zet ze op de factuur.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="662"/>
        <source>Save invoice</source>
        <translation>Factuur opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="665"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="666"/>
        <source>Invoice written to {0}.</source>
        <translation>Factuur opgeslagen in {0}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="694"/>
        <source>Direct debit batch written to {0}.</source>
        <translation>Incassobestand opgeslagen in {0}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="705"/>
        <source>Bookkeeping journal</source>
        <translation>Boekhoudjournaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="706"/>
        <source>Journal {0}.csv</source>
        <translation>Journaal {0}.csv</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="708"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="709"/>
        <source>Journal written to {0}.</source>
        <translation>Journaal opgeslagen in {0}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="723"/>
        <source>E-invoice</source>
        <translation>E-factuur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="726"/>
        <source>XML files (*.xml)</source>
        <translation>XML-bestanden (*.xml)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="727"/>
        <source>E-invoice written to {0}.</source>
        <translation>E-factuur opgeslagen in {0}.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="382"/>
        <source>Change booking</source>
        <extracomment>Opening hours per weekday (0 = Monday).</extracomment>
        <translation>Boeking wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="382"/>
        <source>New booking</source>
        <translation>Nieuwe boeking</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="396"/>
        <source>Type to search rooms and desks</source>
        <translation>Typ om een ruimte of plek te zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="407"/>
        <source>Whole day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="408"/>
        <source>Morning</source>
        <translation>Ochtend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="409"/>
        <source>Afternoon</source>
        <translation>Middag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="412"/>
        <source>Outside opening hours</source>
        <translation>Buiten openingstijden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="413"/>
        <source>Managers may book before opening or after closing</source>
        <translation>Beheerders mogen vóór opening of na sluiting boeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="416"/>
        <source>&amp;Member</source>
        <translation>&amp;Lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="417"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="418"/>
        <source>O&amp;utside customer</source>
        <translation>&amp;Externe klant</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="423"/>
        <source>Type a member&apos;s name</source>
        <translation>Typ de naam van een lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="434"/>
        <source>The customer&apos;s name, as it goes on the invoice</source>
        <translation>Naam van de klant, zoals die op de factuur komt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="441"/>
        <source>e.g. Board meeting</source>
        <translation>bijv. Bestuursvergadering</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="450"/>
        <source>&amp;Repeat…</source>
        <translation>&amp;Herhalen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="457"/>
        <source>Does not repeat</source>
        <translation>Niet herhalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="458"/>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="459"/>
        <source>Every few weeks</source>
        <translation>Om de paar weken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="460"/>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="463"/>
        <source>every </source>
        <translation>om de </translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="464"/>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="471"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="472"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="473"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="474"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="475"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="476"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="477"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="485"/>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="486"/>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="487"/>
        <source>third</source>
        <translation>derde</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="488"/>
        <source>fourth</source>
        <translation>vierde</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="489"/>
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="493"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="494"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="503"/>
        <source> times</source>
        <translation> keer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="544"/>
        <source>&amp;Space</source>
        <translation>&amp;Ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="546"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="573"/>
        <source>&amp;Time</source>
        <translation>&amp;Tijd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="589"/>
        <source>&amp;Booked by</source>
        <translation>&amp;Geboekt door</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="590"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="602"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="603"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="650"/>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1119"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="650"/>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1123"/>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="654"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="660"/>
        <source>Cancel booking…</source>
        <translation>Boeking annuleren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="670"/>
        <source>This booking has taken place; a manager can still cancel it</source>
        <translation>Deze boeking heeft al plaatsgevonden; een beheerder kan haar nog annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="744"/>
        <source>Flex pool (any free desk)</source>
        <translation>Flexplekken (een vrije plek)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="747"/>
        <source>The first free flex desk</source>
        <translation>De eerste vrije flexplek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="754"/>
        <source>{0}, {1} people</source>
        <translation>{0}, {1} personen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="774"/>
        <source>{0} (not in use)</source>
        <translation>{0} (niet in gebruik)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="825"/>
        <source>booked</source>
        <translation>geboekt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="826"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="827"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="838"/>
        <source>… {0} earlier</source>
        <translation>… {0} eerdere</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="854"/>
        <source>{0} of the month</source>
        <translation>{0} van de maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1091"/>
        <source>of {0}</source>
        <translation>van {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1107"/>
        <source>ends on {0}</source>
        <translation>eindigt op {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1121"/>
        <source>Book the series</source>
        <translation>Reeks boeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1142"/>
        <source>Choose a room or desk</source>
        <translation>Kies een ruimte of plek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1145"/>
        <source>There is no space “{0}”: choose one from the list</source>
        <translation>Er is geen ruimte “{0}”: kies er een uit de lijst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1183"/>
        <source>Choose a member or an organisation, or type the customer&apos;s name</source>
        <translation>Kies een lid of een organisatie, of typ de naam van de klant</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1214"/>
        <source>No member “{0}”: choose one from the list</source>
        <translation>Geen lid “{0}”: kies er een uit de lijst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1216"/>
        <source>Several members match “{0}”: choose one from the list</source>
        <translation>Meerdere leden passen bij “{0}”: kies er een uit de lijst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1226"/>
        <source>Choose at least one weekday</source>
        <translation>Kies minstens één weekdag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1269"/>
        <source>No price yet: see the message above</source>
        <translation>Nog geen prijs: zie de melding hierboven</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1284"/>
        <source>List price {0}</source>
        <translation>Standaardprijs {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1285"/>
        <source>Choose who books it to see what their plan covers</source>
        <translation>Kies wie boekt om te zien wat het abonnement dekt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1290"/>
        <source>#{0} “{1}” {2} to {3}</source>
        <translation>#{0} “{1}” {2} tot {3}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1295"/>
        <source>Taken then: {0}</source>
        <translation>Dan al bezet: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1390"/>
        <source>{0} dates booked.</source>
        <translation>{0} datums geboekt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1392"/>
        <source>1 date booked.</source>
        <translation>1 datum geboekt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1395"/>
        <source>Not booked:</source>
        <translation>Niet geboekt:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1403"/>
        <source>Series booked</source>
        <translation>Reeks geboekt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1434"/>
        <source>Late cancellation: {0} will be charged.</source>
        <translation>Late annulering: {0} wordt in rekening gebracht.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1438"/>
        <source>Too late to cancel free of charge, but nothing was charged.</source>
        <translation>Te laat om gratis te annuleren, maar er wordt niets in rekening gebracht.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1440"/>
        <source>Cancelling is free until {0}.</source>
        <translation>Gratis annuleren kan tot {0}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1444"/>
        <source>Cancel booking</source>
        <translation>Boeking annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1449"/>
        <source>Only this date</source>
        <translation>Alleen deze datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1451"/>
        <source>This and all following</source>
        <translation>Deze en alle volgende</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1454"/>
        <source>Cancel the booking</source>
        <translation>Boeking annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1455"/>
        <source>Keep the booking</source>
        <translation>Boeking behouden</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../hubdesk/ui/calendar_view.py" line="208"/>
        <source>Bookings by room and hour</source>
        <extracomment>Height of a quarter of an hour, in pixels (an hour is four of them). Pixels above a block&apos;s bottom edge where a press resizes instead of moves. Opening and closing time that day; None when the hub is closed. Wall-clock minutes from the column day&apos;s midnight (clipped to the day). Where it is drawn, in the grid&apos;s coordinates (set by the layout). Elided lines (bold first) for the width they were elided at. Where the line of now is read from (the page sets the hub&apos;s clock). left edge of every column, and the right edge of the last one</extracomment>
        <translation>Boekingen per ruimte en uur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/calendar_view.py" line="220"/>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/calendar_view.py" line="396"/>
        <source>No rooms to show</source>
        <translation>Geen ruimtes om te tonen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/calendar_view.py" line="511"/>
        <source>{0} people</source>
        <translation>{0} personen</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="201"/>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="305"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="207"/>
        <source>&amp;Day</source>
        <translation>D&amp;ag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="208"/>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="221"/>
        <source>The room whose week is shown</source>
        <translation>De ruimte waarvan de week wordt getoond</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="228"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="233"/>
        <source>New booking…</source>
        <translation>Nieuwe boeking…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="234"/>
        <source>Book a room or desk (Ctrl+N)</source>
        <translation>Een ruimte of plek boeken (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="255"/>
        <source>Double-click a day to book a flex desk</source>
        <translation>Dubbelklik op een dag om een flexplek te boeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="265"/>
        <source>Drag over free time to book it; drag a booking to move it, its lower edge to change its end; double-click to open. € billable, ↻ part of a series.</source>
        <translation>Sleep over vrije tijd om te boeken, een boeking om te verplaatsen, de onderrand om het einde te wijzigen; dubbelklik om te openen. € te factureren, ↻ in een reeks.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="297"/>
        <source>Previous day (Alt+Left, Page Up)</source>
        <translation>Vorige dag (Alt+Pijl-links, Page Up)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="298"/>
        <source>Next day (Alt+Right, Page Down)</source>
        <translation>Volgende dag (Alt+Pijl-rechts, Page Down)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="299"/>
        <source>Today (T)</source>
        <translation>Vandaag (T)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="375"/>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="416"/>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="486"/>
        <source>{0} people</source>
        <translation>{0} personen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="401"/>
        <source>the hub is closed</source>
        <translation>de hub is gesloten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="414"/>
        <source>floor {0}</source>
        <translation>etage {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="418"/>
        <source>{0} min to tidy up after a booking</source>
        <translation>{0} min opruimtijd na een boeking</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="420"/>
        <source>{0} an hour</source>
        <translation>{0} per uur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="448"/>
        <source>Today, {0}</source>
        <translation>Vandaag, {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="454"/>
        <source>Week {0}: {1}</source>
        <translation>Week {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="463"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="463"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="464"/>
        <source>Previous {0} (Alt+Left, Page Up)</source>
        <translation>Vorige {0} (Alt+Pijl-links, Page Up)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="465"/>
        <source>Next {0} (Alt+Right, Page Down)</source>
        <translation>Volgende {0} (Alt+Pijl-rechts, Page Down)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="484"/>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="489"/>
        <source>{0} billable</source>
        <translation>{0} te factureren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="491"/>
        <source>Included in the plan</source>
        <translation>Inbegrepen in het abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="493"/>
        <source>No charge</source>
        <translation>Geen kosten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="495"/>
        <source>Part of a series</source>
        <translation>Deel van een reeks</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="612"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="605"/>
        <source>{0} bookings saved.</source>
        <translation>{0} boekingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="616"/>
        <source>Saved: {0}, {1}</source>
        <translation>Opgeslagen: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="647"/>
        <source>Moved to {0}, {1}.</source>
        <translation>Verplaatst naar {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="692"/>
        <source>The hub is closed on {0}</source>
        <translation>De hub is gesloten op {0}</translation>
    </message>
</context>
<context>
    <name>CalendarTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="238"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="238"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="238"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="238"/>
        <source>Offices</source>
        <translation>Kantoren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="246"/>
        <source>Last day to give notice</source>
        <translation>Laatste dag om op te zeggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="247"/>
        <source>Ends, renewed</source>
        <translation>Eindigt, verlengd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="247"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="512"/>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="512"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="517"/>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="518"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="519"/>
        <source>Repeat new password</source>
        <translation>Nieuw wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="523"/>
        <source>The two passwords differ</source>
        <translation>De wachtwoorden komen niet overeen</translation>
    </message>
</context>
<context>
    <name>ChangePlanDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="160"/>
        <source>Change the plan of “{0}”</source>
        <translation>Abonnement van “{0}” wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="161"/>
        <source>Change plan</source>
        <translation>Abonnement wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="168"/>
        <source>Now on “{0}”</source>
        <translation>Nu op “{0}”</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="174"/>
        <source>New plan</source>
        <translation>Nieuw abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="175"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="176"/>
        <source>Seats</source>
        <translation>Plaatsen</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="150"/>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="150"/>
        <source>Issue credit note</source>
        <translation>Creditnota uitreiken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="161"/>
        <source>(credited)</source>
        <translation>(gecrediteerd)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="167"/>
        <source>A credit note has its own number; the invoice stays as it is.</source>
        <translation>Een creditnota heeft een eigen nummer; de factuur blijft zoals hij is.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="169"/>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="170"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="189"/>
        <source>Tick the lines to credit</source>
        <translation>Vink de regels aan die u wilt crediteren</translation>
    </message>
</context>
<context>
    <name>DayPassDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="185"/>
        <source>Sell a day pass</source>
        <translation>Dagpas verkopen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="185"/>
        <source>Sell</source>
        <translation>Verkopen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="189"/>
        <source>Day pass for today</source>
        <translation>Dagpas voor vandaag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="196"/>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="198"/>
        <source>Optional, for the receipt</source>
        <translation>Optioneel, voor de bon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="200"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="201"/>
        <source>Optional: the member it is for</source>
        <translation>Optioneel: het lid voor wie hij is</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="213"/>
        <source>&amp;PIN</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="214"/>
        <source>C&amp;ard</source>
        <translation>&amp;Creditcard</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="215"/>
        <source>Ca&amp;sh</source>
        <translation>C&amp;ontant</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="216"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Factuur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="230"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="231"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="233"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="235"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="236"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="237"/>
        <source>Paid with</source>
        <translation>Betaald met</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="238"/>
        <source>Invoice to</source>
        <translation>Factureren aan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="266"/>
        <source>Choose the member from the list, or clear it</source>
        <translation>Kies het lid uit de lijst, of maak het veld leeg</translation>
    </message>
</context>
<context>
    <name>DayPassModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="405"/>
        <source>Sold</source>
        <translation>Verkocht</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="405"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="405"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="417"/>
        <source>Invoiced to {0}</source>
        <translation>Gefactureerd aan {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="418"/>
        <source>Paid at the desk ({0})</source>
        <translation>Aan de balie betaald ({0})</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="351"/>
        <source>Deposit returned: {0}</source>
        <translation>Borg terugbetaald: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="353"/>
        <source>Deposit received: {0}</source>
        <translation>Borg ontvangen: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="354"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="360"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="362"/>
        <source>Deposit</source>
        <translation>Borg</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="364"/>
        <source>Amount returned</source>
        <translation>Terugbetaald bedrag</translation>
    </message>
</context>
<context>
    <name>DirectDebitDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="211"/>
        <source>Direct debit batch: {0}</source>
        <translation>Incassobestand: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="211"/>
        <source>Save for the bank…</source>
        <translation>Opslaan voor de bank…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="218"/>
        <source>Invoices of {0} with a mandate</source>
        <translation>Facturen van {0} met een machtiging</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="223"/>
        <source>Collect on</source>
        <translation>Incasseren op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="224"/>
        <source>Collects</source>
        <translation>Incasseert</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="249"/>
        <source>{0} invoices, {1} in all ({2} first collections)</source>
        <translation>{0} facturen, {1} in totaal ({2} eerste incasso&apos;s)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="266"/>
        <source>Enter the hub&apos;s SEPA creditor id under Settings first</source>
        <translation>Vul eerst onder Instellingen de SEPA-incassant-ID van de hub in</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="277"/>
        <source>Direct debit batch</source>
        <translation>Incassobestand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="280"/>
        <source>XML files (*.xml)</source>
        <translation>XML-bestanden (*.xml)</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="180"/>
        <source>Cancel</source>
        <extracomment>Gives a message box&apos;s text room to read (Qt makes them narrow).</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="243"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="372"/>
        <source>Active</source>
        <extracomment>&quot;member&quot; / &quot;organisation&quot;: what ``data_changed`` names after a change.</extracomment>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="373"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="374"/>
        <source>Active and archived</source>
        <translation>Actief en gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="375"/>
        <source>Show active or archived records</source>
        <translation>Actieve of gearchiveerde records tonen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="377"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="380"/>
        <source>Kind of organisation</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="384"/>
        <source>Add…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="385"/>
        <source>Add (Ctrl+N)</source>
        <translation>Nieuw (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="386"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="387"/>
        <source>Change it (Enter or double-click in the list)</source>
        <translation>Wijzigen (Enter of dubbelklikken in de lijst)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="388"/>
        <location filename="../../hubdesk/ui/pages/members.py" line="585"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="389"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="391"/>
        <source>Delete a record entered by mistake (one with no history)</source>
        <translation>Een per vergissing ingevoerd record verwijderen (alleen zonder geschiedenis)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="585"/>
        <source>Restore</source>
        <extracomment>Edit, Archive/Restore, Delete of the selected record; the detail panel of a subclass places it under the record&apos;s name. From this width of the page on, the details stand beside the table; below it, under the table (so the table keeps room for its columns).</extracomment>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="587"/>
        <source>Show it in the lists again</source>
        <translation>Weer in de lijsten tonen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="589"/>
        <source>Hide it from the lists; its history is kept</source>
        <translation>Uit de lijsten verbergen; de geschiedenis blijft bewaard</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="638"/>
        <source>Not done</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="652"/>
        <source>{0} is active again.</source>
        <translation>{0} is weer actief.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="654"/>
        <source>{0} is archived; choose “Archived” to see or restore it.</source>
        <translation>{0} is gearchiveerd; kies „Gearchiveerd” om het te zien of te herstellen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="676"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="694"/>
        <location filename="../../hubdesk/ui/pages/members.py" line="699"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="696"/>
        <source>Delete “{0}” for good?

Only a record entered by mistake, with no history, can be deleted. To stop showing it, archive it.</source>
        <translation>“{0}” definitief verwijderen?

Alleen een record dat per vergissing is ingevoerd en geen geschiedenis heeft, kan worden verwijderd. Archiveer het als het niet meer getoond moet worden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="709"/>
        <location filename="../../hubdesk/ui/pages/members.py" line="712"/>
        <location filename="../../hubdesk/ui/pages/members.py" line="720"/>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="714"/>
        <source>Archive instead</source>
        <translation>In plaats daarvan archiveren</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="205"/>
        <source>End the membership of “{0}”</source>
        <translation>Lidmaatschap van “{0}” beëindigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="206"/>
        <source>End membership</source>
        <translation>Lidmaatschap beëindigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="216"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
</context>
<context>
    <name>FlexOccupancyModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="138"/>
        <source>Flex desks</source>
        <extracomment>A day&apos;s date (a ``date``) in the flex strip&apos;s cells.</extracomment>
        <translation>Flexplekken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="139"/>
        <source>Flex desks (of {0})</source>
        <translation>Flexplekken (van {0})</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="146"/>
        <source>{0}/{2} morning, {1}/{2} afternoon</source>
        <translation>{0}/{2} ochtend, {1}/{2} middag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="149"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/calendar.py" line="164"/>
        <source>{0}: {1} of {3} flex desks reserved in the morning, {2} in the afternoon</source>
        <translation>{0}: ’s ochtends {1} van de {3} flexplekken gereserveerd, ’s middags {2}</translation>
    </message>
</context>
<context>
    <name>FoldChoice</name>
    <message>
        <location filename="../../hubdesk/ui/fold_choice.py" line="58"/>
        <source>{0} occurs twice:</source>
        <translation>{0} komt twee keer voor:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/fold_choice.py" line="59"/>
        <source>summer time ({0})</source>
        <translation>zomertijd ({0})</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/fold_choice.py" line="60"/>
        <source>winter time ({0})</source>
        <translation>wintertijd ({0})</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="410"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>FreeRoomDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="185"/>
        <source>Find a free room</source>
        <translation>Vrije ruimte zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="263"/>
        <source>↓ goes to the list · Enter books the chosen room · Esc closes</source>
        <extracomment>The slot of the last search, None while the input is invalid. (capacity, folded amenities) of every room in use: why nothing is free</extracomment>
        <translation>↓ naar de lijst · Enter boekt de gekozen ruimte · Esc sluit</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="265"/>
        <source>Book…</source>
        <translation>Boeken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="267"/>
        <source>Book the chosen room for this time (Enter)</source>
        <translation>De gekozen ruimte voor deze tijd boeken (Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="268"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="302"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="303"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="304"/>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="305"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="324"/>
        <source>Needs</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="411"/>
        <source>1 room is free</source>
        <translation>1 ruimte vrij</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="414"/>
        <source>{0} rooms are free</source>
        <translation>{0} ruimtes vrij</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="438"/>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="438"/>
        <source>{0} people</source>
        <translation>{0} personen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="444"/>
        <source>No room of the hub seats {0}.</source>
        <translation>Geen enkele ruimte van de hub biedt plaats aan {0}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="446"/>
        <source>No room of the hub has {0}.</source>
        <translation>Geen enkele ruimte van de hub heeft {0}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="450"/>
        <source>No room of the hub seats {0} with {1}.</source>
        <translation>Geen enkele ruimte van de hub biedt plaats aan {0} met {1}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="452"/>
        <source>No room is free then for {0} with {1}; try another time.</source>
        <translation>Er is dan geen ruimte vrij voor {0} met {1}; probeer een ander tijdstip.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="455"/>
        <source>No room is free then for {0}; try another time.</source>
        <translation>Er is dan geen ruimte vrij voor {0}; probeer een ander tijdstip.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="460"/>
        <source>a screen</source>
        <translation>een scherm</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="461"/>
        <source>a phone</source>
        <translation>een telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="462"/>
        <source>a whiteboard</source>
        <translation>een whiteboard</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="463"/>
        <source>video calls</source>
        <translation>apparatuur voor videobellen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="464"/>
        <source>coffee</source>
        <translation>koffie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="465"/>
        <source>step-free access</source>
        <translation>drempelvrije toegang</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="474"/>
        <source>The hub is closed on {0}; only a manager can book then.</source>
        <translation>De hub is gesloten op {0}; alleen een beheerder kan dan boeken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="479"/>
        <source>Outside opening hours, {0} to {1}: only a manager can book then.</source>
        <translation>Buiten de openingstijden, {0} tot {1}: alleen een beheerder kan dan boeken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="505"/>
        <source>Booking from the finder is not available in this version.</source>
        <translation>Boeken vanuit dit venster kan niet in deze versie.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="605"/>
        <source>{0} and {1}</source>
        <translation>{0} en {1}</translation>
    </message>
</context>
<context>
    <name>FreeRoomModel</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="101"/>
        <source>Room</source>
        <extracomment>The finder&apos;s steps: a quarter of an hour. Check boxes of amenities on one line.</extracomment>
        <translation>Ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="102"/>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="103"/>
        <source>Seats</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="104"/>
        <source>Amenities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="105"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/free_rooms.py" line="110"/>
        <source>The list price of the room for this time, before any allowance</source>
        <translation>De standaardprijs van de ruimte voor deze tijd, zonder tegoed uit een abonnement</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="261"/>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="350"/>
        <source>Front desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="264"/>
        <source>Register guest…</source>
        <translation>Gast aanmelden…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="265"/>
        <source>A guest for the member picked (Ctrl+G)</source>
        <translation>Een gast voor het gekozen lid (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="266"/>
        <source>Day pass…</source>
        <translation>Dagpas…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="267"/>
        <source>Sell a day pass (Ctrl+D)</source>
        <translation>Een dagpas verkopen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="277"/>
        <source>Name, organisation or badge code — Enter checks in or out</source>
        <translation>Naam, organisatie of pascode — Enter meldt aan of af</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="308"/>
        <source>Guests today</source>
        <translation>Gasten vandaag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="311"/>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="312"/>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="323"/>
        <source>No guests expected today.</source>
        <translation>Vandaag worden geen gasten verwacht.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="428"/>
        <source>Nobody matches “{0}”.</source>
        <translation>Niemand past bij “{0}”.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="432"/>
        <source>Type at least three letters (or scan a badge) to check someone in.</source>
        <translation>Typ minstens drie letters (of scan een pas) om iemand aan te melden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="452"/>
        <source>{0} checked in at {1}.</source>
        <translation>{0} aangemeld om {1}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="454"/>
        <source>{0} checked out at {1}.</source>
        <translation>{0} afgemeld om {1}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="537"/>
        <source>Guest {0} registered for {1}.</source>
        <translation>Gast {0} aangemeld voor {1}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="556"/>
        <source>Day pass sold to {0} ({1}); checked in.</source>
        <translation>Dagpas verkocht aan {0} ({1}); aangemeld.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="575"/>
        <source>{0} arrived.</source>
        <translation>{0} is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="578"/>
        <source>{0} left.</source>
        <translation>{0} is vertrokken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="589"/>
        <source>Host: {0}.</source>
        <translation>Gastheer/-vrouw: {0}.</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="120"/>
        <source>Register a guest</source>
        <translation>Een gast aanmelden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="120"/>
        <source>Register</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="126"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="129"/>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="131"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="132"/>
        <source>Type the host&apos;s name</source>
        <translation>Typ de naam van de gastheer/-vrouw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="135"/>
        <source>Here now</source>
        <translation>Nu aanwezig</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="142"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="143"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="144"/>
        <source>Host</source>
        <translation>Gastheer/-vrouw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="145"/>
        <source>Expected at</source>
        <translation>Verwacht om</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/frontdesk.py" line="162"/>
        <source>Choose the host from the list</source>
        <translation>Kies de gastheer/-vrouw uit de lijst</translation>
    </message>
</context>
<context>
    <name>GuestModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="345"/>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="345"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="345"/>
        <source>Host</source>
        <translation>Gastheer/-vrouw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="345"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="355"/>
        <source>left {0}</source>
        <translation>vertrokken {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="357"/>
        <source>arrived {0}</source>
        <translation>aangekomen {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="358"/>
        <source>expected</source>
        <translation>verwacht</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="102"/>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="122"/>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="103"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="104"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="105"/>
        <source>Host</source>
        <translation>Gastheer/-vrouw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="119"/>
        <source>Left {0}</source>
        <translation>Vertrokken {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="121"/>
        <source>Here since {0}</source>
        <translation>Aanwezig sinds {0}</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="962"/>
        <source>Only a manager may change the opening hours; you can read them here.</source>
        <translation>Alleen een beheerder kan de openingstijden wijzigen; je kunt ze hier bekijken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="969"/>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="973"/>
        <source>Bookings and the occupancy sheets use these hours; people still checked in at closing are checked out.</source>
        <translation>Boekingen en de bezettingslijsten gaan uit van deze tijden; wie bij sluiting nog is ingecheckt, wordt uitgecheckt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="983"/>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="984"/>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="985"/>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="986"/>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="987"/>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="988"/>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="989"/>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="999"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1002"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1003"/>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1028"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1030"/>
        <source>Save the hub&apos;s settings (Ctrl+S)</source>
        <translation>Hubinstellingen opslaan (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="623"/>
        <source>Only a manager may change the hub&apos;s settings; you can read them here.</source>
        <extracomment>The year the invoice number examples are shown for (this year).</extracomment>
        <translation>Alleen een beheerder kan de hubinstellingen wijzigen; je kunt ze hier bekijken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="642"/>
        <source>e.g. NL123456782B01</source>
        <translation>bijv. NL123456782B01</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="647"/>
        <source>For direct debits, e.g. NL69ZZZ123456780000</source>
        <translation>Voor incasso&apos;s, bijv. NL69ZZZ123456780000</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="652"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="666"/>
        <source>hours before a booking starts</source>
        <translation>uur voor aanvang</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="676"/>
        <source>The hub</source>
        <translation>De hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="677"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="678"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="679"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="680"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="681"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="682"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="683"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="686"/>
        <source>Registration and bank</source>
        <translation>Inschrijving en bank</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="687"/>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="688"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="689"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="690"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="691"/>
        <source>SEPA creditor id</source>
        <translation>SEPA-incassant-ID</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="694"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="698"/>
        <source>Invoice numbers</source>
        <translation>Factuurnummers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="706"/>
        <source>Credit notes</source>
        <translation>Creditnota’s</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="714"/>
        <source>Payment term</source>
        <translation>Betaaltermijn</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="719"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="723"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="724"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="739"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="739"/>
        <source>PNG or JPEG, at most 1 MB</source>
        <translation>PNG of JPEG, hoogstens 1 MB</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="743"/>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="744"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="748"/>
        <source>Free cancellation</source>
        <translation>Gratis annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="764"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="766"/>
        <source>Save the hub&apos;s settings (Ctrl+S)</source>
        <translation>Hubinstellingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="920"/>
        <source>No logo</source>
        <extracomment>Below this width (of the tab) the panels stand in one column.</extracomment>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="942"/>
        <source>e.g. {0}</source>
        <translation>bijv. {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="947"/>
        <source>Choose the hub&apos;s logo</source>
        <translation>Logo van de hub kiezen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="948"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>IndexDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="451"/>
        <source>Index: {0}</source>
        <translation>Indexeren: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="451"/>
        <source>Index</source>
        <translation>Indexeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="455"/>
        <source>Index figure, e.g. 118.3</source>
        <translation>Indexcijfer, bijv. 118,3</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="456"/>
        <source>Anniversary</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="457"/>
        <source>Base index</source>
        <translation>Basisindex</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="458"/>
        <source>New index figure</source>
        <translation>Nieuw indexcijfer</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="76"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="77"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="79"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="80"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="81"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="82"/>
        <location filename="../../hubdesk/ui/pages/billing.py" line="92"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="83"/>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="89"/>
        <source>Overdue {0} days</source>
        <translation>{0} dagen over de vervaldatum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="91"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="93"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="94"/>
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../hubdesk/ui/worker.py" line="73"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>LeaseDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="62"/>
        <source>Draft lease: {0}</source>
        <translation>Concepthuurcontract: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="64"/>
        <source>New lease</source>
        <translation>Nieuw huurcontract</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="65"/>
        <source>Save draft</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="71"/>
        <source>Tenant and term</source>
        <translation>Huurder en looptijd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="72"/>
        <source>Rent and deposit</source>
        <translation>Huur en borg</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="79"/>
        <source>Open-ended</source>
        <translation>Onbepaalde tijd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="86"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="88"/>
        <source>per month, e.g. 850.00</source>
        <translation>per maand, bijv. 850,00</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="90"/>
        <source>per month, e.g. 120.00</source>
        <translation>per maand, bijv. 120,00</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="94"/>
        <source>Index-linked</source>
        <translation>Geïndexeerd met indexcijfer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="100"/>
        <source>Index figure at the start, e.g. 118.3</source>
        <translation>Indexcijfer bij het begin, bijv. 118,3</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="104"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="105"/>
        <source>Offices</source>
        <translation>Kantoren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="106"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="107"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="108"/>
        <source>Notice period</source>
        <translation>Opzegtermijn</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="109"/>
        <source>Monthly rent</source>
        <translation>Maandhuur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="110"/>
        <source>Rent VAT</source>
        <translation>Btw huur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="111"/>
        <source>Service charge</source>
        <translation>Servicekosten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="113"/>
        <source>Service charge VAT</source>
        <translation>Btw servicekosten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="115"/>
        <source>Deposit</source>
        <translation>Borg</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="116"/>
        <source>Yearly indexation</source>
        <translation>Jaarlijkse indexatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="118"/>
        <source>Base index</source>
        <translation>Basisindex</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="120"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="143"/>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="220"/>
        <source>Choose an organisation</source>
        <translation>Kies een organisatie</translation>
    </message>
</context>
<context>
    <name>LeaseTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="175"/>
        <source>Organisation</source>
        <extracomment>Deadlines this close (or closer) are shown in red.</extracomment>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="176"/>
        <source>Offices</source>
        <translation>Kantoren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="177"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="178"/>
        <source>Rent</source>
        <translation>Huur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="179"/>
        <source>Service charge</source>
        <translation>Servicekosten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="180"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="181"/>
        <source>Last notice day</source>
        <translation>Laatste opzegdag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="182"/>
        <source>Deposit held</source>
        <translation>Borg in bezit</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="187"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="188"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="189"/>
        <source>Notice given</source>
        <translation>Opgezegd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="190"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="206"/>
        <source>open-ended</source>
        <translation>onbepaalde tijd</translation>
    </message>
</context>
<context>
    <name>LeasesPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="318"/>
        <location filename="../../hubdesk/ui/pages/leases.py" line="420"/>
        <source>Leases</source>
        <translation>Huurcontracten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="331"/>
        <source>New lease…</source>
        <translation>Nieuw huurcontract…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="332"/>
        <source>Edit draft…</source>
        <translation>Concept wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="333"/>
        <source>Change the draft&apos;s terms (or double-click it)</source>
        <translation>De voorwaarden van het concept wijzigen (of dubbelklik erop)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="334"/>
        <source>Activate</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="335"/>
        <source>Give notice…</source>
        <translation>Opzeggen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="336"/>
        <location filename="../../hubdesk/ui/pages/leases.py" line="704"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="337"/>
        <location filename="../../hubdesk/ui/pages/leases.py" line="714"/>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="338"/>
        <source>Renew…</source>
        <translation>Verlengen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="339"/>
        <source>Deposit…</source>
        <translation>Borg…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="340"/>
        <source>Index now…</source>
        <translation>Nu indexeren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="342"/>
        <source>Indexation letter…</source>
        <translation>Indexeringsbrief…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="344"/>
        <source>A letter (PDF) to the tenant announcing the rent after the last indexation</source>
        <translation>Een brief (pdf) aan de huurder met de huur na de laatste indexering</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="351"/>
        <source>Only a manager may change leases.</source>
        <translation>Alleen een beheerder mag huurcontracten wijzigen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="368"/>
        <source>Notice and renewal calendar</source>
        <translation>Opzeg- en verlengkalender</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="371"/>
        <source>Next {0} months</source>
        <translation>Komende {0} maanden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="377"/>
        <source>Nothing ends or must be decided in this period.</source>
        <translation>In deze periode eindigt niets en hoeft niets besloten te worden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="381"/>
        <source>Vacant offices</source>
        <translation>Vrije kantoren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="614"/>
        <source>The deposit was already returned</source>
        <translation>De borg is al terugbetaald</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="635"/>
        <source>Index the rent</source>
        <translation>Huur indexeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="636"/>
        <source>Raise the rent of {0} from {1} to {2} on {3}?</source>
        <translation>De huur van {0} op {3} verhogen van {1} naar {2}?</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="642"/>
        <source>Index</source>
        <translation>Indexeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="700"/>
        <source>End lease</source>
        <translation>Huurcontract beëindigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="701"/>
        <source>End the lease of {0} on {1}?</source>
        <translation>Het huurcontract van {0} beëindigen op {1}?</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="715"/>
        <source>Delete the draft lease of {0}?</source>
        <translation>Het concept-huurcontract van {0} verwijderen?</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="716"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="744"/>
        <source>{0} indexation letter.pdf</source>
        <translation>{0} indexeringsbrief.pdf</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="743"/>
        <source>Indexation letter</source>
        <translation>Indexeringsbrief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="746"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="747"/>
        <source>Letter written to {0}.</source>
        <translation>Brief geschreven naar {0}.</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="78"/>
        <source>Add a line</source>
        <translation>Een regel toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="78"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="137"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="138"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="139"/>
        <source>Unit price</source>
        <translation>Prijs per stuk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="140"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="141"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/billing.py" line="147"/>
        <source>(credited)</source>
        <translation>(gecrediteerd)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="65"/>
        <source>hubdesk</source>
        <extracomment>names of the entities a service call changed (&quot;member&quot;, &quot;space&quot;, ...)</extracomment>
        <translation>hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="73"/>
        <source>Opening the hub…</source>
        <translation>De hub wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="85"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="126"/>
        <source>Import organisations…</source>
        <translation>&amp;Organisaties importeren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="127"/>
        <source>Import members…</source>
        <translation>&amp;Leden importeren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="128"/>
        <source>Import spaces…</source>
        <translation>&amp;Ruimtes importeren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="129"/>
        <source>Import bookings…</source>
        <translation>&amp;Boekingen importeren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="130"/>
        <source>Import plans…</source>
        <translation>Abonnementen importeren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="131"/>
        <source>Import memberships…</source>
        <translation>Lidmaatschappen importeren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="132"/>
        <source>Import leases…</source>
        <translation>Huurcontracten importeren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="138"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="140"/>
        <source>Print a &amp;sheet…</source>
        <translation>Overzicht &amp;kiezen en afdrukken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="146"/>
        <location filename="../../hubdesk/ui/main_window.py" line="245"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten uit back-up…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="150"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="153"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="154"/>
        <source>Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="155"/>
        <source>New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="156"/>
        <source>Reload</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="158"/>
        <source>Find a free room…</source>
        <translation>Vrije &amp;ruimte zoeken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="164"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="165"/>
        <source>Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="170"/>
        <source>As the system</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="192"/>
        <source>The language changes when hubdesk starts again.</source>
        <translation>De taal verandert als hubdesk opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="243"/>
        <source>Restore: use the database server&apos;s backups (pg_dump)</source>
        <translation>Terugzetten: gebruik de back-ups van de databaseserver (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="259"/>
        <source>Backing up the hub…</source>
        <translation>Back-up van de hub maken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="271"/>
        <source>The hub was backed up to {0}.</source>
        <translation>Er is een back-up van de hub gemaakt in {0}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="283"/>
        <source>The backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="284"/>
        <source>The hub&apos;s data could not be backed up; nothing was lost.</source>
        <translation>Van de gegevens van de hub kon geen back-up worden gemaakt; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="307"/>
        <source>Backing up the hub before closing…</source>
        <translation>Back-up van de hub maken voor het sluiten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="350"/>
        <source>This hub&apos;s database is on a PostgreSQL server: restore it from the server&apos;s backups (pg_dump / pg_restore).</source>
        <translation>De database van deze hub staat op een PostgreSQL-server: zet hem terug uit de back-ups van de server (pg_dump / pg_restore).</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="362"/>
        <location filename="../../hubdesk/ui/main_window.py" line="380"/>
        <source>Restore from backup</source>
        <translation>Terugzetten uit back-up</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="363"/>
        <source>hubdesk backups (*.sqlite);;All files (*)</source>
        <translation>hubdesk-back-ups (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="382"/>
        <source>Replace all of the hub&apos;s data by the backup {0}? What was entered since that backup is no longer in the desk; a copy of the database as it is now is kept in {1}.</source>
        <translation>Alle gegevens van de hub vervangen door de back-up {0}? Wat sinds die back-up is ingevoerd, staat daarna niet meer in de balie; een kopie van de database zoals die nu is, wordt bewaard in {1}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="397"/>
        <source>Restoring the backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="422"/>
        <source>The hub&apos;s data was restored from {0}.</source>
        <translation>De gegevens van de hub zijn teruggezet uit {0}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="424"/>
        <source>The database as it was is kept in {0}.</source>
        <translation>De database zoals die was, is bewaard in {0}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="428"/>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="439"/>
        <source>{0} — hubdesk</source>
        <translation>{0} — hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="442"/>
        <source>The database could not be opened</source>
        <translation>De database kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="447"/>
        <source>Signed in: {0}</source>
        <translation>Ingelogd: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="648"/>
        <source>Booked {0}, {1} to {2}</source>
        <translation>Geboekt: {0}, {1} tot {2}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="669"/>
        <source>Import organisations</source>
        <translation>Organisaties importeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="670"/>
        <source>Import members</source>
        <translation>Leden importeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="671"/>
        <source>Import spaces</source>
        <translation>Ruimtes importeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="672"/>
        <source>Import bookings</source>
        <translation>Boekingen importeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="673"/>
        <source>Import plans</source>
        <translation>Abonnementen importeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="674"/>
        <source>Import memberships</source>
        <translation>Lidmaatschappen importeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="675"/>
        <source>Import leases</source>
        <translation>Huurcontracten importeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="680"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="694"/>
        <source>Nothing was imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="695"/>
        <source>The file has problems; nothing was imported.</source>
        <translation>Het bestand bevat fouten; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="704"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="718"/>
        <source>Hub time {0}</source>
        <translation>Hubtijd {0}</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="68"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="68"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="68"/>
        <source>Badge</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="79"/>
        <source>In since {0}</source>
        <translation>Binnen sinds {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="80"/>
        <source>Out</source>
        <translation>Buiten</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="173"/>
        <source>Check someone in and their card shows here.</source>
        <translation>Meld iemand aan en zijn of haar kaart verschijnt hier.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="198"/>
        <source>Individual member</source>
        <translation>Individueel lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="201"/>
        <source>Checked out at {0}</source>
        <translation>Afgemeld om {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="203"/>
        <source>Checked in at {0}</source>
        <translation>Aangemeld om {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="205"/>
        <source>Not in</source>
        <translation>Niet binnen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="211"/>
        <source>Plan: {0}</source>
        <translation>Abonnement: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="213"/>
        <source>No plan</source>
        <translation>Geen abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="216"/>
        <source>Own desk</source>
        <translation>Eigen werkplek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="218"/>
        <source>Flex days: unlimited</source>
        <translation>Flexdagen: onbeperkt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="221"/>
        <source>Flex days left this month: {0}</source>
        <translation>Flexdagen over deze maand: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="233"/>
        <source>Today:</source>
        <translation>Vandaag:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="235"/>
        <source>No bookings today</source>
        <translation>Vandaag geen reserveringen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="237"/>
        <source>{0} unpaid invoice(s), {1} open</source>
        <translation>{0} onbetaalde factuur/facturen, {1} open</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/frontdesk.py" line="241"/>
        <source>{0} overdue</source>
        <translation>{0} over de vervaldatum</translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="744"/>
        <source>Choose a member to see their details.</source>
        <translation>Kies een lid om de gegevens te zien.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="746"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="747"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="748"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="749"/>
        <source>Badge</source>
        <translation>Toegangspas</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="750"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="751"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="752"/>
        <source>Member since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="753"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="775"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="781"/>
        <source>Individual member</source>
        <translation>Individueel lid</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="90"/>
        <source>New member</source>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="92"/>
        <source>Change member “{0}”</source>
        <translation>Lid “{0}” wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="93"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="93"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="99"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="100"/>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="124"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="106"/>
        <source>e.g. name@example.org</source>
        <translation>bijv. naam@example.org</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="109"/>
        <source>The code on their access badge</source>
        <translation>De code op de toegangspas</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="111"/>
        <source>The language of their invoices and e-mails</source>
        <translation>De taal van facturen en e-mails aan dit lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="118"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="119"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="120"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="121"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="122"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="123"/>
        <source>Badge</source>
        <translation>Toegangspas</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="125"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="126"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="127"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="128"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="129"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="113"/>
        <source>Individual member</source>
        <extracomment>The id of the row&apos;s record (selection is kept by id across reloads). What a QSortFilterProxyModel sorts by (plain ints and strings only). Rows read at a time; the first chunk is what a reload or a keystroke costs. &quot;Every match&quot; for the service&apos;s ``limit``. Milliseconds of quiet typing before the search runs.</extracomment>
        <translation>Individueel lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="117"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="118"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="119"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="120"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="121"/>
        <source>Badge</source>
        <translation>Pas</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="801"/>
        <source>Search name, e-mail, organisation or badge</source>
        <translation>Zoek op naam, e-mail, organisatie of toegangspas</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="814"/>
        <source>Export bookings (.ics)…</source>
        <translation>Boekingen exporteren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="817"/>
        <source>Save the member&apos;s bookings as a calendar file for Outlook, Google or Apple</source>
        <translation>De boekingen van dit lid opslaan als agendabestand voor Outlook, Google of Apple</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="845"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="894"/>
        <source>first {0} shown; scroll for more</source>
        <translation>eerste {0} getoond; scroll voor meer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="896"/>
        <source>1 member</source>
        <translation>1 lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="898"/>
        <source>{0} members</source>
        <translation>{0} leden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="965"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="79"/>
        <source>New membership for “{0}”</source>
        <translation>Nieuw lidmaatschap voor “{0}”</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="80"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="88"/>
        <source>Membership</source>
        <translation>Lidmaatschap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="89"/>
        <source>Agreed price</source>
        <translation>Afgesproken prijs</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="93"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="101"/>
        <source>Empty: the plan&apos;s price</source>
        <translation>Leeg: de prijs van het abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="103"/>
        <source>Why this price was agreed</source>
        <translation>Waarom deze prijs is afgesproken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="105"/>
        <source>Plan</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="106"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="112"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="113"/>
        <source>Seats</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="114"/>
        <source>Price a month</source>
        <translation>Prijs per maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="115"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>MembershipTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="248"/>
        <source>Plan</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="249"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="250"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="251"/>
        <source>Seats</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="252"/>
        <source>A month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="274"/>
        <source>Agreed price: {0}</source>
        <translation>Afgesproken prijs: {0}</translation>
    </message>
</context>
<context>
    <name>MembershipsSection</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="294"/>
        <source>Memberships</source>
        <translation>Lidmaatschappen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="296"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="297"/>
        <source>Change plan…</source>
        <translation>Abonnement wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="298"/>
        <source>End…</source>
        <translation>Beëindigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="311"/>
        <source>No memberships.</source>
        <translation>Geen lidmaatschappen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="373"/>
        <source>Open invoices: {0} ({1})</source>
        <translation>Open facturen: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/membership.py" line="376"/>
        <source>{0} overdue</source>
        <translation>{0} over de vervaldatum</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="258"/>
        <source>Give notice: {0}</source>
        <translation>Opzeggen: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="259"/>
        <source>Give notice</source>
        <translation>Opzeggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="270"/>
        <source>Who gave notice</source>
        <translation>Wie heeft opgezegd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="272"/>
        <source>By agreement</source>
        <translation>In onderling overleg</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="274"/>
        <source>Hub and tenant agreed on the end: it may come before the notice period</source>
        <translation>Hub en huurder zijn het einde overeengekomen: het mag vóór de opzegtermijn vallen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="281"/>
        <source>Given on</source>
        <translation>Opgezegd op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="282"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="283"/>
        <source>Ends on</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="284"/>
        <source>Agreed end</source>
        <translation>Overeengekomen einde</translation>
    </message>
</context>
<context>
    <name>OneOffDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="292"/>
        <source>One-off charge</source>
        <translation>Eenmalige kosten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="292"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="296"/>
        <source>Charged with the invoice of its month</source>
        <translation>Gefactureerd met de factuur van die maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="309"/>
        <source>Or a member on their own</source>
        <translation>Of een lid zonder organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="313"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="314"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="315"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="335"/>
        <source>Choose the member from the list, or clear it</source>
        <translation>Kies het lid uit de lijst, of maak het veld leeg</translation>
    </message>
</context>
<context>
    <name>OrganisationCombo</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="35"/>
        <source>— individual member —</source>
        <translation>— individueel lid —</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="43"/>
        <source>Type to search organisations</source>
        <translation>Typ om een organisatie te zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="55"/>
        <source>{0} (archived)</source>
        <translation>{0} (gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="71"/>
        <source>There is no organisation “{0}”: choose one from the list</source>
        <translation>Er is geen organisatie “{0}”: kies er een uit de lijst</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="162"/>
        <source>Choose an organisation to see its details and people.</source>
        <translation>Kies een organisatie om de gegevens en leden te zien.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="165"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="166"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="167"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="168"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="169"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="170"/>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="171"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="172"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="173"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="174"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="175"/>
        <source>Member since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="176"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="182"/>
        <source>Add person…</source>
        <translation>Lid toevoegen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="212"/>
        <source>No people yet.</source>
        <translation>Nog geen leden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="258"/>
        <source>Archived</source>
        <extracomment>the details and the people: above each other beside the table, next to each other under it the page adds the memberships under the people</extracomment>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="275"/>
        <source>People ({0})</source>
        <translation>Leden ({0})</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="270"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="272"/>
        <source>Change organisation “{0}”</source>
        <translation>Organisatie “{0}” wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="273"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="273"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="279"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="280"/>
        <source>Billing</source>
        <translation>Facturatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="287"/>
        <source>e.g. info@example.org</source>
        <translation>bijv. info@example.org</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="290"/>
        <source>e.g. www.example.org</source>
        <translation>bijv. www.example.org</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="292"/>
        <source>The language of its invoices and e-mails</source>
        <translation>De taal van facturen en e-mails aan deze organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="294"/>
        <source>e.g. NL123456782B01</source>
        <translation>bijv. NL123456782B01</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="296"/>
        <source>8 digits</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="298"/>
        <source>e.g. NL91 ABNA 0417 1643 00</source>
        <translation>bijv. NL91ABNA0417164300</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="300"/>
        <source>e.g. ABNANL2A</source>
        <translation>bijv. ABNANL2A</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="307"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="308"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="309"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="310"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="311"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="312"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="313"/>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="314"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="315"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="316"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="317"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="318"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="319"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="320"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="321"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="80"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="81"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="82"/>
        <source>People</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="83"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="84"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="85"/>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="284"/>
        <source>Search name, e-mail, city, VAT or KvK number</source>
        <translation>Zoek op naam, e-mail, plaats, btw- of KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="319"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="347"/>
        <source>{0} of {1} organisations</source>
        <translation>{0} van {1} organisaties</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="349"/>
        <source>1 organisation</source>
        <translation>1 organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="351"/>
        <source>{0} organisations</source>
        <translation>{0} organisaties</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../hubdesk/ui/pages/base.py" line="96"/>
        <source>Cancel</source>
        <extracomment>The sheet Ctrl+P offers when the page has nothing of its own to print. The last message and question shown (tests read and answer them). The last print dialog opened (tests answer it).</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/base.py" line="156"/>
        <source>{0}: {1} page(s) sent to the printer.</source>
        <translation>{0}: {1} pagina(&apos;s) naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="106"/>
        <source>Record a payment</source>
        <translation>Een betaling vastleggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="106"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="111"/>
        <source>Bank transfer</source>
        <translation>Overboeking</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="112"/>
        <source>Direct debit</source>
        <translation>Automatische incasso</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="113"/>
        <source>PIN</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="114"/>
        <source>Card</source>
        <translation>Creditcard</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="115"/>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="119"/>
        <source>e.g. the bank statement&apos;s reference</source>
        <translation>bijv. het kenmerk op het bankafschrift</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="120"/>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="121"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="122"/>
        <source>Method</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="123"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="51"/>
        <source>New plan</source>
        <translation>Nieuw abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="53"/>
        <source>Change plan “{0}”</source>
        <translation>Abonnement “{0}” wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="54"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="54"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="60"/>
        <source>Plan</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="61"/>
        <source>Price per kind of organisation</source>
        <translation>Prijs per soort organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="68"/>
        <source>e.g. 250.00</source>
        <translation>bijv. 250,00</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="75"/>
        <source>Hours a month, e.g. 4</source>
        <translation>Uren per maand, bijv. 4</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="77"/>
        <source>Empty for unlimited</source>
        <translation>Leeg voor onbeperkt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="79"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="80"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="81"/>
        <source>Monthly price</source>
        <translation>Prijs per maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="82"/>
        <source>VAT category</source>
        <translation>Btw-categorie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="84"/>
        <source>Meeting-room hours</source>
        <translation>Vergaderruimte-uren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="86"/>
        <source>Flex days</source>
        <translation>Flexdagen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="92"/>
        <source>The plan&apos;s price</source>
        <translation>De prijs van het abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="137"/>
        <source>Enter the meeting-room hours as a number, like 4 or 1.5</source>
        <translation>Vul de vergaderruimte-uren in als getal, zoals 4 of 1,5</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="142"/>
        <source>Enter the hours in whole minutes</source>
        <translation>Vul de uren in hele minuten in</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="55"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="56"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="57"/>
        <source>A month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="58"/>
        <source>Other prices</source>
        <translation>Andere prijzen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="59"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="60"/>
        <source>Room hours</source>
        <translation>Ruimte-uren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="61"/>
        <source>Flex days</source>
        <translation>Flexdagen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="62"/>
        <source>Memberships</source>
        <translation>Lidmaatschappen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="74"/>
        <source>{0} per seat</source>
        <translation>{0} per plaats</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="86"/>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="90"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="90"/>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="107"/>
        <location filename="../../hubdesk/ui/pages/plans.py" line="163"/>
        <source>Plans</source>
        <translation>Abonnementen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="113"/>
        <source>Show inactive plans</source>
        <translation>Inactieve abonnementen tonen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="115"/>
        <source>New plan…</source>
        <translation>Nieuw abonnement…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="116"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="117"/>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="118"/>
        <source>Reactivate</source>
        <translation>Weer activeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="119"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="187"/>
        <source>1 plan</source>
        <translation>1 abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="187"/>
        <source>{0} plans</source>
        <translation>{0} abonnementen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="233"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="272"/>
        <source>Delete plan</source>
        <translation>Abonnement verwijderen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="273"/>
        <source>Delete the plan “{0}”? It was never used.</source>
        <translation>Het abonnement “{0}” verwijderen? Het is nooit gebruikt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/plans.py" line="274"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="391"/>
        <source>Renew: {0}</source>
        <translation>Verlengen: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="391"/>
        <source>Renew</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="395"/>
        <source>Open-ended</source>
        <translation>Onbepaalde tijd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="400"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="403"/>
        <source>Index figure, e.g. 118.3</source>
        <translation>Indexcijfer, bijv. 118,3</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="404"/>
        <source>Starts on</source>
        <translation>Begint op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="405"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="406"/>
        <source>Notice period</source>
        <translation>Opzegtermijn</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="407"/>
        <source>Monthly rent</source>
        <translation>Maandhuur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="409"/>
        <source>Base index</source>
        <translation>Basisindex</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/lease.py" line="429"/>
        <source>Enter the monthly rent, e.g. 850.00</source>
        <translation>Vul de maandhuur in, bijv. 850,00</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="117"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="230"/>
        <source>Reports</source>
        <translation>Overzichten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="125"/>
        <source>&amp;Occupancy</source>
        <translation>&amp;Bezetting</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="125"/>
        <source>Re&amp;venue</source>
        <translation>O&amp;mzet</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="125"/>
        <source>&amp;Members</source>
        <translation>&amp;Leden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="135"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="136"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="137"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="138"/>
        <source>Print the report (Ctrl+P)</source>
        <translation>Het overzicht afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="149"/>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="150"/>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="151"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="152"/>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="153"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="154"/>
        <source>Chosen dates</source>
        <translation>Gekozen data</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="166"/>
        <source>By day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="167"/>
        <source>By week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="168"/>
        <source>By month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="172"/>
        <source>Which table is shown below the chart</source>
        <translation>Welke tabel onder de grafiek staat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="173"/>
        <source>P&amp;eriod</source>
        <translation>P&amp;eriode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="298"/>
        <source>Per space</source>
        <translation>Per ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="299"/>
        <source>Per kind of space</source>
        <translation>Per soort ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="300"/>
        <source>Per floor</source>
        <translation>Per etage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="301"/>
        <source>Over time</source>
        <translation>Door de tijd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="302"/>
        <source>Busiest hours (meeting rooms)</source>
        <translation>Drukste uren (vergaderzalen)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="303"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="543"/>
        <source>Offices let and vacant</source>
        <translation>Kantoren verhuurd en leeg</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="304"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="567"/>
        <source>Flex desks per day</source>
        <translation>Flexplekken per dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="306"/>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="308"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="447"/>
        <source>Space</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="448"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="479"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="449"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="493"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="546"/>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="450"/>
        <source>Bookings</source>
        <translation>Boekingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="451"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="473"/>
        <source>Hours booked</source>
        <translation>Uren geboekt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="452"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="474"/>
        <source>Hours open</source>
        <translation>Uren open</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="453"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="475"/>
        <source>Occupancy</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="456"/>
        <source>Occupancy per space</source>
        <translation>Bezetting per ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="472"/>
        <source>Spaces</source>
        <translation>Ruimtes</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="478"/>
        <source>Occupancy per kind of space</source>
        <translation>Bezetting per soort ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="492"/>
        <source>Occupancy per floor</source>
        <translation>Bezetting per etage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="507"/>
        <source>Occupancy over time</source>
        <translation>Bezetting door de tijd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="524"/>
        <source>Busiest hours of the meeting rooms</source>
        <translation>Drukste uren van de vergaderzalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="526"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="569"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="545"/>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="547"/>
        <source>Let to</source>
        <translation>Verhuurd aan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="548"/>
        <source>Days let</source>
        <translation>Dagen verhuurd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="549"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="550"/>
        <source>Let</source>
        <translation>Verhuurd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="551"/>
        <source>At the end</source>
        <translation>Aan het eind</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="561"/>
        <source>let</source>
        <translation>verhuurd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="561"/>
        <source>vacant</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="570"/>
        <source>Desks</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="571"/>
        <source>Reserved</source>
        <translation>Gereserveerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="587"/>
        <source>Occupancy, {0}</source>
        <translation>Bezetting, {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="593"/>
        <source>Hours booked: confirmed bookings. Hours open: the opening hours of each day. Dedicated desks are let with a membership, not booked, so they are not counted.</source>
        <translation>Uren geboekt: bevestigde boekingen. Uren open: de openingstijden van elke dag. Vaste plekken worden met een lidmaatschap verhuurd, niet geboekt, en tellen hier dus niet mee.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="602"/>
        <source>Rent</source>
        <translation>Huur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="603"/>
        <source>Service charges</source>
        <translation>Servicekosten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="604"/>
        <source>Memberships</source>
        <translation>Lidmaatschappen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="605"/>
        <source>Meeting rooms</source>
        <translation>Vergaderzalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="606"/>
        <source>Flex desks</source>
        <translation>Flexplekken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="607"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="675"/>
        <source>Day passes</source>
        <translation>Dagpassen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="608"/>
        <source>Late cancellations</source>
        <translation>Late annuleringen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="609"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="509"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="617"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="667"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="309"/>
        <source>Organisations by kind</source>
        <translation>Organisaties per soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="310"/>
        <source>Members by kind of organisation</source>
        <translation>Leden per soort organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="351"/>
        <source>Counting the report…</source>
        <translation>Het overzicht wordt geteld…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="572"/>
        <source>Walk-ins</source>
        <translation>Binnenlopers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="573"/>
        <source>Reserved share</source>
        <translation>Deel gereserveerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="619"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="620"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="621"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="637"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="622"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="638"/>
        <source>Invoiced per product (net)</source>
        <translation>Gefactureerd per product (netto)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="640"/>
        <source>Unpaid on {0}: {1} in {2} invoice(s), of which overdue {3} in {4} invoice(s).</source>
        <translation>Onbetaald op {0}: {1} in {2} factu(u)r(en), waarvan te laat {3} in {4} factu(u)r(en).</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="650"/>
        <source>thousand €</source>
        <translation>duizend €</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="655"/>
        <source>Invoiced, {0}</source>
        <translation>Gefactureerd, {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="669"/>
        <source>Members and their visits</source>
        <translation>Leden en hun bezoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="672"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="707"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="673"/>
        <source>People in</source>
        <translation>Mensen binnen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="674"/>
        <source>Guests</source>
        <translation>Gasten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="676"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="708"/>
        <source>Active members</source>
        <translation>Actieve leden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="677"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="709"/>
        <source>Active organisations</source>
        <translation>Actieve organisaties</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="711"/>
        <source>Members, {0}</source>
        <translation>Leden, {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="723"/>
        <source>There is no report to export yet.</source>
        <translation>Er is nog geen overzicht om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="729"/>
        <source>Export the report</source>
        <translation>Het overzicht exporteren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="732"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="733"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="772"/>
        <source>Report written to {0}.</source>
        <translation>Overzicht opgeslagen in {0}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="742"/>
        <location filename="../../hubdesk/ui/pages/reports.py" line="763"/>
        <source>There is no report to print yet.</source>
        <translation>Er is nog geen overzicht om af te drukken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="778"/>
        <source>Report</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="768"/>
        <source>Save the report as PDF</source>
        <translation>Het overzicht opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="702"/>
        <source>Active organisations, by kind</source>
        <translation>Actieve organisaties, per soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="703"/>
        <source>Active members, by kind of organisation</source>
        <translation>Actieve leden, per soort organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/reports.py" line="771"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="491"/>
        <source>Reset the password of {0}</source>
        <translation>Wachtwoord van {0} opnieuw instellen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="492"/>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="499"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="500"/>
        <source>Repeat password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="504"/>
        <source>The two passwords differ</source>
        <translation>De wachtwoorden komen niet overeen</translation>
    </message>
</context>
<context>
    <name>RoomBookingModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="294"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="295"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="296"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="297"/>
        <source>Booked by</source>
        <translation>Geboekt door</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="298"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>SeriesConflictsDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1505"/>
        <source>Some dates cannot be booked</source>
        <translation>Sommige datums kunnen niet worden geboekt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1511"/>
        <source>{0} of the {1} dates cannot be booked:</source>
        <translation>Niet te boeken ({0} van de {1} datums):</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1531"/>
        <source>Book the other {0} dates, or none of them?</source>
        <translation>De andere {0} datums boeken, of geen enkele?</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1533"/>
        <source>Book the other date, or none?</source>
        <translation>De andere datum boeken, of geen van beide?</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1537"/>
        <source>Book the other {0} dates</source>
        <translation>De andere {0} datums boeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1539"/>
        <source>Book the other date</source>
        <translation>De andere datum boeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1544"/>
        <source>None of the dates is free.</source>
        <translation>Geen van de datums is vrij.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="1546"/>
        <source>Book none</source>
        <translation>Niets boeken</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="322"/>
        <source>Manager</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="324"/>
        <source>Reception</source>
        <translation>Receptie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="332"/>
        <source>Hub settings</source>
        <translation>Hubinstellingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="333"/>
        <source>VAT category</source>
        <translation>Btw-categorie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="334"/>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="335"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="336"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="337"/>
        <source>Space</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="338"/>
        <source>Plan</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="339"/>
        <source>Membership</source>
        <translation>Lidmaatschap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="340"/>
        <source>Lease</source>
        <translation>Huurcontract</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="341"/>
        <source>Booking</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="342"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="343"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="344"/>
        <source>Day pass</source>
        <translation>Dagpas</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="345"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="346"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="347"/>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="348"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="349"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1618"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="366"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="367"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="368"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="369"/>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="370"/>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="371"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="372"/>
        <source>Restored</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="373"/>
        <source>Role changed</source>
        <translation>Rol gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="374"/>
        <source>Password reset</source>
        <translation>Wachtwoord opnieuw ingesteld</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="375"/>
        <source>Own password changed</source>
        <translation>Eigen wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="376"/>
        <source>Logo changed</source>
        <translation>Logo gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="377"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="378"/>
        <source>Demo hub loaded</source>
        <translation>Demohub geladen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1605"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1643"/>
        <source>Settings</source>
        <extracomment>this PC&apos;s backups folder was chosen (&quot;&quot; = the default)</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1619"/>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1620"/>
        <source>VAT categories</source>
        <translation>Btw-categorieën</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1621"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1622"/>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1623"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1627"/>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1726"/>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1754"/>
        <source>The logo is too large: at most 1 MB</source>
        <translation>Het logo is te groot: hoogstens 1 MB</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1758"/>
        <source>The file cannot be read: {0}</source>
        <translation>Het bestand kan niet worden gelezen: {0}</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="39"/>
        <source>Day sheet</source>
        <extracomment>The sheets, in the order the dialog offers them.</extracomment>
        <translation>Dagoverzicht</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="40"/>
        <source>Room door sheets</source>
        <translation>Deuroverzichten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="41"/>
        <source>Occupancy sheet</source>
        <translation>Bezettingsoverzicht</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="70"/>
        <source>Print a sheet</source>
        <translation>Een overzicht afdrukken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="85"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="86"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="88"/>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="93"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="95"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="131"/>
        <source>Rooms by the hour, offices and their tenants, flex desks, guests and events of one day, on one landscape page.</source>
        <translation>Zalen per uur, kantoren en hun huurders, flexplekken, gasten en evenementen van een dag, op een liggende pagina.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="135"/>
        <source>One page per meeting room with its bookings in large type, to hang by the door. Up to a month.</source>
        <translation>Een pagina per vergaderzaal met de boekingen in grote letters, om bij de deur op te hangen. Tot een maand.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="139"/>
        <source>Per space, the hours booked against the hours open; offices let and vacant; the flex desks in use per day.</source>
        <translation>Per ruimte de geboekte uren tegenover de openingsuren; kantoren verhuurd en leeg; de flexplekken in gebruik per dag.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="188"/>
        <source>Save the sheet as PDF</source>
        <translation>Het overzicht opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="191"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/sheets.py" line="192"/>
        <source>Sheet saved to {0}.</source>
        <translation>Overzicht opgeslagen in {0}.</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="38"/>
        <source>Welcome — create the first manager</source>
        <translation>Eerste beheerder aanmaken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="40"/>
        <location filename="../../hubdesk/ui/sign_in.py" line="80"/>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="48"/>
        <source>This hub has no staff accounts yet. The first account is a manager; it can add reception staff later.</source>
        <translation>Deze hub heeft nog geen accounts voor medewerkers. Het eerste account is een beheerder; die kan later receptiemedewerkers toevoegen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="64"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="67"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="69"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="72"/>
        <source>Repeat password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="80"/>
        <source>Create and sign in</source>
        <translation>Aanmaken en inloggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="107"/>
        <source>The two passwords differ</source>
        <translation>De wachtwoorden komen niet overeen</translation>
    </message>
</context>
<context>
    <name>SpaceDialog</name>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="132"/>
        <source>New space</source>
        <extracomment>the error message of every field</extracomment>
        <translation>Nieuwe ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="132"/>
        <source>Change space</source>
        <translation>Ruimte wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="140"/>
        <source>e.g. Room Mesdag</source>
        <translation>bijv. Zaal Mesdag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="147"/>
        <source>How many people the space holds</source>
        <translation>Hoeveel personen er in de ruimte passen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="149"/>
        <source>e.g. {0}</source>
        <translation>bijv. {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="153"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="154"/>
        <source>Time kept free after each booking, to tidy up the room</source>
        <translation>Tijd die na elke boeking vrij blijft om de ruimte op te ruimen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="155"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="156"/>
        <source>Only an active space can be booked or leased</source>
        <translation>Alleen een actieve ruimte kan worden geboekt of verhuurd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="188"/>
        <source>Others, separated by commas</source>
        <translation>Andere, gescheiden door komma’s</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="209"/>
        <source>The space</source>
        <translation>De ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="210"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="211"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="212"/>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="213"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="221"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="223"/>
        <source>Area</source>
        <translation>Oppervlakte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="224"/>
        <source>Buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="228"/>
        <source>Prices</source>
        <translation>Prijzen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="229"/>
        <source>Leave a price empty when the space is not offered that way.</source>
        <translation>Laat een prijs leeg als de ruimte niet zo wordt aangeboden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="243"/>
        <source>VAT category</source>
        <translation>Btw-categorie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="247"/>
        <source>Amenities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="260"/>
        <source>Add space</source>
        <translation>Ruimte toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="260"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="262"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="329"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="333"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="335"/>
        <source>{0}, no longer offered</source>
        <translation>{0}, niet meer aangeboden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="339"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="475"/>
        <source>not an amount</source>
        <translation>geen bedrag</translation>
    </message>
</context>
<context>
    <name>SpaceTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="115"/>
        <source>Name</source>
        <extracomment>What the proxy sorts by: plain ints and folded strings. A price column&apos;s amount in cents, or None when the space has no such price.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="116"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="117"/>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="118"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="119"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="120"/>
        <source>Hour</source>
        <translation>Uur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="121"/>
        <source>Half day</source>
        <translation>Halve dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="122"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="123"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="124"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="125"/>
        <source>Amenities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="126"/>
        <source>Buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="127"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="174"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="175"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="175"/>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
</context>
<context>
    <name>SpacesPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="283"/>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="371"/>
        <source>Spaces</source>
        <translation>Ruimtes</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="290"/>
        <source>Search name or amenity…</source>
        <translation>Naam of voorziening…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="294"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="297"/>
        <source>Show inactive</source>
        <translation>Inactieve</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="302"/>
        <source>Add…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="303"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="304"/>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="439"/>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="529"/>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="305"/>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="599"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="310"/>
        <source>Only a manager may change spaces.</source>
        <translation>Alleen een beheerder kan ruimtes wijzigen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="340"/>
        <source>Export bookings (.ics)…</source>
        <translation>Boekingen exporteren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="439"/>
        <source>Activate</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="442"/>
        <source>Add a space (Ctrl+N)</source>
        <translation>Nieuwe ruimte (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="443"/>
        <source>Change the selected space (Enter)</source>
        <translation>Geselecteerde ruimte wijzigen (Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="445"/>
        <source>An inactive space can no longer be booked; its history stays</source>
        <translation>Een inactieve ruimte kan niet meer worden geboekt; de geschiedenis blijft bewaard</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="447"/>
        <source>Delete a space that was never used</source>
        <translation>Een ruimte verwijderen die nooit is gebruikt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="450"/>
        <source>Only a manager may change spaces</source>
        <translation>Alleen een beheerder kan ruimtes wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="455"/>
        <source>Save the bookings of the selected room as a calendar file</source>
        <translation>De boekingen van de gekozen ruimte opslaan als agendabestand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="457"/>
        <source>Choose a meeting room, event space or flex desk to export its bookings</source>
        <translation>Kies een vergaderzaal, eventruimte of flexplek om de boekingen te exporteren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="463"/>
        <source>1 space</source>
        <translation>1 ruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="463"/>
        <source>{0} spaces</source>
        <translation>{0} ruimtes</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="465"/>
        <source>{0} of {1} spaces shown</source>
        <translation>{0} van {1} ruimtes getoond</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="527"/>
        <source>Space in use</source>
        <translation>Ruimte in gebruik</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="597"/>
        <source>Delete space</source>
        <translation>Ruimte verwijderen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="598"/>
        <source>Delete “{0}”? This cannot be undone.</source>
        <translation>“{0}” verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="240"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="240"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="240"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="240"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="250"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="250"/>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1212"/>
        <source>Only a manager may add staff members, change their roles or reset their passwords. You can change your own password.</source>
        <translation>Alleen een beheerder kan medewerkers toevoegen, hun rol wijzigen of hun wachtwoord opnieuw instellen. Je kunt je eigen wachtwoord wijzigen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1218"/>
        <source>Add staff member…</source>
        <translation>Medewerker toevoegen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1219"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1287"/>
        <source>Disable</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1220"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1292"/>
        <source>Make manager</source>
        <translation>Beheerder maken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1221"/>
        <source>Reset password…</source>
        <translation>Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1222"/>
        <source>Change my password…</source>
        <translation>Mijn wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1287"/>
        <source>Enable</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1290"/>
        <source>Make reception</source>
        <translation>Receptiemedewerker maken</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="232"/>
        <source>Guest of {0}</source>
        <extracomment>How often the shown page reads again by itself. What the front desk changes that this page shows. What a tick that checked people out at closing tells the other pages. A column of names is measured up to this width (longer ones are cut off, whole in their tooltip). How many of a column&apos;s longest texts are measured for its width. Columns of times and numbers: never narrowed below their texts.</extracomment>
        <translation>Gast van {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="233"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="235"/>
        <source>Day pass</source>
        <translation>Dagpas</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="574"/>
        <location filename="../../hubdesk/ui/pages/today.py" line="646"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="584"/>
        <source>The page reads again by itself every 30 seconds</source>
        <translation>De pagina leest zichzelf elke 30 seconden opnieuw in</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="587"/>
        <source>Visitor log…</source>
        <translation>Bezoekerslog…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="589"/>
        <source>Who came and left on a day (Ctrl+Shift+L)</source>
        <translation>Wie er op een dag kwam en ging (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="595"/>
        <source>In now</source>
        <translation>Nu binnen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="596"/>
        <source>Rooms in use</source>
        <translation>Zalen in gebruik</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="597"/>
        <source>Checked in today</source>
        <translation>Vandaag ingecheckt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="598"/>
        <source>Guests expected</source>
        <translation>Verwachte gasten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="599"/>
        <source>Day passes</source>
        <translation>Dagpassen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="604"/>
        <source>Who is in</source>
        <translation>Wie is er binnen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="604"/>
        <source>Nobody is in yet.</source>
        <translation>Er is nog niemand binnen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="606"/>
        <source>Room bookings today</source>
        <translation>Zaalreserveringen vandaag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="608"/>
        <source>No rooms are booked today.</source>
        <translation>Er zijn vandaag geen zalen gereserveerd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="611"/>
        <source>Expected guests</source>
        <translation>Verwachte gasten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="611"/>
        <source>No guests are expected today.</source>
        <translation>Er worden vandaag geen gasten verwacht.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="614"/>
        <source>Arrivals in the last hour</source>
        <translation>Binnengekomen in het afgelopen uur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="616"/>
        <source>Nobody came in during the last hour.</source>
        <translation>Er is het afgelopen uur niemand binnengekomen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="619"/>
        <source>Day passes sold</source>
        <translation>Verkochte dagpassen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="619"/>
        <source>No day passes sold today.</source>
        <translation>Vandaag zijn er geen dagpassen verkocht.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="727"/>
        <source>Updated {0}</source>
        <translation>Bijgewerkt {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="743"/>
        <source>{0}% of {1} desk places</source>
        <translation>{0}% van {1} werkplekken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="749"/>
        <source>of {0}; free now: {1}</source>
        <translation>van {0}; nu vrij: {1}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="755"/>
        <source>In the last hour: {0}</source>
        <translation>Afgelopen uur: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="760"/>
        <source>Guests in now: {0}</source>
        <translation>Gasten nu binnen: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="763"/>
        <source>Sold today</source>
        <translation>Vandaag verkocht</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="771"/>
        <source>{0} people, {1} organisations</source>
        <translation>{0} personen, {1} organisaties</translation>
    </message>
</context>
<context>
    <name>VacantTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="266"/>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="266"/>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="266"/>
        <source>Free from</source>
        <translation>Vrij vanaf</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="266"/>
        <source>Free until</source>
        <translation>Vrij tot</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/leases.py" line="274"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>VatCategoryDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="534"/>
        <source>New VAT category</source>
        <translation>Nieuwe btw-categorie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="534"/>
        <source>Change VAT category</source>
        <translation>Btw-categorie wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="535"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="535"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="542"/>
        <source>e.g. high, low, catering</source>
        <translation>bijv. hoog, laag, horeca</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="545"/>
        <source>e.g. 21, 9, 0 or 5,5</source>
        <translation>21, 9, 0 of 5,5</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="547"/>
        <source>Exempt from VAT (the rate is 0 %)</source>
        <translation>Vrijgesteld van btw (het tarief is 0%)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="548"/>
        <source>Reverse charge for EU business customers</source>
        <translation>Btw verlegd voor zakelijke klanten in de EU</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="551"/>
        <source>Printed on invoices, e.g. Btw verlegd / VAT reverse charge</source>
        <translation>Staat op facturen, bijv. Btw verlegd / VAT reverse charge</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="554"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="555"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="556"/>
        <source>Rate (%)</source>
        <translation>Tarief (%)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="559"/>
        <source>Text on invoices</source>
        <translation>Factuurtekst</translation>
    </message>
</context>
<context>
    <name>VatCategoryModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="193"/>
        <source>Code</source>
        <extracomment>Role a QSortFilterProxyModel sorts by (plain ints and strings only).</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="194"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="195"/>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="196"/>
        <source>Exempt</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="197"/>
        <source>EU reverse charge</source>
        <translation>Btw verlegd (EU)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="198"/>
        <source>Text on invoices</source>
        <translation>Factuurtekst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="199"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="211"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="213"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="216"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="216"/>
        <source>Not offered</source>
        <translation>Niet aangeboden</translation>
    </message>
</context>
<context>
    <name>VatTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1090"/>
        <source>Only a manager may change VAT categories.</source>
        <translation>Alleen een beheerder kan btw-categorieën wijzigen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1093"/>
        <source>New category…</source>
        <translation>Nieuwe categorie…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1094"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1095"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1154"/>
        <source>Stop offering</source>
        <translation>Niet meer aanbieden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1111"/>
        <source>Invoices keep the code and rate they were made with; a changed rate applies to what is invoiced from now on.</source>
        <translation>Facturen houden de code en het tarief waarmee ze zijn gemaakt; een gewijzigd tarief geldt voor wat vanaf nu wordt gefactureerd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1152"/>
        <source>Offer again</source>
        <translation>Weer aanbieden</translation>
    </message>
</context>
<context>
    <name>VisitorLogDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="817"/>
        <source>Visitor log</source>
        <translation>Bezoekerslog</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="822"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="837"/>
        <source>Nobody came in on this day.</source>
        <translation>Op deze dag is er niemand binnengekomen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="845"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="874"/>
        <source>Visits: {0}</source>
        <translation>Bezoeken: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="886"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="887"/>
        <source>Out</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="888"/>
        <source>Checked out at closing</source>
        <translation>Uitgecheckt bij sluiting</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="889"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="890"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="891"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="892"/>
        <source>Host</source>
        <translation>Gastheer/-vrouw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="901"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="915"/>
        <source>visitors {0}.csv</source>
        <translation>bezoekers {0}.csv</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="918"/>
        <source>Export the visitor log</source>
        <translation>Bezoekerslog exporteren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="920"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="928"/>
        <source>The file could not be written: {0}</source>
        <translation>Het bestand kon niet worden geschreven: {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="931"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
</context>
<context>
    <name>VisitorLogModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="438"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="439"/>
        <source>Out</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="440"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="441"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="442"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="443"/>
        <source>Host</source>
        <translation>Gastheer/-vrouw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="448"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="449"/>
        <source>Day pass</source>
        <translation>Dagpas</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="450"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="455"/>
        <source>still in</source>
        <translation>nog binnen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="457"/>
        <source>{0} (automatic)</source>
        <translation>{0} (automatisch)</translation>
    </message>
</context>
<context>
    <name>WhoIsInModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="252"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="252"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="252"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/today.py" line="252"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>booking</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="139"/>
        <source>{0} h {1}</source>
        <extracomment>Quiet time after the last change before the price is asked again. The space combo&apos;s data for &quot;the flex pool (any free desk)&quot;. Priced as this outside customer while no booker is chosen yet. Fields whose values the price depends on (the series&apos; fields are checked only when saving).</extracomment>
        <translation>{0} u {1} min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="141"/>
        <source>{0} h</source>
        <translation>{0} u</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="142"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="181"/>
        <source>No charge</source>
        <translation>Geen kosten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="183"/>
        <source>List price {0}: {1} will be charged</source>
        <translation>Standaardprijs {0}: {1} wordt in rekening gebracht</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="188"/>
        <source>No plan in {0}</source>
        <translation>Geen abonnement in {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="190"/>
        <source>{0} of {1} meeting-room hours left in {2}</source>
        <translation>Vergaderzaal in {2}: nog {0} van {1} over</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="196"/>
        <source>Unlimited flex days in {0}</source>
        <translation>Onbeperkt aantal flexdagen in {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="198"/>
        <source>{0} of {1} flex days left in {2}</source>
        <translation>Nog {0} van {1} flexdagen over in {2}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="201"/>
        <source>List price {0}</source>
        <translation>Standaardprijs {0}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="203"/>
        <source>Covered by the allowance: nothing to pay</source>
        <translation>Gedekt door het tegoed: niets te betalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="205"/>
        <source>{0} covered · {1} billable beyond the allowance</source>
        <translation>{0} gedekt · {1} te factureren boven het tegoed</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/booking.py" line="209"/>
        <source>{0} billable beyond the allowance</source>
        <translation>{0} te factureren boven het tegoed</translation>
    </message>
</context>
<context>
    <name>charge_rows</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="34"/>
        <source>e.g. Catering for the launch</source>
        <translation>bijv. Catering voor de lancering</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="39"/>
        <source>excl. VAT, e.g. 12.50</source>
        <translation>excl. btw, bijv. 12,50</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="47"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="48"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="49"/>
        <source>Unit price</source>
        <translation>Prijs per stuk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/billing.py" line="50"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../hubdesk/ui/files.py" line="277"/>
        <source>The file could not be written to {0}: {1}</source>
        <translation>Het bestand kon niet worden opgeslagen in {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/files.py" line="196"/>
        <source>{0} is a file of the hub&apos;s database; choose another file.</source>
        <translation>{0} is een bestand van de database van de hub; kies een ander bestand.</translation>
    </message>
</context>
<context>
    <name>hubdesk</name>
    <message>
        <location filename="../../hubdesk/ui/forms.py" line="79"/>
        <source>Not done</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/gui.py" line="65"/>
        <source>hubdesk cannot open the database</source>
        <translation>hubdesk kan de database niet openen</translation>
    </message>
</context>
<context>
    <name>ics_file</name>
    <message>
        <location filename="../../hubdesk/ui/ics_file.py" line="29"/>
        <source>{0} bookings.ics</source>
        <extracomment>How a VEVENT begins in the bytes (a text value can never start a line).</extracomment>
        <translation>{0} boekingen.ics</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/ics_file.py" line="38"/>
        <source>Export bookings of {0}</source>
        <translation>Boekingen van {0} exporteren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/ics_file.py" line="40"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/ics_file.py" line="64"/>
        <source>The calendar could not be written to {0}: {1}. Nothing was saved.</source>
        <translation>De agenda kon niet naar {0} worden geschreven: {1}. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/ics_file.py" line="74"/>
        <source>Exported 1 booking of {0} to {1}.</source>
        <translation>1 boeking van {0} geëxporteerd naar {1}.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/ics_file.py" line="77"/>
        <source>Exported {0} bookings of {1} to {2}.</source>
        <translation>{0} boekingen van {1} geëxporteerd naar {2}.</translation>
    </message>
</context>
<context>
    <name>organisations</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="47"/>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="48"/>
        <source>Startup</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="49"/>
        <source>Knowledge institution</source>
        <translation>Kennisinstelling</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="52"/>
        <source>Government</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="53"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="54"/>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="60"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="61"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="24"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="25"/>
        <source>Flex desk</source>
        <translation>Flexplek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="26"/>
        <source>Dedicated desk</source>
        <translation>Vaste plek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="27"/>
        <source>Private office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/plan.py" line="28"/>
        <source>Virtual office</source>
        <translation>Virtueel kantoor</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../hubdesk/ui/printing.py" line="71"/>
        <source>The document could not be read for printing.</source>
        <extracomment>Pages go to the printer as images of this resolution: sharp print, and about 35 MB of memory for one A4 page at a time.</extracomment>
        <translation>Het document kon niet worden gelezen om af te drukken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/printing.py" line="93"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/printing.py" line="152"/>
        <source>Print {0}</source>
        <extracomment>The PDF files this module named (a name the user typed is kept).</extracomment>
        <translation>{0} afdrukken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/printing.py" line="209"/>
        <source>Print to file</source>
        <translation>Naar bestand afdrukken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/printing.py" line="211"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>spaces</name>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="69"/>
        <source>Private office</source>
        <extracomment>The amenities offered as check boxes, by the value stored for them. The price fields of a space, in the order the form and the table show them.</extracomment>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="70"/>
        <source>Dedicated desk</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Vaste plek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="71"/>
        <source>Flex desk</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Flexplek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="72"/>
        <source>Meeting room</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Vergaderzaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="73"/>
        <source>Event space</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Eventruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="80"/>
        <source>Screen</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Scherm</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="81"/>
        <source>Phone</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="82"/>
        <source>Whiteboard</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Whiteboard</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="83"/>
        <source>Video calls</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Videobellen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="84"/>
        <source>Coffee</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Koffie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="85"/>
        <source>Accessible</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Toegankelijk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="97"/>
        <source>Per hour</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Per uur</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="98"/>
        <source>Half day</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Halve dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="99"/>
        <source>Day</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="100"/>
        <source>Month</source>
        <translatorcomment>Looked up at run time in this context; lupdate cannot see the call (added by hand: pyside6-lupdate -no-obsolete drops it).</translatorcomment>
        <translation>Maand</translation>
    </message>
</context>
</TS>
