<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <location filename="../../hubdesk/ui/main_window.py" line="157"/>
        <source>{0} — hubdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="160"/>
        <source>The database could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="165"/>
        <source>Signed in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="289"/>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="289"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="302"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="303"/>
        <source>The file has problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="312"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hubdesk/ui/main_window.py" line="321"/>
        <source>Hub time {0}</source>
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
    <name>parent</name>
    <message>
        <location filename="../../hubdesk/ui/forms.py" line="55"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../hubdesk/ui/gui.py" line="90"/>
        <source>hubdesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
