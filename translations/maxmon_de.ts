<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../core/websocket/connectionerrors.cpp" line="+104"/>
        <source>A frame from the server stopped half-way for 5 seconds (Qt 6.4&apos;s limit).</source>
        <translation>Ein Frame vom Server ist 5 Sekunden lang mittendrin stecken geblieben (das Limit von Qt 6.4).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+110"/>
        <source>maxmon: no translation for &quot;%1&quot; (there are: %2); using English</source>
        <translation>maxmon: keine Übersetzung für &quot;%1&quot; (vorhanden: %2); Englisch wird verwendet</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Max Connection Monitor: debug WebSocket and Phoenix Channels connections.</source>
        <translation>Max Connection Monitor: WebSocket- und Phoenix-Channels-Verbindungen debuggen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WebSocket URL to open (default: the last profile used, or the demo server), or a session file, recording or support bundle to open read-only</source>
        <translation>Zu öffnende WebSocket-URL (Standard: das zuletzt verwendete Profil oder der Demo-Server) oder eine Sitzungsdatei, Aufzeichnung oder ein Support-Paket zum schreibgeschützten Öffnen</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Connect to the demo server, send, await the echo, exit</source>
        <translation>Mit dem Demo-Server verbinden, senden, auf das Echo warten, beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show typical traffic, save the window as PNG, exit</source>
        <translation>Typischen Verkehr zeigen, das Fenster als PNG speichern, beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the profiles dialog, save it as PNG, exit</source>
        <translation>Den Profil-Dialog zeigen, ihn als PNG speichern, beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the Phoenix demo (channels, presence, a push), save the window as PNG, exit</source>
        <translation>Die Phoenix-Demo zeigen (Kanäle, Presence, ein Push), das Fenster als PNG speichern, beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open an example recording for analysis, save the window as PNG, exit</source>
        <translation>Eine Beispielaufzeichnung zur Analyse öffnen, das Fenster als PNG speichern, beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use a dark palette (Fusion style), whatever the desktop&apos;s</source>
        <translation>Dunkle Farbpalette verwenden (Fusion-Stil), unabhängig von der des Desktops</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show maxmon in this language (de, ru, en, ...) instead of the one chosen in Preferences or the system&apos;s</source>
        <translation>maxmon in dieser Sprache zeigen (de, ru, en, ...) statt der in den Einstellungen gewählten oder der des Systems</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The window&apos;s size for the screenshots, e.g. 1024x640 (default 1280x800)</source>
        <translation>Die Fenstergröße für die Screenshots, z. B. 1024x640 (Standard: 1280x800)</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>maxmon: the demo server could not start: %1</source>
        <translation>maxmon: Der Demo-Server konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::AuthEndpoint</name>
    <message>
        <location filename="../server/authendpoint.cpp" line="+30"/>
        <source>needs the server&apos;s token (Authorization: Bearer TOKEN or ?token=TOKEN), then echoes</source>
        <translation>benötigt das Token des Servers (Authorization: Bearer TOKEN oder ?token=TOKEN), sendet dann Echos</translation>
    </message>
