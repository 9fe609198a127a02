<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>maxmon: no translation for &quot;%1&quot; (there are: %2); using English</source>
        <translation>maxmon: keine Übersetzung für „%1“ (vorhanden: %2); weiter auf Englisch</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Max Connection Monitor: debug WebSocket and Phoenix Channels connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>WebSocket URL to open (default: the last profile used, or the demo server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Connect to the demo server, send, await the echo, exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>Show typical traffic, save the window as PNG, exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>Show the profiles dialog, save it as PNG, exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>Use a dark palette (Fusion style), whatever the desktop&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="73"/>
        <source>Show maxmon in this language (de, ru, en, ...) instead of the one chosen in Preferences or the system&apos;s</source>
        <translation>maxmon in dieser Sprache zeigen (de, ru, en, ...) statt der in den Einstellungen gewählten oder der des Systems</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="88"/>
        <source>maxmon: the demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon</name>
    <message>
        <location filename="../core/config/units.cpp" line="43"/>
        <source>&quot;%1&quot; is not a %2 (try %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/units.cpp" line="54"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/units.cpp" line="86"/>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="106"/>
        <source>unknown value &quot;%1&quot;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="123"/>
        <source>must be a list of {&quot;name&quot;: ..., &quot;value&quot;: ...} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="131"/>
        <source>must be an object with &quot;name&quot; and &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="139"/>
        <source>&quot;name&quot; and &quot;value&quot; must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="144"/>
        <source>&quot;%1&quot; holds a credential in plain text: prefer auth with a token source, which is never written to the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="168"/>
        <source>must be a list of whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="178"/>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="209"/>
        <source>must be a list of {&quot;name&quot;, &quot;kind&quot;, &quot;payload&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="218"/>
        <source>must be an object with &quot;name&quot;, &quot;kind&quot; and &quot;payload&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="235"/>
        <source>must be base64 for a binary template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="244"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="300"/>
        <location filename="../core/config/connectionconfig.cpp" line="314"/>
        <location filename="../core/config/connectionconfig.cpp" line="320"/>
        <source>is empty: enter a ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="312"/>
        <location filename="../core/config/connectionconfig.cpp" line="336"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="316"/>
        <location filename="../core/config/connectionconfig.cpp" line="330"/>
        <source>has no scheme: start it with ws:// or wss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="317"/>
        <source>is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="323"/>
        <source>the scheme must be ws or wss, not %1 (did you mean %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="331"/>
        <source>the scheme must be ws or wss, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="334"/>
        <source>has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="339"/>
        <source>must not have a fragment (#...): WebSocket URLs cannot carry one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="27"/>
        <source>Name the secret with an environment variable instead ({&quot;env&quot;: &quot;VAR&quot;} in the profile, --token-env VAR on the command line) or with a file only you can read ({&quot;file&quot;: &quot;/path&quot;}, --token-file FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/demofaults.cpp" line="30"/>
        <source>at most %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadreport.cpp" line="31"/>
        <source>no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadreport.cpp" line="32"/>
        <source>min %1, p50 %2, p95 %3, p99 %4, max %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::AuthEndpoint</name>
    <message>
        <location filename="../core/server/authendpoint.cpp" line="30"/>
        <source>needs the server&apos;s token (Authorization: Bearer TOKEN or ?token=TOKEN), then echoes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::CertificateInfo</name>
    <message>
        <location filename="../core/websocket/certificateinfo.cpp" line="165"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/certificateinfo.cpp" line="184"/>
        <source>subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/certificateinfo.cpp" line="184"/>
        <source>issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/certificateinfo.cpp" line="185"/>
        <source>valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/certificateinfo.cpp" line="186"/>
        <source>names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/certificateinfo.cpp" line="187"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/certificateinfo.cpp" line="189"/>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/certificateinfo.cpp" line="190"/>
        <source>SPKI pin: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ChartPanel</name>
    <message>
        <location filename="../ui/chartpanel.cpp" line="108"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="109"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="124"/>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="125"/>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="126"/>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="127"/>
        <source>How much time the charts show (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="128"/>
        <source>Chart time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="131"/>
        <source>The latest heartbeat round-trip time, the heartbeat&apos;s 95th percentile, and the probes lost in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="141"/>
        <source>Heartbeat round-trip time: every answer, the p95 line, and lost probes as red marks along the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="143"/>
        <source>Messages per second (solid, left axis) and bytes per second (dashed, right axis), in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="147"/>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="186"/>
        <source>RTT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="187"/>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="188"/>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="190"/>
        <source>lost probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="204"/>
        <source>msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="205"/>
        <location filename="../ui/chartpanel.cpp" line="327"/>
        <source>B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="206"/>
        <source>msg in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="208"/>
        <source>msg out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="209"/>
        <source>bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="210"/>
        <source>bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="330"/>
        <source>MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chartpanel.cpp" line="333"/>
        <source>KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chartpanel.cpp" line="350"/>
        <source>RTT %1 · p95 %2 · %n lost · in %3 msg/s · out %4 msg/s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionBar</name>
    <message>
        <location filename="../ui/connectionbar.cpp" line="32"/>
        <source>Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="36"/>
        <source>ws://host:port/path or wss://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="37"/>
        <source>The WebSocket URL to connect to (Ctrl+L). Press Enter to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="39"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="41"/>
        <source>Load a saved connection profile into this tab (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="42"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="46"/>
        <source>Profiles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="47"/>
        <source>Create, edit, import and export profiles (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="49"/>
        <source>Try again now instead of waiting (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="107"/>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="116"/>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="151"/>
        <source>Enter a ws:// or wss:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="183"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="186"/>
        <source>Open the connection (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="187"/>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="189"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="192"/>
        <source>Stop retrying (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="194"/>
        <source>Disconnecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="195"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="198"/>
        <source>Close the connection (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionConfig</name>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="351"/>
        <location filename="../core/config/connectionconfig.cpp" line="396"/>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="358"/>
        <source>&quot;%1&quot; is not a valid HTTP header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="361"/>
        <source>must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="366"/>
        <source>&quot;%1&quot; is not a valid subprotocol name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="369"/>
        <location filename="../core/config/connectionconfig.cpp" line="450"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="380"/>
        <source>must not be greater than heartbeat.max_interval_ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="385"/>
        <source>must not be greater than reconnect.max_delay_ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="387"/>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="389"/>
        <source>must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="391"/>
        <source>must be 0 (unlimited) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="393"/>
        <source>must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="400"/>
        <source>must be at least 1: a queue of 0 could never send anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="405"/>
        <location filename="../core/config/connectionconfig.cpp" line="407"/>
        <source>must be at most 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="412"/>
        <source>a client certificate needs both the certificate and the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="415"/>
        <source>is only honoured with tls.allow_insecure set to true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="418"/>
        <source>must list the certificate errors tls.allow_insecure accepts, for example [&quot;SelfSignedCertificate&quot;]: nothing is accepted wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="427"/>
        <source>&quot;%1&quot; is not a certificate error name (QSslError), such as SelfSignedCertificate or HostNameMismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="435"/>
        <source>must be the base64 of a SHA-256 digest (32 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="441"/>
        <source>is needed for an http or socks5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="443"/>
        <source>must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="453"/>
        <source>&quot;%1&quot; is the name of an earlier template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="460"/>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="468"/>
        <source>seems to hold a credential: templates are stored in plain text with the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="566"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="656"/>
        <source>cannot read profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="663"/>
        <source>profile %1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="670"/>
        <source>profile %1 must contain a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionHealth</name>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="34"/>
        <source>no probe answered or lost yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="37"/>
        <source>loss %1/%2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="39"/>
        <source>%1 &gt;= %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="42"/>
        <location filename="../core/websocket/connectionhealth.cpp" line="49"/>
        <source>p95 RTT %1 ms &gt;= %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="44"/>
        <source>the last %n probe(s) got no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="46"/>
        <source>%1 &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="53"/>
        <source>jitter %1 ms &gt;= %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="56"/>
        <source>p95 RTT %1 ms &lt; %2 ms, jitter %3 ms &lt; %4 ms, no loss in the last %n probe(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="81"/>
        <location filename="../core/websocket/connectionhealth.cpp" line="89"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="83"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="85"/>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="87"/>
        <source>Bad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionState</name>
    <message>
        <location filename="../core/websocket/connectionstate.cpp" line="18"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionstate.cpp" line="20"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionstate.cpp" line="22"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionstate.cpp" line="24"/>
        <source>Disconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionstate.cpp" line="26"/>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionstate.cpp" line="28"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionTab</name>
    <message>
        <location filename="../ui/connectiontab.cpp" line="62"/>
        <source>Warnings about this connection&apos;s settings; details in the diagnostics (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontab.cpp" line="73"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontab.cpp" line="74"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontab.cpp" line="75"/>
        <source>Compose and send messages (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontab.cpp" line="76"/>
        <source>Everything known about the connection (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontab.cpp" line="152"/>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontab.cpp" line="250"/>
        <source>No profiles here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontab.cpp" line="272"/>
        <source>Profile &quot;%1&quot; loaded: its settings apply from the next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontab.cpp" line="273"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontab.cpp" line="305"/>
        <source>Choose a profile first (Ctrl+P): templates are kept with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiontab.cpp" line="307"/>
        <source>The profile &quot;%1&quot; is no longer stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::DeliveryStatus</name>
    <message>
        <location filename="../core/websocket/deliverystatus.cpp" line="29"/>
        <source>Queued now: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/deliverystatus.cpp" line="30"/>
        <source>Sent / confirmed / unconfirmed: %1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/deliverystatus.cpp" line="31"/>
        <source>Awaiting confirmation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/deliverystatus.cpp" line="32"/>
        <source>Refused (queue full): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/deliverystatus.cpp" line="33"/>
        <source>Write buffer: %1 bytes (holding back above %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::DemoFaults</name>
    <message>
        <location filename="../core/server/demofaults.cpp" line="55"/>
        <source>a close code a server may send: 1000-1003, 1007-1014 or 3000-4999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/demofaults.cpp" line="62"/>
        <source>needs close=CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/demofaults.cpp" line="72"/>
        <source>at most 123 bytes of UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/demofaults.cpp" line="93"/>
        <source>close %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/demofaults.cpp" line="95"/>
        <source>freeze after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/demofaults.cpp" line="97"/>
        <source>delay %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/demofaults.cpp" line="98"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::Diagnostics</name>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="69"/>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="70"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="71"/>
        <source>%1 for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="74"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="75"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="76"/>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="76"/>
        <location filename="../core/websocket/diagnostics.cpp" line="77"/>
        <location filename="../core/websocket/diagnostics.cpp" line="78"/>
        <location filename="../core/websocket/diagnostics.cpp" line="80"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="76"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="77"/>
        <source>Local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="78"/>
        <source>Peer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="79"/>
        <source>Subprotocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="79"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="80"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="83"/>
        <source>Last close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="84"/>
        <source>%1 by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="89"/>
        <source>Messages in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="90"/>
        <source>Bytes in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="95"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::DiagnosticsPanel</name>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="26"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="26"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="37"/>
        <source>heartbeat off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="39"/>
        <source>every %1 ms (adaptive, %2 to %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="43"/>
        <source>every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="46"/>
        <source>; at %1 from %2 ms: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="57"/>
        <source>not used (ws://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="59"/>
        <source>chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="60"/>
        <source>chain NOT verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="63"/>
        <source>pin matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="66"/>
        <source>%1 (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="70"/>
        <source>peer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="81"/>
        <source>Export Support &amp;Bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="82"/>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="91"/>
        <source>One JSON file with versions, the profile, these diagnostics and the log, secrets masked: for a support request (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="98"/>
        <source>Copy the diagnostics as text, e.g. for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="108"/>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="110"/>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="111"/>
        <source>Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="112"/>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="113"/>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="118"/>
        <source>Heartbeat round-trip times over the recent probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="120"/>
        <source>How often the heartbeat probes, and why it last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="122"/>
        <source>Protocol, cipher, whether the server&apos;s chain was verified, and the chain it sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="212"/>
        <source>no probe answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="217"/>
        <location filename="../ui/diagnosticspanel.cpp" line="278"/>
        <location filename="../ui/diagnosticspanel.cpp" line="281"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="241"/>
        <source>No connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="249"/>
        <source>Heartbeat interval changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="251"/>
        <source>%1  %2 -&gt; %3 ms: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="259"/>
        <source>Rates: %1 msg/s in, %2 msg/s out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="263"/>
        <source>Log: %1 of %2 kept, %3 seen, %4 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="274"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="275"/>
        <source>Auth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="277"/>
        <source>Headers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="279"/>
        <source>Subprotocols requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="283"/>
        <source>Connect timeout: %1 ms, close timeout: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="286"/>
        <source>Heartbeat: %1, every %2 ms, timeout %3 ms, %4 missed allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="291"/>
        <source>Reconnect: %1, %2 to %3 ms, max attempts %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="296"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="298"/>
        <source>Proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="300"/>
        <source>TLS: certificate errors allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspanel.cpp" line="302"/>
        <source>Max message size: %1 in, %2 out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::EchoEndpoint</name>
    <message>
        <location filename="../core/server/echoendpoint.cpp" line="13"/>
        <source>echoes every text and binary message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::Error</name>
    <message>
        <location filename="../core/websocket/error.cpp" line="54"/>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="77"/>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="78"/>
        <source>Check the host name in the URL and your DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="82"/>
        <source>The server refused the connection: nothing is listening on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="83"/>
        <source>Check the port and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="87"/>
        <source>The server closed the connection without a WebSocket close frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="91"/>
        <source>The connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="94"/>
        <source>The TLS handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="98"/>
        <source>TLS could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="99"/>
        <source>Check the certificate, key and CA files of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="102"/>
        <source>The proxy refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="103"/>
        <source>Check the proxy host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="107"/>
        <source>The proxy requires authentication (407), or refused the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="108"/>
        <source>Set the proxy user name and password in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="114"/>
        <source>The proxy could not connect to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="118"/>
        <source>A network error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="130"/>
        <source>The server refused the WebSocket handshake: 401 Unauthorized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="131"/>
        <source>Check the token or credentials of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="134"/>
        <source>The server refused the WebSocket handshake: 403 Forbidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="136"/>
        <source>The credentials were accepted but do not allow this endpoint, or the Origin is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="140"/>
        <source>The server has no WebSocket endpoint at this path: 404 Not Found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="141"/>
        <source>Check the path of the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="145"/>
        <source>The server failed during the WebSocket handshake: HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="151"/>
        <source>The server refused the WebSocket handshake: HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="152"/>
        <source>The server&apos;s answer was not a valid WebSocket handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="163"/>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="164"/>
        <source>Reason given by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="165"/>
        <source>The server closed the connection: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="168"/>
        <source>The connection was closed because a message was too large (1009).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="169"/>
        <source>Raise the maximum message size, or send smaller messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="172"/>
        <source>The connection was closed because a text message was not valid UTF-8 (1007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="175"/>
        <source>Qt 6 also reports this when a valid text message is fragmented in the middle of a multi-byte character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="179"/>
        <source>The connection was closed because of a WebSocket protocol error (1002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="190"/>
        <source>Cannot %1 while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="198"/>
        <source>Normal closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="201"/>
        <source>Going away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="204"/>
        <source>Protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="207"/>
        <source>Unsupported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="210"/>
        <source>No status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="213"/>
        <source>Abnormal closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="216"/>
        <source>Invalid payload data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="219"/>
        <source>Policy violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="222"/>
        <source>Message too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="225"/>
        <source>Missing extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="228"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="231"/>
        <source>Service restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="234"/>
        <source>Try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="237"/>
        <source>Bad gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="240"/>
        <source>TLS handshake failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="248"/>
        <source>%1 (application-defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="250"/>
        <source>%1 (registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/error.cpp" line="251"/>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::EventStream</name>
    <message>
        <location filename="../core/server/eventstream.cpp" line="79"/>
        <source>%1 events sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::EventsEndpoint</name>
    <message>
        <location filename="../core/server/eventsendpoint.cpp" line="21"/>
        <source>a JSON event stream: ?rate=N per second (default %1, at most %2), ?count=N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/eventsendpoint.cpp" line="37"/>
        <source>rate: events per second, from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/eventsendpoint.cpp" line="47"/>
        <source>count: a number of events, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/eventsendpoint.cpp" line="61"/>
        <source>The server&apos;s event budget (%1 events/s for all streams) is in use; %2 events/s are left.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ExportController</name>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="83"/>
        <source>Secrets not masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="84"/>
        <source>These secrets could not be read, so their values cannot be masked in the export:

%1

Values that look like credentials (token=..., &quot;password&quot;: ..., Authorization headers) are still masked by name. Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="91"/>
        <location filename="../ui/exportcontroller.cpp" line="171"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="106"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="116"/>
        <source>Export Shown Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="116"/>
        <source>Export Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="118"/>
        <source>JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportcontroller.cpp" line="135"/>
        <source>%n message(s) exported to %1, secrets masked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="143"/>
        <source>Export Support Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="145"/>
        <source>Support bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="164"/>
        <source>Support bundle written to %1, secrets masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="172"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::HealthBadge</name>
    <message>
        <location filename="../ui/healthbadge.cpp" line="15"/>
        <source>Connection health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthbadge.cpp" line="26"/>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::Heartbeat</name>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="72"/>
        <source>No protocol layer supplies a heartbeat probe for the &apos;%1&apos; strategy; the connection is not monitored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="170"/>
        <source>The connection is dead: nothing at all was received for %1 ms, and heartbeat probe %2 got no answer within %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/websocket/heartbeat.cpp" line="177"/>
        <source>The connection is dead: %n heartbeat probe(s) in a row got no answer within %1 ms each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="183"/>
        <source>the last answer came %1 ms ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="184"/>
        <source>no probe was ever answered on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="186"/>
        <source>Probes sent %1, answered %2, lost %3; %4; last traffic of any kind %5 ms ago; last RTT %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="193"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="193"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="194"/>
        <source>The peer or the network path stopped responding without closing the connection (a half-open link); the socket was aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="285"/>
        <source>probe %1 lost (no answer within %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="298"/>
        <source>jitter: RTT jumped %1 ms (from %2 to %3 ms; limit %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/websocket/heartbeat.cpp" line="311"/>
        <source>stable: %n steady answer(s) in a row, jitter %1 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::HeartbeatStatus</name>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="69"/>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="72"/>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="69"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="73"/>
        <source>%1, every %2 ms%3, timeout %4 ms, dead after %5 missed%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="76"/>
        <source> (adaptive %1-%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="80"/>
        <source>, stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="82"/>
        <source>Heartbeat note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="83"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="84"/>
        <source>Last RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="84"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="84"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="85"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="86"/>
        <source>Probes sent / answered / lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="89"/>
        <source>Ignored answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="90"/>
        <source>%1 unsolicited, %2 duplicate, %3 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="97"/>
        <source>Last interval change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="98"/>
        <source>%1 -&gt; %2 ms: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/heartbeatstatus.cpp" line="101"/>
        <source>Earlier connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::HexDump</name>
    <message>
        <location filename="../ui/hexdump.cpp" line="40"/>
        <source>... %1 more bytes not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::InlineIssues</name>
    <message>
        <location filename="../ui/inlineissues.cpp" line="54"/>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inlineissues.cpp" line="54"/>
        <source>entry %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inlineissues.cpp" line="78"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::JsonObjectReader</name>
    <message>
        <location filename="../core/config/jsonobjectreader.cpp" line="50"/>
        <location filename="../core/config/jsonobjectreader.cpp" line="123"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/jsonobjectreader.cpp" line="62"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/jsonobjectreader.cpp" line="75"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/jsonobjectreader.cpp" line="80"/>
        <location filename="../core/config/jsonobjectreader.cpp" line="104"/>
        <source>must be between %1 and %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/jsonobjectreader.cpp" line="99"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/jsonobjectreader.cpp" line="116"/>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/jsonobjectreader.cpp" line="137"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/jsonobjectreader.cpp" line="147"/>
        <source>unknown key, ignored (is it misspelled?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::LatencyStats::Summary</name>
    <message>
        <location filename="../core/websocket/latencystats.cpp" line="49"/>
        <source>loss %1/%2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/latencystats.cpp" line="51"/>
        <source>no RTT samples, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/latencystats.cpp" line="52"/>
        <source>%1 samples, RTT min/p50/p95/p99/max %2/%3/%4/%5/%6 ms, mean %7 ms, jitter %8 ms, %9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::LoadGenerator</name>
    <message>
        <location filename="../core/session/loadgenerator.cpp" line="15"/>
        <source>connections: from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadgenerator.cpp" line="17"/>
        <source>a message count or a duration is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadgenerator.cpp" line="19"/>
        <source>message size: from %1 bytes to 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadgenerator.cpp" line="21"/>
        <source>rate: 0 (unlimited) or more messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadgenerator.cpp" line="23"/>
        <source>window: from 1 to 100000 messages in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadgenerator.cpp" line="25"/>
        <source>reply timeout and sample limit must be positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::LoadReport</name>
    <message>
        <location filename="../core/session/loadreport.cpp" line="89"/>
        <source>%1 round trips of %2 bytes over %3 connection(s) in %4 s: %5 msg/s, %6 MB/s each way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadreport.cpp" line="97"/>
        <source>round trip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadreport.cpp" line="98"/>
        <source>connect:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadreport.cpp" line="99"/>
        <source>sent %1, received %2, lost %3, mismatched %4, send errors %5, connections failed %6 of %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/loadreport.cpp" line="109"/>
        <source>error %1 x%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::LogExporter</name>
    <message>
        <location filename="../core/session/logexporter.cpp" line="169"/>
        <source>Cannot write the log export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/logexporter.cpp" line="191"/>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/logexporter.cpp" line="198"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>maxmon - Max Connection Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;New Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Open a new connection tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>New &amp;Demo Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Open a tab connected to the embedded demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Close the connection and its tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Close every connection and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Open the connection to the URL in the bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Close the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>&amp;Reconnect Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>Try again now instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Edit &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Put the cursor in the URL field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>C&amp;ompose Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Show the send panel and put the cursor in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>&amp;Send Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Send what the send panel holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>&amp;Find in Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Put the cursor in the log&apos;s filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Copy Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>Copy the selected message to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>C&amp;lear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Remove every message from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>&amp;Auto-scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>Follow new messages in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Show &amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Show everything known about the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Ne&amp;xt Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Go to the next connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Pre&amp;vious Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>Go to the previous connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&amp;About maxmon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Version and license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>The Qt version maxmon runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>About maxmon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <source>&lt;h3&gt;maxmon %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Max Connection Monitor: a debugger for WebSocket and Phoenix Channels connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>&amp;Profiles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>Create, edit, import and export connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>&amp;Export Log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>Write every message of the log to a JSON lines or CSV file, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="532"/>
        <source>Export &amp;Shown Messages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <source>Write the messages the log&apos;s filter shows, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>Export Support &amp;Bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>One JSON file with versions, profile, diagnostics and log for a support request, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="543"/>
        <source>Choose &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <source>Open the profile picker of this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="549"/>
        <source>P&amp;references...</source>
        <translation>E&amp;instellungen...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>The language of maxmon</source>
        <translation>Die Sprache von maxmon</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>&amp;Insert Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source>Put a saved message of the profile in the send panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="564"/>
        <source>Save as &amp;Template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <source>Keep the send panel&apos;s message with the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="576"/>
        <source>Charts: Last %n Minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="578"/>
        <source>Show the last %n minute(s) in the charts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::MessageDetailView</name>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="39"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="40"/>
        <source>Copy the message to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="45"/>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="46"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="47"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="48"/>
        <source>JSON, indented and coloured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="49"/>
        <source>The payload exactly as sent, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="50"/>
        <source>Offset, bytes in hex, and the same bytes as ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="78"/>
        <source>Select a message in the log to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="118"/>
        <source>The message is too large to pretty-print (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="123"/>
        <source>This looks like JSON but is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="134"/>
        <source>... %1 more bytes not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="210"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="210"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="212"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="213"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="217"/>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagedetailview.cpp" line="219"/>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::MessageLogFilter</name>
    <message>
        <location filename="../ui/messagelogfilter.cpp" line="34"/>
        <source>Invalid regular expression at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::MessageLogModel</name>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="221"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="222"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="237"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="238"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="271"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="273"/>
        <source>Dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="275"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="277"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="279"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="284"/>
        <source>Direction: in (received) or out (sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="306"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="308"/>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="310"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="312"/>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="314"/>
        <source>Pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="316"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="364"/>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="371"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::MessageLogPanel</name>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="45"/>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="48"/>
        <source>Auto-scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="55"/>
        <source>Filter messages (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="56"/>
        <location filename="../ui/messagelogpanel.cpp" line="230"/>
        <source>Show only messages whose payload contains this text. Binary payloads are searched as hex, e.g. &quot;deadbeef&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="59"/>
        <source>Read the filter as a regular expression (case-insensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="61"/>
        <source>In and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="62"/>
        <source>Received only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="63"/>
        <source>Sent only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="64"/>
        <source>Filter by direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="75"/>
        <location filename="../ui/messagelogpanel.cpp" line="250"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="76"/>
        <source>Filter by kind of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="79"/>
        <source>Follow new messages. Scrolling up pauses, scrolling to the end resumes (Ctrl+Shift+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="81"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="84"/>
        <source>Remove every message from the log (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="110"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="118"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="122"/>
        <source>Clear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="254"/>
        <source>No kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="257"/>
        <source>%1 kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="293"/>
        <source>%1 of %2 messages shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="294"/>
        <source>Messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagelogpanel.cpp" line="297"/>
        <source>%1 older dropped (the log keeps the newest %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::MessageRecord</name>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="250"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="253"/>
        <source>a record must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="263"/>
        <source>unknown field (free-form data belongs in &quot;meta&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="268"/>
        <location filename="../core/session/messagerecord.cpp" line="324"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="270"/>
        <location filename="../core/session/messagerecord.cpp" line="294"/>
        <location filename="../core/session/messagerecord.cpp" line="300"/>
        <location filename="../core/session/messagerecord.cpp" line="347"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="280"/>
        <source>unknown kind &quot;%1&quot;: expected text, json, binary, ping, pong or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="290"/>
        <source>must be &quot;in&quot; or &quot;out&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="303"/>
        <source>&quot;%1&quot; is not an ISO-8601 time like 2024-05-01T12:00:00.123456Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="311"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="316"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="318"/>
        <source>only text records have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="338"/>
        <source>the text of a json record must be a JSON object or array%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="342"/>
        <source>must be a JSON object, array or string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="351"/>
        <source>with &quot;utf8&quot;:false it must be padded base64; it is truncated or has stray characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="364"/>
        <source>must be padded base64; it is truncated, has stray characters or is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="375"/>
        <source>must be a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="378"/>
        <source>is %1, but the payload has %2 bytes (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::MessageRecorder</name>
    <message>
        <location filename="../core/session/messagerecorder.cpp" line="14"/>
        <source>Cannot write the recording %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/messagerecorder.cpp" line="23"/>
        <source>Cannot write to the recording %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::MessageSerializer</name>
    <message>
        <location filename="../core/websocket/messageserializer.cpp" line="10"/>
        <source>the message is empty (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/messageserializer.cpp" line="13"/>
        <source>a %1 message cannot hold JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/messageserializer.cpp" line="19"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/messageserializer.cpp" line="19"/>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/messageserializer.cpp" line="22"/>
        <source>must be a JSON object, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/messageserializer.cpp" line="35"/>
        <source>missing: expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/messageserializer.cpp" line="37"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/messageserializer.cpp" line="39"/>
        <source>is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::OutboundFlow</name>
    <message>
        <location filename="../core/websocket/outboundflow.cpp" line="91"/>
        <source>Message %1 could not be written to the socket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::OutboundQueue</name>
    <message>
        <location filename="../core/websocket/outboundqueue.cpp" line="17"/>
        <source>Not sent: %1 messages are already waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/outboundqueue.cpp" line="21"/>
        <source>Wait until the connection is back, or raise message_queue_size in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::PayloadParser</name>
    <message>
        <location filename="../ui/payloadparser.cpp" line="52"/>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadparser.cpp" line="57"/>
        <source>Odd number of hex digits: the last byte is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadparser.cpp" line="76"/>
        <source>Nothing may follow the &apos;=&apos; padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadparser.cpp" line="77"/>
        <source>&apos;%1&apos; is not a base64 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadparser.cpp" line="87"/>
        <source>Not valid base64: the length or the padding is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payloadparser.cpp" line="110"/>
        <source>A JSON message must be an object or an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::PhoenixEndpoint</name>
    <message>
        <location filename="../core/server/phoenixendpoint.cpp" line="20"/>
        <source>Phoenix Channels (vsn 1.0.0 and 2.0.0): join, push, broadcast, presence; private:* topics need the server&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="32"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="41"/>
        <source>maxmon shows the new language when it starts again.</source>
        <translation>maxmon zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="45"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>maxmon::ProfileEditor</name>
    <message>
        <location filename="../ui/profileeditor.cpp" line="149"/>
        <source>...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="164"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="165"/>
        <source>Staging EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="166"/>
        <source>wss://max.example/socket/websocket?vsn=2.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="168"/>
        <source>X-Client: maxmon
X-Tenant: acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="172"/>
        <source>phoenix, v1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="173"/>
        <location filename="../ui/profileeditor.cpp" line="174"/>
        <location filename="../ui/profileeditor.cpp" line="226"/>
        <location filename="../ui/profileeditor.cpp" line="227"/>
        <location filename="../ui/profileeditor.cpp" line="231"/>
        <location filename="../ui/profileeditor.cpp" line="232"/>
        <location filename="../ui/profileeditor.cpp" line="258"/>
        <location filename="../ui/profileeditor.cpp" line="259"/>
        <location filename="../ui/profileeditor.cpp" line="270"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="175"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="176"/>
        <source>The profile&apos;s name, as the profile pickers show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="177"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="177"/>
        <source>A ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="178"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="179"/>
        <source>Extra HTTP headers for the handshake, one &quot;Name: value&quot; per line. Put credentials in Authentication instead: they are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="181"/>
        <source>&amp;Subprotocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="182"/>
        <source>Sec-WebSocket-Protocol values to offer, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="183"/>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="184"/>
        <source>Time allowed for TCP, TLS and the WebSocket handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="185"/>
        <source>C&amp;lose timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="186"/>
        <source>How long to wait for the server&apos;s close frame before dropping the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="192"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="194"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="195"/>
        <source>Bearer header (Authorization: Bearer ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="196"/>
        <source>Query parameter (?token=...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="197"/>
        <source>Phoenix subprotocol (authToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="199"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="203"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="204"/>
        <source>How the token reaches the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="205"/>
        <source>&amp;Query parameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="206"/>
        <source>The name of the URL query parameter that carries the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="207"/>
        <source>&amp;Token from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="208"/>
        <source>Where the token is read when connecting: it is never stored in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="209"/>
        <source>The token itself is never stored in a profile, and it is masked in every log, export and support bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="218"/>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="219"/>
        <source>Send heartbeat probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="222"/>
        <source>WebSocket ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="223"/>
        <source>Application (Phoenix heartbeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="229"/>
        <source>Adapt the interval to the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="234"/>
        <source>Measure the round-trip time and detect a dead link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="235"/>
        <source>&amp;Probe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="236"/>
        <source>WebSocket ping frames, or the protocol&apos;s own heartbeat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="237"/>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="238"/>
        <source>Time between two probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="239"/>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="240"/>
        <source>A probe without answer after this long is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="241"/>
        <source>&amp;Dead after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="242"/>
        <source>Lost probes in a row that declare the link dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="244"/>
        <source>Probe more often when the link degrades, less often when it is steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="245"/>
        <source>Mi&amp;nimum interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="247"/>
        <source>The adaptive interval never goes below this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="248"/>
        <source>Ma&amp;ximum interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="250"/>
        <source>The adaptive interval never goes above this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="255"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="256"/>
        <source>Reconnect after a lost connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="269"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="272"/>
        <source>Try again with a growing delay when the connection is lost or cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="273"/>
        <source>&amp;First delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="274"/>
        <source>The wait before the first retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="275"/>
        <source>&amp;Longest delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="276"/>
        <source>The delay grows up to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="277"/>
        <source>&amp;Multiplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="278"/>
        <source>Each delay is the previous one times this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="279"/>
        <source>&amp;Jitter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="280"/>
        <source>Each delay varies randomly by up to this fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="281"/>
        <source>Max &amp;attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="282"/>
        <source>Give up after this many attempts in a row (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="283"/>
        <source>&amp;Reset after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="284"/>
        <source>Attempts count from 1 again after being connected this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="289"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="290"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="291"/>
        <source>/etc/max/ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="298"/>
        <source>base64 SHA-256 of a SubjectPublicKeyInfo, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="302"/>
        <source>Accept the certificate errors listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="305"/>
        <source>⚠ Insecure: a server with these certificate errors is accepted, so anyone on the network path could read and change this connection, token included. Use it only against test servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="314"/>
        <source>SelfSignedCertificate, HostNameMismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="315"/>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="315"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="317"/>
        <source>Extra trusted CA certificates (PEM), added to the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="318"/>
        <source>Client ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="319"/>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="321"/>
        <source>Sent when the server asks for one (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="322"/>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="322"/>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="323"/>
        <source>The client certificate&apos;s private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="324"/>
        <source>Key &amp;passphrase from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="325"/>
        <source>Where the passphrase of an encrypted key is read; never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="326"/>
        <source>&amp;Pins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="327"/>
        <source>Refuse a server unless one of its certificates has one of these keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="329"/>
        <source>Never the default: only the certificate errors named below are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="331"/>
        <source>Accepted &amp;errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="332"/>
        <source>QSslError names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="338"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="340"/>
        <source>System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="341"/>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="342"/>
        <source>HTTP (CONNECT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="343"/>
        <source>SOCKS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="345"/>
        <source>proxy.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="351"/>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="352"/>
        <source>The system&apos;s proxy (environment, desktop settings), none, or one of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="353"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="353"/>
        <source>The proxy&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="354"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="354"/>
        <source>The proxy&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="355"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="356"/>
        <source>For a proxy that asks for credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="357"/>
        <source>Pass&amp;word from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="358"/>
        <source>Where the proxy password is read; never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="363"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="364"/>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="365"/>
        <location filename="../ui/profileeditor.cpp" line="366"/>
        <location filename="../ui/profileeditor.cpp" line="367"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="368"/>
        <source>Out&amp;bound queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="369"/>
        <source>Messages that may wait to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="370"/>
        <source>&amp;High-water mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="371"/>
        <source>Hold messages back while more than this waits in the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="372"/>
        <source>Largest &amp;incoming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="374"/>
        <source>A larger incoming message closes the connection with 1009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="375"/>
        <source>Largest &amp;outgoing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="377"/>
        <source>A larger message is refused before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="382"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="386"/>
        <source>&amp;Saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="387"/>
        <source>Messages saved from the send panel with this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="457"/>
        <source>line %1: write each header as &quot;Name: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="521"/>
        <source>a profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="532"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="544"/>
        <source>name the variable, file, command or entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="548"/>
        <source>no source: no token will be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ProfileLibrary</name>
    <message>
        <location filename="../ui/profilelibrary.cpp" line="31"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ProfileStore</name>
    <message>
        <location filename="../core/config/profilestore.cpp" line="90"/>
        <location filename="../core/config/profilestore.cpp" line="121"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/profilestore.cpp" line="98"/>
        <source>The profile &quot;%1&quot; has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/profilestore.cpp" line="109"/>
        <location filename="../core/config/profilestore.cpp" line="130"/>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/profilestore.cpp" line="111"/>
        <source>Cannot create the profile folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/profilestore.cpp" line="114"/>
        <source>Cannot save the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/profilestore.cpp" line="123"/>
        <source>Cannot delete the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/profilestore.cpp" line="134"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/profilestore.cpp" line="150"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/profilestore.cpp" line="162"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/profilestore.cpp" line="178"/>
        <source>%1 is not a valid profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/profilestore.cpp" line="195"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ProfilesDialog</name>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="40"/>
        <source>Connection Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="42"/>
        <source>Stored profiles (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="44"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="50"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="51"/>
        <source>Start a new profile (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="53"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="55"/>
        <source>Copy the selected profile under a new name (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="57"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="59"/>
        <source>Delete the selected profile (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="61"/>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="63"/>
        <source>Add a profile from a JSON file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="65"/>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="67"/>
        <source>Write the selected profile to a JSON file, without secrets (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="85"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="86"/>
        <source>Undo the changes since the profile was last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="87"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="88"/>
        <source>Save the profile (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="89"/>
        <source>Use in &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="91"/>
        <source>Save, then load the profile into the current tab (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="93"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="94"/>
        <source>Close this window (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="217"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="218"/>
        <source>The profile &quot;%1&quot; has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="219"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="238"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="240"/>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="246"/>
        <source>A new profile: fill in the URL, then save it (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="257"/>
        <source>Not saved: correct the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="263"/>
        <source>another profile has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="264"/>
        <source>Not saved: a profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="269"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="275"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="286"/>
        <source>Changes undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="300"/>
        <source>Copied to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="309"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="310"/>
        <source>Delete the profile &quot;%1&quot;? Its file is removed; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="327"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="334"/>
        <source>Import Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="335"/>
        <location filename="../ui/profilesdialog.cpp" line="365"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="351"/>
        <source>Imported &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="352"/>
        <source>Imported &quot;%1&quot;, with notes:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="360"/>
        <source>Save the profile before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="364"/>
        <source>Export Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="373"/>
        <source>Exported &quot;%1&quot; to %2 (without secrets).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ProxySelector</name>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="79"/>
        <source>HTTP CONNECT proxy %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="82"/>
        <source>SOCKS5 proxy %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="87"/>
        <source>none (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="91"/>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="93"/>
        <source>system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="108"/>
        <source>Set proxy.user and proxy.password in the profile (maxmon-cli: --proxy http://USER@HOST:PORT --proxy-password-env VAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="115"/>
        <source>The %1 refused the connection: is it running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="116"/>
        <source>Check the proxy&apos;s host and port (proxy.host, proxy.port or --proxy), or connect without it (--proxy none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="123"/>
        <source>The %1 requires a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="124"/>
        <source>The %1 refused the credentials of user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="133"/>
        <source>The %1 refused to open a tunnel to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="134"/>
        <source>The %1 answered with something that is not SOCKS5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="137"/>
        <source>Check that the proxy can reach the server and allows tunnels to this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="139"/>
        <source>Either the proxy cannot reach the server, or it refused the credentials of user %1 (some proxies answer wrong credentials with 401, which Qt reports like any other refusal). Check proxy.user and proxy.password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="148"/>
        <source>The %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="149"/>
        <source>Check the proxy settings, or connect without it (--proxy none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="154"/>
        <source>The %1 works, but could not reach the server behind it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="180"/>
        <source>&quot;%1&quot; is not a proxy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="181"/>
        <source>Use http://[user@]host:port, socks5://[user@]host:port, none or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="189"/>
        <source>A proxy password must not be given in the proxy URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="190"/>
        <source>Command lines show up in the process list and shell history: pass the password with --proxy-password-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="196"/>
        <source>it needs a scheme, a host and a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="202"/>
        <source>the scheme must be http or socks5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="204"/>
        <source>it needs a port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ReconnectStatus</name>
    <message>
        <location filename="../core/websocket/reconnectstatus.cpp" line="36"/>
        <source>Reconnect: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/reconnectstatus.cpp" line="38"/>
        <source>Reconnect: attempt %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/reconnectstatus.cpp" line="39"/>
        <source>Reconnect: attempt %1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/reconnectstatus.cpp" line="42"/>
        <source>Next attempt in: %1 ms%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::RecordingFile</name>
    <message>
        <location filename="../core/session/recordingfile.cpp" line="52"/>
        <source>Cannot read the recording %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/recordingfile.cpp" line="57"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ScreenshotScenario</name>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="57"/>
        <source>screenshot: timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="62"/>
        <source>Demo echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="78"/>
        <source>subscribe prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="81"/>
        <source>hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="84"/>
        <location filename="../ui/screenshotscenario.cpp" line="125"/>
        <source>Staging EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="93"/>
        <source>Local dev (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="108"/>
        <source>screenshot: cannot create the example profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="118"/>
        <source>screenshot: could not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="133"/>
        <location filename="../ui/screenshotscenario.cpp" line="212"/>
        <source>screenshot: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="136"/>
        <location filename="../ui/screenshotscenario.cpp" line="215"/>
        <source>screenshot saved to %1 (%2x%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="146"/>
        <source>screenshot: the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotscenario.cpp" line="204"/>
        <source>screenshot: no JSON message to select</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::SecretRef</name>
    <message>
        <location filename="../core/config/secretref.cpp" line="35"/>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretref.cpp" line="38"/>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretref.cpp" line="40"/>
        <source>output of command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretref.cpp" line="43"/>
        <source>keychain entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretref.cpp" line="47"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretref.cpp" line="63"/>
        <source>secrets are never stored in a profile: name where to read it, for example {&quot;env&quot;: &quot;MAX_TOKEN&quot;} or {&quot;file&quot;: &quot;/path/to/token&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretref.cpp" line="71"/>
        <source>expected an object with exactly one of &quot;env&quot;, &quot;file&quot;, &quot;command&quot;, &quot;keychain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretref.cpp" line="82"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretref.cpp" line="91"/>
        <source>unknown secret source &quot;%1&quot;: use env, file, command or keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::SecretRefEdit</name>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="19"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="20"/>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="21"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="22"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="23"/>
        <source>Keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="24"/>
        <source>Where maxmon reads the secret when it connects. The secret itself is never stored in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="27"/>
        <source>...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="28"/>
        <source>Choose the file that holds the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="69"/>
        <source>No secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="72"/>
        <source>MAX_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="73"/>
        <source>The name of the environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="76"/>
        <source>~/.max/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="77"/>
        <source>A file only you can read (chmod 600); its content, trimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="80"/>
        <source>pass show max/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="81"/>
        <source>A command whose output, trimmed, is the secret; run without a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="85"/>
        <source>max/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="86"/>
        <source>The entry in the OS keychain (service &quot;maxmon&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="93"/>
        <source>File with the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secretrefedit.cpp" line="94"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::SecretStore</name>
    <message>
        <location filename="../core/config/secretstore.cpp" line="76"/>
        <source>The environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="79"/>
        <source>The environment variable %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="89"/>
        <source>Cannot read the secret file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="96"/>
        <source>The secret file %1 can be read by other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="98"/>
        <source>Make it readable by you alone: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="102"/>
        <source>The secret file %1 is larger than 1 MiB: it is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="108"/>
        <source>The secret file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="134"/>
        <source>No secret source was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="174"/>
        <source>The secret command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="201"/>
        <source>The secret command %1 failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="204"/>
        <source>The secret command %1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="211"/>
        <source>The secret command %1 printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="221"/>
        <source>The secret command %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="223"/>
        <source>The command runs directly, not through a shell: give the program&apos;s path and its arguments, or wrap it in sh -c &apos;...&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="228"/>
        <source>The secret command %1 did not finish within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="246"/>
        <source>No OS keychain is reachable to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="247"/>
        <source>There is no D-Bus session bus, so neither the Secret Service nor KWallet can be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="267"/>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="273"/>
        <source>The OS keychain has no %1 (service &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="275"/>
        <source>Store the secret in the keychain under service &quot;%1&quot;, key &quot;%2&quot;; or: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="281"/>
        <source>The OS keychain could not be read for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="297"/>
        <source>No OS keychain is reachable: the secret was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="298"/>
        <source>There is no D-Bus session bus, so neither the Secret Service nor KWallet can be asked. maxmon never falls back to a plain-text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/secretstore.cpp" line="318"/>
        <source>The secret could not be stored in the OS keychain; nothing was written elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::SecretTokenProvider</name>
    <message>
        <location filename="../core/websocket/secrettokenprovider.cpp" line="21"/>
        <source>No secret store to read the token from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::SelfTest</name>
    <message>
        <location filename="../ui/selftest.cpp" line="23"/>
        <source>timed out while %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/selftest.cpp" line="30"/>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/selftest.cpp" line="36"/>
        <source>could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/selftest.cpp" line="46"/>
        <source>waiting for the echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/selftest.cpp" line="53"/>
        <source>could not send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/selftest.cpp" line="58"/>
        <source>connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/selftest.cpp" line="61"/>
        <source>the connection closed while %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/selftest.cpp" line="84"/>
        <source>maxmon self-test passed: connected to %1 in %2 ms, echo after %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/selftest.cpp" line="104"/>
        <source>maxmon self-test FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::SendPanel</name>
    <message>
        <location filename="../ui/sendpanel.cpp" line="36"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="37"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="51"/>
        <source>Send as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="53"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="56"/>
        <location filename="../ui/sendpanel.cpp" line="471"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="58"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="59"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="60"/>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="61"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="62"/>
        <source>What to send: a text frame, JSON (checked as you type), bytes typed as hex or base64, or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="64"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="65"/>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="66"/>
        <source>How the bytes are typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="67"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="68"/>
        <source>Indent the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="77"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="78"/>
        <source>Choose the file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="79"/>
        <source>Path of the file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="81"/>
        <source>Send the file as a text frame (it must be UTF-8) instead of a binary one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="97"/>
        <source>Send the message several times at a fixed interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="100"/>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="101"/>
        <source>How many times to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="104"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="105"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="107"/>
        <source>Time between two sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="247"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="254"/>
        <source>Unknown mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="300"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="309"/>
        <source>Sent %1 of %2 (%3 each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="314"/>
        <source>Sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="411"/>
        <source>Type a message to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="415"/>
        <source>Type a JSON object or array to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="422"/>
        <source>Type the bytes in hex, e.g. 48 65 6c 6c 6f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="423"/>
        <source>Type the bytes in base64, e.g. SGVsbG8=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="431"/>
        <source>Choose a file to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="433"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="440"/>
        <source>Invalid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="440"/>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="441"/>
        <source>%1 at line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="465"/>
        <source>Stop (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="467"/>
        <source>Stop repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="470"/>
        <source>Send %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="473"/>
        <source>No connection to send on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="478"/>
        <source>Cannot send while %1: connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="485"/>
        <source>Ctrl+Enter sends; Up and Down recall earlier messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="487"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="501"/>
        <source>A file cannot be a template: send it as Binary instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="529"/>
        <source>Template &quot;%1&quot; inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="539"/>
        <source>Not saved as a template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="553"/>
        <source>Save as Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="554"/>
        <source>Template name (an existing one is replaced):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="567"/>
        <source>File to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="604"/>
        <source>Type a message. Ctrl+Enter sends; Up and Down recall earlier messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="606"/>
        <source>{&quot;event&quot;: &quot;ping&quot;, &quot;payload&quot;: {}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="608"/>
        <source>48 65 6c 6c 6f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendpanel.cpp" line="608"/>
        <source>SGVsbG8=</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::StateBadge</name>
    <message>
        <location filename="../ui/statebadge.cpp" line="49"/>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="82"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="84"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="86"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="87"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::StaticTokenProvider</name>
    <message>
        <location filename="../core/websocket/statictokenprovider.cpp" line="22"/>
        <source>the token given directly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::StatusSummary</name>
    <message>
        <location filename="../ui/statussummary.cpp" line="19"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="20"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="32"/>
        <source>Heartbeat round-trip time: the latest answer and the 95th percentile of the recent ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="34"/>
        <source>Messages per second received and sent on this connection, over the last second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="36"/>
        <source>Messages in this connection&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="63"/>
        <source>RTT n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="64"/>
        <source>RTT %1 · p95 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="72"/>
        <source>In %1 msg/s · Out %2 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statussummary.cpp" line="79"/>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::StreamEvent</name>
    <message>
        <location filename="../core/server/streamevent.cpp" line="17"/>
        <source>must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server/streamevent.cpp" line="37"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::SupportBundle</name>
    <message>
        <location filename="../core/session/supportbundle.cpp" line="134"/>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/supportbundle.cpp" line="139"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::TemplateButton</name>
    <message>
        <location filename="../ui/templatebutton.cpp" line="10"/>
        <source>&amp;Save as Template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templatebutton.cpp" line="12"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templatebutton.cpp" line="15"/>
        <source>Insert a saved message, or save this one with the profile (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templatebutton.cpp" line="42"/>
        <source>No templates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templatebutton.cpp" line="47"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templatebutton.cpp" line="49"/>
        <source>Put this template in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templatebutton.cpp" line="56"/>
        <source>Keep the message with the profile (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templatebutton.cpp" line="59"/>
        <source>&amp;Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::TemplateList</name>
    <message>
        <location filename="../ui/templatelist.cpp" line="16"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templatelist.cpp" line="20"/>
        <source>Save templates from the send panel (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templatelist.cpp" line="21"/>
        <source>Delete the selected template from this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templatelist.cpp" line="41"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::TlsPolicy</name>
    <message>
        <location filename="../core/websocket/tlsguard.cpp" line="130"/>
        <source>The server hung up right after the TLS handshake. If it requires a client certificate, set tls.client_certificate_file and tls.client_key_file (--cert FILE --key FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="34"/>
        <source>Cannot read the %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="35"/>
        <source>Check the path in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="50"/>
        <source>The %1 %2 contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="51"/>
        <source>%1 must name a PEM file with &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="61"/>
        <source>client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="68"/>
        <source>The client key %1 is encrypted and no passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="70"/>
        <source>Name where the passphrase comes from in tls.key_passphrase (for example {&quot;env&quot;: &quot;MAXMON_KEY_PASSPHRASE&quot;}), or --key-passphrase-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="82"/>
        <source>The client key %1 could not be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="83"/>
        <source>The client key %1 is not a PEM RSA, EC or DSA private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="87"/>
        <source>Check the passphrase named in tls.key_passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="89"/>
        <source>Check the path in tls.client_key_file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="149"/>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="162"/>
        <source>A client certificate needs both the certificate and the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="165"/>
        <source>Set tls.client_certificate_file and tls.client_key_file (--cert and --key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="169"/>
        <source>client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="184"/>
        <source>The pin &quot;%1&quot; is not a base64 SHA-256 digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="186"/>
        <source>A pin is the base64 of the SHA-256 of the certificate&apos;s SubjectPublicKeyInfo, 44 characters ending in &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="195"/>
        <source>tls.allow_insecure is set but tls.allowed_errors lists no certificate error to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="198"/>
        <source>List the exact errors to accept, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="206"/>
        <source>&quot;%1&quot; in tls.allowed_errors is not a certificate error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="208"/>
        <source>Use the names of QSslError, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="239"/>
        <source>Pinned keys (tls.spki_pins):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="242"/>
        <source>Keys the server presented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="247"/>
        <source>The server&apos;s public key matches none of the pinned keys: the connection was refused before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="250"/>
        <source>If the server&apos;s key was changed on purpose, pin the new key (%1); otherwise someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="275"/>
        <source>The server&apos;s certificate is self-signed (&quot;%1&quot;), so nobody vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="278"/>
        <source>If you trust this server, add its certificate as the profile&apos;s CA file (tls.ca_file, --ca FILE) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="286"/>
        <source>The server&apos;s certificate was issued by &quot;%1&quot;, a certificate authority this machine does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="289"/>
        <source>Add the certificate of the CA &quot;%1&quot; (PEM) to the profile: tls.ca_file, or --ca FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="296"/>
        <source>The server&apos;s certificate is not valid for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="298"/>
        <source>The certificate covers only: %1. Connect with one of these names, or have the server&apos;s certificate include &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="300"/>
        <source>no names at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="305"/>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="307"/>
        <source>It was valid from %1; it is now %2. The server&apos;s certificate must be renewed (or this machine&apos;s clock is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="314"/>
        <source>The server&apos;s certificate is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="316"/>
        <source>It is valid from %1; it is now %2. Check this machine&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="320"/>
        <source>The server&apos;s certificate was rejected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="321"/>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="344"/>
        <source>The server does not offer TLS 1.2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="345"/>
        <source>maxmon never uses TLS 1.0 or 1.1: the server&apos;s TLS configuration must enable TLS 1.2 or 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="350"/>
        <source>The server requires a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="352"/>
        <source>The server did not accept the certificate %1: check that it was issued by a CA the server trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="355"/>
        <source>Set tls.client_certificate_file and tls.client_key_file (--cert FILE --key FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="362"/>
        <source>The server rejected the client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="364"/>
        <source>The server does not trust %1: use a certificate issued by a CA the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="367"/>
        <source>The server wants a client certificate: set tls.client_certificate_file and tls.client_key_file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="370"/>
        <source>The TLS handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="371"/>
        <source>Check that the port speaks TLS (wss://) and not plain WebSocket (ws://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="390"/>
        <source>TLS verification is relaxed for this profile (tls.allow_insecure): certificate errors of the kinds %1 are accepted, so the server may not be who it claims to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="401"/>
        <source>The token is sent unencrypted (ws://): anyone on the network path can read it. Use wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="444"/>
        <source>Certificate errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="450"/>
        <source> (certificate &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="459"/>
        <source>The server presented no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="460"/>
        <source>Certificate chain presented by the server:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::TlsSessionInfo</name>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="42"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="42"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="42"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="43"/>
        <source>TLS chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="45"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="46"/>
        <source>NOT verified: accepted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="47"/>
        <source>TLS pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="47"/>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="47"/>
        <source>none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="49"/>
        <source>TLS client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/tlssessioninfo.cpp" line="52"/>
        <source>TLS peer [%1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::ValidationError</name>
    <message>
        <location filename="../core/websocket/validationerror.cpp" line="27"/>
        <source>The message is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::WebSocketClient</name>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="57"/>
        <source>The URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="60"/>
        <source>The connection settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="82"/>
        <source>The server sent a message larger than the limit of %1 bytes; the connection was closed with 1009 (Message too big).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="87"/>
        <source>Raise max_incoming_message_size in the profile, or make the server send smaller messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="168"/>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="239"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="256"/>
        <source>retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="265"/>
        <source>The application is quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="284"/>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="287"/>
        <source>%1 is not a close code a client may send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="288"/>
        <source>Use 1000, 1001, 3000-3999 or 4000-4999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="301"/>
        <source>Only outgoing text, JSON or binary messages can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="304"/>
        <source>The message is %1 bytes, more than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="307"/>
        <source>Raise max_outgoing_message_size in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="311"/>
        <source>The text message is not valid UTF-8; the server would close the connection (1007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="313"/>
        <source>Send it as a binary message instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="485"/>
        <source>The token cannot be sent as a Phoenix authToken subprotocol: its base64 form contains &apos;/&apos;, which a subprotocol name may not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="488"/>
        <source>Send it as a query parameter (auth mode &quot;query&quot;) or a bearer header instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="662"/>
        <source>The server closed the connection during the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="696"/>
        <source>The connection was lost: the server closed it without a close frame (1006 Abnormal closure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="714"/>
        <source>The server accepted the connection but did not answer the WebSocket handshake within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="717"/>
        <source>Check that the URL points at a WebSocket endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="719"/>
        <source>Could not connect to the server within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="720"/>
        <source>Check the host, the port and any firewall in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="816"/>
        <source>The server refused the token again (HTTP %1), also after a fresh one was fetched from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="819"/>
        <source>the token source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="820"/>
        <source>Check the credentials; maxmon does not retry now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="828"/>
        <source>renewing the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="837"/>
        <source>
Gave up after %1 reconnect attempts (reconnect.max_attempts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/websocket/websocketclient.cpp" line="859"/>
        <source>%n sent message(s) may not have arrived: the connection ended before the server confirmed them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="862"/>
        <source>Message ids: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="863"/>
        <source>WebSocket has no acknowledgements; maxmon counts a message as arrived once the server answers a later ping. Resend these if they must arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="888"/>
        <source>Connected although the server&apos;s certificate failed verification: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli</name>
    <message>
        <location filename="../app/cli/heartbeatoptions.cpp" line="31"/>
        <source>must be above 0 and at most 24h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="66"/>
        <source>latency %1 ms +- %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="68"/>
        <source>bandwidth %1 B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="70"/>
        <source>blackhole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="72"/>
        <source>writes of %1-%2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="74"/>
        <source>FIN delayed %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="75"/>
        <source>no faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="59"/>
        <source>--tls-cert %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="70"/>
        <source>--tls-key %1 is not a PEM private key (EC or RSA), or its passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::BenchCommand</name>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="31"/>
        <source>Load an echo endpoint (e.g. the demo server&apos;s /echo) from several connections and measure throughput and round-trip latency. Each message carries a sequence number at its start; an echo is matched by it and must come back unchanged.
Exit codes: 0 all messages came back intact, 9 messages lost or mismatched or a connection failed, 2 usage; when no connection opened, the connect exit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="38"/>
        <source>ws:// or wss:// URL of an echo endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="43"/>
        <source>Message size in bytes, at least 16 (default 64; 1KiB, 1MB ... allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="47"/>
        <source>Messages in all connections together (default 1000; 0 with --duration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="51"/>
        <source>Send for this long instead of a count, e.g. 10s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="54"/>
        <source>Messages per second in all (default: as fast as the windows allow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="58"/>
        <source>Parallel connections (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="61"/>
        <source>Messages in flight per connection: 1 is request/response, more pipelines (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="65"/>
        <source>Send text messages instead of binary ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="68"/>
        <source>Give up when no echo came back for this long while messages are in flight (default 5s); those are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="72"/>
        <source>Print the report as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="99"/>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="105"/>
        <source>above 0 and at most 24 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="112"/>
        <source>--count: a number of messages, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="117"/>
        <source>--rate: messages per second, above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="129"/>
        <source>from 1ms to 24 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="137"/>
        <source>[bench] %1 connection(s) open, %2 failed; sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="150"/>
        <source>[bench] %1 connection(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ConnectCommand</name>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="27"/>
        <source>Connect to a WebSocket server: stdin lines (and --send) are sent, received messages are printed on stdout; status and errors go to stderr.
On a terminal (or with --interactive) every message is shown with its time and direction (&lt; in, &gt; out); in a pipe stdout holds nothing but the received data, one message per line, binary ones in base64 (or hex).
SIGINT closes with 1000, SIGTERM with 1001; a second signal exits at once (130).
Exit codes: 0 closed normally, 1 other failure, 2 usage, 3 connection, 4 TLS, 5 authentication, 6 timeout, 7 protocol, 8 configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="36"/>
        <source>ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="42"/>
        <source>Print every message, received and sent, as one JSON record per line (see README, &quot;Message records&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="46"/>
        <source>Show times and directions even when stdout is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="52"/>
        <source>Use either --json or --interactive, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ConnectOptions</name>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="113"/>
        <source>profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="124"/>
        <source>Give a URL (or a --profile that has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="130"/>
        <source>must be above 0 and at most 24h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="136"/>
        <source>--header needs name:value, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="160"/>
        <source>Give the token one way only: --token, --token-env, --token-file or --token-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="173"/>
        <source>--cert and --key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="183"/>
        <source>Use either --insecure or --allow-tls-error, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="195"/>
        <source>--allow-tls-error: &quot;%1&quot; is not a certificate error; known ones include %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="212"/>
        <source>--proxy-password-env needs a user in --proxy (http://USER@host:port).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::HeartbeatOptions</name>
    <message>
        <location filename="../app/cli/heartbeatoptions.cpp" line="39"/>
        <source>Ping at this fixed interval (500ms, 1s, ...; &quot;off&quot; to disable) and print every round-trip time on stderr, with a summary at exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/heartbeatoptions.cpp" line="43"/>
        <source>A ping without answer after this is lost (default 5s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/heartbeatoptions.cpp" line="46"/>
        <source>Let the interval adapt to the link, starting at --heartbeat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::NetsimCommand</name>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="90"/>
        <source>Forward TCP connections to an upstream server through a bad network: latency, jitter, a bandwidth cap, tiny writes, dropped or reset connections. Commands on stdin change the faults while it runs (type &quot;help&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="95"/>
        <source>Port to listen on (default 0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="98"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="101"/>
        <source>The server to forward to (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="103"/>
        <source>Delay each way, e.g. 200ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="106"/>
        <source>Random +- added to the latency, e.g. 50ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="109"/>
        <source>Cap each way, e.g. 20KB/s or 1Mbit/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="112"/>
        <source>Write in random chunks of 1 to N bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="115"/>
        <source>Forward a side&apos;s FIN this much later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="118"/>
        <source>Reset every connection this long after it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="122"/>
        <source>Where latency, bandwidth, slicing and close delay apply: both (default), up (client to server) or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="126"/>
        <source>Seed for jitter and slice sizes, for repeatable runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="132"/>
        <source>netsim takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="150"/>
        <source>--upstream needs host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="155"/>
        <source>invalid --listen or --listen-address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="158"/>
        <source>--direction is both, up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="168"/>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="183"/>
        <source>must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="190"/>
        <source>--slice needs a number of bytes, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="203"/>
        <source>maxmon-cli netsim: cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="244"/>
        <source>; drop after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="246"/>
        <source>; refusing connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="285"/>
        <source>on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="294"/>
        <source>a number of bytes or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="311"/>
        <source>client, server or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="314"/>
        <source>unknown command; type help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ProbeCommand</name>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="84"/>
        <source>Connect, send --count pings --interval apart and report the handshake time, RTT percentiles (p50, p95, p99, max), loss and TLS details, for monitoring systems.
Exit codes follow the Nagios plugin conventions, NOT those of the other commands: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. --warn/--crit apply to the p95 RTT; no connection, a dead link or every ping lost is CRITICAL; bad arguments are UNKNOWN.
The first line is &quot;STATUS - summary|perfdata&quot;; details follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="91"/>
        <source>ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="95"/>
        <source>Pings to send (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="98"/>
        <source>Time between pings (default 500ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="101"/>
        <source>A ping without answer after this is lost (default 2s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="104"/>
        <source>WARNING when the p95 RTT is above this (ms, or 1s ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="107"/>
        <source>CRITICAL when the p95 RTT is above this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="110"/>
        <source>WARNING when more than this percentage of pings is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="114"/>
        <source>CRITICAL when more than this percentage is lost (default: only when all are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="117"/>
        <source>Print the result as one JSON object instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="134"/>
        <source>--count: from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="138"/>
        <source>--interval: a duration from 1ms to 1h, e.g. 500ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="140"/>
        <source>--timeout: a duration from 1ms to 1h, e.g. 2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="150"/>
        <source>--%1: a number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="153"/>
        <source>loss thresholds are percentages, at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="214"/>
        <source>connection failed after %1 of %2 pings: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="218"/>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="222"/>
        <source>the server closed the connection after %1 of %2 pings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="237"/>
        <source>probe done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="250"/>
        <location filename="../app/cli/probecommand.cpp" line="253"/>
        <source>%1 above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="257"/>
        <source>p95 RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="259"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="312"/>
        <source>%1/%2 pings answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="314"/>
        <source>, RTT p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/probecommand.cpp" line="317"/>
        <source>, loss %1%, handshake %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::RecordCommand</name>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="28"/>
        <source>Connect like &apos;connect&apos; and record every message, sent and received (close frames included), as JSON lines (MessageRecord) in --out. Each line reaches the file as it is written, so a crash loses nothing. Replay it with &apos;maxmon-cli replay&apos;.
Exit codes: as &apos;connect&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="33"/>
        <source>ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="36"/>
        <source>The file to record to (created or truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="45"/>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ReplayCommand</name>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="47"/>
        <source>Send the outgoing messages of a recording (maxmon-cli record, connect --json) to URL with their original timing, divided by --speed; report progress, messages that could not be sent and how the replies compare with the recorded ones.
Exit codes: those of connect, and 9 when a message could not be sent (or, with --check-replies, the replies differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="53"/>
        <source>the recording (JSON lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="54"/>
        <source>ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="59"/>
        <source>2 = twice as fast, 0.5 = half as fast, 0 = as fast as possible (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="63"/>
        <source>Stop at the first bad line instead of skipping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="65"/>
        <source>After the last send, wait this long for replies (default 1s; less when all came back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="70"/>
        <source>Exit with 9 when the replies differ from those in the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="79"/>
        <source>--speed: a factor, 0 or more (0 = as fast as possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="85"/>
        <source>at most 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="104"/>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="108"/>
        <source>%1, line %2 skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="110"/>
        <source>error: %1 holds no outgoing text, JSON or binary message to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="133"/>
        <source>replay done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="151"/>
        <source>replay interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="154"/>
        <source>%n message(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="226"/>
        <source>%1/%2 sent, %3 replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="234"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="234"/>
        <source>the connection was gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="236"/>
        <source>%1 of %2 messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="238"/>
        <source>  line %1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="245"/>
        <source>replies: %1 received, %2 recorded, %3 matched in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="251"/>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="254"/>
        <location filename="../app/cli/replaycommand.cpp" line="256"/>
        <source>nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="257"/>
        <source>  first difference at reply %1: recorded %2, received %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ServeCommand</name>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="98"/>
        <source>Run the embedded demo server, a WebSocket peer on this machine:
  /echo    echoes text and binary messages
  /events  a JSON event stream: ?rate=N per second, ?count=N
  /auth    needs the token (Authorization: Bearer or ?token=), then echoes
Faults per connection in the query: ?close=CODE&amp;after=T, ?freeze=T, ?delay=T; or for every connection with the options below.
SIGINT or SIGTERM closes every connection with 1001 and exits 0.
Exit codes: 0 stopped by a signal, 2 usage, 3 cannot listen, 4 TLS files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="154"/>
        <source>Print every connection and refused request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="170"/>
        <source>--listen: &quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="172"/>
        <source>--port: a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="190"/>
        <source>Event rates are events per second, from 0.01 to 1000000 (all streams: 10000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="193"/>
        <source>--max-connections: a number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="196"/>
        <source>--events-rate is above --max-events-rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="201"/>
        <source>from 1 byte to 2GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="217"/>
        <source>fault options (close = --close-code, after = --close-after, freeze = --freeze-after): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="223"/>
        <source>Give the /auth token one way: --auth-token or --auth-token-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="229"/>
        <source>--auth-token-env: %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="235"/>
        <source>--tls-cert and --tls-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="243"/>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="248"/>
        <source>--tls-client-ca needs --tls-cert and --tls-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="255"/>
        <source>%1 connected to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="258"/>
        <source>%1 disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="262"/>
        <source>refused %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="266"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="276"/>
        <source>maxmon demo server on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="280"/>
        <source>/auth token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="281"/>
        <source>limits: %1 connections, messages up to %2 bytes, %3 events/s per stream, %4 events/s in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="287"/>
        <source>faults for every connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/servecommand.cpp" line="295"/>
        <source>shutting down: closing %n connection(s) with 1001</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::Session</name>
    <message>
        <location filename="../app/cli/session.cpp" line="46"/>
        <source>--duration reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="49"/>
        <source>end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="65"/>
        <source>rtt %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="70"/>
        <source>ping lost: no pong within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="73"/>
        <source>health: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="90"/>
        <source>rtt summary: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/session.cpp" line="92"/>
        <source>%n message(s) recorded in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="101"/>
        <source>%1 %2 (attempt %3, next try in %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="153"/>
        <source>--send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="162"/>
        <source>stdin line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="164"/>
        <location filename="../app/cli/session.cpp" line="172"/>
        <source>%1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="183"/>
        <source>--count reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="195"/>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="231"/>
        <source>maxmon-cli terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/session.cpp" line="233"/>
        <source>maxmon-cli interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::SessionOptions</name>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="28"/>
        <source>Close (1000) and exit after receiving N data messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="31"/>
        <source>Close (1000) and exit after being connected this long, e.g. 10s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="34"/>
        <source>Send this message once connected, before stdin (repeatable, in order; framed like stdin lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="38"/>
        <source>Send the --send messages again at this interval, e.g. 1s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="41"/>
        <source>Close (1000) and exit when stdin ends, once the replies are in (nothing received for 200ms); without it, keep receiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="44"/>
        <source>Send each line as a binary message, written in the --encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="46"/>
        <source>How --binary lines (and received binary messages) are written: base64 (default) or hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="50"/>
        <source>Each line is one JSON value, sent as is; invalid lines are reported on stderr and not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="64"/>
        <source>Use either --binary or --json-input, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="67"/>
        <source>--encoding: hex or base64, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="78"/>
        <source>--count needs a number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="92"/>
        <source>must be above 0 and at most 24 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="104"/>
        <source>--send-every needs at least one --send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::cli::console</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="31"/>
        <source>wrong number of arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51"/>
        <source>Try &apos;maxmon-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="40"/>
        <source>TLS %1, %2, chain %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="41"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="41"/>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="43"/>
        <source>, pin matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="46"/>
        <source>, server %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="58"/>
        <source>error [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inputformat.cpp" line="41"/>
        <source>not JSON: %1 at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inputformat.cpp" line="44"/>
        <source>not JSON: more than one value on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inputformat.cpp" line="52"/>
        <source>not hex: &quot;%1&quot; at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inputformat.cpp" line="57"/>
        <source>not hex: an odd number of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inputformat.cpp" line="64"/>
        <source>not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>send stdin lines, print received messages</source>
        <translation>Zeilen von stdin senden, empfangene Nachrichten ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="27"/>
        <source>handshake time, ping RTT and loss, for monitoring</source>
        <translation>Handshake-Zeit, Ping-RTT und Verluste, für das Monitoring</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="28"/>
        <source>connect and write every message to F (JSON lines)</source>
        <translation>verbinden und jede Nachricht in F schreiben (JSON Lines)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
        <source>send a recording&apos;s messages again, with their timing</source>
        <translation>die Nachrichten einer Aufzeichnung erneut senden, mit ihrem Timing</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="30"/>
        <source>throughput and latency against an echo endpoint</source>
        <translation>Durchsatz und Latenz gegen einen Echo-Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31"/>
        <source>run the embedded demo server (/echo, /events, /auth)</source>
        <translation>den eingebauten Demo-Server starten (/echo, /events, /auth)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>forward TCP through a bad network (latency, caps, resets)</source>
        <translation>TCP durch ein schlechtes Netz leiten (Latenz, Drosselung, Abbrüche)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34"/>
        <source>Usage: maxmon-cli [--lang LANGUAGE] &lt;command&gt; [options]</source>
        <translation>Aufruf: maxmon-cli [--lang SPRACHE] &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>Run &apos;maxmon-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>&apos;maxmon-cli &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>Options: --help, --version, --lang LANGUAGE (de, ru, en, ...; default: the system&apos;s)</source>
        <translation>Optionen: --help, --version, --lang SPRACHE (de, ru, en, ...; sonst die des Systems)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>Exit codes (probe: the Nagios ones, 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN):
  0 ok  1 other failure  2 usage  3 connection  4 TLS  5 authentication
  6 timeout  7 protocol  8 configuration  9 incomplete (replay, bench)</source>
        <translation>Exit-Codes (probe: die von Nagios, 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN):
  0 ok  1 anderer Fehler  2 Aufruf  3 Verbindung  4 TLS  5 Authentifizierung
  6 Zeitüberschreitung  7 Protokoll  8 Konfiguration  9 unvollständig (replay, bench)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>maxmon-cli: no translation for &quot;%1&quot; (there are: %2); using English</source>
        <translation>maxmon-cli: keine Übersetzung für „%1“ (vorhanden: %2); weiter auf Englisch</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="105"/>
        <source>maxmon-cli: unknown command &apos;%1&apos;</source>
        <translation>maxmon-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/messageprinter.cpp" line="39"/>
        <source>binary %n byte(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix</name>
    <message>
        <location filename="../core/phoenix/frame.cpp" line="74"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/frame.cpp" line="77"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/frame.cpp" line="80"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/frame.cpp" line="83"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/frame.cpp" line="86"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/frame.cpp" line="89"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/frame.cpp" line="92"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Channel</name>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="84"/>
        <source>The channel &quot;%1&quot; has been joined already; a channel joins only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="88"/>
        <source>Leave it and ask the socket for a new channel to join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="120"/>
        <source>Cannot push &quot;%1&quot; to &quot;%2&quot; before joining the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="121"/>
        <source>Call join() first; pushes then wait for the join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="256"/>
        <source>No reply to the join of &quot;%1&quot; within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="265"/>
        <source>The server refused to join &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="267"/>
        <source>Reply status &quot;%1&quot;, response %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="269"/>
        <source>Check the credentials in the join parameters or the socket&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="298"/>
        <source>The channel &quot;%1&quot; crashed on the server (phx_error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="300"/>
        <source>It rejoins in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Presence</name>
    <message>
        <location filename="../core/phoenix/presence.cpp" line="49"/>
        <source>presence &quot;%1&quot; in %2 is %3, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/presence.cpp" line="54"/>
        <source>presence &quot;%1&quot; in %2 has no metas array (metas is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/presence.cpp" line="101"/>
        <location filename="../core/phoenix/presence.cpp" line="117"/>
        <source>Malformed %1 payload: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/presence.cpp" line="232"/>
        <source>the state is %1, not an object of presences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/presence.cpp" line="233"/>
        <source>the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/presence.cpp" line="239"/>
        <source>the diff is %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/presence.cpp" line="244"/>
        <source>%1 is %2, not an object of presences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Serializer</name>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="29"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="29"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="82"/>
        <source>Phoenix protocol %1, binary frame of %2 bytes from the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="87"/>
        <location filename="../core/phoenix/serializer.cpp" line="356"/>
        <source>protocol 1.0.0 has no binary frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="88"/>
        <location filename="../core/phoenix/serializer.cpp" line="357"/>
        <source>Connect with vsn=2.0.0 to use binary payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="92"/>
        <source>binary frame is empty: expected a kind byte (0 push, 1 reply, 2 broadcast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="114"/>
        <source>binary frame has unknown kind %1 (expected 0 push, 1 reply or 2 broadcast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="121"/>
        <source>binary frame of kind %1 (%2) can only come from the server, not the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="130"/>
        <source>binary frame of kind %1 (%2) truncated: the header needs %3 bytes, the frame has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="145"/>
        <source>binary frame of kind %1 (%2) truncated: header says %3 is %4 bytes, %5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="173"/>
        <source>Phoenix protocol %1, text frame of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="177"/>
        <source>text frame is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="193"/>
        <location filename="../core/phoenix/serializer.cpp" line="264"/>
        <source>text frame is not a JSON object (protocol 1.0.0): got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="195"/>
        <location filename="../core/phoenix/serializer.cpp" line="218"/>
        <source>text frame is not a 5-element array: got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="199"/>
        <source>text frame is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="214"/>
        <source>Phoenix protocol 2.0.0: [join_ref, ref, topic, event, payload]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="219"/>
        <source>This looks like protocol 1.0.0: connect with vsn=1.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="225"/>
        <source>text frame is not a 5-element array: it has %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="237"/>
        <location filename="../core/phoenix/serializer.cpp" line="300"/>
        <source>%1 must be a string or null, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="247"/>
        <location filename="../core/phoenix/serializer.cpp" line="286"/>
        <source>%1 must be a string, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="259"/>
        <source>Phoenix protocol 1.0.0: {&quot;topic&quot;, &quot;event&quot;, &quot;payload&quot;, &quot;ref&quot;, &quot;join_ref&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="266"/>
        <source>This looks like protocol 2.0.0: connect with vsn=2.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="273"/>
        <source>text frame has no &quot;%1&quot; key (protocol 1.0.0 needs topic, event, payload and ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="312"/>
        <source>no message to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="329"/>
        <source>a WebSocket %1 frame is not a Phoenix frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="372"/>
        <source>a binary reply needs the payload {&quot;status&quot;: string}, status is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="386"/>
        <source>a binary push from the server has no ref field: ref must be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="402"/>
        <source>cannot encode %1 in a binary frame: it is %2 bytes, at most %3 fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
