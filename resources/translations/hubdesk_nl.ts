<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="525"/>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="525"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="529"/>
        <source>e.g. anna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="532"/>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="533"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="536"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="537"/>
        <source>Name to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="538"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="539"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="540"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="544"/>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="354"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="355"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="356"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="357"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="358"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="366"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="380"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="380"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1418"/>
        <source>Search who, what or which change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1422"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1472"/>
        <source>The newest {0} entries; search to find older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1476"/>
        <source>1 entry found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1478"/>
        <source>{0} entries found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1482"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1484"/>
        <source>{0} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="581"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="581"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="586"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="587"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="588"/>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="592"/>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="175"/>
        <source>Cancel</source>
        <extracomment>Gives a message box&apos;s text room to read (Qt makes them narrow).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="238"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="401"/>
        <source>Active</source>
        <extracomment>&quot;member&quot; / &quot;organisation&quot;: what ``data_changed`` names after a change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="402"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="403"/>
        <source>Active and archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="404"/>
        <source>Show active or archived records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="406"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="409"/>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="413"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="414"/>
        <source>Add (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="415"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="416"/>
        <source>Change it (Enter or double-click in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="417"/>
        <location filename="../../hubdesk/ui/pages/members.py" line="614"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="418"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="420"/>
        <source>Delete a record entered by mistake (one with no history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="614"/>
        <source>Restore</source>
        <extracomment>Edit, Archive/Restore, Delete of the selected record; the detail panel of a subclass places it under the record&apos;s name. From this width of the page on, the details stand beside the table; below it, under the table (so the table keeps room for its columns).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="616"/>
        <source>Show it in the lists again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="618"/>
        <source>Hide it from the lists; its history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="667"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="697"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="715"/>
        <location filename="../../hubdesk/ui/pages/members.py" line="720"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="717"/>
        <source>Delete “{0}” for good?

Only a record entered by mistake, with no history, can be deleted. To stop showing it, archive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="730"/>
        <location filename="../../hubdesk/ui/pages/members.py" line="733"/>
        <location filename="../../hubdesk/ui/pages/members.py" line="741"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="735"/>
        <source>Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="490"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1021"/>
        <source>Only a manager may change the opening hours; you can read them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1028"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1032"/>
        <source>Bookings and the occupancy sheets use these hours; people still checked in at closing are checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1042"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1043"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1044"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1045"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1046"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1047"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1048"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1058"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1061"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1062"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1087"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1089"/>
        <source>Save the hub&apos;s settings (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="690"/>
        <source>Only a manager may change the hub&apos;s settings; you can read them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="709"/>
        <source>e.g. NL123456782B01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="717"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="731"/>
        <source>hours before a booking starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="741"/>
        <source>The hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="742"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="743"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="744"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="745"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="746"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="747"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="748"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="751"/>
        <source>Registration and bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="752"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="753"/>
        <source>KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="754"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="755"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="758"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="762"/>
        <source>Invoice numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="770"/>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="778"/>
        <source>Payment term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="783"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="787"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="788"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="803"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="803"/>
        <source>PNG or JPEG, at most 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="807"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="808"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="812"/>
        <source>Free cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="828"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="830"/>
        <source>Save the hub&apos;s settings (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="981"/>
        <source>No logo</source>
        <extracomment>Below this width (of the tab) the panels stand in one column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1003"/>
        <source>e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1007"/>
        <source>Choose the hub&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1007"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="47"/>
        <source>hubdesk</source>
        <extracomment>names of the entities a service call changed (&quot;member&quot;, &quot;space&quot;, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="55"/>
        <source>Opening the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="67"/>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="96"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="99"/>
        <source>Import organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="100"/>
        <source>Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="101"/>
        <source>Import spaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="107"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="110"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="111"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="112"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="113"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="117"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="118"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="123"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="149"/>
        <source>The language changes when hubdesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="178"/>
        <source>{0} — hubdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="181"/>
        <source>The database could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="186"/>
        <source>Signed in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="316"/>
        <source>Import organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="317"/>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="318"/>
        <source>Import spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="321"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="334"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="335"/>
        <source>The file has problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="344"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="353"/>
        <source>Hub time {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="770"/>
        <source>Choose a member to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="772"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="773"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="774"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="775"/>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="776"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="777"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="778"/>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="779"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="801"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="807"/>
        <source>Individual member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="90"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="92"/>
        <source>Change member “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="93"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="93"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="99"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="100"/>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="124"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="106"/>
        <source>e.g. name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="109"/>
        <source>The code on their access badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="111"/>
        <source>The language of their invoices and e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="118"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="119"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="120"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="121"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="122"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="123"/>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="125"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="126"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="127"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="128"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="129"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="111"/>
        <source>Individual member</source>
        <extracomment>The id of the row&apos;s record (selection is kept by id across reloads). What a QSortFilterProxyModel sorts by (plain ints and strings only). Rows read at a time; the first chunk is what a reload or a keystroke costs. &quot;Every match&quot; for the service&apos;s ``limit``. Milliseconds of quiet typing before the search runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="113"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="114"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="115"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="116"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="117"/>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="827"/>
        <source>Search name, e-mail, organisation or badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="850"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="899"/>
        <source>first {0} shown; scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="901"/>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/members.py" line="903"/>
        <source>{0} members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationCombo</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="35"/>
        <source>— individual member —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="43"/>
        <source>Type to search organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="55"/>
        <source>{0} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/member.py" line="71"/>
        <source>There is no organisation “{0}”: choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="209"/>
        <source>Choose an organisation to see its details and people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="212"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="213"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="214"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="215"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="216"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="217"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="218"/>
        <source>KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="219"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="220"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="221"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="222"/>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="223"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="229"/>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="259"/>
        <source>No people yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="303"/>
        <source>Archived</source>
        <extracomment>the details and the people: above each other beside the table, next to each other under it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="320"/>
        <source>People ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="265"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="267"/>
        <source>Change organisation “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="268"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="268"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="274"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="275"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="282"/>
        <source>e.g. info@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="285"/>
        <source>e.g. www.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="287"/>
        <source>The language of its invoices and e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="289"/>
        <source>e.g. NL123456782B01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="291"/>
        <source>8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="293"/>
        <source>e.g. NL91 ABNA 0417 1643 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="295"/>
        <source>e.g. ABNANL2A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="302"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="303"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="304"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="305"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="306"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="307"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="308"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="309"/>
        <source>KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="310"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="311"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="312"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="313"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="314"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="315"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="316"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="77"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="78"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="79"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="80"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="81"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="82"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="329"/>
        <source>Search name, e-mail, city, VAT or KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="361"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="389"/>
        <source>{0} of {1} organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="391"/>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/organisations.py" line="393"/>
        <source>{0} organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/overview.py" line="39"/>
        <source>Member organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/overview.py" line="40"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/overview.py" line="44"/>
        <source>Private offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/overview.py" line="45"/>
        <source>Dedicated desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/overview.py" line="46"/>
        <source>Flex desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/overview.py" line="47"/>
        <source>Meeting rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/overview.py" line="48"/>
        <source>Event spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/overview.py" line="59"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/overview.py" line="73"/>
        <source>{0} places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="560"/>
        <source>Reset the password of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="561"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="568"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="569"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="573"/>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="89"/>
        <source>Not done</source>
        <extracomment>Role a QSortFilterProxyModel sorts by (plain ints and strings only).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="402"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="404"/>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="412"/>
        <source>Hub settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="413"/>
        <source>VAT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="414"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="415"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="416"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="417"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="418"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="419"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="420"/>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="421"/>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="422"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="423"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="424"/>
        <source>Day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="425"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="426"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="427"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="428"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="429"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1529"/>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="446"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="447"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="448"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="449"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="450"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="451"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="452"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="453"/>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="454"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="455"/>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="456"/>
        <source>Logo changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="457"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="458"/>
        <source>Demo hub loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1517"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1552"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1530"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1531"/>
        <source>VAT categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1532"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1533"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1536"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1658"/>
        <source>The logo is too large: at most 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1662"/>
        <source>The file cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="38"/>
        <source>Welcome — create the first manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="40"/>
        <location filename="../../hubdesk/ui/sign_in.py" line="79"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="47"/>
        <source>This hub has no staff accounts yet. The first account is a manager; it can add reception staff later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="63"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="66"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="68"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="71"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="79"/>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/sign_in.py" line="106"/>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpaceDialog</name>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="148"/>
        <source>New space</source>
        <extracomment>the error message of every field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="148"/>
        <source>Change space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="156"/>
        <source>e.g. Room Mesdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="163"/>
        <source>How many people the space holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="165"/>
        <source>e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="169"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="170"/>
        <source>Time kept free after each booking, to tidy up the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="171"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="172"/>
        <source>Only an active space can be booked or leased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="204"/>
        <source>Others, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="225"/>
        <source>The space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="226"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="227"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="228"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="229"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="237"/>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="239"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="240"/>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="244"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="245"/>
        <source>Leave a price empty when the space is not offered that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="259"/>
        <source>VAT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="263"/>
        <source>Amenities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="276"/>
        <source>Add space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="276"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="278"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="345"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="349"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="351"/>
        <source>{0}, no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="355"/>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/space_dialog.py" line="491"/>
        <source>not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpaceTableModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="140"/>
        <source>Name</source>
        <extracomment>What the proxy sorts by: plain ints and folded strings. A price column&apos;s amount in cents, or None when the space has no such price.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="141"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="142"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="143"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="144"/>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="145"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="146"/>
        <source>Half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="147"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="148"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="149"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="150"/>
        <source>Amenities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="151"/>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="152"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="225"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="226"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="226"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpacesPage</name>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="334"/>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="416"/>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="341"/>
        <source>Search name or amenity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="345"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="348"/>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="353"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="354"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="355"/>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="484"/>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="596"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="356"/>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="644"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="361"/>
        <source>Only a manager may change spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="484"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="487"/>
        <source>Add a space (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="488"/>
        <source>Change the selected space (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="490"/>
        <source>An inactive space can no longer be booked; its history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="492"/>
        <source>Delete a space that was never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="495"/>
        <source>Only a manager may change spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="501"/>
        <source>1 space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="501"/>
        <source>{0} spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="503"/>
        <source>{0} of {1} spaces shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="548"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="561"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="594"/>
        <source>Space in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="642"/>
        <source>Delete space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/spaces.py" line="643"/>
        <source>Delete “{0}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="320"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="320"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="320"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="320"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="330"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="330"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1272"/>
        <source>Only a manager may add staff members, change their roles or reset their passwords. You can change your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1278"/>
        <source>Add staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1279"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1348"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1280"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1353"/>
        <source>Make manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1281"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1282"/>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1348"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1351"/>
        <source>Make reception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatCategoryDialog</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="603"/>
        <source>New VAT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="603"/>
        <source>Change VAT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="604"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="604"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="611"/>
        <source>e.g. high, low, catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="614"/>
        <source>e.g. 21, 9, 0 or 5,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="616"/>
        <source>Exempt from VAT (the rate is 0 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="617"/>
        <source>Reverse charge for EU business customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="620"/>
        <source>Printed on invoices, e.g. Btw verlegd / VAT reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="623"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="624"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="625"/>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="628"/>
        <source>Text on invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatCategoryModel</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="273"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="274"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="275"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="276"/>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="277"/>
        <source>EU reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="278"/>
        <source>Text on invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="279"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="291"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="293"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="296"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="296"/>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatTab</name>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1149"/>
        <source>Only a manager may change VAT categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1152"/>
        <source>New category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1153"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1154"/>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1214"/>
        <source>Stop offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1170"/>
        <source>Invoices keep the code and rate they were made with; a changed rate applies to what is invoiced from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/pages/settings.py" line="1212"/>
        <source>Offer again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="47"/>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="48"/>
        <source>Startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="49"/>
        <source>Knowledge institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="50"/>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="51"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="52"/>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="57"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/dialogs/organisation.py" line="57"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../hubdesk/ui/forms.py" line="55"/>
        <location filename="../../hubdesk/ui/space_dialog.py" line="116"/>
        <source>Not done</source>
        <extracomment>The amenities offered as check boxes, by the value stored for them. The price fields of a space, in the order the form and the table show them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../hubdesk/ui/gui.py" line="93"/>
        <source>hubdesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