</context>
<context>
    <name>maxmon::AuthSection</name>
    <message>
        <location filename="../ui/profiles/authsection.cpp" line="+12"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer header (Authorization: Bearer ...)</source>
        <translation>Bearer-Header (Authorization: Bearer ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query parameter (?token=...)</source>
        <translation>Query-Parameter (?token=...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phoenix subprotocol (authToken)</source>
        <translation>Phoenix-Subprotokoll (authToken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the token reaches the server</source>
        <translation>Wie das Token zum Server gelangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Query parameter:</source>
        <translation>&amp;Query-Parameter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the URL query parameter that carries the token</source>
        <translation>Der Name des URL-Query-Parameters, der das Token trägt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token from:</source>
        <translation>&amp;Token aus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the token is read when connecting: it is never stored in the profile</source>
        <translation>Woher das Token beim Verbinden gelesen wird: Es wird nie im Profil gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token itself is never stored in a profile, and it is masked in every log, export and support bundle.</source>
        <translation>Das Token selbst wird nie in einem Profil gespeichert und ist in jedem Protokoll, Export und Support-Paket maskiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no source: no token will be sent</source>
        <translation>keine Quelle: es wird kein Token gesendet</translation>
    </message>
</context>
<context>
    <name>maxmon::CertificateInfo</name>
    <message>
        <location filename="../core/websocket/certificateinfo.cpp" line="+160"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid: %1</source>
        <translation>gültig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPKI pin: %1</source>
        <translation>SPKI-Pin: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::ChannelListModel</name>
    <message>
        <location filename="../ui/phoenix/channellistmodel.cpp" line="+135"/>
        <source>The channel is %1</source>
        <translation>Der Kanal ist %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>errored</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>joining</source>
        <translation>tritt bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaving</source>
        <translation>verlässt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>join timed out (%1 ms)</source>
        <translation>Beitritt ohne Antwort (%1 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crashed (phx_error)</source>
        <translation>abgestürzt (phx_error)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>left</source>
        <translation>verlassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed by the server (phx_close)</source>
        <translation>vom Server geschlossen (phx_close)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>rejoined</source>
        <translation>erneut beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejoined %1 times</source>
        <translation>%1-mal erneut beigetreten</translation>
    </message>
</context>
<context>
    <name>maxmon::ChannelsPanel</name>
    <message>
        <location filename="../ui/phoenix/channelspanel.cpp" line="+63"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+291"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="-288"/>
        <location line="+114"/>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>room:lobby</source>
        <translation>room:lobby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic to join (Enter joins)</source>
        <translation>Das Thema, dem beigetreten wird (Enter tritt bei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>params, e.g. {&quot;user&quot;: &quot;alice&quot;} (empty: {})</source>
        <translation>Parameter, z. B. {&quot;user&quot;: &quot;alice&quot;} (leer: {})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The join&apos;s payload: a JSON object, sent again with every rejoin</source>
        <translation>Die Nutzdaten des Beitritts: ein JSON-Objekt, bei jedem erneuten Beitritt wieder gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join params</source>
        <translation>Beitrittsparameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join the topic with these params</source>
        <translation>Dem Thema mit diesen Parametern beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+266"/>
        <source>Leave the selected channel</source>
        <translation>Den gewählten Kanal verlassen</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Who is present in the selected channel, live</source>
        <translation>Wer im gewählten Kanal anwesend ist, live</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;arams:</source>
        <translation>P&amp;arameter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Presence · %n present</source>
        <translation>
            <numerusform>Anwesenheit · %n Teilnehmer</numerusform>
            <numerusform>Anwesenheit · %n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not a Phoenix connection: choose Phoenix in the connection bar.</source>
        <translation>Keine Phoenix-Verbindung: wählen Sie Phoenix in der Verbindungsleiste.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the topic to join, such as room:lobby.</source>
        <translation>Geben Sie das Thema ein, z. B. room:lobby.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Join or select a channel to see its events</source>
        <translation>Treten Sie einem Kanal bei oder wählen Sie einen, um seine Ereignisse zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events of %1</source>
        <translation>Ereignisse von %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the closed channel from the list</source>
        <translation>Den geschlossenen Kanal aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages from the server that were not Phoenix frames: %1. The last: %2</source>
        <translation>Nachrichten vom Server, die keine Phoenix-Frames waren: %1. Die letzte: %2</translation>
    </message>
</context>
<context>
    <name>maxmon::ChartPanel</name>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="+50"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much time the charts show (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>Welchen Zeitraum die Diagramme zeigen (Strg+1, Strg+2, Strg+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart time window</source>
        <translation>Zeitfenster der Diagramme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest heartbeat round-trip time and the 95th percentile over the heartbeat&apos;s recent probes (as in the status bar and the diagnostics), the probes lost in the chart&apos;s time window, and the message rates</source>
        <translation>Die letzte Heartbeat-Umlaufzeit und das 95. Perzentil über die letzten Proben des Heartbeats (wie in der Statusleiste und der Diagnose), die im Zeitfenster des Diagramms verlorenen Proben und die Nachrichtenraten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heartbeat round-trip time: every answer, the p95 line, and lost probes as red marks along the top</source>
        <translation>Heartbeat-Umlaufzeit: jede Antwort, die p95-Linie und verlorene Proben als rote Markierungen am oberen Rand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages per second (solid, left axis) and bytes per second (dashed, right axis), in and out</source>
        <translation>Nachrichten pro Sekunde (durchgezogen, linke Achse) und Bytes pro Sekunde (gestrichelt, rechte Achse), ein- und ausgehend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message numerus="yes">
        <location line="+203"/>
        <source>%1 · %n probe(s) lost in the chart · in %2 msg/s · out %3 msg/s</source>
        <translation>
            <numerusform>%1 · %n Probe im Diagramm verloren · ein %2 Nachr./s · aus %3 Nachr./s</numerusform>
            <numerusform>%1 · %n Proben im Diagramm verloren · ein %2 Nachr./s · aus %3 Nachr./s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::CloseInfo</name>
    <message>
        <location filename="../core/websocket/closeinfo.cpp" line="+73"/>
        <source>Closed by the client, as asked, with %1.</source>
        <translation>Vom Client wie angefordert mit %1 geschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered with %1.</source>
        <translation>Der Server hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed by the client after a problem with what the server sent.</source>
        <translation>Vom Client geschlossen nach einem Problem mit den Daten des Servers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by the client after it found a problem in what the server sent: %1</source>
        <translation>Vom Client geschlossen, nachdem er ein Problem in den Daten des Servers gefunden hat: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client sent %1; the server sent no close frame and gave no reason.</source>
        <translation>Der Client hat %1 gesendet; der Server hat keinen Close-Frame gesendet und keinen Grund angegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed by the server: %1</source>
        <translation>Vom Server geschlossen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed by the server with a close frame without a code (1005 No status received).</source>
        <translation>Vom Server mit einem Close-Frame ohne Code geschlossen (1005 No status received).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed by the server with %1; the server gave no reason.</source>
        <translation>Vom Server mit %1 geschlossen; der Server hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed by the server with %1; reason given by the server: &quot;%2&quot;.</source>
        <translation>Vom Server mit %1 geschlossen; vom Server angegebener Grund: „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client answered with %1.</source>
        <translation>Der Client hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was lost without a close frame (1006 Abnormal closure).</source>
        <translation>Die Verbindung ist ohne Close-Frame abgebrochen (1006 Abnormal closure).</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionBar</name>
    <message>
        <location filename="../ui/window/connectionbar.cpp" line="+34"/>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ws://host:port/path or wss://...</source>
        <translation>ws://host:port/pfad oder wss://...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebSocket URL to connect to (Ctrl+L). Press Enter to connect.</source>
        <translation>Die WebSocket-URL, zu der verbunden wird (Strg+L). Eingabetaste verbindet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a saved connection profile into this tab (Ctrl+P)</source>
        <translation>Ein gespeichertes Verbindungsprofil in diesen Tab laden (Strg+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles...</source>
        <translation>Profile...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, edit, import and export profiles (Ctrl+Shift+P)</source>
        <translation>Profile erstellen, bearbeiten, importieren und exportieren (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Try again now instead of waiting (Ctrl+R)</source>
        <translation>Jetzt erneut versuchen statt zu warten (Strg+R)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Secrets...</source>
        <translation>Geheimnisse...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token and {{variables}} for this session only: kept in memory, never written, gone on quit</source>
        <translation>Ein Token und {{Variablen}} nur für diese Sitzung: im Speicher gehalten, nie geschrieben, beim Beenden verworfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSocket: messages as they are. Phoenix: Phoenix Channels (joins, pushes, replies, presence, heartbeats) with the Channels tab. Follows the URL until you choose.</source>
        <translation>WebSocket: Nachrichten, wie sie sind. Phoenix: Phoenix Channels (Beitritte, Pushes, Antworten, Presence, Heartbeats) mit dem Reiter Kanäle. Folgt der URL, bis Sie wählen.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Try again now (Ctrl+R)</source>
        <translation>Jetzt erneut versuchen (Strg+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>next in %1</source>
        <translation>nächster in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retrying because: %1</source>
        <translation>Neuer Versuch, weil: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again now instead of waiting (Ctrl+R)
%1</source>
        <translation>Jetzt erneut versuchen statt zu warten (Strg+R)
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter a ws:// or wss:// URL.</source>
        <translation>Geben Sie eine ws://- oder wss://-URL ein.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connect to Another URL</source>
        <translation>Mit anderer URL verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection is open to %1. Close it and connect to %2?</source>
        <translation>Die Verbindung zu %1 ist geöffnet. Soll sie geschlossen und mit %2 verbunden werden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the connection (F5)</source>
        <translation>Die Verbindung öffnen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop retrying (Shift+F5)</source>
        <translation>Keine weiteren Versuche (Umschalt+F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnecting...</source>
        <translation>Trennen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the connection (Shift+F5)</source>
        <translation>Die Verbindung schließen (Umschalt+F5)</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionConfig</name>
    <message>
        <location filename="../core/config/configjson.h" line="+69"/>
        <source>unknown value &quot;%1&quot;: use one of %2</source>
        <translation>unbekannter Wert „%1“: verwenden Sie einen von %2</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="+33"/>
        <source>must be a list of {&quot;name&quot;: ..., &quot;value&quot;: ...} objects</source>
        <translation>muss eine Liste von {&quot;name&quot;: ..., &quot;value&quot;: ...}-Objekten sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object with &quot;name&quot; and &quot;value&quot;</source>
        <translation>muss ein Objekt mit &quot;name&quot; und &quot;value&quot; sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;name&quot; and &quot;value&quot; must be strings</source>
        <translation>&quot;name&quot; und &quot;value&quot; müssen Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; holds a credential in plain text: prefer auth with a token source, which is never written to the profile</source>
        <translation>„%1“ enthält Zugangsdaten im Klartext: verwenden Sie besser Authentifizierung mit einer Token-Quelle, die nie ins Profil geschrieben wird</translation>
    </message>
    <message>
        <location filename="../core/config/reconnectconfig.cpp" line="+29"/>
        <source>must be a list of whole numbers</source>
        <translation>muss eine Liste ganzer Zahlen sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="+59"/>
        <source>must be a list of {&quot;name&quot;, &quot;kind&quot;, &quot;payload&quot;} objects</source>
        <translation>muss eine Liste von {&quot;name&quot;, &quot;kind&quot;, &quot;payload&quot;}-Objekten sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an object with &quot;name&quot;, &quot;kind&quot; and &quot;payload&quot;</source>
        <translation>muss ein Objekt mit &quot;name&quot;, &quot;kind&quot; und &quot;payload&quot; sein</translation>
    </message>
    <message>
        <location filename="../core/config/sendtemplate.cpp" line="+51"/>
        <source>must be base64 for a binary template</source>
        <translation>muss für eine binäre Vorlage Base64 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="-53"/>
        <source>must be an object of names and values, for example {&quot;user&quot;: &quot;alice&quot;}</source>
        <translation>muss ein Objekt aus Namen und Werten sein, zum Beispiel {&quot;user&quot;: &quot;alice&quot;}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a string, or for a secret where it lives, for example {&quot;keychain&quot;: &quot;key&quot;}</source>
        <translation>muss eine Zeichenkette sein oder bei einem Geheimnis angeben, wo es liegt, zum Beispiel {&quot;keychain&quot;: &quot;key&quot;}</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>is empty: enter a ws:// or wss:// URL</source>
        <translation>ist leer: geben Sie eine ws://- oder wss://-URL ein</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+25"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+15"/>
        <source>has no scheme: start it with ws:// or wss://</source>
        <translation>hat kein Schema: beginnen Sie mit ws:// oder wss://</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>is not a valid URL: %1</source>
        <translation>ist keine gültige URL: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scheme must be ws or wss, not %1 (did you mean %2?)</source>
        <translation>das Schema muss ws oder wss sein, nicht %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the scheme must be ws or wss, not %1</source>
        <translation>das Schema muss ws oder wss sein, nicht %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no host name</source>
        <translation>hat keinen Hostnamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not have a fragment (#...): WebSocket URLs cannot carry one</source>
        <translation>darf kein Fragment (#...) haben: WebSocket-URLs können keines enthalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/config/heartbeatconfig.cpp" line="+54"/>
        <location filename="../core/config/reconnectconfig.cpp" line="+48"/>
        <location line="+2"/>
        <location line="+14"/>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid HTTP header name</source>
        <translation>„%1“ ist kein gültiger HTTP-Header-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not contain line breaks</source>
        <translation>darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid subprotocol name</source>
        <translation>„%1“ ist kein gültiger Subprotokoll-Name</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a valid variable name: use letters, digits and _, not starting with a digit</source>
        <translation>„%1“ ist kein gültiger Variablenname: verwenden Sie Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend</translation>
    </message>
    <message>
        <location filename="../core/config/authconfig.cpp" line="+48"/>
        <location filename="../core/config/sendtemplate.cpp" line="+11"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/config/reconnectconfig.cpp" line="-9"/>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 0 and 1</source>
        <translation>muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 0 (unlimited) or more</source>
        <translation>muss 0 (unbegrenzt) oder mehr sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 0 or more</source>
        <translation>muss 0 oder mehr sein</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="-15"/>
        <source>must be at least 1: a queue of 0 could never send anything</source>
        <translation>muss mindestens 1 sein: eine Warteschlange der Größe 0 könnte nie etwas senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>must be at most 1 GiB</source>
        <translation>darf höchstens 1 GiB sein</translation>
    </message>
    <message>
        <location filename="../core/config/tlsconfig.cpp" line="+52"/>
        <source>a client certificate needs both the certificate and the key file</source>
        <translation>ein Client-Zertifikat braucht sowohl die Zertifikats- als auch die Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is only honoured with %1 set to true</source>
        <translation>wird nur beachtet, wenn %1 auf true gesetzt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must list the certificate errors %1 accepts, for example [&quot;SelfSignedCertificate&quot;]: nothing is accepted wholesale</source>
        <translation>muss die Zertifikatsfehler auflisten, die %1 akzeptiert, zum Beispiel [&quot;SelfSignedCertificate&quot;]: pauschal wird nichts akzeptiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a certificate error name (QSslError), such as SelfSignedCertificate or HostNameMismatch</source>
        <translation>„%1“ ist kein Name eines Zertifikatsfehlers (QSslError) wie SelfSignedCertificate oder HostNameMismatch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be the base64 of a SHA-256 digest (32 bytes)</source>
        <translation>muss das Base64 eines SHA-256-Hashes (32 Bytes) sein</translation>
    </message>
    <message>
        <location filename="../core/config/proxyconfig.cpp" line="+53"/>
        <source>is needed for an http or socks5 proxy</source>
        <translation>wird für einen HTTP- oder SOCKS5-Proxy benötigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a number from 1 to 65535</source>
        <translation>muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="+18"/>
        <source>&quot;%1&quot; is the name of an earlier template</source>
        <translation>„%1“ ist der Name einer früheren Vorlage</translation>
    </message>
    <message>
        <location filename="../core/config/sendtemplate.cpp" line="+6"/>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation>ist kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seems to hold a credential: templates are stored in plain text with the profile</source>
        <translation>scheint Zugangsdaten zu enthalten: Vorlagen werden im Klartext mit dem Profil gespeichert</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="+66"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot read profile %1: %2</source>
        <translation>Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile %1 is not valid JSON: %2 at offset %3</source>
        <translation>Profil %1 ist kein gültiges JSON: %2 an Position %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile %1 must contain a JSON object</source>
        <translation>Profil %1 muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <location filename="../core/config/heartbeatconfig.cpp" line="+9"/>
        <location filename="../core/config/reconnectconfig.cpp" line="-8"/>
        <source>must not be greater than %1</source>
        <translation>darf nicht größer als %1 sein</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionHealth</name>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="+30"/>
        <source>no probe answered or lost yet</source>
        <translation>noch keine Probe beantwortet oder verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss %1/%2 (%3 %)</source>
        <translation>Verlust %1/%2 (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &gt;= %2 %</source>
        <translation>%1 &gt;= %2 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>p95 RTT %1 ms &gt;= %2 ms</source>
        <translation>p95-RTT %1 ms &gt;= %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>the last %n probe(s) got no answer</source>
        <translation>
            <numerusform>die letzte Probe (%n) blieb unbeantwortet</numerusform>
            <numerusform>die letzten %n Proben blieben unbeantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &gt; 0</source>
        <translation>%1 &gt; 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>jitter %1 ms &gt;= %2 ms</source>
        <translation>Jitter %1 ms &gt;= %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>p95 RTT %1 ms &lt; %2 ms, jitter %3 ms &lt; %4 ms, no loss in the last %n probe(s)</source>
        <translation>
            <numerusform>p95-RTT %1 ms &lt; %2 ms, Jitter %3 ms &lt; %4 ms, kein Verlust in der letzten Probe (%n)</numerusform>
            <numerusform>p95-RTT %1 ms &lt; %2 ms, Jitter %3 ms &lt; %4 ms, kein Verlust in den letzten %n Proben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionRecorder</name>
    <message>
        <location filename="../core/session/connectionrecorder.cpp" line="+23"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to %1 (attempt %2)</source>
        <translation>Verbindung zu %1 wird hergestellt (Versuch %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected in %1</source>
        <translation>Verbunden in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subprotocol %1</source>
        <translation>Subprotokoll %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2, chain verified</source>
        <translation>%1 %2, Kette verifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2, chain NOT verified</source>
        <translation>%1 %2, Kette NICHT verifiziert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection lost; retry %1 in %2</source>
        <translation>Verbindung verloren; neuer Versuch %1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection lost; retrying</source>
        <translation>Verbindung verloren; neuer Versuch läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionState</name>
    <message>
        <location filename="../core/websocket/connectionstate.cpp" line="+18"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnecting</source>
        <translation>Trennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting</source>
        <translation>Verbindet erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionTab</name>
    <message>
        <location filename="../ui/window/connectiontab.cpp" line="+130"/>
        <source>Warnings about this connection&apos;s settings; details in the diagnostics (Ctrl+I)</source>
        <translation>Warnungen zu den Einstellungen dieser Verbindung; Details in der Diagnose (Strg+I)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiontab_panes.cpp" line="+27"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Compose and send messages (Ctrl+E)</source>
        <translation>Nachrichten verfassen und senden (Strg+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything known about the connection (Ctrl+I)</source>
        <translation>Alles, was über die Verbindung bekannt ist (Strg+I)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phoenix channels: join, push, presence (Ctrl+J)</source>
        <translation>Phoenix-Kanäle: Beitritt, Senden, Anwesenheit (Strg+J)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiontab.cpp" line="+30"/>
        <source>This connection is not recorded: %1</source>
        <translation>Diese Verbindung wird nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiontab_panes.cpp" line="+5"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected message: formatted, raw and hex</source>
        <translation>Die ausgewählte Nachricht: formatiert, roh und als Hex</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latency and throughput (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>Latenz und Durchsatz (Strg+1, Strg+2, Strg+3)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiontab.cpp" line="+54"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Phoenix applies from the next connection.</source>
        <translation>Phoenix gilt ab der nächsten Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain WebSocket applies from the next connection.</source>
        <translation>Reines WebSocket gilt ab der nächsten Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiontab_profile.cpp" line="+33"/>
        <source>No profiles here.</source>
        <translation>Hier gibt es keine Profile.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Profile &quot;%1&quot; loaded: its settings apply from the next connection.</source>
        <translation>Profil „%1“ geladen: Seine Einstellungen gelten ab der nächsten Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The profile &quot;%1&quot; is no longer stored</source>
        <translation>Das Profil „%1“ ist nicht mehr gespeichert</translation>
    </message>
</context>
<context>
    <name>maxmon::DeliveryStatus</name>
    <message>
        <location filename="../core/websocket/deliverystatus.cpp" line="+30"/>
        <source>Queued now: %1 of %2</source>
        <translation>Jetzt in der Warteschlange: %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent / confirmed / unconfirmed: %1 / %2 / %3</source>
        <translation>Gesendet / bestätigt / unbestätigt: %1 / %2 / %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting confirmation: %1, the oldest for %2 ms</source>
        <translation>Warten auf Bestätigung: %1, die älteste seit %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting confirmation: %1</source>
        <translation>Warten auf Bestätigung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused (queue full): %1</source>
        <translation>Abgelehnt (Warteschlange voll): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded unsent: %1</source>
        <translation>Verworfen, nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write buffer: %1 (holding back above %2)</source>
        <translation>Schreibpuffer: %1 (Zurückhalten über %2)</translation>
    </message>
</context>
<context>
    <name>maxmon::DemoFaults</name>
    <message>
        <location filename="../server/demofaults.cpp" line="+24"/>
        <source>at most %1 ms</source>
        <translation>höchstens %1 ms</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a close code a server may send: 1000-1003, 1007-1014 or 3000-4999</source>
        <translation>ein Close-Code, den ein Server senden darf: 1000-1003, 1007-1014 oder 3000-4999</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs close=CODE</source>
        <translation>benötigt close=CODE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at most 123 bytes of UTF-8</source>
        <translation>höchstens 123 Bytes UTF-8</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>close %1 after %2 ms</source>
        <translation>Schließen mit %1 nach %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freeze after %1 ms</source>
        <translation>Einfrieren nach %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delay %1 ms</source>
        <translation>Verzögerung %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>maxmon::Diagnostics</name>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="+69"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer address</source>
        <translation>Gegenstellen-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subprotocol</source>
        <translation>Subprotokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 by the client%2</source>
        <translation>%1 durch den Client%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by the server%2</source>
        <translation>%1 durch den Server%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Qt&apos;s message</source>
        <translation>Meldung von Qt</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+8"/>
        <source>Last close</source>
        <translation>Letztes Schließen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 for %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unchecked by Qt</source>
        <translation>Von Qt nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages in / out</source>
        <translation>Nachrichten ein / aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes in / out</source>
        <translation>Bytes ein / aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>maxmon::DiagnosticsPanel</name>
    <message>
        <location filename="../ui/diagnostics/diagnosticspanel.cpp" line="+29"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>heartbeat off</source>
        <translation>Heartbeat aus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not used (ws://)</source>
        <translation>nicht verwendet (ws://)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chain verified</source>
        <translation>Kette verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain NOT verified (%1)</source>
        <translation>Kette NICHT verifiziert (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pin matched</source>
        <translation>Pin stimmt überein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (until %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peer: %1</source>
        <translation>Gegenstelle: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bearer token in the Authorization header</source>
        <translation>Bearer-Token im Authorization-Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token in a query parameter</source>
        <translation>Token in einem Query-Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token in the Phoenix subprotocol</source>
        <translation>Token im Phoenix-Subprotokoll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system&apos;s settings</source>
        <translation>Einstellungen des Systems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (direct connection)</source>
        <translation>keiner (direkte Verbindung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP (CONNECT)</source>
        <translation>HTTP (CONNECT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Support &amp;Bundle...</source>
        <translation>Support-Pa&amp;ket exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One JSON file with versions, the profile, these diagnostics and the log, secrets masked: for a support request (Ctrl+Shift+B)</source>
        <translation>Eine JSON-Datei mit Versionen, dem Profil, dieser Diagnose und dem Protokoll, Geheimnisse maskiert: für eine Support-Anfrage (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the diagnostics as text, e.g. for a bug report</source>
        <translation>Die Diagnose als Text kopieren, z. B. für einen Fehlerbericht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency:</source>
        <translation>Latenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heartbeat round-trip times over the recent probes</source>
        <translation>Heartbeat-Umlaufzeiten der letzten Proben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often the heartbeat probes, and why it last changed</source>
        <translation>Wie oft der Heartbeat prüft und warum sich das zuletzt geändert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol, cipher, whether the server&apos;s chain was verified, and the chain it sent</source>
        <translation>Protokoll, Cipher, ob die Kette des Servers verifiziert wurde, und die gesendete Kette</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Last connection: %1</source>
        <translation>Letzte Verbindung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no probe answered yet</source>
        <translation>noch keine Probe beantwortet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1  %2 -&gt; %3: %4</source>
        <translation>%1  %2 -&gt; %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rates: %1 in, %2 out</source>
        <translation>Raten: %1 ein, %2 aus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Authentication: %1</source>
        <translation>Authentifizierung: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect timeout: %1, close timeout: %2</source>
        <translation>Verbindungs-Timeout: %1, Schließ-Timeout: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heartbeat: %1, every %2, timeout %3, %4 missed allowed</source>
        <translation>Heartbeat: %1, alle %2, Timeout %3, %4 verpasste erlaubt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnect: %1, %2 to %3, max attempts %4</source>
        <translation>Neuverbindung: %1, %2 bis %3, max. Versuche %4</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+179"/>
        <location line="+61"/>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>every %1 (adaptive, %2 to %3)</source>
        <translation>alle %1 (adaptiv, %2 bis %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; at %1 from %2: %3</source>
        <translation>; um %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>No connection.</source>
        <translation>Keine Verbindung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heartbeat interval changes</source>
        <translation>Änderungen des Heartbeat-Intervalls</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log: %1 of %2 kept, %3 seen, %4 dropped</source>
        <translation>Protokoll: %1 von %2 behalten, %3 gesehen, %4 verworfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subprotocols requested: %1</source>
        <translation>Angeforderte Subprotokolle: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: certificate errors allowed: %1</source>
        <translation>TLS: erlaubte Zertifikatsfehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max message size: %1 in, %2 out</source>
        <translation>Max. Nachrichtengröße: %1 ein, %2 aus</translation>
    </message>
</context>
<context>
    <name>maxmon::EchoEndpoint</name>
    <message>
        <location filename="../server/echoendpoint.cpp" line="+13"/>
        <source>echoes every text and binary message</source>
        <translation>sendet jede Text- und Binärnachricht als Echo zurück</translation>
    </message>
</context>
<context>
    <name>maxmon::Error</name>
    <message>
        <location filename="../core/base/error.cpp" line="+53"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionerrors.cpp" line="+82"/>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>Der Hostname des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name in the URL and your DNS settings.</source>
        <translation>Prüfen Sie den Hostnamen in der URL und Ihre DNS-Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the connection: nothing is listening on that port.</source>
        <translation>Der Server hat die Verbindung abgelehnt: An diesem Port lauscht nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the port and that the server is running.</source>
        <translation>Prüfen Sie den Port und ob der Server läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server closed the connection without a WebSocket close frame.</source>
        <translation>Der Server hat die Verbindung ohne WebSocket-Close-Frame geschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection timed out.</source>
        <translation>Zeitüberschreitung der Verbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS handshake failed.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS could not be set up.</source>
        <translation>TLS konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the certificate, key and CA files of the profile.</source>
        <translation>Prüfen Sie die Zertifikat-, Schlüssel- und CA-Dateien des Profils.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy refused the connection.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy host and port.</source>
        <translation>Prüfen Sie Host und Port des Proxys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy requires authentication (407), or refused the credentials.</source>
        <translation>Der Proxy verlangt eine Authentifizierung (407) oder hat die Zugangsdaten abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the proxy user name and password in the profile.</source>
        <translation>Tragen Sie Benutzername und Passwort des Proxys im Profil ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy could not connect to the server.</source>
        <translation>Der Proxy konnte keine Verbindung zum Server herstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A network error occurred.</source>
        <translation>Ein Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused the WebSocket handshake: 401 Unauthorized.</source>
        <translation>Der Server hat den WebSocket-Handshake abgelehnt: 401 Unauthorized.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the token or credentials of the profile.</source>
        <translation>Prüfen Sie das Token oder die Zugangsdaten des Profils.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the WebSocket handshake: 403 Forbidden.</source>
        <translation>Der Server hat den WebSocket-Handshake abgelehnt: 403 Forbidden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials were accepted but do not allow this endpoint, or the Origin is not allowed.</source>
        <translation>Die Zugangsdaten wurden akzeptiert, erlauben aber diesen Endpunkt nicht, oder der Origin ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has no WebSocket endpoint at this path: 404 Not Found.</source>
        <translation>Der Server hat unter diesem Pfad keinen WebSocket-Endpunkt: 404 Not Found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path of the URL.</source>
        <translation>Prüfen Sie den Pfad der URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server failed during the WebSocket handshake: HTTP %1.</source>
        <translation>Der Server ist während des WebSocket-Handshakes gescheitert: HTTP %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the WebSocket handshake: HTTP %1.</source>
        <translation>Der Server hat den WebSocket-Handshake abgelehnt: HTTP %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer was not a valid WebSocket handshake.</source>
        <translation>Die Antwort des Servers war kein gültiger WebSocket-Handshake.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason given by the server: %1</source>
        <translation>Vom Server angegebener Grund: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection: %1.</source>
        <translation>Der Server hat die Verbindung geschlossen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was closed because a message was too large (1009).</source>
        <translation>Die Verbindung wurde geschlossen, weil eine Nachricht zu groß war (1009).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the maximum message size, or send smaller messages.</source>
        <translation>Erhöhen Sie die maximale Nachrichtengröße oder senden Sie kleinere Nachrichten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was closed because a text message was not valid UTF-8 (1007).</source>
        <translation>Die Verbindung wurde geschlossen, weil eine Textnachricht kein gültiges UTF-8 war (1007).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt 6 also reports this when a valid text message is fragmented in the middle of a multi-byte character.</source>
        <translation>Qt 6 meldet dies auch, wenn eine gültige Textnachricht mitten in einem Mehrbyte-Zeichen fragmentiert wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was closed because of a WebSocket protocol error (1002).</source>
        <translation>Die Verbindung wurde wegen eines WebSocket-Protokollfehlers geschlossen (1002).</translation>
    </message>
    <message>
        <location filename="../core/base/error.cpp" line="+27"/>
        <source>Normal closure</source>
        <translation>Normale Schließung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Going away</source>
        <translation>Gegenstelle wird beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported data</source>
        <translation>Nicht unterstützte Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No status code</source>
        <translation>Kein Statuscode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abnormal closure</source>
        <translation>Abnormale Schließung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid payload data</source>
        <translation>Ungültige Nutzdaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing extension</source>
        <translation>Fehlende Erweiterung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service restart</source>
        <translation>Dienst startet neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again later</source>
        <translation>Später erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS handshake failure</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (application-defined)</source>
        <translation>%1 (anwendungsdefiniert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (registered)</source>
        <translation>%1 (registriert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
</context>
<context>
    <name>maxmon::EventsEndpoint</name>
    <message>
        <location filename="../server/eventsendpoint.cpp" line="+21"/>
        <source>a JSON event stream: ?rate=N per second (default %1, at most %2), ?count=N</source>
        <translation>ein JSON-Ereignisstrom: ?rate=N pro Sekunde (Standard %1, höchstens %2), ?count=N</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rate: events per second, from %1 to %2</source>
        <translation>rate: Ereignisse pro Sekunde, von %1 bis %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>count: a number of events, 1 or more</source>
        <translation>count: eine Anzahl von Ereignissen, 1 oder mehr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server&apos;s event budget (%1 events/s for all streams) is in use; %2 events/s are left.
</source>
        <translation>Das Ereignisbudget des Servers (%1 Ereignisse/s für alle Ströme) ist ausgeschöpft; %2 Ereignisse/s sind noch frei.
</translation>
    </message>
</context>
<context>
    <name>maxmon::ExportController</name>
    <message>
        <location filename="../ui/window/exportcontroller.cpp" line="+95"/>
        <source>Secrets not masked</source>
        <translation>Geheimnisse nicht maskiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These secrets could not be read, so their values cannot be masked in the export:

%1

Values that look like credentials (token=..., &quot;password&quot;: ..., Authorization headers) are still masked by name. Export anyway?</source>
        <translation>Diese Geheimnisse konnten nicht gelesen werden, daher können ihre Werte im Export nicht maskiert werden:

%1

Werte, die wie Zugangsdaten aussehen (token=..., &quot;password&quot;: ..., Authorization-Header), werden weiterhin anhand des Namens maskiert. Trotzdem exportieren?</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+144"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Shown Messages</source>
        <translation>Angezeigte Nachrichten exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <location line="+61"/>
        <source>%n record(s) exported to %1, secrets masked.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 exportiert, Geheimnisse maskiert.</numerusform>
            <numerusform>%n Datensätze nach %1 exportiert, Geheimnisse maskiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Support Bundle</source>
        <translation>Support-Paket exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support bundle (*.json)</source>
        <translation>Support-Paket (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Support bundle written to %1, secrets masked.</source>
        <translation>Support-Paket nach %1 geschrieben, Geheimnisse maskiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>maxmon::FrameScanner</name>
    <message>
        <location filename="../core/websocket/framescanner.cpp" line="+460"/>
        <source>The server sent a %1 frame with RSV bits set (%2), although no extension was negotiated (RFC 6455 section 5.2).</source>
        <translation>Der Server hat einen %1-Frame mit gesetzten RSV-Bits (%2) gesendet, obwohl keine Erweiterung ausgehandelt wurde (RFC 6455, Abschnitt 5.2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client sent a %1 frame with RSV bits set (%2), although no extension was negotiated (RFC 6455 section 5.2).</source>
        <translation>Der Client hat einen %1-Frame mit gesetzten RSV-Bits (%2) gesendet, obwohl keine Erweiterung ausgehandelt wurde (RFC 6455, Abschnitt 5.2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent a frame with the reserved opcode %1 (RFC 6455 section 5.2).</source>
        <translation>Der Server hat einen Frame mit dem reservierten Opcode %1 gesendet (RFC 6455, Abschnitt 5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client sent a frame with the reserved opcode %1 (RFC 6455 section 5.2).</source>
        <translation>Der Client hat einen Frame mit dem reservierten Opcode %1 gesendet (RFC 6455, Abschnitt 5.2).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The server sent a %1 frame with a %2-byte payload; control frames may carry at most 125 bytes (RFC 6455 section 5.5).</source>
        <translation>Der Server hat einen %1-Frame mit %2 Bytes Nutzdaten gesendet; Steuer-Frames dürfen höchstens 125 Bytes tragen (RFC 6455, Abschnitt 5.5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client sent a %1 frame with a %2-byte payload; control frames may carry at most 125 bytes (RFC 6455 section 5.5).</source>
        <translation>Der Client hat einen %1-Frame mit %2 Bytes Nutzdaten gesendet; Steuer-Frames dürfen höchstens 125 Bytes tragen (RFC 6455, Abschnitt 5.5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent a fragmented %1 frame (FIN not set); control frames must not be fragmented (RFC 6455 section 5.5).</source>
        <translation>Der Server hat einen fragmentierten %1-Frame gesendet (FIN nicht gesetzt); Steuer-Frames dürfen nicht fragmentiert werden (RFC 6455, Abschnitt 5.5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client sent a fragmented %1 frame (FIN not set); control frames must not be fragmented (RFC 6455 section 5.5).</source>
        <translation>Der Client hat einen fragmentierten %1-Frame gesendet (FIN nicht gesetzt); Steuer-Frames dürfen nicht fragmentiert werden (RFC 6455, Abschnitt 5.5).</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The server encoded a payload length of %1 in more bytes than needed (RFC 6455 section 5.2).</source>
        <translation>Der Server hat eine Nutzdatenlänge von %1 in mehr Bytes als nötig codiert (RFC 6455, Abschnitt 5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client encoded a payload length of %1 in more bytes than needed (RFC 6455 section 5.2).</source>
        <translation>Der Client hat eine Nutzdatenlänge von %1 in mehr Bytes als nötig codiert (RFC 6455, Abschnitt 5.2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent a 64-bit payload length with its most significant bit set (RFC 6455 section 5.2).</source>
        <translation>Der Server hat eine 64-Bit-Nutzdatenlänge mit gesetztem höchstwertigem Bit gesendet (RFC 6455, Abschnitt 5.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client sent a 64-bit payload length with its most significant bit set (RFC 6455 section 5.2).</source>
        <translation>Der Client hat eine 64-Bit-Nutzdatenlänge mit gesetztem höchstwertigem Bit gesendet (RFC 6455, Abschnitt 5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a continuation frame with no fragmented message to continue (RFC 6455 section 5.4).</source>
        <translation>Der Server hat einen Continuation-Frame gesendet, ohne dass eine fragmentierte Nachricht fortzusetzen war (RFC 6455, Abschnitt 5.4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client sent a continuation frame with no fragmented message to continue (RFC 6455 section 5.4).</source>
        <translation>Der Client hat einen Continuation-Frame gesendet, ohne dass eine fragmentierte Nachricht fortzusetzen war (RFC 6455, Abschnitt 5.4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server started a new %1 message before finishing the fragmented one (RFC 6455 section 5.4).</source>
        <translation>Der Server hat eine neue %1-Nachricht begonnen, bevor die fragmentierte abgeschlossen war (RFC 6455, Abschnitt 5.4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client started a new %1 message before finishing the fragmented one (RFC 6455 section 5.4).</source>
        <translation>Der Client hat eine neue %1-Nachricht begonnen, bevor die fragmentierte abgeschlossen war (RFC 6455, Abschnitt 5.4).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The server sent a masked %1 frame; a server must not mask its frames, and the client must close the connection (RFC 6455 section 5.1).</source>
        <translation>Der Server hat einen maskierten %1-Frame gesendet; ein Server darf seine Frames nicht maskieren, und der Client muss die Verbindung schließen (RFC 6455, Abschnitt 5.1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client sent an unmasked %1 frame; a client must mask every frame, and the server must close the connection (RFC 6455 section 5.1).</source>
        <translation>Der Client hat einen unmaskierten %1-Frame gesendet; ein Client muss jeden Frame maskieren, und der Server muss die Verbindung schließen (RFC 6455, Abschnitt 5.1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent a close frame with a 1-byte payload; a close code takes 2 bytes (RFC 6455 section 5.5.1).</source>
        <translation>Der Server hat einen Close-Frame mit 1 Byte Nutzdaten gesendet; ein Close-Code belegt 2 Bytes (RFC 6455, Abschnitt 5.5.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client sent a close frame with a 1-byte payload; a close code takes 2 bytes (RFC 6455 section 5.5.1).</source>
        <translation>Der Client hat einen Close-Frame mit 1 Byte Nutzdaten gesendet; ein Close-Code belegt 2 Bytes (RFC 6455, Abschnitt 5.5.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent close code %1, which must never be sent on the wire (RFC 6455 section 7.4).</source>
        <translation>Der Server hat den Close-Code %1 gesendet, der nie über die Leitung gesendet werden darf (RFC 6455, Abschnitt 7.4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client sent close code %1, which must never be sent on the wire (RFC 6455 section 7.4).</source>
        <translation>Der Client hat den Close-Code %1 gesendet, der nie über die Leitung gesendet werden darf (RFC 6455, Abschnitt 7.4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent a close reason that is not valid UTF-8 (RFC 6455 section 5.5.1).</source>
        <translation>Der Server hat einen Close-Grund gesendet, der kein gültiges UTF-8 ist (RFC 6455, Abschnitt 5.5.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client sent a close reason that is not valid UTF-8 (RFC 6455 section 5.5.1).</source>
        <translation>Der Client hat einen Close-Grund gesendet, der kein gültiges UTF-8 ist (RFC 6455, Abschnitt 5.5.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a text message that is not valid UTF-8 (RFC 6455 section 8.1).</source>
        <translation>Der Server hat eine Textnachricht gesendet, die kein gültiges UTF-8 ist (RFC 6455, Abschnitt 8.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client sent a text message that is not valid UTF-8 (RFC 6455 section 8.1).</source>
        <translation>Der Client hat eine Textnachricht gesendet, die kein gültiges UTF-8 ist (RFC 6455, Abschnitt 8.1).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server sent %n byte(s) after its close frame (RFC 6455 section 5.5.1).</source>
        <translation>
            <numerusform>Der Server hat nach seinem Close-Frame noch %n Byte gesendet (RFC 6455, Abschnitt 5.5.1).</numerusform>
            <numerusform>Der Server hat nach seinem Close-Frame noch %n Bytes gesendet (RFC 6455, Abschnitt 5.5.1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The client sent %n byte(s) after its close frame (RFC 6455 section 5.5.1).</source>
        <translation>
            <numerusform>Der Client hat nach seinem Close-Frame noch %n Byte gesendet (RFC 6455, Abschnitt 5.5.1).</numerusform>
            <numerusform>Der Client hat nach seinem Close-Frame noch %n Bytes gesendet (RFC 6455, Abschnitt 5.5.1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::GeneralSection</name>
    <message>
        <location filename="../ui/profiles/generalsection.cpp" line="+11"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staging EU</source>
        <translation>Staging EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wss://max.example/socket/websocket?vsn=2.0.0</source>
        <translation>wss://max.example/socket/websocket?vsn=2.0.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phoenix, v1.json</source>
        <translation>phoenix, v1.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebSocket (messages as they are)</source>
        <translation>WebSocket (Nachrichten, wie sie sind)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix Channels</source>
        <translation>Phoenix Channels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-Client: maxmon
X-Tenant: acme</source>
        <translation>X-Client: maxmon
X-Tenant: acme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile&apos;s name, as the profile pickers show it</source>
        <translation>Der Name des Profils, wie ihn die Profilauswahl zeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A ws:// or wss:// URL</source>
        <translation>Eine ws://- oder wss://-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is spoken over the WebSocket: Phoenix Channels adds joins, pushes, replies, presence and the Phoenix heartbeat (see the Phoenix section)</source>
        <translation>Was über den WebSocket gesprochen wird: Phoenix Channels fügt Beitritte, Pushes, Antworten, Presence und den Phoenix-Heartbeat hinzu (siehe Abschnitt Phoenix)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra HTTP headers for the handshake, one &quot;Name: value&quot; per line. Put credentials in Authentication instead: they are never stored.</source>
        <translation>Zusätzliche HTTP-Header für den Handshake, einer pro Zeile als „Name: Wert“. Zugangsdaten gehören stattdessen unter Authentifizierung: Sie werden nie gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Subprotokolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec-WebSocket-Protocol values to offer, separated by commas</source>
        <translation>Anzubietende Sec-WebSocket-Protocol-Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time allowed for TCP, TLS and the WebSocket handshake</source>
        <translation>Erlaubte Zeit für TCP, TLS und den WebSocket-Handshake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose timeout:</source>
        <translation>Schließ-&amp;Timeout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait for the server&apos;s close frame before dropping the connection</source>
        <translation>Wie lange auf den Close-Frame des Servers gewartet wird, bevor die Verbindung verworfen wird</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a profile needs a name</source>
        <translation>ein Profil braucht einen Namen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>line %1: write each header as &quot;Name: value&quot;</source>
        <translation>Zeile %1: schreiben Sie jeden Header als „Name: Wert“</translation>
    </message>
</context>
<context>
    <name>maxmon::HealthBadge</name>
    <message>
        <location filename="../ui/diagnostics/healthbadge.cpp" line="+16"/>
        <location line="+30"/>
        <location line="+3"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Connection health</source>
        <translation>Verbindungszustand</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected: health is judged on a live connection.</source>
        <translation>Nicht verbunden: Der Zustand wird nur bei einer bestehenden Verbindung bewertet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected: health is judged on a live connection. The last connection&apos;s health: %1</source>
        <translation>Nicht verbunden: Der Zustand wird nur bei einer bestehenden Verbindung bewertet. Zustand der letzten Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::Heartbeat</name>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="+165"/>
        <source>No protocol layer supplies a heartbeat probe for the &apos;%1&apos; strategy; the connection is not monitored.</source>
        <translation>Keine Protokollschicht liefert eine Heartbeat-Probe für die Strategie „%1“; die Verbindung wird nicht überwacht.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The connection is dead: nothing at all was received for %1 ms, and heartbeat probe %2 got no answer within %3 ms.</source>
        <translation>Die Verbindung ist tot: %1 ms lang wurde überhaupt nichts empfangen, und Heartbeat-Probe %2 erhielt innerhalb von %3 ms keine Antwort.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The connection is dead: %n heartbeat probe(s) in a row got no answer within %1 ms each.</source>
        <translation>
            <numerusform>Die Verbindung ist tot: %n Heartbeat-Probe in Folge erhielt innerhalb von je %1 ms keine Antwort.</numerusform>
            <numerusform>Die Verbindung ist tot: %n Heartbeat-Proben in Folge erhielten innerhalb von je %1 ms keine Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the last answer came %1 ms ago</source>
        <translation>die letzte Antwort kam vor %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no probe was ever answered on this connection</source>
        <translation>auf dieser Verbindung wurde noch nie eine Probe beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probes sent %1, answered %2, lost %3; %4; last traffic of any kind %5 ms ago; last RTT %6.</source>
        <translation>Proben gesendet %1, beantwortet %2, verloren %3; %4; letzter Verkehr jeglicher Art vor %5 ms; letzte RTT %6.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peer or the network path stopped responding without closing the connection (a half-open link); the socket was aborted.</source>
        <translation>Die Gegenstelle oder der Netzwerkpfad antwortet nicht mehr, ohne die Verbindung zu schließen (eine halboffene Verbindung); der Socket wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>probe %1 lost (no answer within %2 ms)</source>
        <translation>Probe %1 verloren (keine Antwort innerhalb von %2 ms)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>jitter: RTT jumped %1 ms (from %2 to %3 ms; limit %4 ms)</source>
        <translation>Jitter: RTT sprang um %1 ms (von %2 auf %3 ms; Grenze %4 ms)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>stable: %n steady answer(s) in a row, jitter %1 ms</source>
        <translation>
            <numerusform>stabil: %n gleichmäßige Antwort in Folge, Jitter %1 ms</numerusform>
            <numerusform>stabil: %n gleichmäßige Antworten in Folge, Jitter %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::HeartbeatSection</name>
    <message>
        <location filename="../ui/profiles/heartbeatsection.cpp" line="+9"/>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send heartbeat probes</source>
        <translation>Heartbeat-Proben senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adapt the interval to the link</source>
        <translation>Intervall an die Verbindung anpassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WebSocket ping</source>
        <translation>WebSocket-Ping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application (Phoenix heartbeat)</source>
        <translation>Anwendung (Phoenix-Heartbeat)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measure the round-trip time and detect a dead link</source>
        <translation>Die Umlaufzeit messen und eine tote Verbindung erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Probe:</source>
        <translation>&amp;Probe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSocket ping frames, or the protocol&apos;s own heartbeat message</source>
        <translation>WebSocket-Ping-Frames oder die eigene Heartbeat-Nachricht des Protokolls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time between two probes</source>
        <translation>Zeit zwischen zwei Proben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A probe without answer after this long is lost</source>
        <translation>Eine Probe, die so lange unbeantwortet bleibt, gilt als verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dead after:</source>
        <translation>T&amp;ot nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost probes in a row that declare the link dead</source>
        <translation>Verlorene Proben in Folge, nach denen die Verbindung als tot gilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe more often when the link degrades, less often when it is steady</source>
        <translation>Öfter prüfen, wenn sich die Verbindung verschlechtert, seltener, wenn sie stabil ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi&amp;nimum interval:</source>
        <translation>Mi&amp;nimales Intervall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adaptive interval never goes below this</source>
        <translation>Das adaptive Intervall wird nie kleiner als dieser Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;ximum interval:</source>
        <translation>Ma&amp;ximales Intervall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adaptive interval never goes above this</source>
        <translation>Das adaptive Intervall wird nie größer als dieser Wert</translation>
    </message>
</context>
<context>
    <name>maxmon::HeartbeatStatus</name>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="+78"/>
        <location line="+3"/>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, every %2%3, timeout %4, dead after %5 missed%6</source>
        <translation>%1, alle %2%3, Timeout %4, tot nach %5 verpassten%6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (adaptive %1 to %2)</source>
        <translation> (adaptiv %1 bis %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, stopped</source>
        <translation>, gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat note</source>
        <translation>Heartbeat-Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last RTT</source>
        <translation>Letzte RTT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost while data arrived</source>
        <translation>Verloren, während Daten eintrafen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n probe(s): answers queued behind incoming data or dropped on the way; they do not count towards the dead link</source>
        <translation>
            <numerusform>%n Probe: Antwort hinter eingehenden Daten eingereiht oder unterwegs verworfen; sie zählt nicht für die Erkennung einer toten Verbindung</numerusform>
            <numerusform>%n Proben: Antworten hinter eingehenden Daten eingereiht oder unterwegs verworfen; sie zählen nicht für die Erkennung einer toten Verbindung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2: %3</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>WebSocket ping</source>
        <translation>WebSocket-Ping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application message</source>
        <translation>Anwendungsnachricht</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Probes sent / answered / lost</source>
        <translation>Proben gesendet / beantwortet / verloren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ignored answers</source>
        <translation>Ignorierte Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unsolicited, %2 duplicate, %3 late</source>
        <translation>%1 unaufgefordert, %2 doppelt, %3 verspätet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last interval change</source>
        <translation>Letzte Intervalländerung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier connections</source>
        <translation>Frühere Verbindungen</translation>
    </message>
</context>
<context>
    <name>maxmon::HexDump</name>
    <message>
        <location filename="../ui/log/hexdump.cpp" line="+46"/>
        <source>... %1 more bytes not shown</source>
        <translation>... %1 weitere Bytes nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>maxmon::InlineIssues</name>
    <message>
        <location filename="../ui/profiles/inlineissues.cpp" line="+49"/>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entry %1: </source>
        <translation>Eintrag %1: </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::JsonField</name>
    <message>
        <location filename="../ui/widgets/jsonfield.cpp" line="+65"/>
        <source>Must be a JSON object, such as {&quot;user&quot;: &quot;alice&quot;}</source>
        <translation>Muss ein JSON-Objekt sein, etwa {&quot;user&quot;: &quot;alice&quot;}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be a JSON object or array, such as {&quot;body&quot;: &quot;hi&quot;}</source>
        <translation>Muss ein JSON-Objekt oder -Array sein, etwa {&quot;body&quot;: &quot;hi&quot;}</translation>
    </message>
</context>
<context>
    <name>maxmon::JsonObjectReader</name>
    <message>
        <location filename="../core/config/jsonobjectreader.cpp" line="+43"/>
        <location line="+73"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>must be between %1 and %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown key, ignored (is it misspelled?)</source>
        <translation>unbekannter Schlüssel, ignoriert (falsch geschrieben?)</translation>
    </message>
</context>
<context>
    <name>maxmon::LatencyStats</name>
    <message>
        <location filename="../core/websocket/latencystats.cpp" line="+44"/>
        <source>loss %1/%2 (%3 %)</source>
        <translation>Verlust %1/%2 (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no RTT samples, %1</source>
        <translation>keine RTT-Messwerte, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln sample(s), RTT min/p50/p95/p99/max %1/%2/%3/%4/%5 ms, mean %6 ms, jitter %7 ms, %8</source>
        <translation>
            <numerusform>%Ln Messwert, RTT min/p50/p95/p99/max %1/%2/%3/%4/%5 ms, Mittel %6 ms, Jitter %7 ms, %8</numerusform>
            <numerusform>%Ln Messwerte, RTT min/p50/p95/p99/max %1/%2/%3/%4/%5 ms, Mittel %6 ms, Jitter %7 ms, %8</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::LimitsSection</name>
    <message>
        <location filename="../ui/profiles/limitssection.cpp" line="+23"/>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record connections in session files</source>
        <translation>Verbindungen in Sitzungsdateien aufzeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out&amp;bound queue:</source>
        <translation>&amp;Ausgangswarteschlange:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages that may wait to be sent</source>
        <translation>Nachrichten, die auf den Versand warten dürfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High-water mark:</source>
        <translation>&amp;Hochwassermarke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold messages back while more than this waits in the socket</source>
        <translation>Nachrichten zurückhalten, solange mehr als dieser Wert im Socket wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest &amp;incoming:</source>
        <translation>Max. &amp;eingehende Nachricht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger incoming message closes the connection with 1009</source>
        <translation>Eine größere eingehende Nachricht schließt die Verbindung mit 1009</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest &amp;outgoing:</source>
        <translation>Max. a&amp;usgehende Nachricht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger message is refused before it is sent</source>
        <translation>Eine größere Nachricht wird vor dem Senden abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep every message of this profile&apos;s connections on disk, for the time set in Preferences (when recording is on there)</source>
        <translation>Jede Nachricht der Verbindungen dieses Profils auf dem Datenträger behalten, so lange wie in den Einstellungen festgelegt (wenn die Aufzeichnung dort eingeschaltet ist)</translation>
    </message>
</context>
<context>
    <name>maxmon::LoadGenerator</name>
    <message>
        <location filename="../core/session/loadgenerator.cpp" line="+47"/>
        <source>connections: from 1 to 10000</source>
        <translation>Verbindungen: von 1 bis 10000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a message count or a duration is needed</source>
        <translation>eine Nachrichtenanzahl oder eine Dauer wird benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message size: from %1 bytes to 64 MiB</source>
        <translation>Nachrichtengröße: von %1 Bytes bis 64 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate: 0 (unlimited) or more messages per second</source>
        <translation>Rate: 0 (unbegrenzt) oder mehr Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>window: from 1 to 100000 messages in flight</source>
        <translation>Fenster: von 1 bis 100000 Nachrichten unterwegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply timeout and sample limit must be positive</source>
        <translation>Antwort-Timeout und Messwert-Limit müssen positiv sein</translation>
    </message>
</context>
<context>
    <name>maxmon::LoadReport</name>
    <message>
        <location filename="../core/session/loadreport.cpp" line="+26"/>
        <source>no samples</source>
        <translation>keine Messwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min %1, p50 %2, p95 %3, p99 %4, max %5 ms</source>
        <translation>min %1, p50 %2, p95 %3, p99 %4, max %5 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%1 round trips of %2 bytes over %n connection(s) in %3 s: %4 msg/s, %5 MB/s each way</source>
        <translation>
            <numerusform>%1 Umläufe zu %2 Bytes über %n Verbindung in %3 s: %4 Nachr./s, %5 MB/s je Richtung</numerusform>
            <numerusform>%1 Umläufe zu %2 Bytes über %n Verbindungen in %3 s: %4 Nachr./s, %5 MB/s je Richtung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>round trip: %1</source>
        <translation>Umlauf:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connect:    %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent %1, received %2, lost %3, mismatched %4, send errors %5, connections failed %6 of %7</source>
        <translation>gesendet %1, empfangen %2, verloren %3, abweichend %4, Sendefehler %5, Verbindungen fehlgeschlagen %6 von %7</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>error %1 x%2: %3</source>
        <translation>Fehler %1 x%2: %3</translation>
    </message>
</context>
<context>
    <name>maxmon::LocaleFormat</name>
    <message>
        <location filename="../core/base/localeformat.cpp" line="+21"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>maxmon::LogExporter</name>
    <message>
        <location filename="../core/session/logexporter.cpp" line="+279"/>
        <source>Cannot write the log export.</source>
        <translation>Der Protokoll-Export kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>maxmon::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="+84"/>
        <source>maxmon - Max Connection Monitor</source>
        <translation>maxmon - Max Connection Monitor</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow_actions.cpp" line="+68"/>
        <source>&amp;New Connection</source>
        <translation>&amp;Neue Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new connection tab</source>
        <translation>Einen neuen Verbindungs-Tab öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Demo Connection</source>
        <translation>Neue &amp;Demo-Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a tab connected to the embedded demo server</source>
        <translation>Einen Tab öffnen, der mit dem eingebauten Demo-Server verbunden ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New P&amp;hoenix Demo Connection</source>
        <translation>Neue P&amp;hoenix-Demoverbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a tab on the embedded demo server&apos;s Phoenix socket, with room:lobby joined</source>
        <translation>Einen Reiter zum Phoenix-Socket des eingebauten Demoservers öffnen, mit room:lobby beigetreten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the connection and its tab</source>
        <translation>Die Verbindung und ihren Tab schließen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="+346"/>
        <location filename="../ui/window/mainwindow_actions.cpp" line="-32"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow_actions.cpp" line="+2"/>
        <source>Close every connection and quit</source>
        <translation>Alle Verbindungen schließen und beenden</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection to the URL in the bar</source>
        <translation>Die Verbindung zur URL in der Leiste öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the connection</source>
        <translation>Die Verbindung schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again now instead of waiting</source>
        <translation>Jetzt erneut versuchen statt zu warten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session &amp;Secrets...</source>
        <translation>Sitzungs&amp;geheimnisse...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token and {{variables}} for this session only: kept in memory, never written</source>
        <translation>Ein Token und {{Variablen}} nur für diese Sitzung: im Speicher gehalten, nie geschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit &amp;URL</source>
        <translation>&amp;URL bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cursor in the URL field</source>
        <translation>Den Cursor in das URL-Feld setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ompose Message</source>
        <translation>Nachricht ver&amp;fassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the send panel and put the cursor in it</source>
        <translation>Den Sendebereich zeigen und den Cursor hineinsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send Message</source>
        <translation>Nachricht &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send what the send panel holds</source>
        <translation>Senden, was der Sendebereich enthält</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find in Log</source>
        <translation>Im Protokoll &amp;suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in the log&apos;s filter</source>
        <translation>Den Cursor in den Filter des Protokolls setzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy Message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected message to the clipboard</source>
        <translation>Die ausgewählte Nachricht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every message from the log</source>
        <translation>Alle Nachrichten aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Auto-scroll</source>
        <translation>&amp;Automatisch scrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow new messages in the log</source>
        <translation>Neuen Nachrichten im Protokoll folgen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the panes back where they were at first, every one shown</source>
        <translation>Alle Bereiche wieder an ihren ursprünglichen Platz setzen und jeden einblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Diagnostics</source>
        <translation>&amp;Diagnose anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything known about the connection</source>
        <translation>Alles anzeigen, was über die Verbindung bekannt ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show C&amp;hannels</source>
        <translation>&amp;Kanäle zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Phoenix channels of the connection</source>
        <translation>Die Phoenix-Kanäle der Verbindung zeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ne&amp;xt Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the next connection</source>
        <translation>Zur nächsten Verbindung wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the previous connection</source>
        <translation>Zur vorherigen Verbindung wechseln</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every command with a shortcut, and a link to the manual</source>
        <translation>Alle Befehle mit Tastenkürzel und ein Link zum Handbuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User &amp;Manual</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the manual in the web browser</source>
        <translation>Das Handbuch im Webbrowser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About maxmon</source>
        <translation>&amp;Über maxmon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and license</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Qt version maxmon runs on</source>
        <translation>Die Qt-Version, auf der maxmon läuft</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="-314"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Demo: Phoenix</source>
        <translation>Demo: Phoenix</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Opened %1, read-only.</source>
        <translation>%1 schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Quit maxmon</source>
        <translation>maxmon beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connection(s) still open. Close them and quit?</source>
        <translation>
            <numerusform>%n Verbindung ist noch geöffnet. Schließen und beenden?</numerusform>
            <numerusform>%n Verbindungen sind noch geöffnet. Alle schließen und beenden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>About maxmon</source>
        <translation>Über maxmon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;maxmon %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;maxmon %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3, läuft mit Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max Connection Monitor: a debugger for WebSocket and Phoenix Channels connections.</source>
        <translation>Max Connection Monitor: ein Debugger für WebSocket- und Phoenix-Channels-Verbindungen.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow_actions.cpp" line="-237"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a session file, a recording or a support bundle, read-only</source>
        <translation>Eine Sitzungsdatei, eine Aufzeichnung oder ein Support-Paket schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Profiles...</source>
        <translation>&amp;Profile...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, edit, import and export connection profiles</source>
        <translation>Verbindungsprofile erstellen, bearbeiten, importieren und exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Tab as Pro&amp;file...</source>
        <translation>Tab als Prof&amp;il speichern...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new profile from this tab&apos;s URL and settings (secrets only as references)</source>
        <translation>Ein neues Profil aus der URL und den Einstellungen dieses Tabs (Geheimnisse nur als Verweise)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export Log...</source>
        <translation>Protokoll &amp;exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every message of the log to a JSON lines or CSV file, secrets masked</source>
        <translation>Alle Nachrichten des Protokolls in eine JSON-Lines- oder CSV-Datei schreiben, Geheimnisse maskiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;Shown Messages...</source>
        <translation>&amp;Angezeigte Nachrichten exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the messages the log&apos;s filter shows, secrets masked</source>
        <translation>Die Nachrichten schreiben, die der Filter des Protokolls zeigt, Geheimnisse maskiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Support &amp;Bundle...</source>
        <translation>Support-Pa&amp;ket exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON file with versions, profile, diagnostics and log for a support request, secrets masked</source>
        <translation>Eine JSON-Datei mit Versionen, Profil, Diagnose und Protokoll für eine Support-Anfrage, Geheimnisse maskiert</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose &amp;Profile</source>
        <translation>&amp;Profil wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile picker of this tab</source>
        <translation>Die Profilauswahl dieses Tabs öffnen</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>P&amp;references...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of maxmon</source>
        <translation>Die Sprache von maxmon</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>&amp;Insert Template</source>
        <translation>Vorlage &amp;einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a saved message of the profile in the send panel</source>
        <translation>Eine gespeicherte Nachricht des Profils in den Sendebereich einfügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;Template...</source>
        <translation>Als Vor&amp;lage speichern...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the send panel&apos;s message with the profile</source>
        <translation>Die Nachricht des Sendebereichs mit dem Profil speichern</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Charts: Last %n Minute(s)</source>
        <translation>
            <numerusform>Diagramme: letzte %n Minute</numerusform>
            <numerusform>Diagramme: letzte %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show the last %n minute(s) in the charts</source>
        <translation>
            <numerusform>Die letzte %n Minute in den Diagrammen zeigen</numerusform>
            <numerusform>Die letzten %n Minuten in den Diagrammen zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::MessageDetailView</name>
    <message>
        <location filename="../ui/log/messagedetailview.cpp" line="+40"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message to the clipboard (Ctrl+Shift+C)</source>
        <translation>Die Nachricht in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, indented and coloured</source>
        <translation>JSON, eingerückt und farbig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payload exactly as sent, as text</source>
        <translation>Die Nutzdaten genau wie gesendet, als Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset, bytes in hex, and the same bytes as ASCII</source>
        <translation>Offset, Bytes in Hex und dieselben Bytes als ASCII</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Select a message in the log to see it here.</source>
        <translation>Wählen Sie eine Nachricht im Protokoll aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The message is too large to pretty-print (%1 bytes).</source>
        <translation>Die Nachricht ist zu groß für die formatierte Anzeige (%1 Bytes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This looks like JSON but is not valid: %1</source>
        <translation>Das sieht nach JSON aus, ist aber ungültig: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>... %1 more bytes not shown</source>
        <translation>... %1 weitere Bytes nicht angezeigt</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageDraft</name>
    <message>
        <location filename="../core/websocket/messagedraft.cpp" line="+80"/>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>„%1“ ist keine Hex-Ziffer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an odd number of hex digits: the last byte is incomplete</source>
        <translation>eine ungerade Anzahl von Hex-Ziffern: Das letzte Byte ist unvollständig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nothing may follow the &apos;=&apos; padding</source>
        <translation>nach dem „=“-Padding darf nichts mehr folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a base64 character</source>
        <translation>„%1“ ist kein Base64-Zeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the length or the padding is wrong</source>
        <translation>die Länge oder das Padding ist falsch</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>more than one value</source>
        <translation>mehr als ein Wert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid JSON</source>
        <translation>Ungültiges JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid hex</source>
        <translation>Ungültiges Hex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid base64</source>
        <translation>Ungültiges Base64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at line %2, column %3: %4</source>
        <translation>%1 in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at column %2: %3</source>
        <translation>%1 in Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageLogModel</name>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="+417"/>
        <source>(cannot be read: %1)</source>
        <translation>(nicht lesbar: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(being written)</source>
        <translation>(wird geschrieben)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dir.</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Direction: in (received) or out (sent)</source>
        <translation>Richtung: ein (empfangen) oder aus (gesendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix frames: the channel&apos;s topic</source>
        <translation>Phoenix-Frames: das Thema des Kanals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix frames: the event (phx_join, phx_reply, heartbeat, ...)</source>
        <translation>Phoenix-Frames: das Ereignis (phx_join, phx_reply, heartbeat, ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix frames: the ref that matches a reply to its push</source>
        <translation>Phoenix-Frames: die Ref, die eine Antwort ihrem Push zuordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix replies: the status (ok, error, ...)</source>
        <translation>Phoenix-Antworten: der Status (ok, error, ...)</translation>
    </message>
    <message>
        <location filename="../core/session/logtext.cpp" line="+61"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>join_ref %1 · ref %2</source>
        <translation>join_ref %1 · ref %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageLogPanel</name>
    <message>
        <location filename="../ui/log/messagelogpanel.cpp" line="+53"/>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-scroll</source>
        <translation>Automatisch scrollen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter messages (Ctrl+F)</source>
        <translation>Nachrichten filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Show only messages whose payload contains this text. Binary payloads are searched as hex, e.g. &quot;deadbeef&quot;.</source>
        <translation>Nur Nachrichten zeigen, deren Nutzdaten diesen Text enthalten. Binäre Nutzdaten werden als Hex durchsucht, z. B. „deadbeef“.</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Read the filter as a regular expression (case-insensitive)</source>
        <translation>Den Filter als regulären Ausdruck lesen (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In and out</source>
        <translation>Ein und aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received only</source>
        <translation>Nur empfangene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent only</source>
        <translation>Nur gesendete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by direction</source>
        <translation>Nach Richtung filtern</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+409"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Filter by kind of message</source>
        <translation>Nach Art der Nachricht filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains this text, case-insensitive; with * a pattern for the whole field (room:*).</source>
        <translation>Enthält diesen Text, ohne Groß-/Kleinschreibung; mit * ein Muster für das ganze Feld (room:*).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only Phoenix frames whose topic matches. %1</source>
        <translation>Nur Phoenix-Frames zeigen, deren Thema passt. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic filter</source>
        <translation>Themenfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only Phoenix frames whose event matches. %1</source>
        <translation>Nur Phoenix-Frames zeigen, deren Ereignis passt. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event filter</source>
        <translation>Ereignisfilter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow new messages. Scrolling up pauses, scrolling to the end resumes (Ctrl+Shift+A).</source>
        <translation>Neuen Nachrichten folgen. Nach oben scrollen pausiert, ans Ende scrollen setzt fort (Strg+Umschalt+A).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Freeze the view and count what arrives; press again to follow the newest messages</source>
        <translation>Die Ansicht anhalten und eintreffende Nachrichten zählen; erneut drücken, um wieder den neuesten Nachrichten zu folgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every message from the log (Ctrl+K)</source>
        <translation>Alle Nachrichten aus dem Protokoll entfernen (Strg+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of the log: the messages it keeps and the connection events</source>
        <translation>Zeilen des Protokolls: die Nachrichten, die es behält, und die Verbindungsereignisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filtering the session on disk</source>
        <translation>Sitzung auf dem Datenträger wird gefiltert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop filtering: the messages found so far stay</source>
        <translation>Filtern beenden: Die bisher gefundenen Nachrichten bleiben</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+234"/>
        <source>Clear log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Show only messages with this text where it starts a word (&quot;lobby&quot; finds &quot;room:lobby&quot;, not &quot;hobby&quot;): the session&apos;s full-text index finds them among millions. Regex finds any text, binary payloads as hex.</source>
        <translation>Nur Nachrichten zeigen, in denen dieser Text einen Wortanfang bildet („lobby“ findet „room:lobby“, nicht „hobby“): Der Volltextindex der Sitzung findet sie unter Millionen. Regex findet beliebigen Text, Binärnutzdaten als Hex.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Paused · %Ln new</source>
        <translation>
            <numerusform>Angehalten · %Ln neue</numerusform>
            <numerusform>Angehalten · %Ln neue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>No kinds</source>
        <translation>Keine Arten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kinds</source>
        <translation>%1 Arten</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 of %Ln row(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Zeile angezeigt</numerusform>
            <numerusform>%1 von %Ln Zeilen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln older dropped (the log keeps the newest %1, at most %2 MiB)</source>
        <translation>
            <numerusform>%Ln ältere verworfen (das Protokoll behält die neuesten %1, höchstens %2 MiB)</numerusform>
            <numerusform>%Ln ältere verworfen (das Protokoll behält die neuesten %1, höchstens %2 MiB)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 not stored in the session file: the disk did not keep up</source>
        <translation>%1 nicht in der Sitzungsdatei gespeichert: Der Datenträger kam nicht hinterher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filtering the session…</source>
        <translation>Sitzung wird gefiltert…</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageRecord</name>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="+312"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a record must be a JSON object</source>
        <translation>ein Datensatz muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field (free-form data belongs in &quot;meta&quot;)</source>
        <translation>unbekanntes Feld (freie Daten gehören in &quot;meta&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+37"/>
        <location line="+51"/>
        <location line="+24"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>unknown kind &quot;%1&quot;: expected text, json, binary, ping, pong or close</source>
        <translation>unbekannte Art „%1“: erwartet text, json, binary, ping, pong oder close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;in&quot; or &quot;out&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;in&quot; oder &quot;out&quot; sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>&quot;%1&quot; is not an ISO-8601 time like 2024-05-01T12:00:00.123456Z</source>
        <translation>„%1“ ist keine ISO-8601-Zeit wie 2024-05-01T12:00:00.123456Z</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only text records have it</source>
        <translation>nur Text-Datensätze haben es</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the text of a json record must be a JSON object or array%1</source>
        <translation>der Text eines JSON-Datensatzes muss ein JSON-Objekt oder -Array sein%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a JSON object, array or string</source>
        <translation>muss ein JSON-Objekt, -Array oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with &quot;utf8&quot;:false it must be padded base64; it is truncated or has stray characters</source>
        <translation>bei &quot;utf8&quot;:false muss es aufgefülltes Base64 sein; es ist abgeschnitten oder enthält fremde Zeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be padded base64; it is truncated, has stray characters or is not a string</source>
        <translation>muss aufgefülltes Base64 sein; es ist abgeschnitten, enthält fremde Zeichen oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>must be a whole number of bytes</source>
        <translation>muss eine ganze Zahl von Bytes sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is %1, but the payload has %2 bytes (truncated?)</source>
        <translation>ist %1, aber die Nutzdaten haben %2 Bytes (abgeschnitten?)</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageRecorder</name>
    <message>
        <location filename="../core/session/messagerecorder.cpp" line="+27"/>
        <source>Cannot write the recording %1: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write to the recording %1: %2</source>
        <translation>In die Aufzeichnung %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageSerializer</name>
    <message>
        <location filename="../core/websocket/messageserializer.cpp" line="+10"/>
        <source>the message is empty (null)</source>
        <translation>die Nachricht ist leer (null)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a %1 message cannot hold JSON</source>
        <translation>eine %1-Nachricht kann kein JSON enthalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON object, not an array</source>
        <translation>muss ein JSON-Objekt sein, kein Array</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing: expected &quot;%1&quot;</source>
        <translation>fehlt: erwartet „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>ist „%1“, erwartet „%2“</translation>
    </message>
</context>
<context>
    <name>maxmon::OutboundFlow</name>
    <message>
        <location filename="../core/websocket/outboundflow.cpp" line="+101"/>
        <source>Message %1 could not be written to the socket.</source>
        <translation>Nachricht %1 konnte nicht in den Socket geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>maxmon::OutboundQueue</name>
    <message>
        <location filename="../core/websocket/outboundqueue.cpp" line="+17"/>
        <source>Not sent: %1 messages are already waiting to be sent.</source>
        <translation>Nicht gesendet: %1 Nachrichten warten bereits auf den Versand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until the connection is back, or raise message_queue_size in the profile.</source>
        <translation>Warten Sie, bis die Verbindung wieder steht, oder erhöhen Sie message_queue_size im Profil.</translation>
    </message>
</context>
<context>
    <name>maxmon::PhoenixConfig</name>
    <message>
        <location filename="../core/config/phoenixconfig.cpp" line="+52"/>
        <source>must be a JSON object, such as {&quot;user_id&quot;: 7}</source>
        <translation>muss ein JSON-Objekt sein, etwa {&quot;user_id&quot;: 7}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a protocol version: use 2.0.0 or 1.0.0 (or nothing, for the URL&apos;s vsn)</source>
        <translation>&quot;%1&quot; ist keine Protokollversion: verwenden Sie 2.0.0 oder 1.0.0 (oder nichts, für das vsn der URL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a parameter needs a name</source>
        <translation>ein Parameter braucht einen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a string, a number or true/false: socket params go into the URL&apos;s query</source>
        <translation>&quot;%1&quot; muss ein String, eine Zahl oder true/false sein: Socket-Parameter kommen in die Query der URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; holds a credential in plain text: prefer authentication mode &quot;Phoenix subprotocol&quot; with a token source, which is never stored</source>
        <translation>&quot;%1&quot; enthält eine Anmeldeinformation im Klartext: besser Authentifizierungsmodus „Phoenix-Subprotokoll&quot; mit einer Token-Quelle, die nie gespeichert wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be 0 (no heartbeat) or more</source>
        <translation>muss 0 (kein Heartbeat) oder mehr sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
</context>
<context>
    <name>maxmon::PhoenixEndpoint</name>
    <message>
        <location filename="../server/phoenixendpoint.cpp" line="+20"/>
        <source>Phoenix Channels (vsn 1.0.0 and 2.0.0): join, push, broadcast, presence; private:* topics need the server&apos;s token</source>
        <translation>Phoenix Channels (vsn 1.0.0 und 2.0.0): join, push, broadcast, presence; private:*-Topics benötigen das Token des Servers</translation>
    </message>
</context>
<context>
    <name>maxmon::PhoenixSection</name>
    <message>
        <location filename="../ui/profiles/phoenixsection.cpp" line="+12"/>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{&quot;user_id&quot;: 7}</source>
        <translation>{&quot;user_id&quot;: 7}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL&apos;s vsn, else 2.0.0</source>
        <translation>Das vsn der URL, sonst 2.0.0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no heartbeat</source>
        <translation>kein Heartbeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol &amp;version:</source>
        <translation>Protokoll&amp;version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vsn parameter: 2.0.0 (arrays, binary frames) or 1.0.0 (objects)</source>
        <translation>Der Parameter vsn: 2.0.0 (Arrays, binäre Frames) oder 1.0.0 (Objekte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Socket &amp;params:</source>
        <translation>Socket-&amp;Parameter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON object of strings, numbers and booleans, sent as query parameters of the socket URL (the JavaScript client&apos;s params). Stored in plain text: put tokens in Authentication.</source>
        <translation>Ein JSON-Objekt aus Strings, Zahlen und Booleans, als Query-Parameter der Socket-URL gesendet (die params des JavaScript-Clients). Im Klartext gespeichert: Tokens gehören in Authentifizierung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Heartbeat every:</source>
        <translation>&amp;Heartbeat alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &quot;phoenix&quot; &quot;heartbeat&quot; push; unanswered by the next one, the link is dead and the socket reconnects</source>
        <translation>Der Push „phoenix&quot; „heartbeat&quot;; bleibt er bis zum nächsten unbeantwortet, ist die Verbindung tot und der Socket verbindet sich neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long joins, pushes and leaves wait for their reply</source>
        <translation>Wie lange Beitritte, Pushes und Verlassen auf ihre Antwort warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Phoenix connection uses this heartbeat instead of the Heartbeat section, and reconnects after 10, 50, 100, 150, 200, 250, 500, 1000, 2000 ms, then every 5 s, as the JavaScript client does (Reconnect&apos;s on/off and attempts still apply).</source>
        <translation>Eine Phoenix-Verbindung nutzt diesen Heartbeat statt des Abschnitts Heartbeat und verbindet sich nach 10, 50, 100, 150, 200, 250, 500, 1000, 2000 ms neu, dann alle 5 s, wie der JavaScript-Client (Ein/Aus und Versuche von Neu verbinden gelten weiter).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation>ist kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a JSON object, such as {&quot;user_id&quot;: 7}</source>
        <translation>muss ein JSON-Objekt sein, etwa {&quot;user_id&quot;: 7}</translation>
    </message>
</context>
<context>
    <name>maxmon::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/preferencesdialog.cpp" line="+37"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The desktop&apos;s colours, or maxmon&apos;s own light or dark ones</source>
        <translation>Die Farben der Desktop-Umgebung oder die eigenen hellen bzw. dunklen Farben von maxmon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maxmon shows the new language when it starts again.</source>
        <translation>maxmon zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>maxmon::PresenceListModel</name>
    <message>
        <location filename="../ui/phoenix/presencelistmodel.cpp" line="+94"/>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metas</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many connections (metas) each key has</source>
        <translation>Wie viele Verbindungen (Metas) jeder Schlüssel hat</translation>
    </message>
</context>
<context>
    <name>maxmon::ProfileLibrary</name>
    <message>
        <location filename="../ui/profiles/profilelibrary.cpp" line="+34"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>maxmon::ProfileSection</name>
    <message>
        <location filename="../ui/profiles/profilesection.cpp" line="+79"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>name the variable, file, command or entry</source>
        <translation>benennen Sie die Variable, die Datei, den Befehl oder den Eintrag</translation>
    </message>
</context>
<context>
    <name>maxmon::ProfileStore</name>
    <message>
        <location filename="../core/config/profilestore.cpp" line="+138"/>
        <location line="+31"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The profile &quot;%1&quot; has errors.</source>
        <translation>Das Profil „%1“ enthält Fehler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the profile &quot;%1&quot;.</source>
        <translation>Das Profil „%1“ kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot delete the profile &quot;%1&quot;.</source>
        <translation>Das Profil „%1“ kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a valid profile.</source>
        <translation>%1 ist kein gültiges Profil.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>maxmon::ProfilesDialog</name>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="+42"/>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored profiles (in %1)</source>
        <translation>Gespeicherte Profile (in %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new profile (Ctrl+N)</source>
        <translation>Ein neues Profil beginnen (Strg+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected profile under a new name (Ctrl+D)</source>
        <translation>Das ausgewählte Profil unter einem neuen Namen kopieren (Strg+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected profile (Ctrl+Del)</source>
        <translation>Das ausgewählte Profil löschen (Strg+Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile from a JSON file (Ctrl+O)</source>
        <translation>Ein Profil aus einer JSON-Datei hinzufügen (Strg+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected profile to a JSON file, without secrets (Ctrl+E)</source>
        <translation>Das ausgewählte Profil ohne Geheimnisse in eine JSON-Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the changes since the profile was last saved</source>
        <translation>Die Änderungen seit dem letzten Speichern des Profils rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Das Profil speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in &amp;Tab</source>
        <translation>Im &amp;Tab verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, then load the profile into the current tab (Ctrl+Enter)</source>
        <translation>Speichern, dann das Profil in den aktuellen Tab laden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; has unsaved changes.</source>
        <translation>Das Profil „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new profile from the current tab&apos;s settings: name it, then save it (Ctrl+S).</source>
        <translation>Ein neues Profil aus den Einstellungen des aktuellen Tabs: Benennen Sie es und speichern Sie es dann (Strg+S).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new profile: fill in the URL, then save it (Ctrl+S).</source>
        <translation>Ein neues Profil: Füllen Sie die URL aus und speichern Sie es dann (Strg+S).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: correct the fields marked in red first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another profile has this name</source>
        <translation>ein anderes Profil hat diesen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: a profile named &quot;%1&quot; exists already.</source>
        <translation>Nicht gespeichert: Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes undone.</source>
        <translation>Änderungen rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied to &quot;%1&quot;.</source>
        <translation>Nach „%1“ kopiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;? Its file is removed; this cannot be undone.</source>
        <translation>Das Profil „%1“ löschen? Seine Datei wird entfernt; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Imported &quot;%1&quot;.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported &quot;%1&quot;, with notes:
%2</source>
        <translation>„%1“ importiert, mit Hinweisen:
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the profile before exporting it.</source>
        <translation>Speichern Sie das Profil, bevor Sie es exportieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported &quot;%1&quot; to %2 (without secrets).</source>
        <translation>„%1“ nach %2 exportiert (ohne Geheimnisse).</translation>
    </message>
</context>
<context>
    <name>maxmon::ProxySection</name>
    <message>
        <location filename="../ui/profiles/proxysection.cpp" line="+11"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxy.example</source>
        <translation>proxy.example</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP (CONNECT)</source>
        <translation>HTTP (CONNECT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s proxy (environment, desktop settings), none, or one of your own</source>
        <translation>Der Proxy des Systems (Umgebung, Desktop-Einstellungen), keiner oder ein eigener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The proxy&apos;s host</source>
        <translation>Der Host des Proxys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The proxy&apos;s port</source>
        <translation>Der Port des Proxys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a proxy that asks for credentials</source>
        <translation>Für einen Proxy, der Zugangsdaten verlangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word from:</source>
        <translation>Pass&amp;wort aus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the proxy password is read; never stored</source>
        <translation>Woher das Proxy-Passwort gelesen wird; wird nie gespeichert</translation>
    </message>
</context>
<context>
    <name>maxmon::ProxySelector</name>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="+79"/>
        <source>HTTP CONNECT proxy %1:%2</source>
        <translation>HTTP-CONNECT-Proxy %1:%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOCKS5 proxy %1:%2</source>
        <translation>SOCKS5-Proxy %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none (direct)</source>
        <translation>keiner (direkt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set proxy.user and proxy.password in the profile (maxmon-cli: --proxy http://USER@HOST:PORT --proxy-password-env VAR).</source>
        <translation>Setzen Sie proxy.user und proxy.password im Profil (maxmon-cli: --proxy http://USER@HOST:PORT --proxy-password-env VAR).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 refused the connection: is it running?</source>
        <translation>Der %1 hat die Verbindung abgelehnt: Läuft er?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy&apos;s host and port (proxy.host, proxy.port or --proxy), or connect without it (--proxy none).</source>
        <translation>Prüfen Sie Host und Port des Proxys (proxy.host, proxy.port oder --proxy) oder verbinden Sie ohne ihn (--proxy none).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 requires a user name and password.</source>
        <translation>Der %1 verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 refused the credentials of user %2.</source>
        <translation>Der %1 hat die Zugangsdaten von Benutzer %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 refused to open a tunnel to the server.</source>
        <translation>Der %1 hat es abgelehnt, einen Tunnel zum Server zu öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 answered with something that is not SOCKS5.</source>
        <translation>Der %1 hat mit etwas geantwortet, das kein SOCKS5 ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the proxy can reach the server and allows tunnels to this port.</source>
        <translation>Prüfen Sie, ob der Proxy den Server erreichen kann und Tunnel zu diesem Port erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either the proxy cannot reach the server, or it refused the credentials of user %1 (some proxies answer wrong credentials with 401, which Qt reports like any other refusal). Check proxy.user and proxy.password.</source>
        <translation>Entweder kann der Proxy den Server nicht erreichen, oder er hat die Zugangsdaten von Benutzer %1 abgelehnt (manche Proxys beantworten falsche Zugangsdaten mit 401, was Qt wie jede andere Ablehnung meldet). Prüfen Sie proxy.user und proxy.password.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 failed: %2</source>
        <translation>Der %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy settings, or connect without it (--proxy none).</source>
        <translation>Prüfen Sie die Proxy-Einstellungen oder verbinden Sie ohne Proxy (--proxy none).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 works, but could not reach the server behind it: %2</source>
        <translation>Der %1 funktioniert, konnte aber den Server dahinter nicht erreichen: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a proxy: %2</source>
        <translation>„%1“ ist kein Proxy: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use http://[user@]host:port, socks5://[user@]host:port, none or system.</source>
        <translation>Verwenden Sie http://[user@]host:port, socks5://[user@]host:port, none oder system.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A proxy password must not be given in the proxy URL.</source>
        <translation>Ein Proxy-Passwort darf nicht in der Proxy-URL angegeben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command lines show up in the process list and shell history: pass the password with --proxy-password-env VAR.</source>
        <translation>Kommandozeilen erscheinen in der Prozessliste und im Shell-Verlauf: Übergeben Sie das Passwort mit --proxy-password-env VAR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it needs a scheme, a host and a port</source>
        <translation>es braucht ein Schema, einen Host und einen Port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scheme must be http or socks5</source>
        <translation>das Schema muss http oder socks5 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it needs a port</source>
        <translation>es braucht einen Port</translation>
    </message>
</context>
<context>
    <name>maxmon::PushForm</name>
    <message>
        <location filename="../ui/phoenix/pushform.cpp" line="+43"/>
        <source>Push</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event to push to the selected channel</source>
        <translation>Das Ereignis, das an den gewählten Kanal gepusht wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>e.g. new_msg</source>
        <translation>z. B. new_msg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. {&quot;body&quot;: &quot;hi&quot;} (empty: {})</source>
        <translation>z. B. {&quot;body&quot;: &quot;hi&quot;} (leer: {})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payload: a JSON object or array</source>
        <translation>Die Nutzdaten: ein JSON-Objekt oder -Array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without a reply by then, the push has timed out</source>
        <translation>Ohne Antwort bis dahin gilt das Senden als abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+180"/>
        <source>Push the event and wait for its reply (Enter)</source>
        <translation>Das Ereignis pushen und auf seine Antwort warten (Enter)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>the reply&apos;s response</source>
        <translation>die Antwort des Replys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pa&amp;yload:</source>
        <translation>&amp;Nutzdaten:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Join a channel first.</source>
        <translation>Treten Sie zuerst einem Kanal bei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the event.</source>
        <translation>Benennen Sie das Ereignis.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>… waiting for the reply to &quot;%1&quot; (ref %2)</source>
        <translation>… wartet auf die Antwort auf &quot;%1&quot; (ref %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… waits for the channel to join</source>
        <translation>… wartet auf den Beitritt des Kanals</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot;: no reply within %2 (timeout)</source>
        <translation>„%1“: keine Antwort innerhalb von %2 (Zeitlimit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: %2 in %3</source>
        <translation>„%1“: %2 in %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No push yet</source>
        <translation>Noch nichts gesendet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a channel that is not closed</source>
        <translation>Wählen Sie einen Kanal, der nicht geschlossen ist</translation>
    </message>
</context>
<context>
    <name>maxmon::ReconnectSection</name>
    <message>
        <location filename="../ui/profiles/reconnectsection.cpp" line="+10"/>
        <source>Reconnect</source>
        <translation>Neuverbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect after a lost connection</source>
        <translation>Nach einem Verbindungsverlust neu verbinden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again with a growing delay when the connection is lost or cannot be opened</source>
        <translation>Mit wachsender Verzögerung erneut versuchen, wenn die Verbindung verloren geht oder nicht geöffnet werden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First delay:</source>
        <translation>&amp;Erste Verzögerung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wait before the first retry</source>
        <translation>Die Wartezeit vor dem ersten erneuten Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest delay:</source>
        <translation>&amp;Längste Verzögerung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delay grows up to this</source>
        <translation>Die Verzögerung wächst bis zu diesem Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multiplier:</source>
        <translation>&amp;Multiplikator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each delay is the previous one times this</source>
        <translation>Jede Verzögerung ist die vorige mal diesem Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jitter:</source>
        <translation>&amp;Jitter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each delay varies randomly by up to this fraction</source>
        <translation>Jede Verzögerung schwankt zufällig um bis zu diesen Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;attempts:</source>
        <translation>Max. &amp;Versuche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up after this many attempts in a row (0: never)</source>
        <translation>Nach so vielen Versuchen in Folge aufgeben (0: nie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset after:</source>
        <translation>&amp;Zurücksetzen nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts count from 1 again after being connected this long</source>
        <translation>Versuche zählen wieder ab 1, nachdem so lange eine Verbindung bestand</translation>
    </message>
</context>
<context>
    <name>maxmon::ReconnectStatus</name>
    <message>
        <location filename="../core/websocket/reconnectstatus.cpp" line="+31"/>
        <source>Reconnect: off</source>
        <translation>Neuverbindung: aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect: attempt %1 of %2</source>
        <translation>Neuverbindung: Versuch %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect: attempt %1 (no limit)</source>
        <translation>Neuverbindung: Versuch %1 (ohne Limit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next attempt in: %1 ms%2</source>
        <translation>Nächster Versuch in: %1 ms%2</translation>
    </message>
</context>
<context>
    <name>maxmon::RecordedCharts</name>
    <message>
        <location filename="../ui/charts/recordedcharts.cpp" line="+75"/>
        <source>Whole span</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the recording&apos;s whole time span again</source>
        <translation>Wieder den gesamten Zeitraum der Aufzeichnung zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag across the chart to zoom in, right-click to zoom out</source>
        <translation>Zum Vergrößern über das Diagramm ziehen, zum Verkleinern rechtsklicken</translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>Heartbeat: %n round trip(s), median %1 ms, p95 %2 ms, %3 lost</source>
        <translation>
            <numerusform>Heartbeat: %n Umlauf, Median %1 ms, p95 %2 ms, %3 verloren</numerusform>
            <numerusform>Heartbeat: %n Umläufe, Median %1 ms, p95 %2 ms, %3 verloren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No heartbeat round trips recorded</source>
        <translation>Keine Heartbeat-Umläufe aufgezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::RecordingFile</name>
    <message>
        <location filename="../core/session/recordingfile.cpp" line="+59"/>
        <source>Cannot read the recording %1: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>maxmon::RecordingScreenshot</name>
    <message>
        <location filename="../app/gui/recordingscreenshot.cpp" line="+112"/>
        <source>screenshot: cannot write the example session</source>
        <translation>screenshot: Die Beispielsitzung kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>screenshot: %1</source>
        <translation>screenshot: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>screenshot: cannot write %1</source>
        <translation>screenshot: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>screenshot saved to %1 (%2x%3)</source>
        <translation>Screenshot nach %1 gespeichert (%2x%3)</translation>
    </message>
</context>
<context>
    <name>maxmon::RecordingTab</name>
    <message>
        <location filename="../ui/recording/recordingtab.cpp" line="+37"/>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>support bundle</source>
        <translation>Support-Paket</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The support bundle&apos;s diagnostics, as its sender saw them</source>
        <translation>Die Diagnose des Support-Pakets, wie sein Absender sie gesehen hat</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected message: formatted, raw and hex</source>
        <translation>Die ausgewählte Nachricht: formatiert, roh und als Hex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency and throughput over the whole recording</source>
        <translation>Latenz und Durchsatz über die gesamte Aufzeichnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection&apos;s profile in the bundle, secrets masked</source>
        <translation>Das Profil der Verbindung im Paket, Geheimnisse maskiert</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>⚠ %n line(s) are no records and were left out: %1</source>
        <translation>
            <numerusform>⚠ %n Zeile ist kein Datensatz und wurde ausgelassen: %1</numerusform>
            <numerusform>⚠ %n Zeilen sind keine Datensätze und wurden ausgelassen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::RttFigures</name>
    <message>
        <location filename="../ui/diagnostics/rttfigures.cpp" line="+10"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RTT n/a</source>
        <translation>RTT k. A.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>RTT %1 · p95 %2 over the last %n probe(s)</source>
        <translation>
            <numerusform>RTT %1 · p95 %2 über die letzte Probe (%n)</numerusform>
            <numerusform>RTT %1 · p95 %2 über die letzten %n Proben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last connection: %1</source>
        <translation>Letzte Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::ScreenshotScenario</name>
    <message>
        <location filename="../app/gui/screenshotscenario.cpp" line="+67"/>
        <source>screenshot: timed out</source>
        <translation>Screenshot: Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo echo</source>
        <translation>Demo-Echo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>subscribe prices</source>
        <translation>Preise abonnieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hello</source>
        <translation>hallo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Staging EU</source>
        <translation>Staging EU</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Local dev (self-signed)</source>
        <translation>Lokale Entwicklung (selbstsigniert)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>screenshot: cannot create the example profiles</source>
        <translation>Screenshot: Die Beispielprofile können nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+141"/>
        <source>screenshot: could not connect to %1</source>
        <translation>Screenshot: Verbindung zu %1 nicht möglich</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+98"/>
        <source>screenshot: cannot write %1</source>
        <translation>Screenshot: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+98"/>
        <source>screenshot saved to %1 (%2x%3)</source>
        <translation>Screenshot gespeichert in %1 (%2x%3)</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>screenshot: the connection failed</source>
        <translation>Screenshot: Die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>screenshot: no JSON message to select</source>
        <translation>Screenshot: keine JSON-Nachricht zum Auswählen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>screenshot: there is no Phoenix demo server</source>
        <translation>Screenshot: es gibt keinen Phoenix-Demoserver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>screenshot: the Phoenix connection failed</source>
        <translation>Screenshot: die Phoenix-Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>tick %1</source>
        <translation>Tick %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>screenshot: the push failed: %1</source>
        <translation>Screenshot: der Push ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>screenshot: no shout from bob in the log</source>
        <translation>Screenshot: kein Ruf von bob im Protokoll</translation>
    </message>
</context>
<context>
    <name>maxmon::SecretRef</name>
    <message>
        <location filename="../core/config/secretref.cpp" line="+35"/>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output of command %1</source>
        <translation>Ausgabe des Befehls %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keychain entry %1</source>
        <translation>Schlüsselbund-Eintrag %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>secrets are never stored in a profile: name where to read it, for example {&quot;env&quot;: &quot;MAX_TOKEN&quot;} or {&quot;file&quot;: &quot;/path/to/token&quot;}</source>
        <translation>Geheimnisse werden nie in einem Profil gespeichert: Geben Sie an, woher es gelesen wird, zum Beispiel {&quot;env&quot;: &quot;MAX_TOKEN&quot;} oder {&quot;file&quot;: &quot;/path/to/token&quot;}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an object with exactly one of &quot;env&quot;, &quot;file&quot;, &quot;command&quot;, &quot;keychain&quot;</source>
        <translation>erwartet wird ein Objekt mit genau einem von &quot;env&quot;, &quot;file&quot;, &quot;command&quot;, &quot;keychain&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>„%1“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown secret source &quot;%1&quot;: use env, file, command or keychain</source>
        <translation>unbekannte Geheimnisquelle „%1“: verwenden Sie env, file, command oder keychain</translation>
    </message>
</context>
<context>
    <name>maxmon::SecretRefEdit</name>
    <message>
        <location filename="../ui/profiles/secretrefedit.cpp" line="+19"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain entry</source>
        <translation>Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where maxmon reads the secret when it connects. The secret itself is never stored in the profile.</source>
        <translation>Woher maxmon das Geheimnis beim Verbinden liest. Das Geheimnis selbst wird nie im Profil gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file that holds the secret</source>
        <translation>Die Datei wählen, die das Geheimnis enthält</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No secret</source>
        <translation>Kein Geheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAX_TOKEN</source>
        <translation>MAX_TOKEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the environment variable</source>
        <translation>Der Name der Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~/.max/token</source>
        <translation>~/.max/token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file only you can read (chmod 600); its content, trimmed</source>
        <translation>Eine Datei, die nur Sie lesen können (chmod 600); ihr Inhalt, ohne Leerraum an den Enden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pass show max/token</source>
        <translation>pass show max/token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command whose output, trimmed, is the secret; run without a shell</source>
        <translation>Ein Befehl, dessen Ausgabe ohne Leerraum an den Enden das Geheimnis ist; läuft ohne Shell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max/token</source>
        <translation>max/token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry in the OS keychain (service &quot;maxmon&quot;)</source>
        <translation>Der Eintrag im Schlüsselbund des Betriebssystems (Dienst &quot;maxmon&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File with the secret</source>
        <translation>Datei mit dem Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>maxmon::SecretStore</name>
    <message>
        <location filename="../core/config/secretstore.cpp" line="+28"/>
        <source>Name the secret with an environment variable instead ({&quot;env&quot;: &quot;VAR&quot;} in the profile, --token-env VAR on the command line) or with a file only you can read ({&quot;file&quot;: &quot;/path&quot;}, --token-file FILE).</source>
        <translation>Benennen Sie das Geheimnis stattdessen über eine Umgebungsvariable ({&quot;env&quot;: &quot;VAR&quot;} im Profil, --token-env VAR auf der Kommandozeile) oder über eine Datei, die nur Sie lesen können ({&quot;file&quot;: &quot;/path&quot;}, --token-file FILE).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment variable %1 is empty.</source>
        <translation>Die Umgebungsvariable %1 ist leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the secret file %1.</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret file %1 can be read by other users.</source>
        <translation>Die Geheimnisdatei %1 ist für andere Benutzer lesbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it readable by you alone: chmod 600 %1</source>
        <translation>Machen Sie sie nur für Sie lesbar: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret file %1 is larger than 1 MiB: it is not a token.</source>
        <translation>Die Geheimnisdatei %1 ist größer als 1 MiB: Das ist kein Token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret file %1 is empty.</source>
        <translation>Die Geheimnisdatei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No secret source was given.</source>
        <translation>Es wurde keine Geheimnisquelle angegeben.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The secret command is empty.</source>
        <translation>Der Geheimnis-Befehl ist leer.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret command %1 failed with exit code %2.</source>
        <translation>Der Geheimnis-Befehl %1 ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret command %1 crashed.</source>
        <translation>Der Geheimnis-Befehl %1 ist abgestürzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret command %1 printed nothing.</source>
        <translation>Der Geheimnis-Befehl %1 hat nichts ausgegeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secret command %1 could not be started.</source>
        <translation>Der Geheimnis-Befehl %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command runs directly, not through a shell: give the program&apos;s path and its arguments, or wrap it in sh -c &apos;...&apos;.</source>
        <translation>Der Befehl läuft direkt, nicht über eine Shell: Geben Sie den Pfad des Programms und seine Argumente an oder verpacken Sie ihn in sh -c &apos;...&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret command %1 did not finish within %2 ms.</source>
        <translation>Der Geheimnis-Befehl %1 wurde nicht innerhalb von %2 ms fertig.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No OS keychain is reachable to read %1.</source>
        <translation>Kein Schlüsselbund des Betriebssystems erreichbar, um %1 zu lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no D-Bus session bus, so neither the Secret Service nor KWallet can be asked.</source>
        <translation>Es gibt keinen D-Bus-Session-Bus, daher können weder der Secret Service noch KWallet gefragt werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The %1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OS keychain has no %1 (service &quot;%2&quot;).</source>
        <translation>Im Schlüsselbund des Betriebssystems fehlt %1 (Dienst „%2“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the secret in the keychain under service &quot;%1&quot;, key &quot;%2&quot;; or: %3</source>
        <translation>Speichern Sie das Geheimnis im Schlüsselbund unter Dienst „%1“, Schlüssel „%2“; oder: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OS keychain could not be read for %1.</source>
        <translation>Der Schlüsselbund des Betriebssystems konnte für %1 nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No OS keychain is reachable: the secret was not stored.</source>
        <translation>Kein Schlüsselbund des Betriebssystems erreichbar: Das Geheimnis wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no D-Bus session bus, so neither the Secret Service nor KWallet can be asked. maxmon never falls back to a plain-text file.</source>
        <translation>Es gibt keinen D-Bus-Session-Bus, daher können weder der Secret Service noch KWallet gefragt werden. maxmon weicht nie auf eine Klartextdatei aus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The secret could not be stored in the OS keychain; nothing was written elsewhere.</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund des Betriebssystems gespeichert werden; anderswo wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>maxmon::SecretTokenProvider</name>
    <message>
        <location filename="../core/websocket/secrettokenprovider.cpp" line="+33"/>
        <source>No secret store to read the token from.</source>
        <translation>Kein Geheimnisspeicher, aus dem das Token gelesen werden kann.</translation>
    </message>
</context>
<context>
    <name>maxmon::SelfTest</name>
    <message>
        <location filename="../app/gui/selftest.cpp" line="+36"/>
        <source>could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>could not send: %1</source>
        <translation>Senden nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>timed out while connecting to %1</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out while waiting for the echo</source>
        <translation>Zeitüberschreitung beim Warten auf das Echo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection closed while connecting to %1</source>
        <translation>die Verbindung wurde beim Verbinden mit %1 geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed while waiting for the echo</source>
        <translation>die Verbindung wurde beim Warten auf das Echo geschlossen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>maxmon self-test passed: connected to %1 in %2 ms, echo after %3 ms</source>
        <translation>maxmon-Selbsttest bestanden: verbunden mit %1 in %2 ms, Echo nach %3 ms</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>maxmon self-test FAILED: %1</source>
        <translation>maxmon-Selbsttest FEHLGESCHLAGEN: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::SendPanel</name>
    <message numerus="yes">
        <location filename="../ui/send/sendpanel.cpp" line="+30"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot send while disconnected: connect first.</source>
        <translation>Senden ist ohne Verbindung nicht möglich: Verbinden Sie zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot send while connecting: wait until connected.</source>
        <translation>Senden ist während des Verbindens nicht möglich: Warten Sie, bis die Verbindung steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot send while reconnecting: wait until connected.</source>
        <translation>Senden ist während der Neuverbindung nicht möglich: Warten Sie, bis die Verbindung steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot send while disconnecting: connect first.</source>
        <translation>Senden ist während des Trennens nicht möglich: Verbinden Sie zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot send after a connection error: connect first.</source>
        <translation>Senden ist nach einem Verbindungsfehler nicht möglich: Verbinden Sie zuerst.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send as text</source>
        <translation>Als Text senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+297"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to send: a text frame, JSON (checked as you type), bytes typed as hex or base64, or a file</source>
        <translation>Was gesendet wird: ein Text-Frame, JSON (beim Tippen geprüft), Bytes als Hex oder Base64 getippt, oder eine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the bytes are typed</source>
        <translation>Wie die Bytes eingegeben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indent the JSON</source>
        <translation>Das JSON einrücken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to send</source>
        <translation>Die zu sendende Datei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the file to send</source>
        <translation>Pfad der zu sendenden Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the file as a text frame (it must be UTF-8) instead of a binary one</source>
        <translation>Die Datei als Text-Frame senden (muss UTF-8 sein) statt als Binär-Frame</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send the message several times at a fixed interval</source>
        <translation>Die Nachricht mehrmals in festem Abstand senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times to send</source>
        <translation>Wie oft gesendet wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time between two sends</source>
        <translation>Zeit zwischen zwei Sendungen</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent %1 of %2 (%3 each)</source>
        <translation>%1 von %2 gesendet (je %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1.</source>
        <translation>%1 gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel_input.cpp" line="+134"/>
        <source>Type a message to send.</source>
        <translation>Geben Sie eine zu sendende Nachricht ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the bytes in hex, e.g. 48 65 6c 6c 6f.</source>
        <translation>Geben Sie die Bytes in Hex ein, z. B. 48 65 6c 6c 6f.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the bytes in base64, e.g. SGVsbG8=.</source>
        <translation>Geben Sie die Bytes in Base64 ein, z. B. SGVsbG8=.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file to send.</source>
        <translation>Wählen Sie eine zu sendende Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/send/sendpanel.cpp" line="+33"/>
        <source>Send %Ln time(s)</source>
        <translation>
            <numerusform>%Ln-mal senden</numerusform>
            <numerusform>%Ln-mal senden</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stop (%1/%2)</source>
        <translation>Stopp (%1/%2)</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel_input.cpp" line="-12"/>
        <source>Type a JSON value to send, e.g. {&quot;a&quot;: 1}.</source>
        <translation>Geben Sie einen JSON-Wert zum Senden ein, z. B. {&quot;a&quot;: 1}.</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel.cpp" line="+2"/>
        <source>Stop repeating</source>
        <translation>Wiederholen stoppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No connection to send on.</source>
        <translation>Keine Verbindung zum Senden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Enter sends; Up and Down recall earlier messages.</source>
        <translation>Strg+Eingabe sendet; Auf und Ab holen frühere Nachrichten zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Die Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel_templates.cpp" line="+21"/>
        <source>A file cannot be a template: send it as Binary instead.</source>
        <translation>Eine Datei kann keine Vorlage sein: Senden Sie sie stattdessen als Binär.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Template &quot;%1&quot; inserted.</source>
        <translation>Vorlage „%1“ eingefügt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved as a template: %1</source>
        <translation>Nicht als Vorlage gespeichert: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name (an existing one is replaced):</source>
        <translation>Name der Vorlage (eine vorhandene wird ersetzt):</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel.cpp" line="+7"/>
        <source>File to send</source>
        <translation>Zu sendende Datei</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel_input.cpp" line="-33"/>
        <source>Type a message. Ctrl+Enter sends; Up and Down recall earlier messages.</source>
        <translation>Geben Sie eine Nachricht ein. Strg+Eingabe sendet; Auf und Ab holen frühere Nachrichten zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{&quot;event&quot;: &quot;ping&quot;, &quot;payload&quot;: {}}</source>
        <translation>{&quot;event&quot;: &quot;ping&quot;, &quot;payload&quot;: {}}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>48 65 6c 6c 6f</source>
        <translation>48 65 6c 6c 6f</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SGVsbG8=</source>
        <translation>SGVsbG8=</translation>
    </message>
</context>
<context>
    <name>maxmon::ServerTlsFiles</name>
    <message>
        <location filename="../server/servertlsfiles.cpp" line="+32"/>
        <source>%1 %2 holds no PEM certificate.</source>
        <translation>%1 %2 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 is not a PEM private key (EC or RSA), or its passphrase is wrong.</source>
        <translation>%1 %2 ist kein privater PEM-Schlüssel (EC oder RSA), oder seine Passphrase ist falsch.</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionController</name>
    <message>
        <location filename="../ui/recording/sessioncontroller.cpp" line="+25"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open one of the files opened before</source>
        <translation>Eine der zuvor geöffneten Dateien öffnen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open Session, Recording or Support Bundle</source>
        <translation>Sitzung, Aufzeichnung oder Support-Paket öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maxmon files (*.maxmon *.jsonl *.json);;Sessions (*.maxmon);;Recordings (*.jsonl);;Support bundles (*.json);;All files (*)</source>
        <translation>maxmon-Dateien (*.maxmon *.jsonl *.json);;Sitzungen (*.maxmon);;Aufzeichnungen (*.jsonl);;Support-Pakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionEvent</name>
    <message>
        <location filename="../core/session/sessionevent.cpp" line="+49"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln message(s) not stored</source>
        <translation>
            <numerusform>%Ln Nachricht nicht gespeichert</numerusform>
            <numerusform>%Ln Nachrichten nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown field of an event record</source>
        <translation>unbekanntes Feld eines Ereignisdatensatzes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be &quot;state&quot;, &quot;error&quot;, &quot;gap&quot; or &quot;note&quot;</source>
        <translation>muss &quot;state&quot;, &quot;error&quot;, &quot;gap&quot; oder &quot;note&quot; sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an ISO-8601 time like 2024-05-01T12:00:00.123456Z</source>
        <translation>muss eine ISO-8601-Zeit wie 2024-05-01T12:00:00.123456Z sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionFile</name>
    <message>
        <location filename="../core/session/sessionfile.cpp" line="+41"/>
        <location line="+288"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+254"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+42"/>
        <location line="+75"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <location line="+151"/>
        <location line="+25"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>%1 is no valid support bundle.</source>
        <translation>%1 ist kein gültiges Support-Paket.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>log record %1: %2</source>
        <translation>Protokolleintrag %1: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is neither a maxmon session, a recording (JSON lines) nor a support bundle.</source>
        <translation>%1 ist weder eine maxmon-Sitzung noch eine Aufzeichnung (JSON Lines) noch ein Support-Paket.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be copied onto itself.</source>
        <translation>%1 kann nicht auf sich selbst kopiert werden.</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionFilter</name>
    <message>
        <location filename="../core/session/sessionfilter.cpp" line="+27"/>
        <source>Invalid regular expression at %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionFormat</name>
    <message>
        <location filename="../core/session/sessionformat.cpp" line="+114"/>
        <source>%1 is no maxmon session: it is a database of another program.</source>
        <translation>%1 ist keine maxmon-Sitzung, sondern die Datenbank eines anderen Programms.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer maxmon (session format %2); this maxmon reads format %3 and older.</source>
        <translation>%1 wurde von einem neueren maxmon geschrieben (Sitzungsformat %2); dieses maxmon liest Format %3 und älter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it with a newer maxmon.</source>
        <translation>Öffnen Sie die Datei mit einem neueren maxmon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is no maxmon session: it has no format version.</source>
        <translation>%1 ist keine maxmon-Sitzung: Es fehlt die Formatversion.</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionPreferences</name>
    <message>
        <location filename="../ui/preferences/sessionpreferences.cpp" line="+26"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record every connection in a session file</source>
        <translation>&amp;Jede Verbindung in einer Sitzungsdatei aufzeichnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete All Sessions...</source>
        <translation>Alle Sitzungen &amp;löschen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every message, state change, error and heartbeat round trip is kept on disk, secrets masked, so that it can be searched and opened later. A profile can opt out.</source>
        <translation>Jede Nachricht, Zustandsänderung, jeder Fehler und Heartbeat-Umlauf wird mit maskierten Geheimnissen auf dem Datenträger gespeichert, sodass sich alles später durchsuchen und öffnen lässt. Ein Profil kann sich davon ausnehmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All session files together: the oldest go first</source>
        <translation>Alle Sitzungsdateien zusammen: Die ältesten werden zuerst entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions last written longer ago are removed</source>
        <translation>Sitzungen, die zuletzt vor längerer Zeit geschrieben wurden, werden entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove every session file now (not those open or recording)</source>
        <translation>Jetzt alle Sitzungsdateien entfernen (außer geöffneten und gerade aufgezeichneten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep at &amp;most:</source>
        <translation>&amp;Höchstens behalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;for:</source>
        <translation>Behalten &amp;für:</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n session(s), %1, in %2</source>
        <translation>
            <numerusform>%n Sitzung, %1, in %2</numerusform>
            <numerusform>%n Sitzungen, %1, in %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Delete All Sessions</source>
        <translation>Alle Sitzungen löschen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Remove every session file in %1? Sessions being recorded or open now stay.</source>
        <translation>Alle Sitzungsdateien in %1 entfernen? Sitzungen, die gerade aufgezeichnet werden oder geöffnet sind, bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These could not be removed:
%1</source>
        <translation>Diese konnten nicht entfernt werden:
%1</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionSecretsDialog</name>
    <message>
        <location filename="../ui/profiles/sessionsecretsdialog.cpp" line="+29"/>
        <source>Store in &amp;Keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session Secrets</source>
        <translation>Sitzungsgeheimnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory for this session only: never written to the settings, a profile or any file, and gone when maxmon quits. Use {{name}} in the URL, headers and messages.</source>
        <translation>Nur für diese Sitzung im Speicher gehalten: nie in die Einstellungen, ein Profil oder eine Datei geschrieben und verworfen, wenn maxmon beendet wird. Verwenden Sie {{name}} in der URL, den Headern und Nachrichten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a token for this session only</source>
        <translation>Fügen Sie ein Token nur für diese Sitzung ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as the profile&apos;s auth says (bearer header, query parameter, Phoenix subprotocol) and available as {{token}}</source>
        <translation>Gesendet, wie es die Authentifizierung des Profils vorgibt (Bearer-Header, Query-Parameter, Phoenix-Subprotokoll), und als {{token}} verfügbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the token</source>
        <translation>Token verbergen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the token into the OS keychain; the profile then refers to it and it is read from there on each connection</source>
        <translation>Das Token in den Schlüsselbund des Betriebssystems verschieben; das Profil verweist dann darauf, und es wird bei jeder Verbindung von dort gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session variables</source>
        <translation>Sitzungsvariablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variables (before the profile&apos;s and MAXMON_&lt;NAME&gt;):</source>
        <translation>Variablen (vor denen des Profils und MAXMON_&lt;NAME&gt;):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Masked in exports, session files and support bundles</source>
        <translation>In Exporten, Sitzungsdateien und Support-Paketen maskiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: &quot;%2&quot; is not a variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>Zeile %1: „%2“ ist kein Variablenname: Verwenden Sie Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: &quot;%2&quot; is set twice.</source>
        <translation>Zeile %1: „%2“ ist doppelt gesetzt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Paste a token first.</source>
        <translation>Fügen Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing in the keychain...</source>
        <translation>Wird im Schlüsselbund gespeichert...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not stored: %1 The token stays in memory for this session only.</source>
        <translation>Nicht gespeichert: %1 Das Token bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored in the keychain as %1; the profile refers to it.</source>
        <translation>Im Schlüsselbund als %1 gespeichert; das Profil verweist darauf.</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionStore</name>
    <message>
        <location filename="../core/session/sessionstore.cpp" line="+97"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionWriter</name>
    <message>
        <location filename="../core/session/sessionwriter.cpp" line="+74"/>
        <source>the session file cannot be written: %1</source>
        <translation>die Sitzungsdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session was closed</source>
        <translation>die Sitzung wurde geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session file reached its size limit</source>
        <translation>die Sitzungsdatei hat ihre Größengrenze erreicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk did not keep up</source>
        <translation>der Datenträger kam nicht hinterher</translation>
    </message>
</context>
<context>
    <name>maxmon::ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="+21"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything else is in the &lt;a href=&quot;%1&quot;&gt;manual&lt;/a&gt;.</source>
        <translation>Alles Weitere steht im &lt;a href=&quot;%1&quot;&gt;Handbuch&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>maxmon::SqliteDatabase</name>
    <message>
        <location filename="../core/session/sqlitedatabase.cpp" line="+81"/>
        <location line="+78"/>
        <source>Cannot read or write %1.</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file is damaged or is no maxmon session; what could be read is shown.</source>
        <translation>Die Datei ist beschädigt oder keine maxmon-Sitzung; angezeigt wird, was gelesen werden konnte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: free some space, or lower the size kept for sessions.</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei oder verringern Sie den Speicherplatz für Sitzungen.</translation>
    </message>
</context>
<context>
    <name>maxmon::StateBadge</name>
    <message>
        <location filename="../ui/widgets/statebadge.cpp" line="+60"/>
        <source>%1 for %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>maxmon::StaticTokenProvider</name>
    <message>
        <location filename="../core/websocket/statictokenprovider.cpp" line="+22"/>
        <source>the token given directly</source>
        <translation>das direkt angegebene Token</translation>
    </message>
</context>
<context>
    <name>maxmon::StatusSummary</name>
    <message>
        <location filename="../ui/window/statussummary.cpp" line="+27"/>
        <source>Heartbeat round-trip time: the latest answer and the 95th percentile of the recent ones</source>
        <translation>Heartbeat-Umlaufzeit: die letzte Antwort und das 95. Perzentil der jüngsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages per second received and sent on this connection, over the last second</source>
        <translation>Pro Sekunde empfangene und gesendete Nachrichten auf dieser Verbindung, über die letzte Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages in this connection&apos;s log</source>
        <translation>Nachrichten im Protokoll dieser Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent by you that are waiting to be written (not connected, or the peer reads slowly), and written ones whose arrival the next pong has not confirmed yet</source>
        <translation>Von Ihnen gesendete Nachrichten, die auf das Schreiben warten (keine Verbindung, oder die Gegenstelle liest langsam), und geschriebene, deren Ankunft der nächste Pong noch nicht bestätigt hat</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>In %1 msg/s · Out %2 msg/s</source>
        <translation>Ein %1 Nachr./s · Aus %2 Nachr./s</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Queue %1 · unconfirmed %2</source>
        <translation>Warteschlange %1 · unbestätigt %2</translation>
    </message>
</context>
<context>
    <name>maxmon::StreamEvent</name>
    <message>
        <location filename="../server/streamevent.cpp" line="+17"/>
        <source>must be between 0 and %1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>maxmon::SupportBundle</name>
    <message>
        <location filename="../core/session/supportbundle.cpp" line="+140"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>maxmon::TemplateButton</name>
    <message>
        <location filename="../ui/send/templatebutton.cpp" line="+10"/>
        <source>&amp;Save as Template...</source>
        <translation>Als Vorlage &amp;speichern...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert a saved message, or save this one with the profile (Ctrl+Shift+M)</source>
        <translation>Eine gespeicherte Nachricht einfügen oder diese mit dem Profil speichern (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No templates yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this template in the editor</source>
        <translation>Diese Vorlage in den Editor einfügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the message with the profile (Ctrl+Shift+S)</source>
        <translation>Die Nachricht mit dem Profil speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Template</source>
        <translation>Vorlage &amp;löschen</translation>
    </message>
</context>
<context>
    <name>maxmon::TemplateList</name>
    <message>
        <location filename="../ui/profiles/templatelist.cpp" line="+16"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save templates from the send panel (Ctrl+Shift+S)</source>
        <translation>Vorlagen aus dem Sendebereich speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected template from this profile</source>
        <translation>Die ausgewählte Vorlage aus diesem Profil löschen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>maxmon::TemplatesSection</name>
    <message>
        <location filename="../ui/profiles/templatessection.cpp" line="+10"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Saved:</source>
        <translation>&amp;Gespeichert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages saved from the send panel with this profile</source>
        <translation>Aus dem Sendebereich mit diesem Profil gespeicherte Nachrichten</translation>
    </message>
</context>
<context>
    <name>maxmon::Theme</name>
    <message>
        <location filename="../ui/preferences/theme.cpp" line="+52"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>maxmon::TlsPolicy</name>
    <message>
        <location filename="../core/websocket/tlsguard.cpp" line="+130"/>
        <source>The server hung up right after the TLS handshake. If it requires a client certificate, set tls.client_certificate_file and tls.client_key_file (--cert FILE --key FILE).</source>
        <translation>Der Server hat direkt nach dem TLS-Handshake aufgelegt. Falls er ein Client-Zertifikat verlangt, setzen Sie tls.client_certificate_file und tls.client_key_file (--cert FILE --key FILE).</translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="+50"/>
        <source>Check the path in %1.</source>
        <translation>Prüfen Sie den Pfad in %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 must name a PEM file with &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>%1 muss eine PEM-Datei mit &quot;-----BEGIN CERTIFICATE-----&quot;-Blöcken angeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The client key %1 is encrypted and no passphrase was given.</source>
        <translation>Der Client-Schlüssel %1 ist verschlüsselt, und es wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name where the passphrase comes from in tls.key_passphrase (for example {&quot;env&quot;: &quot;MAXMON_KEY_PASSPHRASE&quot;}), or --key-passphrase-env VAR.</source>
        <translation>Geben Sie in tls.key_passphrase an, woher die Passphrase kommt (zum Beispiel {&quot;env&quot;: &quot;MAXMON_KEY_PASSPHRASE&quot;}), oder verwenden Sie --key-passphrase-env VAR.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The client key %1 could not be decrypted.</source>
        <translation>Der Client-Schlüssel %1 konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client key %1 is not a PEM RSA, EC or DSA private key.</source>
        <translation>Der Client-Schlüssel %1 ist kein privater PEM-Schlüssel (RSA, EC oder DSA).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the passphrase named in tls.key_passphrase.</source>
        <translation>Prüfen Sie die in tls.key_passphrase angegebene Passphrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path in tls.client_key_file.</source>
        <translation>Prüfen Sie den Pfad in tls.client_key_file.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A client certificate needs both the certificate and the key file.</source>
        <translation>Ein Client-Zertifikat braucht sowohl die Zertifikats- als auch die Schlüsseldatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set tls.client_certificate_file and tls.client_key_file (--cert and --key).</source>
        <translation>Setzen Sie tls.client_certificate_file und tls.client_key_file (--cert und --key).</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Cannot read the CA file %1.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the client certificate file %1.</source>
        <translation>Die Client-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the client key file %1.</source>
        <translation>Die Client-Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The CA file %1 contains no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client certificate file %1 contains no PEM certificate.</source>
        <translation>Die Client-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The pin &quot;%1&quot; is not a base64 SHA-256 digest.</source>
        <translation>Der Pin „%1“ ist kein Base64-SHA-256-Hash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pin is the base64 of the SHA-256 of the certificate&apos;s SubjectPublicKeyInfo, 44 characters ending in &quot;=&quot;.</source>
        <translation>Ein Pin ist das Base64 des SHA-256 der SubjectPublicKeyInfo des Zertifikats, 44 Zeichen, endend auf &quot;=&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tls.allow_insecure is set but tls.allowed_errors lists no certificate error to accept.</source>
        <translation>tls.allow_insecure ist gesetzt, aber tls.allowed_errors nennt keinen zu akzeptierenden Zertifikatsfehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the exact errors to accept, for example %1.</source>
        <translation>Listen Sie die genauen zu akzeptierenden Fehler auf, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; in tls.allowed_errors is not a certificate error.</source>
        <translation>„%1“ in tls.allowed_errors ist kein Zertifikatsfehler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the names of QSslError, for example %1.</source>
        <translation>Verwenden Sie die Namen von QSslError, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pinned keys (tls.spki_pins):</source>
        <translation>Gepinnte Schlüssel (tls.spki_pins):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys the server presented:</source>
        <translation>Vom Server vorgelegte Schlüssel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s public key matches none of the pinned keys: the connection was refused before anything was sent.</source>
        <translation>Der öffentliche Schlüssel des Servers passt zu keinem der gepinnten Schlüssel: Die Verbindung wurde abgelehnt, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the server&apos;s key was changed on purpose, pin the new key (%1); otherwise someone may be intercepting the connection.</source>
        <translation>Wenn der Schlüssel des Servers absichtlich geändert wurde, pinnen Sie den neuen Schlüssel (%1); andernfalls fängt womöglich jemand die Verbindung ab.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server&apos;s certificate is self-signed (&quot;%1&quot;), so nobody vouches for it.</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert („%1“), daher bürgt niemand dafür.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you trust this server, add its certificate as the profile&apos;s CA file (tls.ca_file, --ca FILE) and connect again.</source>
        <translation>Wenn Sie diesem Server vertrauen, fügen Sie sein Zertifikat als CA-Datei des Profils hinzu (tls.ca_file, --ca FILE) und verbinden Sie erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate was issued by &quot;%1&quot;, a certificate authority this machine does not trust.</source>
        <translation>Das Zertifikat des Servers wurde von „%1“ ausgestellt, einer Zertifizierungsstelle, der dieser Rechner nicht vertraut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the certificate of the CA &quot;%1&quot; (PEM) to the profile: tls.ca_file, or --ca FILE.</source>
        <translation>Fügen Sie das Zertifikat der CA „%1“ (PEM) zum Profil hinzu: tls.ca_file oder --ca FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate is not valid for &quot;%1&quot;.</source>
        <translation>Das Zertifikat des Servers ist nicht für „%1“ gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate covers only: %1. Connect with one of these names, or have the server&apos;s certificate include &quot;%2&quot;.</source>
        <translation>Das Zertifikat deckt nur ab: %1. Verbinden Sie mit einem dieser Namen oder lassen Sie „%2“ in das Zertifikat des Servers aufnehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no names at all</source>
        <translation>überhaupt keine Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was valid from %1; it is now %2. The server&apos;s certificate must be renewed (or this machine&apos;s clock is wrong).</source>
        <translation>Es war gültig ab %1; jetzt ist %2. Das Zertifikat des Servers muss erneuert werden (oder die Uhr dieses Rechners geht falsch).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate is not valid before %1.</source>
        <translation>Das Zertifikat des Servers ist nicht vor %1 gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is valid from %1; it is now %2. Check this machine&apos;s clock.</source>
        <translation>Es ist gültig ab %1; jetzt ist %2. Prüfen Sie die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate was rejected: %1.</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server does not offer TLS 1.2 or later.</source>
        <translation>Der Server bietet kein TLS 1.2 oder neuer an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maxmon never uses TLS 1.0 or 1.1: the server&apos;s TLS configuration must enable TLS 1.2 or 1.3.</source>
        <translation>maxmon verwendet nie TLS 1.0 oder 1.1: Die TLS-Konfiguration des Servers muss TLS 1.2 oder 1.3 aktivieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server requires a client certificate.</source>
        <translation>Der Server verlangt ein Client-Zertifikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the certificate %1: check that it was issued by a CA the server trusts.</source>
        <translation>Der Server hat das Zertifikat %1 nicht akzeptiert: Prüfen Sie, ob es von einer CA ausgestellt wurde, der der Server vertraut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set tls.client_certificate_file and tls.client_key_file (--cert FILE --key FILE).</source>
        <translation>Setzen Sie tls.client_certificate_file und tls.client_key_file (--cert FILE --key FILE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server rejected the client certificate.</source>
        <translation>Der Server hat das Client-Zertifikat abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not trust %1: use a certificate issued by a CA the server accepts.</source>
        <translation>Der Server vertraut %1 nicht: Verwenden Sie ein Zertifikat einer CA, die der Server akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server wants a client certificate: set tls.client_certificate_file and tls.client_key_file.</source>
        <translation>Der Server will ein Client-Zertifikat: Setzen Sie tls.client_certificate_file und tls.client_key_file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS handshake failed.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the port speaks TLS (wss://) and not plain WebSocket (ws://).</source>
        <translation>Prüfen Sie, ob der Port TLS spricht (wss://) und nicht einfaches WebSocket (ws://).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>TLS verification is relaxed for this profile (tls.allow_insecure): certificate errors of the kinds %1 are accepted, so the server may not be who it claims to be.</source>
        <translation>Die TLS-Prüfung ist für dieses Profil gelockert (tls.allow_insecure): Zertifikatsfehler der Arten %1 werden akzeptiert, daher ist der Server womöglich nicht der, für den er sich ausgibt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token is sent unencrypted (ws://): anyone on the network path can read it. Use wss://.</source>
        <translation>Das Token wird unverschlüsselt gesendet (ws://): Jeder auf dem Netzwerkpfad kann es lesen. Verwenden Sie wss://.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Certificate errors:</source>
        <translation>Zertifikatsfehler:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (certificate &quot;%1&quot;)</source>
        <translation> (Zertifikat „%1“)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server presented no certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate chain presented by the server:</source>
        <translation>Vom Server vorgelegte Zertifikatskette:</translation>
    </message>
</context>
<context>
    <name>maxmon::TlsSection</name>
    <message>
        <location filename="../ui/profiles/tlssection.cpp" line="+14"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/etc/max/ca.pem</source>
        <translation>/etc/max/ca.pem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept the certificate errors listed below</source>
        <translation>Die unten aufgeführten Zertifikatsfehler akzeptieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Insecure: a server with these certificate errors is accepted, so anyone on the network path could read and change this connection, token included. Use it only against test servers.</source>
        <translation>⚠ Unsicher: Ein Server mit diesen Zertifikatsfehlern wird akzeptiert, daher könnte jeder auf dem Netzwerkpfad diese Verbindung mitlesen und verändern, einschließlich des Tokens. Nur gegen Testserver verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SelfSignedCertificate, HostNameMismatch</source>
        <translation>SelfSignedCertificate, HostNameMismatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base64 SHA-256 of a SubjectPublicKeyInfo, one per line</source>
        <translation>Base64-SHA-256 einer SubjectPublicKeyInfo, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra trusted CA certificates (PEM), added to the system&apos;s</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM), ergänzend zu denen des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ce&amp;rtificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent when the server asks for one (PEM)</source>
        <translation>Wird gesendet, wenn der Server eines verlangt (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client certificate&apos;s private key (PEM)</source>
        <translation>Der private Schlüssel des Client-Zertifikats (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key &amp;passphrase from:</source>
        <translation>&amp;Passphrase aus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the passphrase of an encrypted key is read; never stored</source>
        <translation>Woher die Passphrase eines verschlüsselten Schlüssels gelesen wird; wird nie gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pins:</source>
        <translation>P&amp;ins:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse a server unless one of its certificates has one of these keys</source>
        <translation>Einen Server ablehnen, sofern nicht eines seiner Zertifikate einen dieser Schlüssel hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never the default: only the certificate errors named below are accepted</source>
        <translation>Nie Standard: nur die unten genannten Zertifikatsfehler werden akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted &amp;errors:</source>
        <translation>&amp;Akzeptierte Fehler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QSslError names, separated by commas</source>
        <translation>QSslError-Namen, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>maxmon::TlsSessionInfo</name>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="+35"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS chain</source>
        <translation>TLS-Kette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT verified: accepted %1</source>
        <translation>NICHT verifiziert: akzeptiert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS pin</source>
        <translation>TLS-Pin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matched</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none configured</source>
        <translation>keiner konfiguriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS client certificate</source>
        <translation>TLS-Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS peer [%1]</source>
        <translation>TLS-Gegenstelle [%1]</translation>
    </message>
</context>
<context>
    <name>maxmon::Units</name>
    <message>
        <location filename="../core/config/units.cpp" line="+60"/>
        <source>&quot;%1&quot; is not a duration (try %2).</source>
        <translation>„%1“ ist keine gültige Dauer (versuchen Sie %2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not a rate (try %2).</source>
        <translation>„%1“ ist keine gültige Rate (versuchen Sie %2).</translation>
    </message>
</context>
<context>
    <name>maxmon::ValidationError</name>
    <message>
        <location filename="../core/base/validationerror.cpp" line="+27"/>
        <source>The message is not valid: %1</source>
        <translation>Die Nachricht ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::Variables</name>
    <message>
        <location filename="../core/config/variables.cpp" line="+181"/>
        <source>&quot;{{&quot; at position %1 is not closed by &quot;}}&quot;: write {{{{ for a literal {{</source>
        <translation>„{{“ an Position %1 wird nicht durch „}}“ geschlossen: Schreiben Sie {{{{ für ein wörtliches {{</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{{%1}} is not a valid variable name: use letters, digits and _, not starting with a digit</source>
        <translation>{{%1}} ist kein gültiger Variablenname: Verwenden Sie Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{{%1}} is not defined: set it for this session, in the profile, or as %2</source>
        <translation>{{%1}} ist nicht definiert: Setzen Sie es für diese Sitzung, im Profil oder als %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The URL is not valid once its variables are replaced: %1</source>
        <translation>Die URL ist nach dem Ersetzen ihrer Variablen ungültig: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::VariablesSection</name>
    <message>
        <location filename="../ui/profiles/variablessection.cpp" line="+28"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {{name}} in the URL, headers and messages. A session variable of the same name (Connection &gt; Session Secrets...) comes first, then these, then the environment variable MAXMON_&lt;NAME&gt;. A secret variable is saved only as where its value lives, read when connecting and masked in every export.</source>
        <translation>Verwenden Sie {{name}} in der URL, in Headern und Nachrichten. Eine Sitzungsvariable gleichen Namens (Verbindung &gt; Sitzungsgeheimnisse...) hat Vorrang, dann diese, dann die Umgebungsvariable MAXMON_&lt;NAME&gt;. Von einer geheimen Variablen wird nur gespeichert, wo ihr Wert liegt; er wird beim Verbinden gelesen und in jedem Export maskiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+149"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Profile variables</source>
        <translation>Profilvariablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a variable to this profile</source>
        <translation>Diesem Profil eine Variable hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Variables saved with this profile, for {{name}}</source>
        <translation>Mit diesem Profil gespeicherte Variablen, für {{name}}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a variable needs a name</source>
        <translation>eine Variable braucht einen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is set twice</source>
        <translation>„%1“ ist doppelt gesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name the variable, file, command or entry</source>
        <translation>benennen Sie die Variable, die Datei, den Befehl oder den Eintrag</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable name</source>
        <translation>Variablenname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable value</source>
        <translation>Variablenwert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save only where the value lives (keychain, environment variable, file, command), never the value; masked in exports, session files and support bundles</source>
        <translation>Nur speichern, wo der Wert liegt (Schlüsselbund, Umgebungsvariable, Datei, Befehl), nie den Wert; in Exporten, Sitzungsdateien und Support-Paketen maskiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this variable from the profile</source>
        <translation>Diese Variable aus dem Profil entfernen</translation>
    </message>
</context>
<context>
    <name>maxmon::WebSocketClient</name>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="+41"/>
        <source>The connection settings are not valid.</source>
        <translation>Die Verbindungseinstellungen sind ungültig.</translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionerrors.cpp" line="-216"/>
        <source>The server sent a message larger than the limit of %1 bytes; the connection was closed with 1009 (Message too big).</source>
        <translation>Der Server hat eine Nachricht gesendet, die größer als das Limit von %1 Bytes ist; die Verbindung wurde mit 1009 (Message too big) geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raise max_incoming_message_size in the profile, or make the server send smaller messages.</source>
        <translation>Erhöhen Sie max_incoming_message_size im Profil oder lassen Sie den Server kleinere Nachrichten senden.</translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="-4"/>
        <source>The URL is not valid.</source>
        <translation>Die URL ist ungültig.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Cannot change the settings while %1.</source>
        <translation>Die Einstellungen können im Zustand „%1“ nicht geändert werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n-mal)</numerusform>
            <numerusform>%1 (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot open while %1.</source>
        <translation>Öffnen ist im Zustand „%1“ nicht möglich.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot retry now while %1.</source>
        <translation>Ein sofortiger neuer Versuch ist im Zustand „%1“ nicht möglich.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot close while %1.</source>
        <translation>Schließen ist im Zustand „%1“ nicht möglich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a close code a client may send.</source>
        <translation>%1 ist kein Close-Code, den ein Client senden darf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 1000, 1001, 3000-3999 or 4000-4999.</source>
        <translation>Verwenden Sie 1000, 1001, 3000-3999 oder 4000-4999.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only outgoing text, JSON or binary messages can be sent.</source>
        <translation>Nur ausgehende Text-, JSON- oder Binärnachrichten können gesendet werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message is %1 bytes, more than the limit of %2 bytes.</source>
        <translation>Die Nachricht hat %1 Bytes, mehr als das Limit von %2 Bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raise max_outgoing_message_size in the profile.</source>
        <translation>Erhöhen Sie max_outgoing_message_size im Profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text message is not valid UTF-8; the server would close the connection (1007).</source>
        <translation>Die Textnachricht ist kein gültiges UTF-8; der Server würde die Verbindung schließen (1007).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send it as a binary message instead.</source>
        <translation>Senden Sie sie stattdessen als Binärnachricht.</translation>
    </message>
    <message>
        <location filename="../core/websocket/handshakerequest.cpp" line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In the URL</source>
        <translation>In der URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the header %1</source>
        <translation>Im Header %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header %1 would contain a line break once its variables are replaced.</source>
        <translation>Der Header %1 würde nach dem Ersetzen seiner Variablen einen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The token cannot be sent as a Phoenix authToken subprotocol: its base64 form contains &apos;/&apos;, which a subprotocol name may not.</source>
        <translation>Das Token kann nicht als Phoenix-authToken-Subprotokoll gesendet werden: Seine Base64-Form enthält „/“, was ein Subprotokoll-Name nicht darf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send it as a query parameter (auth mode &quot;query&quot;) or a bearer header instead.</source>
        <translation>Senden Sie es stattdessen als Query-Parameter (Authentifizierungsmodus &quot;query&quot;) oder als Bearer-Header.</translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionerrors.cpp" line="-23"/>
        <source>The server closed the connection during the handshake.</source>
        <translation>Der Server hat die Verbindung während des Handshakes geschlossen.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The connection was lost: the server closed it without a close frame (1006 Abnormal closure).</source>
        <translation>Die Verbindung ist verloren: Der Server hat sie ohne Close-Frame geschlossen (1006 Abnormal closure).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted the connection but did not answer the WebSocket handshake within %1 ms.</source>
        <translation>Der Server hat die Verbindung angenommen, aber den WebSocket-Handshake nicht innerhalb von %1 ms beantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the URL points at a WebSocket endpoint.</source>
        <translation>Prüfen Sie, ob die URL auf einen WebSocket-Endpunkt zeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to the server within %1 ms.</source>
        <translation>Verbindung zum Server nicht innerhalb von %1 ms möglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host, the port and any firewall in between.</source>
        <translation>Prüfen Sie Host, Port und jede Firewall dazwischen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The server sent a message larger than the limit of %1 bytes.</source>
        <translation>Der Server hat eine Nachricht gesendet, die größer als das Limit von %1 Bytes ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a text message that is not valid UTF-8.</source>
        <translation>Der Server hat eine Textnachricht gesendet, die kein gültiges UTF-8 ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt&apos;s frame parser reported: %1</source>
        <translation>Der Frame-Parser von Qt meldete: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The client answered with %1.</source>
        <translation>Der Client hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt 6.4 does not accept close code %1 (registered for servers after RFC 6455) and answered with %2.</source>
        <translation>Qt 6.4 akzeptiert den Close-Code %1 nicht (nach RFC 6455 für Server registriert) und hat mit %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The client closed the connection with %1 after it found a problem in what the server sent.</source>
        <translation>Der Client hat die Verbindung mit %1 geschlossen, nachdem er ein Problem in den Daten des Servers gefunden hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt 6 also closes with 1007 when a valid text message is fragmented in the middle of a multi-byte character.</source>
        <translation>Qt 6 schließt auch mit 1007, wenn eine gültige Textnachricht mitten in einem Mehrbyte-Zeichen fragmentiert ist.</translation>
    </message>
    <message>
        <location filename="../core/websocket/reconnectpolicy.cpp" line="+121"/>
        <source>The server refused the token again (HTTP %1), also after a fresh one was fetched from %2.</source>
        <translation>Der Server hat das Token erneut abgelehnt (HTTP %1), auch nachdem ein frisches von %2 geholt wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token source</source>
        <translation>der Token-Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the credentials; maxmon does not retry now.</source>
        <translation>Prüfen Sie die Zugangsdaten; maxmon versucht es jetzt nicht erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>renewing the token</source>
        <translation>Token wird erneuert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
Gave up after %1 reconnect attempts (reconnect.max_attempts).</source>
        <translation>
Aufgegeben nach %1 Neuverbindungsversuchen (reconnect.max_attempts).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/websocket/websocketclient_p.cpp" line="+496"/>
        <source>%n sent message(s) may not have arrived: the connection ended before the server confirmed them.</source>
        <translation>
            <numerusform>%n gesendete Nachricht ist möglicherweise nicht angekommen: Die Verbindung endete, bevor der Server sie bestätigt hat.</numerusform>
            <numerusform>%n gesendete Nachrichten sind möglicherweise nicht angekommen: Die Verbindung endete, bevor der Server sie bestätigt hat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message ids: %1</source>
        <translation>Nachrichten-IDs: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSocket has no acknowledgements; maxmon counts a message as arrived once the server answers a later ping. Resend these if they must arrive.</source>
        <translation>WebSocket hat keine Bestätigungen; maxmon zählt eine Nachricht als angekommen, sobald der Server auf einen späteren Ping antwortet. Senden Sie diese erneut, wenn sie ankommen müssen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected although the server&apos;s certificate failed verification: %1.</source>
        <translation>Verbunden, obwohl das Zertifikat des Servers die Prüfung nicht bestanden hat: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server breaks the WebSocket protocol where Qt 6.4 does not check: %1</source>
        <translation>Der Server verletzt das WebSocket-Protokoll an einer Stelle, die Qt 6.4 nicht prüft: %1</translation>
    </message>
    <message>
        <location filename="../core/websocket/handshakeprobe.cpp" line="+51"/>
        <source>A diagnostic request for the server&apos;s answer got none: %1</source>
        <translation>Eine Diagnoseanfrage nach der Antwort des Servers hat keine erhalten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer, fetched again by a diagnostic request: HTTP %1</source>
        <translation>Die Antwort des Servers, von einer Diagnoseanfrage erneut abgerufen: HTTP %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the server&apos;s certificate does not match the pins</source>
        <translation>das Zertifikat des Servers passt nicht zu den Pins</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this time the server accepted the upgrade</source>
        <translation>diesmal hat der Server das Upgrade akzeptiert</translation>
    </message>
</context>
<context>
    <name>maxmon::chartstyle::ChartTexts</name>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="+144"/>
        <source>RTT (ms)</source>
        <translation>RTT (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost probe</source>
        <translation>verlorene Probe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>msg/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>msg in</source>
        <translation>Nachr. ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>msg out</source>
        <translation>Nachr. aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::BenchCommand</name>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="+22"/>
        <source>Load an echo endpoint (e.g. the demo server&apos;s /echo) from several connections and measure throughput and round-trip latency. Each message carries a sequence number at its start; an echo is matched by it and must come back unchanged.
Exit codes: 0 all messages came back intact, 9 messages lost or mismatched or a connection failed, 2 usage; when no connection opened, the connect exit code.</source>
        <translation>Einen Echo-Endpunkt (z. B. /echo des Demo-Servers) über mehrere Verbindungen belasten und Durchsatz und Umlauflatenz messen. Jede Nachricht trägt an ihrem Anfang eine Sequenznummer; ein Echo wird darüber zugeordnet und muss unverändert zurückkommen.
Exit-Codes: 0 alle Nachrichten kamen intakt zurück, 9 Nachrichten verloren oder abweichend oder eine Verbindung fehlgeschlagen, 2 Aufruffehler; wenn keine Verbindung geöffnet wurde, der Exit-Code von connect.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ws:// or wss:// URL of an echo endpoint</source>
        <translation>ws://- oder wss://-URL eines Echo-Endpunkts</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>[bench] %n connection(s) open, %1 failed; sending</source>
        <translation>
            <numerusform>[bench] %n Verbindung offen, %1 fehlgeschlagen; sende</numerusform>
            <numerusform>[bench] %n Verbindungen offen, %1 fehlgeschlagen; sende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>[bench] %n connection(s) to %1</source>
        <translation>
            <numerusform>[bench] %n Verbindung zu %1</numerusform>
            <numerusform>[bench] %n Verbindungen zu %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::BenchOptions</name>
    <message>
        <location filename="../app/cli/benchoptions.cpp" line="+13"/>
        <source>Message size in bytes, at least 16 (default 64; 1KiB, 1MB ... allowed).</source>
        <translation>Nachrichtengröße in Bytes, mindestens 16 (Standard 64; 1KiB, 1MB ... erlaubt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages in all connections together (default 1000; 0 with --duration).</source>
        <translation>Nachrichten aller Verbindungen zusammen (Standard 1000; 0 mit --duration).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send for this long instead of a count, e.g. 10s.</source>
        <translation>So lange senden statt einer Anzahl, z. B. 10s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages per second in all (default: as fast as the windows allow).</source>
        <translation>Nachrichten pro Sekunde insgesamt (Standard: so schnell, wie die Fenster es erlauben).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallel connections (default 1).</source>
        <translation>Parallele Verbindungen (Standard 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages in flight per connection: 1 is request/response, more pipelines (default 1).</source>
        <translation>Nachrichten unterwegs pro Verbindung: 1 ist Anfrage/Antwort, mehr ist Pipelining (Standard 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send text messages instead of binary ones.</source>
        <translation>Textnachrichten statt binärer senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up when no echo came back for this long while messages are in flight (default 5s); those are lost.</source>
        <translation>Aufgeben, wenn so lange kein Echo zurückkam, während Nachrichten unterwegs sind (Standard 5s); diese gelten als verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report as one JSON object.</source>
        <translation>Den Bericht als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>above 0 and at most 24 days</source>
        <translation>über 0 und höchstens 24 Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--count: a number of messages, 0 or more.</source>
        <translation>--count: eine Anzahl von Nachrichten, 0 oder mehr.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--rate: messages per second, above 0.</source>
        <translation>--rate: Nachrichten pro Sekunde, über 0.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>from 1ms to 24 days</source>
        <translation>von 1ms bis 24 Tage</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+31"/>
        <source>wrong number of arguments: %1</source>
        <translation>falsche Anzahl von Argumenten: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Try &apos;maxmon-cli %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;maxmon-cli %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ConnectCommand</name>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="+15"/>
        <source>Connect to a WebSocket server: stdin lines (and --send) are sent, received messages are printed on stdout; status and errors go to stderr.
On a terminal (or with --interactive) every message is shown with its time and direction (&lt; in, &gt; out); in a pipe stdout holds nothing but the received data, one message per line, binary ones in base64 (or hex).
SIGINT closes with 1000, SIGTERM with 1001; a second signal exits at once (130).
Exit codes: 0 closed normally, 1 other failure, 2 usage, 3 connection, 4 TLS, 5 authentication, 6 timeout, 7 protocol, 8 configuration.</source>
        <translation>Mit einem WebSocket-Server verbinden: Zeilen von stdin (und --send) werden gesendet, empfangene Nachrichten auf stdout ausgegeben; Status und Fehler gehen nach stderr.
Auf einem Terminal (oder mit --interactive) wird jede Nachricht mit Zeit und Richtung gezeigt (&lt; ein, &gt; aus); in einer Pipe enthält stdout nur die empfangenen Daten, eine Nachricht pro Zeile, binäre in Base64 (oder Hex).
SIGINT schließt mit 1000, SIGTERM mit 1001; ein zweites Signal beendet sofort (130).
Exit-Codes: 0 normal geschlossen, 1 anderer Fehler, 2 Aufruffehler, 3 Verbindung, 4 TLS, 5 Authentifizierung, 6 Zeitüberschreitung, 7 Protokoll, 8 Konfiguration.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ws:// or wss:// URL</source>
        <translation>ws://- oder wss://-URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print every message, received and sent, as one JSON record per line (see docs/message-records.md).</source>
        <translation>Jede Nachricht, empfangen wie gesendet, als einen JSON-Datensatz pro Zeile ausgeben (siehe docs/message-records.md).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show times and directions even when stdout is not a terminal.</source>
        <translation>Zeiten und Richtungen auch zeigen, wenn stdout kein Terminal ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use either --json or --interactive, not both.</source>
        <translation>Verwenden Sie entweder --json oder --interactive, nicht beides.</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ConnectOptions</name>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="+32"/>
        <source>Start from this connection profile (JSON); the options given here override it.</source>
        <translation>Von diesem Verbindungsprofil (JSON) ausgehen; die hier angegebenen Optionen überschreiben es.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give up connecting (TCP, TLS and handshake) after this long (default 10s).</source>
        <translation>Den Verbindungsaufbau (TCP, TLS und Handshake) nach dieser Zeit aufgeben (Standard 10s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnect with backoff when the connection fails or is lost, instead of exiting.</source>
        <translation>Bei Fehlschlag oder Verlust der Verbindung mit Backoff neu verbinden, statt zu beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a handshake header (repeatable).</source>
        <translation>Einen Handshake-Header hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a subprotocol (repeatable).</source>
        <translation>Ein Subprotokoll anbieten (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a bearer token in the Authorization header. Visible in the process list: prefer --token-env or --token-file.</source>
        <translation>Ein Bearer-Token im Authorization-Header senden. In der Prozessliste sichtbar: besser --token-env oder --token-file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the bearer token from this environment variable.</source>
        <translation>Das Bearer-Token aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the bearer token from this file (readable by you alone).</source>
        <translation>Das Bearer-Token aus dieser Datei lesen (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run this program (no shell) and use its output as the bearer token.</source>
        <translation>Dieses Programm ausführen (ohne Shell) und seine Ausgabe als Bearer-Token verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the CA certificates in this PEM file, besides the system&apos;s.</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei vertrauen, zusätzlich zu denen des Systems.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present this client certificate (PEM); needs --key.</source>
        <translation>Dieses Client-Zertifikat vorlegen (PEM); braucht --key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client certificate&apos;s private key (PEM).</source>
        <translation>Der private Schlüssel des Client-Zertifikats (PEM).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the passphrase of an encrypted --key from this environment variable.</source>
        <translation>Die Passphrase eines verschlüsselten --key aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only accept a server whose certificate chain has this public key: base64 SHA-256 of the SubjectPublicKeyInfo (repeatable).</source>
        <translation>Nur einen Server akzeptieren, dessen Zertifikatskette diesen öffentlichen Schlüssel enthält: base64-SHA-256 der SubjectPublicKeyInfo (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DANGEROUS: accept self-signed, untrusted, expired and wrong-host certificates. Prints a warning; pins still apply.</source>
        <translation>GEFÄHRLICH: selbstsignierte, nicht vertrauenswürdige, abgelaufene und auf einen falschen Host lautende Zertifikate akzeptieren. Gibt eine Warnung aus; Pins gelten weiterhin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DANGEROUS: accept only this certificate error, e.g. SelfSignedCertificate (repeatable; instead of --insecure).</source>
        <translation>GEFÄHRLICH: nur diesen Zertifikatsfehler akzeptieren, z. B. SelfSignedCertificate (wiederholbar; statt --insecure).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proxy: http://[user@]host:port (HTTP CONNECT), socks5://[user@]host:port, none, or system (the default).</source>
        <translation>Proxy: http://[user@]host:port (HTTP CONNECT), socks5://[user@]host:port, none oder system (Standard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the proxy password from this environment variable.</source>
        <translation>Das Proxy-Passwort aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give a URL (or a --profile that has one).</source>
        <translation>Geben Sie eine URL an (oder ein --profile, das eine hat).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be above 0 and at most 24h.</source>
        <translation>muss über 0 und höchstens 24h sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--header needs name:value, got &quot;%1&quot;.</source>
        <translation>--header braucht name:value, erhalten: „%1“.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the token one way only: --token, --token-env, --token-file or --token-command.</source>
        <translation>Geben Sie das Token nur auf eine Weise an: --token, --token-env, --token-file oder --token-command.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--cert and --key go together.</source>
        <translation>--cert und --key gehören zusammen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use either --insecure or --allow-tls-error, not both.</source>
        <translation>Verwenden Sie entweder --insecure oder --allow-tls-error, nicht beides.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--allow-tls-error: &quot;%1&quot; is not a certificate error; known ones include %2.</source>
        <translation>--allow-tls-error: „%1“ ist kein Zertifikatsfehler; bekannte sind u. a. %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--proxy-password-env needs a user in --proxy (http://USER@host:port).</source>
        <translation>--proxy-password-env braucht einen Benutzer in --proxy (http://USER@host:port).</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::Console</name>
    <message>
        <location filename="../app/cli/console.cpp" line="+39"/>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS %1, %2, chain verified</source>
        <translation>TLS %1, %2, Kette verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS %1, %2, chain NOT verified</source>
        <translation>TLS %1, %2, Kette NICHT verifiziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, pin matched</source>
        <translation>, Pin stimmt überein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, server %1, valid until %2</source>
        <translation>, Server %1, gültig bis %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+30"/>
        <source>send stdin lines, print received messages</source>
        <translation>Zeilen von stdin senden, empfangene Nachrichten ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handshake time, ping RTT and loss, for monitoring</source>
        <translation>Handshake-Zeit, Ping-RTT und Verlust, für die Überwachung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect and record every message in F (.maxmon session, or JSON lines)</source>
        <translation>verbinden und jede Nachricht in F aufzeichnen (.maxmon-Sitzung oder JSON Lines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print a session&apos;s, recording&apos;s or bundle&apos;s messages, filtered</source>
        <translation>die Nachrichten einer Sitzung, einer Aufzeichnung oder eines Pakets gefiltert ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>convert between .maxmon, .jsonl and .csv</source>
        <translation>zwischen .maxmon, .jsonl und .csv konvertieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send a recording&apos;s messages again, with their timing</source>
        <translation>die Nachrichten einer Aufzeichnung erneut senden, mit ihrem Timing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>throughput and latency against an echo endpoint</source>
        <translation>Durchsatz und Latenz gegen einen Echo-Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix Channels: join, push, print replies, events</source>
        <translation>Phoenix Channels: beitreten, pushen, Antworten und Ereignisse ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the embedded demo server (/echo, /events, /auth, /socket)</source>
        <translation>den eingebauten Demoserver starten (/echo, /events, /auth, /socket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward TCP through a bad network (latency, caps, resets)</source>
        <translation>TCP durch ein schlechtes Netz weiterleiten (Latenz, Limits, Resets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold many connections, export their health to Prometheus</source>
        <translation>viele Verbindungen halten, ihren Zustand an Prometheus exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: maxmon-cli [--lang LANGUAGE] &lt;command&gt; [options]</source>
        <translation>Aufruf: maxmon-cli [--lang SPRACHE] &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &apos;maxmon-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>&apos;maxmon-cli &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options: --help, --version, --lang LANGUAGE (de, ru, en, ...; default: the system&apos;s)</source>
        <translation>Optionen: --help, --version, --lang SPRACHE (de, ru, en, ...; Standard: die des Systems)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes (probe: the Nagios ones, 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN):
  0 ok  1 other failure  2 usage  3 connection  4 TLS  5 authentication
  6 timeout  7 protocol  8 configuration  9 incomplete (replay, bench)
  10 join failed  11 push failed (phoenix)</source>
        <translation>Exit-Codes (probe: die von Nagios, 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN):
  0 ok  1 anderer Fehler  2 Aufruf  3 Verbindung  4 TLS  5 Authentifizierung
  6 Zeitüberschreitung  7 Protokoll  8 Konfiguration  9 unvollständig (replay, bench)
  10 Beitritt fehlgeschlagen  11 Push fehlgeschlagen (phoenix)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>maxmon-cli: no translation for &quot;%1&quot; (there are: %2); using English</source>
        <translation>maxmon-cli: keine Übersetzung für &quot;%1&quot; (vorhanden: %2); Englisch wird verwendet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>maxmon-cli: unknown command &apos;%1&apos;</source>
        <translation>maxmon-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ConvertCommand</name>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="+18"/>
        <source>Convert between a session file (.maxmon), a recording (JSON lines, .jsonl) and CSV (.csv, as output only): the format is OUT&apos;s extension; IN may be any of them or a support bundle. Every message is kept byte for byte; events (state changes, errors, gaps) go along into session files and JSON lines.
Exit codes: 0 written, 2 usage, 8 IN cannot be read or OUT written.</source>
        <translation>Zwischen einer Sitzungsdatei (.maxmon), einer Aufzeichnung (JSON Lines, .jsonl) und CSV (.csv, nur als Ausgabe) konvertieren: Das Format ergibt sich aus der Endung von OUT; IN kann jedes davon oder ein Support-Paket sein. Jede Nachricht bleibt Byte für Byte erhalten; Ereignisse (Zustandsänderungen, Fehler, Lücken) werden in Sitzungsdateien und JSON Lines mitgenommen.
Exit-Codes: 0 geschrieben, 2 Aufruf, 8 IN nicht lesbar oder OUT nicht schreibbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to read.</source>
        <translation>Die zu lesende Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write: .maxmon, .jsonl or .csv.</source>
        <translation>Die zu schreibende Datei: .maxmon, .jsonl oder .csv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OUT must end in .maxmon, .jsonl or .csv, not &quot;%1&quot;.</source>
        <translation>OUT muss auf .maxmon, .jsonl oder .csv enden, nicht auf „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln message(s) and %1 of %2 written to %3</source>
        <translation>
            <numerusform>%Ln Nachricht und %1 von %2 nach %3 geschrieben</numerusform>
            <numerusform>%Ln Nachrichten und %1 von %2 nach %3 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::HeartbeatOptions</name>
    <message>
        <location filename="../app/cli/heartbeatoptions.cpp" line="+25"/>
        <source>must be above 0 and at most 24h.</source>
        <translation>muss über 0 und höchstens 24h sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ping at this fixed interval (500ms, 1s, ...; &quot;off&quot; to disable) and print every round-trip time on stderr, with a summary at exit.</source>
        <translation>In diesem festen Intervall pingen (500ms, 1s, ...; &quot;off&quot; zum Abschalten) und jede Umlaufzeit auf stderr ausgeben, mit einer Zusammenfassung am Ende.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ping without answer after this is lost (default 5s).</source>
        <translation>Ein Ping, der so lange unbeantwortet bleibt, gilt als verloren (Standard 5s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the interval adapt to the link, starting at --heartbeat.</source>
        <translation>Das Intervall an die Verbindung anpassen lassen, beginnend bei --heartbeat.</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::InputFormat</name>
    <message>
        <location filename="../app/cli/inputformat.cpp" line="+12"/>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::MessagePrinter</name>
    <message numerus="yes">
        <location filename="../app/cli/messageprinter.cpp" line="+40"/>
        <source>binary %n byte(s): </source>
        <translation>
            <numerusform>binär %n Byte: </numerusform>
            <numerusform>binär %n Bytes: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::MonitorCommand</name>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="+35"/>
        <source>open file limit raised from %1 to %2</source>
        <translation>Limit für offene Dateien von %1 auf %2 erhöht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 targets need more open files than the limit of %2: raise it (ulimit -n, systemd&apos;s LimitNOFILE=)</source>
        <translation>%1 Ziele brauchen mehr offene Dateien als das Limit von %2: Erhöhen Sie es (ulimit -n, LimitNOFILE= von systemd)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hold one connection per target of the config open, reconnecting forever, and serve their health as Prometheus metrics on /metrics (also /healthz, and /probe?target=URL&amp;module=NAME for one-shot probes).
SIGHUP reloads the config; SIGTERM or SIGINT closes every connection with 1001 and exits 0.
Exit codes: 0 stopped by a signal, 2 usage, 3 cannot listen, 4 the listener&apos;s TLS files, 8 the config has errors or a secret cannot be read.</source>
        <translation>Zu jedem Ziel der Konfiguration eine Verbindung offen halten, ohne Ende neu verbinden und ihren Zustand als Prometheus-Metriken unter /metrics bereitstellen (außerdem /healthz sowie /probe?target=URL&amp;module=NAME für einmalige Proben).
SIGHUP lädt die Konfiguration neu; SIGTERM oder SIGINT schließt jede Verbindung mit 1001 und beendet mit 0.
Exit-Codes: 0 durch ein Signal beendet, 2 Aufruf, 3 kann nicht lauschen, 4 die TLS-Dateien des Listeners, 8 die Konfiguration hat Fehler oder ein Geheimnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The monitor&apos;s config file (JSON).</source>
        <translation>Die Konfigurationsdatei des Monitors (JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve the metrics here instead of the config&apos;s &quot;listen&quot; (default 127.0.0.1:9464; port 0: any free one).</source>
        <translation>Die Metriken hier statt unter dem &quot;listen&quot; der Konfiguration bereitstellen (Standard 127.0.0.1:9464; Port 0: ein beliebiger freier).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only read the config, report its problems, and exit.</source>
        <translation>Nur die Konfiguration lesen, ihre Probleme melden und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--config FILE is needed</source>
        <translation>--config FILE wird benötigt</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1: %n target(s), no errors</source>
        <translation>
            <numerusform>%1: %n Ziel, keine Fehler</numerusform>
            <numerusform>%1: %n Ziele, keine Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>serving %1/metrics</source>
        <translation>%1/metrics wird bereitgestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIGHUP: reloading %1</source>
        <translation>SIGHUP: %1 wird neu geladen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>closing %n connection(s) with 1001</source>
        <translation>
            <numerusform>%n Verbindung wird mit 1001 geschlossen</numerusform>
            <numerusform>%n Verbindungen werden mit 1001 geschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::NetsimCommand</name>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="+31"/>
        <source>latency %1 ms +- %2 ms</source>
        <translation>Latenz %1 ms +- %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bandwidth %1 B/s</source>
        <translation>Bandbreite %1 B/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blackhole</source>
        <translation>Blackhole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writes of %1-%2 bytes</source>
        <translation>Schreibvorgänge zu %1-%2 Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIN delayed %1 ms</source>
        <translation>FIN um %1 ms verzögert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no faults</source>
        <translation>keine Störungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commands (an optional last word up|down|both picks the direction):
  latency DURATION [JITTER]    bandwidth RATE|off     blackhole on|off
  slice N|off                  close-delay DURATION|off
  drop-after DURATION|off      reset [client|server|both]
  refuse on|off                clear                  status    help</source>
        <translation>Befehle (ein optionales letztes Wort up|down|both wählt die Richtung):
  latency DAUER [JITTER]       bandwidth RATE|off     blackhole on|off
  slice N|off                  close-delay DAUER|off
  drop-after DAUER|off         reset [client|server|both]
  refuse on|off                clear                  status    help</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forward TCP connections to an upstream server through a bad network: latency, jitter, a bandwidth cap, tiny writes, dropped or reset connections. Commands on stdin change the faults while it runs.
</source>
        <translation>TCP-Verbindungen durch ein schlechtes Netz an einen Upstream-Server weiterleiten: Latenz, Jitter, eine Bandbreitenbegrenzung, winzige Schreibvorgänge, verworfene oder zurückgesetzte Verbindungen. Befehle auf stdin ändern die Störungen während des Laufs.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>maxmon-cli netsim: cannot listen on %1:%2: %3</source>
        <translation>maxmon-cli netsim: kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>[netsim] forwarding to %1:%2; %3</source>
        <translation>[netsim] Weiterleitung an %1:%2; %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>[netsim] connection accepted (%1 open)</source>
        <translation>[netsim] Verbindung angenommen (%1 offen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[netsim] connection closed (%1 open)</source>
        <translation>[netsim] Verbindung geschlossen (%1 offen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[netsim] %1: %2 Qt 6.4 does not check this.</source>
        <translation>[netsim] %1: %2 Qt 6.4 prüft das nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[netsim] %1: %2</source>
        <translation>[netsim] %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>up: %1; down: %2; %3 open, %4 accepted, %5 bytes up, %6 bytes down%7%8</source>
        <translation>hoch: %1; runter: %2; %3 offen, %4 angenommen, %5 Bytes hoch, %6 Bytes runter%7%8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; drop after %1 ms</source>
        <translation>; Abbruch nach %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; refusing connections</source>
        <translation>; Verbindungen werden abgelehnt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>on or off</source>
        <translation>on oder off</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a number of bytes or off</source>
        <translation>eine Anzahl von Bytes oder off</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>client, server or both</source>
        <translation>client, server oder both</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown command; type help</source>
        <translation>unbekannter Befehl; geben Sie help ein</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::NetsimOptions</name>
    <message>
        <location filename="../app/cli/netsimoptions.cpp" line="+33"/>
        <source>Port to listen on (default 0: any free port).</source>
        <translation>Port, auf dem gelauscht wird (Standard 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server to forward to (required).</source>
        <translation>Der Server, an den weitergeleitet wird (erforderlich).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay each way, e.g. 200ms.</source>
        <translation>Verzögerung je Richtung, z. B. 200ms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random +- added to the latency, e.g. 50ms.</source>
        <translation>Zufälliges +- zur Latenz, z. B. 50ms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap each way, e.g. 20KB/s or 1Mbit/s.</source>
        <translation>Limit je Richtung, z. B. 20KB/s oder 1Mbit/s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write in random chunks of 1 to N bytes.</source>
        <translation>In zufälligen Stücken von 1 bis N Bytes schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward a side&apos;s FIN this much later.</source>
        <translation>Das FIN einer Seite um so viel später weiterleiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset every connection this long after it opened.</source>
        <translation>Jede Verbindung so lange nach ihrem Öffnen zurücksetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where latency, bandwidth, slicing and close delay apply: both (default), up (client to server) or down.</source>
        <translation>Wo Latenz, Bandbreite, Stückelung und Schließverzögerung gelten: both (Standard), up (Client zum Server) oder down.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed for jitter and slice sizes, for repeatable runs.</source>
        <translation>Startwert für Jitter und Stückgrößen, für wiederholbare Läufe.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--upstream needs host:port.</source>
        <translation>--upstream braucht host:port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid --listen or --listen-address.</source>
        <translation>ungültiges --listen oder --listen-address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--direction is both, up or down.</source>
        <translation>--direction ist both, up oder down.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be above 0</source>
        <translation>muss über 0 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--slice needs a number of bytes, 1 or more.</source>
        <translation>--slice braucht eine Anzahl von Bytes, 1 oder mehr.</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::PhoenixCommand</name>
    <message>
        <location filename="../app/cli/phoenixcommand.cpp" line="+40"/>
        <source>A Phoenix Channels client: connects to the socket at URL (&quot;/websocket&quot; and ?vsn= are added as the JavaScript client does: ws://host:4000/socket), joins every --join topic, sends the --push events of each topic once it is joined and prints every reply (or timeout). Without pushes, or with --listen, it then keeps printing broadcasts and presence joins and leaves until Ctrl-C, --duration or --count.
--params and --push belong to the nearest --join before them:
  maxmon-cli phoenix ws://127.0.0.1:8765/socket --join room:lobby --params &apos;{&quot;user&quot;:&quot;ann&quot;}&apos; --push new_msg &apos;{&quot;body&quot;:&quot;hi&quot;}&apos;
A token (--token-env, --token-file, ...) travels as the authToken subprotocol unless --auth-mode says otherwise.
stdout: one line per event, &quot;TIME TOPIC KIND EVENT [STATUS] [PAYLOAD] [ref=N]&quot;, KIND being reply, broadcast, presence, error or system; with --json one JSON object per line. stderr: status lines and errors.
Exit codes: 0 every push answered ok, 1 other failure, 2 usage, 3 connection, 4 TLS, 5 authentication (also a join refused as unauthorized or forbidden), 6 timeout, 7 protocol (also: the server does not speak Phoenix Channels), 8 configuration, 10 a join refused or unanswered, 11 a push answered with an error or not answered within --timeout.</source>
        <translation>Ein Phoenix-Channels-Client: verbindet sich mit dem Socket unter URL (&quot;/websocket&quot; und ?vsn= werden wie beim JavaScript-Client angehängt: ws://host:4000/socket), tritt jedem --join-Topic bei, sendet die --push-Ereignisse jedes Topics nach dem Beitritt und gibt jede Antwort (oder Zeitüberschreitung) aus. Ohne Pushes oder mit --listen gibt er danach Broadcasts sowie Presence-Zu- und -Abgänge aus, bis Strg-C, --duration oder --count.
--params und --push gehören zum nächsten --join davor:
  maxmon-cli phoenix ws://127.0.0.1:8765/socket --join room:lobby --params &apos;{&quot;user&quot;:&quot;ann&quot;}&apos; --push new_msg &apos;{&quot;body&quot;:&quot;hi&quot;}&apos;
Ein Token (--token-env, --token-file, ...) reist als authToken-Subprotokoll, sofern --auth-mode nichts anderes sagt.
stdout: eine Zeile pro Ereignis, &quot;TIME TOPIC KIND EVENT [STATUS] [PAYLOAD] [ref=N]&quot;, KIND ist reply, broadcast, presence, error oder system; mit --json ein JSON-Objekt pro Zeile. stderr: Statuszeilen und Fehler.
Exit-Codes: 0 jeder Push mit ok beantwortet, 1 anderer Fehler, 2 Aufruf, 3 Verbindung, 4 TLS, 5 Authentifizierung (auch ein als unauthorized oder forbidden abgelehnter Beitritt), 6 Zeitüberschreitung, 7 Protokoll (auch: der Server spricht kein Phoenix Channels), 8 Konfiguration, 10 ein Beitritt abgelehnt oder unbeantwortet, 11 ein Push mit Fehler oder nicht innerhalb von --timeout beantwortet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ws:// or wss:// URL of the socket, e.g. ws://host/socket</source>
        <translation>ws://- oder wss://-URL des Sockets, z. B. ws://host/socket</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--push-binary needs protocol 2.0.0: 1.0.0 has no binary frames.</source>
        <translation>--push-binary braucht Protokoll 2.0.0: 1.0.0 hat keine binären Frames.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--duration reached</source>
        <translation>--duration erreicht</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n push(es): %1 ok, %2 failed, %3 without reply, %4 not pushed</source>
        <translation>
            <numerusform>%n Push: %1 ok, %2 fehlgeschlagen, %3 ohne Antwort, %4 nicht gepusht</numerusform>
            <numerusform>%n Pushes: %1 ok, %2 fehlgeschlagen, %3 ohne Antwort, %4 nicht gepusht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+167"/>
        <source>--push %1 to %2</source>
        <translation>--push %1 an %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The join of &quot;%1&quot; failed: %2.</source>
        <translation>Der Beitritt zu &quot;%1&quot; ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The channel &quot;%1&quot; crashed on the server (phx_error).</source>
        <translation>Der Kanal „%1“ ist auf dem Server abgestürzt (phx_error).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server closed the channel</source>
        <translation>der Server hat den Kanal geschlossen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The server sent back &quot;%1&quot;, which only clients send: it echoes messages rather than speaking Phoenix Channels.</source>
        <translation>Der Server schickte &quot;%1&quot; zurück, was nur Clients senden: er gibt Nachrichten als Echo zurück, statt Phoenix Channels zu sprechen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the URL is the Phoenix socket&apos;s (ws://host/socket).</source>
        <translation>Prüfen Sie, ob die URL die des Phoenix-Sockets ist (ws://host/socket).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server at %1 does not speak Phoenix Channels %2: is this the socket&apos;s URL (ws://host/socket), and the protocol its (--vsn)?</source>
        <translation>Der Server unter %1 spricht kein Phoenix Channels %2: ist das die URL des Sockets (ws://host/socket) und sein Protokoll (--vsn)?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stdin line %1</source>
        <translation>stdin-Zeile %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not joined: give it a --join.</source>
        <translation>%1 ist nicht beigetreten: geben Sie ein --join dafür an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>%1 not pushed: %2</source>
        <translation>%1 nicht gepusht: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the channel is closed</source>
        <translation>der Kanal ist geschlossen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>every channel closed</source>
        <translation>alle Kanäle geschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--count reached</source>
        <translation>--count erreicht</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>maxmon-cli terminated</source>
        <translation>maxmon-cli beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maxmon-cli interrupted</source>
        <translation>maxmon-cli unterbrochen</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::PhoenixOptions</name>
    <message>
        <location filename="../app/cli/phoenixoptions.cpp" line="+44"/>
        <source>must be above 0 and at most 24h.</source>
        <translation>muss über 0 und höchstens 24h sein.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Join this topic once connected (repeatable; the --params and --push after it are its own).</source>
        <translation>Diesem Topic nach dem Verbinden beitreten (wiederholbar; die --params und --push danach gehören dazu).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The join params of the --join before it: a JSON object (default {}).</source>
        <translation>Die Beitrittsparameter des --join davor: ein JSON-Objekt (Standard {}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push EVENT with this JSON payload to the topic of the --join before it, once joined (repeatable; all sent at once, in order).</source>
        <translation>EVENT mit diesen JSON-Nutzdaten an das Topic des --join davor pushen, nach dem Beitritt (wiederholbar; alle auf einmal, in Reihenfolge).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Like --push, with a binary payload (base64, or hex with --encoding hex); protocol 2.0.0 only.</source>
        <translation>Wie --push, mit binären Nutzdaten (base64, oder hex mit --encoding hex); nur Protokoll 2.0.0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protocol version: 2.0.0 (default, text and binary frames) or 1.0.0 (JSON objects).</source>
        <translation>Protokollversion: 2.0.0 (Standard, Text- und Binär-Frames) oder 1.0.0 (JSON-Objekte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A socket parameter, sent in the URL&apos;s query like the JavaScript client&apos;s params (repeatable).</source>
        <translation>Ein Socket-Parameter, in der Query der URL gesendet wie die params des JavaScript-Clients (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the --token* token travels: phoenix (default: the authToken subprotocol, out of the URL), query (?token=) or bearer (Authorization header). With --profile, the profile&apos;s mode unless given.</source>
        <translation>Wie das --token*-Token reist: phoenix (Standard: das authToken-Subprotokoll, nicht in der URL), query (?token=) oder bearer (Authorization-Header). Mit --profile der Modus des Profils, sofern nicht angegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A join or push without a reply after this has failed (default 10s).</source>
        <translation>Ein Beitritt oder Push ohne Antwort nach dieser Zeit ist fehlgeschlagen (Standard 10s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &quot;phoenix&quot; &quot;heartbeat&quot; interval (default 30s), or &quot;off&quot;; an unanswered one by the next is a dead link.</source>
        <translation>Das Intervall des „phoenix&quot; „heartbeat&quot; (Standard 30s) oder „off&quot;; einer, der bis zum nächsten unbeantwortet bleibt, bedeutet eine tote Verbindung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the pushes, keep printing broadcasts and presence until Ctrl-C (the default when there are no pushes).</source>
        <translation>Nach den Pushes weiter Broadcasts und Presence ausgeben bis Strg-C (Standard ohne Pushes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave and exit this long after connecting (implies --listen).</source>
        <translation>So lange nach dem Verbinden verlassen und beenden (impliziert --listen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit after N broadcasts, once every push has its reply (implies --listen).</source>
        <translation>Nach N Broadcasts beenden, sobald jeder Push seine Antwort hat (impliziert --listen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also push stdin lines, once joined: &quot;EVENT JSON&quot; to the last --join&apos;s topic, or [&quot;topic&quot;, &quot;event&quot;, payload]. Ends (without --listen) when stdin does and every push has its reply.</source>
        <translation>Auch Zeilen von stdin pushen, nach dem Beitritt: &quot;EVENT JSON&quot; an das Topic des letzten --join, oder [&quot;topic&quot;, &quot;event&quot;, payload]. Endet (ohne --listen), wenn stdin endet und jeder Push seine Antwort hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object per line: kind, time, topic, event, ref, join_ref, status, payload.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben: kind, time, topic, event, ref, join_ref, status, payload.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How binary payloads are written and --push-binary is read: base64 (default) or hex.</source>
        <translation>Wie binäre Nutzdaten geschrieben und --push-binary gelesen wird: base64 (Standard) oder hex.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 needs two values: EVENT and %2.</source>
        <translation>%1 braucht zwei Werte: EVENT und %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs an event name.</source>
        <translation>%1 braucht einen Ereignisnamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: events starting with phx_ belong to the protocol.</source>
        <translation>%1 %2: Ereignisse, die mit phx_ beginnen, gehören dem Protokoll.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--encoding: hex or base64, not &quot;%1&quot;.</source>
        <translation>--encoding: hex oder base64, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--join needs a topic.</source>
        <translation>--join braucht ein Topic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--join %1 is given twice.</source>
        <translation>--join %1 ist zweimal angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>Two --params for one --join.</source>
        <translation>Zwei --params für ein --join.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>--params must be a JSON object, like {&quot;user&quot;: &quot;ann&quot;}.</source>
        <translation>--params muss ein JSON-Objekt sein, etwa {&quot;user&quot;: &quot;ann&quot;}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 needs two values: EVENT and JSON.</source>
        <translation>--%1 braucht zwei Werte: EVENT und JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give at least one --join TOPIC.</source>
        <translation>Geben Sie mindestens ein --join TOPIC an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--vsn: 1.0.0 or 2.0.0, not &quot;%1&quot;.</source>
        <translation>--vsn: 1.0.0 oder 2.0.0, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--socket-param needs key=value, got &quot;%1&quot;.</source>
        <translation>--socket-param braucht key=value, erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--socket-param: give the protocol version with --vsn.</source>
        <translation>--socket-param: geben Sie die Protokollversion mit --vsn an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--auth-mode: phoenix, query or bearer, not &quot;%1&quot;.</source>
        <translation>--auth-mode: phoenix, query oder bearer, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--count needs a number, 1 or more.</source>
        <translation>--count braucht eine Zahl, 1 oder mehr.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an array needs 3 elements [topic, event, payload] or 5 [join_ref, ref, topic, event, payload], not %1.</source>
        <translation>ein Array braucht 3 Elemente [topic, event, payload] oder 5 [join_ref, ref, topic, event, payload], nicht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the topic and the event must be strings.</source>
        <translation>Topic und Ereignis müssen Strings sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the topic is empty.</source>
        <translation>das Topic ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line is EVENT [JSON], or a JSON array [topic, event, payload]; not an object.</source>
        <translation>eine Zeile ist EVENT [JSON] oder ein JSON-Array [topic, event, payload]; kein Objekt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the event is empty.</source>
        <translation>das Ereignis ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: events starting with phx_ belong to the protocol.</source>
        <translation>%1: Ereignisse, die mit phx_ beginnen, gehören dem Protokoll.</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::PhoenixPrinter</name>
    <message numerus="yes">
        <location filename="../app/cli/phoenixprinter.cpp" line="+74"/>
        <source>binary %n byte(s):</source>
        <translation>
            <numerusform>binär %n Byte:</numerusform>
            <numerusform>binär %n Bytes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ProbeCommand</name>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="+82"/>
        <source>Connect, send --count pings --interval apart and report the handshake time, RTT percentiles (p50, p95, p99, max), loss and TLS details, for monitoring systems.
Exit codes follow the Nagios plugin conventions, NOT those of the other commands: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. --warn/--crit apply to the p95 RTT; no connection, a dead link or every ping lost is CRITICAL; bad arguments are UNKNOWN.
The first line is &quot;STATUS - summary|perfdata&quot;; details follow.</source>
        <translation>Verbinden, --count Pings im Abstand --interval senden und Handshake-Zeit, RTT-Perzentile (p50, p95, p99, max), Verlust und TLS-Details berichten, für Überwachungssysteme.
Die Exit-Codes folgen den Konventionen für Nagios-Plugins, NICHT denen der anderen Befehle: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. --warn/--crit gelten für die p95-RTT; keine Verbindung, eine tote Verbindung oder lauter verlorene Pings ist CRITICAL; ungültige Argumente sind UNKNOWN.
Die erste Zeile ist &quot;STATUS - summary|perfdata&quot;; Details folgen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ws:// or wss:// URL</source>
        <translation>ws://- oder wss://-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pings to send (default 5).</source>
        <translation>Zu sendende Pings (Standard 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time between pings (default 500ms).</source>
        <translation>Zeit zwischen Pings (Standard 500ms).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ping without answer after this is lost (default 2s).</source>
        <translation>Ein Ping, der so lange unbeantwortet bleibt, gilt als verloren (Standard 2s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING when the p95 RTT is above this (ms, or 1s ...).</source>
        <translation>WARNING, wenn die p95-RTT darüber liegt (ms oder 1s ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRITICAL when the p95 RTT is above this.</source>
        <translation>CRITICAL, wenn die p95-RTT darüber liegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING when more than this percentage of pings is lost.</source>
        <translation>WARNING, wenn mehr als dieser Prozentsatz der Pings verloren geht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRITICAL when more than this percentage is lost (default: only when all are).</source>
        <translation>CRITICAL, wenn mehr als dieser Prozentsatz verloren geht (Standard: nur wenn alle verloren gehen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the result as one JSON object instead.</source>
        <translation>Das Ergebnis stattdessen als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--count: from 1 to %1</source>
        <translation>--count: von 1 bis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--interval: a duration from 1ms to 1h, e.g. 500ms</source>
        <translation>--interval: eine Dauer von 1ms bis 1h, z. B. 500ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--timeout: a duration from 1ms to 1h, e.g. 2s</source>
        <translation>--timeout: eine Dauer von 1ms bis 1h, z. B. 2s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1: a number, 0 or more</source>
        <translation>--%1: eine Zahl, 0 oder mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss thresholds are percentages, at most 100</source>
        <translation>Verlustschwellen sind Prozentwerte, höchstens 100</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>p95 RTT above %1</source>
        <translation>p95-RTT über %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss above %1</source>
        <translation>Verlust über %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1/%2 pings answered</source>
        <translation>%1/%2 Pings beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, RTT p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms</source>
        <translation>, RTT p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, loss %1%, handshake %2 ms</source>
        <translation>, Verlust %1%, Handshake %2 ms</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::QueryCommand</name>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="+64"/>
        <source>--direction: in, out or both, not &quot;%1&quot;</source>
        <translation>--direction: in, out oder both, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--kind: text, json, binary, ping, pong or close, not &quot;%1&quot;</source>
        <translation>--kind: text, json, binary, ping, pong oder close, nicht „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use one of --search, --regex and --contains.</source>
        <translation>Verwenden Sie nur eine der Optionen --search, --regex und --contains.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1: an ISO-8601 time like 2024-05-01T12:00:00Z, not &quot;%2&quot;</source>
        <translation>--%1: eine ISO-8601-Zeit wie 2024-05-01T12:00:00Z, nicht „%2“</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Print the messages of a session file (.maxmon), a recording (JSON lines) or a support bundle, oldest first, one per line: number, time (UTC), direction, kind, size and the payload on one line; or as JSON records with --json. The options filter like the window&apos;s log.
Exit codes: 0 done (also when nothing matched), 2 usage, 8 the file cannot be read.</source>
        <translation>Die Nachrichten einer Sitzungsdatei (.maxmon), einer Aufzeichnung (JSON Lines) oder eines Support-Pakets ausgeben, älteste zuerst, eine pro Zeile: Nummer, Zeit (UTC), Richtung, Art, Größe und die Nutzdaten in einer Zeile; oder mit --json als JSON-Datensätze. Die Optionen filtern wie das Protokoll im Fenster.
Exit-Codes: 0 fertig (auch wenn nichts passte), 2 Aufruf, 8 die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to read.</source>
        <translation>Die zu lesende Datei.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>in, out or both (default).</source>
        <translation>in, out oder both (Standard).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only these kinds: text, json, binary, ping, pong, close (repeat or separate with commas).</source>
        <translation>Nur diese Arten: text, json, binary, ping, pong, close (wiederholen oder durch Kommas trennen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages with this text where it starts a word, case-insensitive; a session&apos;s full-text index finds them without reading every message.</source>
        <translation>Nachrichten, in denen dieser Text einen Wortanfang bildet, ohne Beachtung der Groß-/Kleinschreibung; der Volltextindex einer Sitzung findet sie, ohne jede Nachricht zu lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages matching this regular expression (case-insensitive); binary payloads as hex.</source>
        <translation>Nachrichten, die zu diesem regulären Ausdruck passen (ohne Beachtung der Groß-/Kleinschreibung); Binärnutzdaten als Hex.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages with this text anywhere, case-insensitive.</source>
        <translation>Nachrichten, die diesen Text irgendwo enthalten, ohne Beachtung der Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phoenix frames whose topic contains this (or matches, with *).</source>
        <translation>Phoenix-Frames, deren Topic dies enthält (oder mit * darauf passt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phoenix frames whose event contains this (or matches, with *).</source>
        <translation>Phoenix-Frames, deren Ereignis dies enthält (oder mit * darauf passt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From this time on (ISO-8601, e.g. 2024-05-01T12:00:00Z).</source>
        <translation>Ab diesem Zeitpunkt (ISO-8601, z. B. 2024-05-01T12:00:00Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to this time (ISO-8601).</source>
        <translation>Bis zu diesem Zeitpunkt (ISO-8601).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Also the events: state changes, errors, gaps.</source>
        <translation>Auch die Ereignisse: Zustandsänderungen, Fehler, Lücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON record per line (MessageRecord; events as event records).</source>
        <translation>Ein JSON-Datensatz pro Zeile (MessageRecord; Ereignisse als Ereignisdatensätze).</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::RecordCommand</name>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="+29"/>
        <source>ws:// or wss:// URL</source>
        <translation>ws://- oder wss://-URL</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Connect like &apos;connect&apos; and record every message, sent and received (close frames included), in --out. A FILE ending in .maxmon becomes a session file (SQLite): messages, state changes, errors and heartbeat round trips, secrets masked as in the exports, written at least every 50 ms, so a killed process loses at most the last quarter second. Any other FILE gets JSON lines (MessageRecord), each line written through at once. Replay a recording with &apos;maxmon-cli replay&apos;; read a session with &apos;maxmon-cli query&apos;.
Exit codes: as &apos;connect&apos;.</source>
        <translation>Wie &apos;connect&apos; verbinden und jede Nachricht, gesendet und empfangen (Close-Frames eingeschlossen), in --out aufzeichnen. Eine FILE auf .maxmon wird eine Sitzungsdatei (SQLite): Nachrichten, Zustandsänderungen, Fehler und Heartbeat-Umläufe, Geheimnisse wie in den Exporten maskiert, mindestens alle 50 ms geschrieben, sodass ein abgebrochener Prozess höchstens die letzte Viertelsekunde verliert. Jede andere FILE erhält JSON Lines (MessageRecord), jede Zeile sofort durchgeschrieben. Eine Aufzeichnung mit &apos;maxmon-cli replay&apos; wiedergeben; eine Sitzung mit &apos;maxmon-cli query&apos; lesen.
Exit-Codes: wie &apos;connect&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file to record to (created or truncated): FILE.maxmon for a session file, anything else for JSON lines.</source>
        <translation>Die Datei, in die aufgezeichnet wird (angelegt oder geleert): FILE.maxmon für eine Sitzungsdatei, alles andere für JSON Lines.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--out FILE is required.</source>
        <translation>--out FILE ist erforderlich.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ReplayCommand</name>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="+42"/>
        <source>Send the outgoing messages of a recording (maxmon-cli record, connect --json) to URL with their original timing, divided by --speed; report progress, messages that could not be sent and how the replies compare with the recorded ones.
Exit codes: those of connect, and 9 when a message could not be sent (or, with --check-replies, the replies differ).</source>
        <translation>Die ausgehenden Nachrichten einer Aufzeichnung (maxmon-cli record, connect --json) mit ihrem ursprünglichen Timing, geteilt durch --speed, an URL senden; Fortschritt, nicht sendbare Nachrichten und den Vergleich der Antworten mit den aufgezeichneten berichten.
Exit-Codes: die von connect, und 9, wenn eine Nachricht nicht gesendet werden konnte (oder, mit --check-replies, die Antworten abweichen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the recording (JSON lines)</source>
        <translation>die Aufzeichnung (JSON Lines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ws:// or wss:// URL</source>
        <translation>ws://- oder wss://-URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2 = twice as fast, 0.5 = half as fast, 0 = as fast as possible (default 1).</source>
        <translation>2 = doppelt so schnell, 0.5 = halb so schnell, 0 = so schnell wie möglich (Standard 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop at the first bad line instead of skipping it.</source>
        <translation>Bei der ersten fehlerhaften Zeile anhalten, statt sie zu überspringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the last send, wait this long for replies (default 1s; less when all came back).</source>
        <translation>Nach dem letzten Senden so lange auf Antworten warten (Standard 1s; weniger, wenn alle zurück sind).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exit with 9 when the replies differ from those in the recording.</source>
        <translation>Mit 9 beenden, wenn die Antworten von denen in der Aufzeichnung abweichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--speed: a factor, 0 or more (0 = as fast as possible).</source>
        <translation>--speed: ein Faktor, 0 oder mehr (0 = so schnell wie möglich).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at most 1h</source>
        <translation>höchstens 1h</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, line %2 skipped: %3</source>
        <translation>%1, Zeile %2 übersprungen: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error: %1 holds no outgoing text, JSON or binary message to send.</source>
        <translation>Fehler: %1 enthält keine ausgehende Text-, JSON- oder Binärnachricht zum Senden.</translation>
    </message>
    <message numerus="yes">
        <location line="+132"/>
        <source>%1 of %Ln message(s) sent</source>
        <translation>
            <numerusform>%1 von %Ln Nachricht gesendet</numerusform>
            <numerusform>%1 von %Ln Nachrichten gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="-140"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>%n Nachricht zu senden</numerusform>
            <numerusform>%n Nachrichten zu senden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1/%2 sent, %3 replies</source>
        <translation>%1/%2 gesendet, %3 Antworten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the connection was gone</source>
        <translation>die Verbindung war weg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  line %1 not sent: %2</source>
        <translation>  Zeile %1 nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replies: %1 received, %2 recorded, %3 matched in order</source>
        <translation>Antworten: %1 empfangen, %2 aufgezeichnet, %3 in Reihenfolge übereinstimmend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>nothing more</source>
        <translation>nichts mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  first difference at reply %1: recorded %2, received %3</source>
        <translation>  erster Unterschied bei Antwort %1: aufgezeichnet %2, empfangen %3</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ServeCommand</name>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="+99"/>
        <source>Run the embedded demo server, a WebSocket peer on this machine:
  /echo    echoes text and binary messages
  /events  a JSON event stream: ?rate=N per second, ?count=N
  /auth    needs the token (Authorization: Bearer or ?token=), then echoes
Faults per connection in the query: ?close=CODE&amp;after=T, ?freeze=T, ?delay=T; or for every connection with the options below.
SIGINT or SIGTERM closes every connection with 1001 and exits 0.
Exit codes: 0 stopped by a signal, 2 usage, 3 cannot listen, 4 TLS files.</source>
        <translation>Den eingebauten Demo-Server betreiben, eine WebSocket-Gegenstelle auf diesem Rechner:
  /echo    sendet Text- und Binärnachrichten als Echo zurück
  /events  ein JSON-Ereignisstrom: ?rate=N pro Sekunde, ?count=N
  /auth    benötigt das Token (Authorization: Bearer oder ?token=), sendet dann Echos
Störungen pro Verbindung in der Query: ?close=CODE&amp;after=T, ?freeze=T, ?delay=T; oder für jede Verbindung mit den Optionen unten.
SIGINT oder SIGTERM schließt jede Verbindung mit 1001 und beendet mit 0.
Exit-Codes: 0 durch ein Signal beendet, 2 Aufruffehler, 3 kann nicht lauschen, 4 TLS-Dateien.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1 connected to %2</source>
        <translation>%1 verbunden mit %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 disconnected</source>
        <translation>%1 getrennt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused %1 with %2</source>
        <translation>%1 abgelehnt mit %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>maxmon demo server on %1</source>
        <translation>maxmon-Demo-Server auf %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/auth token: %1</source>
        <translation>/auth-Token: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>limits: %Ln connection(s), messages up to %1, %2 events/s per stream, %3 events/s in all</source>
        <translation>
            <numerusform>Grenzen: %Ln Verbindung, Nachrichten bis %1, %2 Ereignisse/s pro Strom, %3 Ereignisse/s insgesamt</numerusform>
            <numerusform>Grenzen: %Ln Verbindungen, Nachrichten bis %1, %2 Ereignisse/s pro Strom, %3 Ereignisse/s insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>faults for every connection: %1</source>
        <translation>Störungen für jede Verbindung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>shutting down: closing %n connection(s) with 1001</source>
        <translation>
            <numerusform>Herunterfahren: %n Verbindung wird mit 1001 geschlossen</numerusform>
            <numerusform>Herunterfahren: %n Verbindungen werden mit 1001 geschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ServeOptions</name>
    <message>
        <location filename="../app/cli/serveoptions.cpp" line="+38"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port to listen on (default 8765, 0 = any).</source>
        <translation>Port, auf dem gelauscht wird (Standard 8765, 0 = beliebig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve wss:// with this certificate (PEM; the chain may follow).</source>
        <translation>wss:// mit diesem Zertifikat anbieten (PEM; die Kette darf folgen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate&apos;s private key (PEM).</source>
        <translation>Der private Schlüssel des Zertifikats (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the --tls-key passphrase from this variable.</source>
        <translation>Die Passphrase für --tls-key aus dieser Variablen lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require client certificates issued by these CAs (PEM).</source>
        <translation>Client-Zertifikate verlangen, die von diesen CAs ausgestellt sind (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token /auth wants (default: made up and printed at start).</source>
        <translation>Das Token, das /auth verlangt (Standard: beim Start erzeugt und ausgegeben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the /auth token from this environment variable.</source>
        <translation>Das /auth-Token aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/events rate when the URL gives none, per second (default 5).</source>
        <translation>/events-Rate, wenn die URL keine angibt, pro Sekunde (Standard 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest /events rate a connection may ask for (default 20000).</source>
        <translation>Höchste /events-Rate, die eine Verbindung verlangen darf (Standard 20000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highest rate of all /events streams together (default 100000).</source>
        <translation>Höchste Rate aller /events-Ströme zusammen (Standard 100000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse connections beyond this many with 503 (default 1000).</source>
        <translation>Verbindungen über diese Anzahl hinaus mit 503 ablehnen (Standard 1000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (1009) connections that send larger messages (default 1MiB).</source>
        <translation>Verbindungen, die größere Nachrichten senden, schließen (1009) (Standard 1MiB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault: close every connection this long after its handshake.</source>
        <translation>Störung: jede Verbindung so lange nach ihrem Handshake schließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code --close-after closes with (default 1000).</source>
        <translation>Der Code, mit dem --close-after schließt (Standard 1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fault: stop reading and writing (pings unanswered) this long after the handshake.</source>
        <translation>Störung: so lange nach dem Handshake mit Lesen und Schreiben aufhören (Pings bleiben unbeantwortet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fault: hold every message the server sends for this long.</source>
        <translation>Störung: jede Nachricht, die der Server sendet, so lange zurückhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every connection and refused request.</source>
        <translation>Jede Verbindung und jede abgelehnte Anfrage ausgeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--listen: &quot;%1&quot; is not an IP address.</source>
        <translation>--listen: „%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--port: a number from 0 to 65535.</source>
        <translation>--port: eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Event rates are events per second, from 0.01 to 1000000 (all streams: 10000000).</source>
        <translation>Ereignisraten sind Ereignisse pro Sekunde, von 0.01 bis 1000000 (alle Ströme: 10000000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--max-connections: a number from 1 to 100000.</source>
        <translation>--max-connections: eine Zahl von 1 bis 100000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--events-rate is above --max-events-rate.</source>
        <translation>--events-rate liegt über --max-events-rate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from 1 byte to 2GiB</source>
        <translation>von 1 Byte bis 2GiB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>fault options (close = --close-code, after = --close-after, freeze = --freeze-after): %1</source>
        <translation>Störungsoptionen (close = --close-code, after = --close-after, freeze = --freeze-after): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the /auth token one way: --auth-token or --auth-token-env.</source>
        <translation>Geben Sie das /auth-Token auf eine Weise an: --auth-token oder --auth-token-env.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--auth-token-env: %1 is not set.</source>
        <translation>--auth-token-env: %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert und --tls-key gehören zusammen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--tls-client-ca needs --tls-cert and --tls-key.</source>
        <translation>--tls-client-ca braucht --tls-cert und --tls-key.</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::Session</name>
    <message>
        <location filename="../app/cli/session.cpp" line="+65"/>
        <source>rtt %1</source>
        <translation>RTT %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ping lost: no pong within %1 ms</source>
        <translation>Ping verloren: kein Pong innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n message(s) that arrived after --count %1 were not printed</source>
        <translation>
            <numerusform>%n Nachricht, die nach --count %1 ankam, wurde nicht ausgegeben</numerusform>
            <numerusform>%n Nachrichten, die nach --count %1 ankamen, wurden nicht ausgegeben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rtt summary: %1</source>
        <translation>RTT-Zusammenfassung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+8"/>
        <source>%n message(s) recorded in %1</source>
        <translation>
            <numerusform>%n Nachricht in %1 aufgezeichnet</numerusform>
            <numerusform>%n Nachrichten in %1 aufgezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln message(s) could not be stored (the disk did not keep up)</source>
        <translation>
            <numerusform>%Ln Nachricht konnte nicht gespeichert werden (der Datenträger kam nicht hinterher)</numerusform>
            <numerusform>%Ln Nachrichten konnten nicht gespeichert werden (der Datenträger kam nicht hinterher)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 (attempt %3, next try in %4 ms)</source>
        <translation>%1 %2 (Versuch %3, nächster Versuch in %4 ms)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>--send %1 not sent: %2</source>
        <translation>--send %1 nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stdin line %1 not sent: %2</source>
        <translation>stdin-Zeile %1 nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+114"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::SessionInput</name>
    <message>
        <location filename="../app/cli/sessioninput.cpp" line="+21"/>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n line(s) are no records and were left out</source>
        <translation>
            <numerusform>%1: %n Zeile ist kein Datensatz und wurde ausgelassen</numerusform>
            <numerusform>%1: %n Zeilen sind keine Datensätze und wurden ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::SessionOptions</name>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="+12"/>
        <source>Close (1000) and exit after receiving N data messages.</source>
        <translation>Nach dem Empfang von N Datennachrichten schließen (1000) und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (1000) and exit after being connected this long, e.g. 10s.</source>
        <translation>Nach so langer Verbindungsdauer schließen (1000) und beenden, z. B. 10s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this message once connected, before stdin (repeatable, in order; framed like stdin lines).</source>
        <translation>Diese Nachricht nach dem Verbinden senden, vor stdin (wiederholbar, in Reihenfolge; gerahmt wie stdin-Zeilen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the --send messages again at this interval, e.g. 1s.</source>
        <translation>Die --send-Nachrichten in diesem Intervall erneut senden, z. B. 1s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (1000) and exit when stdin ends, once the replies are in (nothing received for 200ms); without it, keep receiving.</source>
        <translation>Schließen (1000) und beenden, wenn stdin endet, sobald die Antworten da sind (200ms lang nichts empfangen); ohne diese Option weiter empfangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send each line as a binary message, written in the --encoding.</source>
        <translation>Jede Zeile als Binärnachricht senden, geschrieben im --encoding.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How --binary lines (and received binary messages) are written: base64 (default) or hex.</source>
        <translation>Wie --binary-Zeilen (und empfangene Binärnachrichten) geschrieben werden: base64 (Standard) oder hex.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each line is one JSON value, sent as is; invalid lines are reported on stderr and not sent.</source>
        <translation>Jede Zeile ist ein JSON-Wert, unverändert gesendet; ungültige Zeilen werden auf stderr gemeldet und nicht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the variable NAME for {{NAME}} in the URL, headers and messages, for this run only (repeatable; before the profile&apos;s and MAXMON_NAME). Masked in session files.</source>
        <translation>Die Variable NAME für {{NAME}} in der URL, den Headern und Nachrichten setzen, nur für diesen Lauf (wiederholbar; vor der des Profils und MAXMON_NAME). In Sitzungsdateien maskiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use either --binary or --json-input, not both.</source>
        <translation>Verwenden Sie entweder --binary oder --json-input, nicht beides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--encoding: hex or base64, not &quot;%1&quot;.</source>
        <translation>--encoding: hex oder base64, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--count needs a number, 1 or more.</source>
        <translation>--count braucht eine Zahl, 1 oder mehr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be above 0 and at most 24 days.</source>
        <translation>muss über 0 und höchstens 24 Tage sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--send-every needs at least one --send.</source>
        <translation>--send-every braucht mindestens ein --send.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--var needs NAME=VALUE with a NAME of letters, digits and _, got &quot;%1&quot;.</source>
        <translation>--var braucht NAME=VALUE mit einem NAME aus Buchstaben, Ziffern und _, erhalten: „%1“.</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::ChannelKeeper</name>
    <message>
        <location filename="../app/cli/monitor/channelkeeper.cpp" line="+45"/>
        <source>cannot join: %1</source>
        <translation>Beitritt nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>closed by the server; joining again</source>
        <translation>vom Server geschlossen; erneuter Beitritt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>push %1 not sent: %2</source>
        <translation>Push %1 nicht gesendet: %2</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::ConfigReading</name>
    <message>
        <location filename="../app/cli/monitor/configreading.cpp" line="+20"/>
        <source>unknown key (is it misspelled?)</source>
        <translation>unbekannter Schlüssel (falsch geschrieben?)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 ist kein gültiges JSON: %2 an Offset %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must hold a JSON object</source>
        <translation>%1 muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be a profile file name or a profile object</source>
        <translation>muss ein Profil-Dateiname oder ein Profilobjekt sein</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::ConnectionProbe</name>
    <message>
        <location filename="../app/cli/monitor/connectionprobe.cpp" line="+17"/>
        <source>no result within %1 ms</source>
        <translation>kein Ergebnis innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>connection failed after %1 of %2 pings: %3</source>
        <translation>Verbindung nach %1 von %2 Pings fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server closed the connection after %1 of %2 pings</source>
        <translation>der Server hat die Verbindung nach %1 von %2 Pings geschlossen</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::MetricsServer</name>
    <message>
        <location filename="../app/cli/monitor/metricsserver.cpp" line="+106"/>
        <source>Only GET is allowed here.
</source>
        <translation>Hier ist nur GET erlaubt.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Authentication required.
</source>
        <translation>Authentifizierung erforderlich.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>maxmon monitor
  /metrics  the targets&apos; metrics (Prometheus, OpenMetrics)
  /healthz  ok while the monitor runs
  /probe    ?target=wss://host/path&amp;module=NAME: one probe
</source>
        <translation>maxmon monitor
  /metrics  die Metriken der Ziele (Prometheus, OpenMetrics)
  /healthz  ok, solange der Monitor läuft
  /probe    ?target=wss://host/path&amp;module=NAME: eine Probe
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not found: %1 (try /metrics)
</source>
        <translation>Nicht gefunden: %1 (versuchen Sie /metrics)
</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::Monitor</name>
    <message>
        <location filename="../app/cli/monitor/monitor.cpp" line="+57"/>
        <source>basic_auth.password: %1</source>
        <translation>basic_auth.password: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>tls.key_passphrase: %1</source>
        <translation>tls.key_passphrase: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;listen&quot; and turning &quot;tls&quot; on or off take effect at the next start; still serving on %1</source>
        <translation>&quot;listen&quot; und das Ein- oder Ausschalten von &quot;tls&quot; wirken erst beim nächsten Start; weiterhin bereitgestellt auf %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 has errors: the config in force stays</source>
        <translation>%1 hat Fehler: Die geltende Konfiguration bleibt</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n target(s): %1 new, %2 changed, %3 closing</source>
        <translation>
            <numerusform>%n Ziel: %1 neu, %2 geändert, %3 werden geschlossen</numerusform>
            <numerusform>%n Ziele: %1 neu, %2 geändert, %3 werden geschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::MonitorConfig</name>
    <message>
        <location filename="../app/cli/monitor/monitorconfig.cpp" line="+30"/>
        <source>only {&quot;env&quot;: ...} or {&quot;file&quot;: ...} here: the listener reads it at every start and reload</source>
        <translation>hier nur {&quot;env&quot;: ...} oder {&quot;file&quot;: ...}: Der Listener liest es bei jedem Start und Neuladen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>is needed, and may not hold a colon</source>
        <translation>wird benötigt und darf keinen Doppelpunkt enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is needed: {&quot;env&quot;: VAR} or {&quot;file&quot;: PATH}</source>
        <translation>wird benötigt: {&quot;env&quot;: VAR} oder {&quot;file&quot;: PATH}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS needs both cert_file and key_file</source>
        <translation>TLS braucht sowohl cert_file als auch key_file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password crosses the network in clear text: configure &quot;tls&quot; as well</source>
        <translation>das Passwort geht im Klartext über das Netz: Konfigurieren Sie auch &quot;tls&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a module needs a name</source>
        <translation>ein Modul braucht einen Namen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a list of targets</source>
        <translation>muss eine Liste von Zielen sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an object with &quot;name&quot; and &quot;url&quot; or &quot;profile&quot;</source>
        <translation>muss ein Objekt mit &quot;name&quot; und &quot;url&quot; oder &quot;profile&quot; sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is already the name of targets[%2]: names must be unique</source>
        <translation>„%1“ ist bereits der Name von targets[%2]: Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not ADDRESS:PORT (e.g. 127.0.0.1:9464, [::1]:9464, :9464 for every address)</source>
        <translation>„%1“ ist nicht ADRESSE:PORT (z. B. 127.0.0.1:9464, [::1]:9464, :9464 für jede Adresse)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the port in &quot;%1&quot; must be a number from 0 to 65535</source>
        <translation>der Port in „%1“ muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::ProbeEndpoint</name>
    <message>
        <location filename="../app/cli/monitor/probeendpoint.cpp" line="+21"/>
        <source>target: missing; /probe?target=wss://host/path&amp;module=NAME</source>
        <translation>target: fehlt; /probe?target=wss://host/path&amp;module=NAME</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>module: no module &quot;%1&quot; in the config (there are: %2)</source>
        <translation>module: kein Modul „%1“ in der Konfiguration (vorhanden: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 probes are running already; try again later</source>
        <translation>Es laufen bereits %1 Proben; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>target: %1</source>
        <translation>target: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::TargetConfig</name>
    <message>
        <location filename="../app/cli/monitor/targetconfig.cpp" line="+30"/>
        <source>is not a label name: letters, digits and _, not starting with a digit or __</source>
        <translation>ist kein Label-Name: Buchstaben, Ziffern und _, nicht beginnend mit einer Ziffer oder __</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a label the monitor or Prometheus sets itself; choose another name</source>
        <translation>ist ein Label, das der Monitor oder Prometheus selbst setzt; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>an event name is needed, not one of the protocol&apos;s own (phx_...)</source>
        <translation>ein Ereignisname wird benötigt, keiner der protokolleigenen (phx_...)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a topic name or an object with &quot;topic&quot;</source>
        <translation>muss ein Topic-Name oder ein Objekt mit &quot;topic&quot; sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the topic name is empty</source>
        <translation>der Topic-Name ist leer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a list of topics</source>
        <translation>muss eine Liste von Topics sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not hold control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>must be &quot;websocket&quot; or &quot;phoenix&quot;</source>
        <translation>muss &quot;websocket&quot; oder &quot;phoenix&quot; sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only Phoenix targets join topics, and &quot;protocol&quot; is &quot;websocket&quot;</source>
        <translation>nur Phoenix-Ziele treten Topics bei, und &quot;protocol&quot; ist &quot;websocket&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a target needs a URL: &quot;url&quot;, or a &quot;profile&quot; with one (its own or in &quot;defaults&quot;)</source>
        <translation>ein Ziel braucht eine URL: &quot;url&quot; oder ein &quot;profile&quot; mit einer (eigenen oder in &quot;defaults&quot;)</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::TargetRunner</name>
    <message>
        <location filename="../app/cli/monitor/targetrunner.cpp" line="+94"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: connected to %2</source>
        <translation>%1: verbunden mit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: connected again to %2</source>
        <translation>%1: erneut verbunden mit %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server closed the connection (%1)</source>
        <translation>der Server hat die Verbindung geschlossen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 Reconnecting.</source>
        <translation>%1: %2 Verbindet erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 Trying again later.</source>
        <translation>%1: %2 Später neuer Versuch.</translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Channel</name>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="+133"/>
        <source>The channel &quot;%1&quot; has been joined already; a channel joins only once.</source>
        <translation>Der Kanal „%1“ wurde bereits betreten; ein Kanal tritt nur einmal bei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave it and ask the socket for a new channel to join again.</source>
        <translation>Verlassen Sie ihn und fordern Sie beim Socket einen neuen Kanal an, um erneut beizutreten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot push &quot;%1&quot; to &quot;%2&quot; before joining the channel.</source>
        <translation>„%1“ kann nicht an „%2“ gepusht werden, bevor dem Kanal beigetreten wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call join() first; pushes then wait for the join.</source>
        <translation>Rufen Sie zuerst join() auf; Pushes warten dann auf den Beitritt.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No reply to the join of &quot;%1&quot; within %2 ms.</source>
        <translation>Keine Antwort auf den Beitritt zu „%1“ innerhalb von %2 ms.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused to join &quot;%1&quot;: %2.</source>
        <translation>Der Server hat den Beitritt zu „%1“ abgelehnt: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply status &quot;%1&quot;, response %2</source>
        <translation>Antwortstatus „%1“, Antwort %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the credentials in the join parameters or the socket&apos;s token.</source>
        <translation>Prüfen Sie die Zugangsdaten in den Join-Parametern oder das Token des Sockets.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The channel &quot;%1&quot; crashed on the server (phx_error).</source>
        <translation>Der Kanal „%1“ ist auf dem Server abgestürzt (phx_error).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It rejoins in %1 ms.</source>
        <translation>Er tritt in %1 ms erneut bei.</translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Frame</name>
    <message>
        <location filename="../core/phoenix/frame.cpp" line="+74"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a boolean</source>
        <translation>ein Boolescher Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Presence</name>
    <message>
        <location filename="../core/phoenix/presence.cpp" line="+49"/>
        <source>presence &quot;%1&quot; in the state is %2, not an object</source>
        <translation>Presence „%1“ im Zustand ist %2, kein Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>presence &quot;%1&quot; in %2 is %3, not an object</source>
        <translation>Presence „%1“ in %2 ist %3, kein Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>presence &quot;%1&quot; in the state has no metas array (metas is %2)</source>
        <translation>Presence „%1“ im Zustand hat kein metas-Array (metas ist %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>presence &quot;%1&quot; in %2 has no metas array (metas is %3)</source>
        <translation>Presence „%1“ in %2 hat kein metas-Array (metas ist %3)</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+16"/>
        <source>Malformed %1 payload: %2</source>
        <translation>Fehlerhafte %1-Nutzdaten: %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>the state is %1, not an object of presences</source>
        <translation>der Zustand ist %1, kein Objekt von Presences</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the diff is %1, not an object</source>
        <translation>der Diff ist %1, kein Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, not an object of presences</source>
        <translation>%1 ist %2, kein Objekt von Presences</translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Serializer</name>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="+114"/>
        <source>Phoenix protocol %1, binary frame of %2 bytes from the client</source>
        <translation>Phoenix-Protokoll %1, Binär-Frame von %2 Bytes vom Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phoenix protocol %1, binary frame of %2 bytes from the server</source>
        <translation>Phoenix-Protokoll %1, Binär-Frame von %2 Bytes vom Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+257"/>
        <source>protocol 1.0.0 has no binary frames</source>
        <translation>Protokoll 1.0.0 hat keine Binär-Frames</translation>
    </message>
    <message>
        <location line="-256"/>
        <location line="+257"/>
        <source>Connect with vsn=2.0.0 to use binary payloads.</source>
        <translation>Verbinden Sie mit vsn=2.0.0, um binäre Nutzdaten zu verwenden.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>binary frame is empty: expected a kind byte (0 push, 1 reply, 2 broadcast)</source>
        <translation>Binär-Frame ist leer: erwartet wird ein Art-Byte (0 push, 1 reply, 2 broadcast)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>binary frame has unknown kind %1 (expected 0 push, 1 reply or 2 broadcast)</source>
        <translation>Binär-Frame hat unbekannte Art %1 (erwartet 0 push, 1 reply oder 2 broadcast)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>binary frame of kind %1 (%2) can only come from the server, not the client</source>
        <translation>Binär-Frame der Art %1 (%2) kann nur vom Server kommen, nicht vom Client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>binary frame of kind %1 (%2) truncated: the header needs %3 bytes, the frame has %4</source>
        <translation>Binär-Frame der Art %1 (%2) abgeschnitten: der Header braucht %3 Bytes, der Frame hat %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>binary frame of kind %1 (%2) truncated: header says %3 is %4 bytes, %5 left</source>
        <translation>Binär-Frame der Art %1 (%2) abgeschnitten: laut Header hat %3 %4 Bytes, %5 übrig</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Phoenix protocol %1, text frame of %2 bytes</source>
        <translation>Phoenix-Protokoll %1, Text-Frame von %2 Bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text frame is empty</source>
        <translation>Text-Frame ist leer</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+71"/>
        <source>text frame is not a JSON object (protocol 1.0.0): got %1</source>
        <translation>Text-Frame ist kein JSON-Objekt (Protokoll 1.0.0): erhalten %1</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+23"/>
        <source>text frame is not a 5-element array: got %1</source>
        <translation>Text-Frame ist kein Array mit 5 Elementen: erhalten %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>text frame is not valid JSON: %1 at offset %2</source>
        <translation>Text-Frame ist kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Phoenix protocol 2.0.0: [join_ref, ref, topic, event, payload]</source>
        <translation>Phoenix-Protokoll 2.0.0: [join_ref, ref, topic, event, payload]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This looks like protocol 1.0.0: connect with vsn=1.0.0.</source>
        <translation>Das sieht nach Protokoll 1.0.0 aus: Verbinden Sie mit vsn=1.0.0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text frame is not a 5-element array: it has %1 elements</source>
        <translation>Text-Frame ist kein Array mit 5 Elementen: es hat %1 Elemente</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+63"/>
        <source>%1 must be a string or null, got %2</source>
        <translation>%1 muss eine Zeichenkette oder null sein, erhalten: %2</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+39"/>
        <source>%1 must be a string, got %2</source>
        <translation>%1 muss eine Zeichenkette sein, erhalten: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Phoenix protocol 1.0.0: {&quot;topic&quot;, &quot;event&quot;, &quot;payload&quot;, &quot;ref&quot;, &quot;join_ref&quot;}</source>
        <translation>Phoenix-Protokoll 1.0.0: {&quot;topic&quot;, &quot;event&quot;, &quot;payload&quot;, &quot;ref&quot;, &quot;join_ref&quot;}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This looks like protocol 2.0.0: connect with vsn=2.0.0.</source>
        <translation>Das sieht nach Protokoll 2.0.0 aus: Verbinden Sie mit vsn=2.0.0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text frame has no &quot;%1&quot; key (protocol 1.0.0 needs topic, event, payload and ref)</source>
        <translation>Text-Frame hat keinen Schlüssel „%1“ (Protokoll 1.0.0 braucht topic, event, payload und ref)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no message to decode</source>
        <translation>keine Nachricht zum Dekodieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a WebSocket %1 frame is not a Phoenix frame</source>
        <translation>ein WebSocket-%1-Frame ist kein Phoenix-Frame</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a binary reply needs the payload {&quot;status&quot;: string}, status is %1</source>
        <translation>eine binäre Antwort braucht die Nutzdaten {&quot;status&quot;: string}, status ist %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a binary push from the server has no ref field: ref must be null</source>
        <translation>ein binärer Push vom Server hat kein ref-Feld: ref muss null sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot encode %1 in a binary frame: it is %2 bytes, at most %3 fit</source>
        <translation>%1 kann nicht in einem Binär-Frame kodiert werden: es hat %2 Bytes, höchstens %3 passen hinein</translation>
    </message>
</context>
</TS>
