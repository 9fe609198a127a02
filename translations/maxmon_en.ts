<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>maxmon::ChannelsPanel</name>
    <message numerus="yes">
        <location filename="../ui/phoenix/channelspanel.cpp" line="179"/>
        <source>Presence · %n present</source>
        <translation>
            <numerusform>Presence · %n present</numerusform>
            <numerusform>Presence · %n present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::ChartPanel</name>
    <message numerus="yes">
        <location filename="../ui/charts/chartpanel.cpp" line="278"/>
        <source>%1 · %n probe(s) lost in the chart · in %2 msg/s · out %3 msg/s</source>
        <translation>
            <numerusform>%1 · %n probe lost in the chart · in %2 msg/s · out %3 msg/s</numerusform>
            <numerusform>%1 · %n probes lost in the chart · in %2 msg/s · out %3 msg/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionHealth</name>
    <message numerus="yes">
        <location filename="../core/websocket/connectionhealth.cpp" line="41"/>
        <source>the last %n probe(s) got no answer</source>
        <translation>
            <numerusform>the last %n probe got no answer</numerusform>
            <numerusform>the last %n probes got no answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/websocket/connectionhealth.cpp" line="53"/>
        <source>p95 RTT %1 ms &lt; %2 ms, jitter %3 ms &lt; %4 ms, no loss in the last %n probe(s)</source>
        <translation>
            <numerusform>p95 RTT %1 ms &lt; %2 ms, jitter %3 ms &lt; %4 ms, no loss in the last %n probe</numerusform>
            <numerusform>p95 RTT %1 ms &lt; %2 ms, jitter %3 ms &lt; %4 ms, no loss in the last %n probes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::ExportController</name>
    <message numerus="yes">
        <location filename="../ui/window/exportcontroller.cpp" line="149"/>
        <location filename="../ui/window/exportcontroller.cpp" line="210"/>
        <source>%n record(s) exported to %1, secrets masked.</source>
        <translation>
            <numerusform>%n record exported to %1, secrets masked.</numerusform>
            <numerusform>%n records exported to %1, secrets masked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::FrameScanner</name>
    <message numerus="yes">
        <location filename="../core/websocket/framescanner.cpp" line="557"/>
        <source>The server sent %n byte(s) after its close frame (RFC 6455 section 5.5.1).</source>
        <translation>
            <numerusform>The server sent %n byte after its close frame (RFC 6455 section 5.5.1).</numerusform>
            <numerusform>The server sent %n bytes after its close frame (RFC 6455 section 5.5.1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/websocket/framescanner.cpp" line="560"/>
        <source>The client sent %n byte(s) after its close frame (RFC 6455 section 5.5.1).</source>
        <translation>
            <numerusform>The client sent %n byte after its close frame (RFC 6455 section 5.5.1).</numerusform>
            <numerusform>The client sent %n bytes after its close frame (RFC 6455 section 5.5.1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::Heartbeat</name>
    <message numerus="yes">
        <location filename="../core/websocket/heartbeat.cpp" line="281"/>
        <source>The connection is dead: %n heartbeat probe(s) in a row got no answer within %1 ms each.</source>
        <translation>
            <numerusform>The connection is dead: %n heartbeat probe got no answer within %1 ms.</numerusform>
            <numerusform>The connection is dead: %n heartbeat probes in a row got no answer within %1 ms each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/websocket/heartbeat.cpp" line="423"/>
        <source>stable: %n steady answer(s) in a row, jitter %1 ms</source>
        <translation>
            <numerusform>stable: %n steady answer, jitter %1 ms</numerusform>
            <numerusform>stable: %n steady answers in a row, jitter %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::HeartbeatStatus</name>
    <message numerus="yes">
        <location filename="../core/websocket/heartbeatstatus.cpp" line="101"/>
        <source>%n probe(s): answers queued behind incoming data or dropped on the way; they do not count towards the dead link</source>
        <translation>
            <numerusform>%n probe: its answer was queued behind incoming data or dropped on the way; it does not count towards the dead link</numerusform>
            <numerusform>%n probes: answers queued behind incoming data or dropped on the way; they do not count towards the dead link</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::LatencyStats</name>
    <message numerus="yes">
        <location filename="../core/websocket/latencystats.cpp" line="49"/>
        <source>%Ln sample(s), RTT min/p50/p95/p99/max %1/%2/%3/%4/%5 ms, mean %6 ms, jitter %7 ms, %8</source>
        <translation>
            <numerusform>%Ln sample, RTT min/p50/p95/p99/max %1/%2/%3/%4/%5 ms, mean %6 ms, jitter %7 ms, %8</numerusform>
            <numerusform>%Ln samples, RTT min/p50/p95/p99/max %1/%2/%3/%4/%5 ms, mean %6 ms, jitter %7 ms, %8</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::LoadReport</name>
    <message numerus="yes">
        <location filename="../core/session/loadreport.cpp" line="84"/>
        <source>%1 round trips of %2 bytes over %n connection(s) in %3 s: %4 msg/s, %5 MB/s each way</source>
        <translation>
            <numerusform>%1 round trips of %2 bytes over %n connection in %3 s: %4 msg/s, %5 MB/s each way</numerusform>
            <numerusform>%1 round trips of %2 bytes over %n connections in %3 s: %4 msg/s, %5 MB/s each way</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/window/mainwindow.cpp" line="427"/>
        <source>%n connection(s) still open. Close them and quit?</source>
        <translation>
            <numerusform>%n connection still open. Close it and quit?</numerusform>
            <numerusform>%n connections still open. Close them and quit?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/mainwindow_actions.cpp" line="275"/>
        <source>Charts: Last %n Minute(s)</source>
        <translation>
            <numerusform>Charts: Last %n Minute</numerusform>
            <numerusform>Charts: Last %n Minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/mainwindow_actions.cpp" line="276"/>
        <source>Show the last %n minute(s) in the charts</source>
        <translation>
            <numerusform>Show the last %n minute in the charts</numerusform>
            <numerusform>Show the last %n minutes in the charts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::MessageDetailView</name>
    <message numerus="yes">
        <location filename="../ui/log/messagedetailview.cpp" line="249"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::MessageLogModel</name>
    <message numerus="yes">
        <location filename="../core/session/logtext.cpp" line="216"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::MessageLogPanel</name>
    <message numerus="yes">
        <location filename="../ui/log/messagelogpanel.cpp" line="386"/>
        <source>Paused · %Ln new</source>
        <translation>
            <numerusform>Paused · %Ln new</numerusform>
            <numerusform>Paused · %Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/messagelogpanel.cpp" line="559"/>
        <source>%1 of %Ln row(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln row shown</numerusform>
            <numerusform>%1 of %Ln rows shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/messagelogpanel.cpp" line="560"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/messagelogpanel.cpp" line="563"/>
        <source>%Ln older dropped (the log keeps the newest %1, at most %2 MiB)</source>
        <translation>
            <numerusform>%Ln older message dropped (the log keeps the newest %1, at most %2 MiB)</numerusform>
            <numerusform>%Ln older messages dropped (the log keeps the newest %1, at most %2 MiB)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::RecordedCharts</name>
    <message numerus="yes">
        <location filename="../ui/charts/recordedcharts.cpp" line="268"/>
        <source>Heartbeat: %n round trip(s), median %1 ms, p95 %2 ms, %3 lost</source>
        <translation>
            <numerusform>Heartbeat: %n round trip, median %1 ms, p95 %2 ms, %3 lost</numerusform>
            <numerusform>Heartbeat: %n round trips, median %1 ms, p95 %2 ms, %3 lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/recordedcharts.cpp" line="278"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::RecordingTab</name>
    <message numerus="yes">
        <location filename="../ui/recording/recordingtab.cpp" line="267"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recording/recordingtab.cpp" line="268"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recording/recordingtab.cpp" line="278"/>
        <source>⚠ %n line(s) are no records and were left out: %1</source>
        <translation>
            <numerusform>⚠ %n line is no record and was left out: %1</numerusform>
            <numerusform>⚠ %n lines are no records and were left out: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::RttFigures</name>
    <message numerus="yes">
        <location filename="../ui/diagnostics/rttfigures.cpp" line="20"/>
        <source>RTT %1 · p95 %2 over the last %n probe(s)</source>
        <translation>
            <numerusform>RTT %1 · p95 %2 over the last %n probe</numerusform>
            <numerusform>RTT %1 · p95 %2 over the last %n probes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::SendPanel</name>
    <message numerus="yes">
        <location filename="../ui/send/sendpanel.cpp" line="30"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/send/sendpanel.cpp" line="365"/>
        <source>Send %Ln time(s)</source>
        <translation>
            <numerusform>Send %Ln time</numerusform>
            <numerusform>Send %Ln times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::SessionEvent</name>
    <message numerus="yes">
        <location filename="../core/session/sessionevent.cpp" line="62"/>
        <source>%Ln message(s) not stored</source>
        <translation>
            <numerusform>%Ln message not stored</numerusform>
            <numerusform>%Ln messages not stored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::SessionPreferences</name>
    <message numerus="yes">
        <location filename="../ui/preferences/sessionpreferences.cpp" line="81"/>
        <source>%n session(s), %1, in %2</source>
        <translation>
            <numerusform>%n session, %1, in %2</numerusform>
            <numerusform>%n sessions, %1, in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::StatusSummary</name>
    <message numerus="yes">
        <location filename="../ui/window/statussummary.cpp" line="88"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::WebSocketClient</name>
    <message numerus="yes">
        <location filename="../core/websocket/websocketclient.cpp" line="172"/>
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/websocket/websocketclient_p.cpp" line="496"/>
        <source>%n sent message(s) may not have arrived: the connection ended before the server confirmed them.</source>
        <translation>
            <numerusform>%n sent message may not have arrived: the connection ended before the server confirmed it.</numerusform>
            <numerusform>%n sent messages may not have arrived: the connection ended before the server confirmed them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::BenchCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/benchcommand.cpp" line="54"/>
        <source>[bench] %n connection(s) open, %1 failed; sending</source>
        <translation>
            <numerusform>[bench] %n connection open, %1 failed; sending</numerusform>
            <numerusform>[bench] %n connections open, %1 failed; sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/benchcommand.cpp" line="66"/>
        <source>[bench] %n connection(s) to %1</source>
        <translation>
            <numerusform>[bench] %n connection to %1</numerusform>
            <numerusform>[bench] %n connections to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ConvertCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/convertcommand.cpp" line="55"/>
        <source>%Ln message(s) and %1 of %2 written to %3</source>
        <translation>
            <numerusform>%Ln message and %1 of %2 written to %3</numerusform>
            <numerusform>%Ln messages and %1 of %2 written to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/convertcommand.cpp" line="57"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::MessagePrinter</name>
    <message numerus="yes">
        <location filename="../app/cli/messageprinter.cpp" line="40"/>
        <source>binary %n byte(s): </source>
        <translation>
            <numerusform>binary %n byte: </numerusform>
            <numerusform>binary %n bytes: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::MonitorCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/monitorcommand.cpp" line="117"/>
        <source>%1: %n target(s), no errors</source>
        <translation>
            <numerusform>%1: %n target, no errors</numerusform>
            <numerusform>%1: %n targets, no errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/monitorcommand.cpp" line="152"/>
        <source>closing %n connection(s) with 1001</source>
        <translation>
            <numerusform>closing %n connection with 1001</numerusform>
            <numerusform>closing %n connections with 1001</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::PhoenixCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/phoenixcommand.cpp" line="150"/>
        <source>%n push(es): %1 ok, %2 failed, %3 without reply, %4 not pushed</source>
        <translation>
            <numerusform>%n push: %1 ok, %2 failed, %3 without reply, %4 not pushed</numerusform>
            <numerusform>%n pushes: %1 ok, %2 failed, %3 without reply, %4 not pushed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::PhoenixPrinter</name>
    <message numerus="yes">
        <location filename="../app/cli/phoenixprinter.cpp" line="74"/>
        <source>binary %n byte(s):</source>
        <translation>
            <numerusform>binary %n byte:</numerusform>
            <numerusform>binary %n bytes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ReplayCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="148"/>
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>%n message to send</numerusform>
            <numerusform>%n messages to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="235"/>
        <source>%1 of %Ln message(s) sent</source>
        <translation>
            <numerusform>%1 of %Ln message sent</numerusform>
            <numerusform>%1 of %Ln messages sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ServeCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/servecommand.cpp" line="40"/>
        <source>limits: %Ln connection(s), messages up to %1, %2 events/s per stream, %3 events/s in all</source>
        <translation>
            <numerusform>limits: %Ln connection, messages up to %1, %2 events/s per stream, %3 events/s in all</numerusform>
            <numerusform>limits: %Ln connections, messages up to %1, %2 events/s per stream, %3 events/s in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/servecommand.cpp" line="79"/>
        <source>shutting down: closing %n connection(s) with 1001</source>
        <translation>
            <numerusform>shutting down: closing %n connection with 1001</numerusform>
            <numerusform>shutting down: closing %n connections with 1001</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::Session</name>
    <message numerus="yes">
        <location filename="../app/cli/session.cpp" line="91"/>
        <source>%n message(s) that arrived after --count %1 were not printed</source>
        <translation>
            <numerusform>%n message that arrived after --count %1 was not printed</numerusform>
            <numerusform>%n messages that arrived after --count %1 were not printed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/session.cpp" line="106"/>
        <location filename="../app/cli/session.cpp" line="114"/>
        <source>%n message(s) recorded in %1</source>
        <translation>
            <numerusform>%n message recorded in %1</numerusform>
            <numerusform>%n messages recorded in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/session.cpp" line="117"/>
        <source>%Ln message(s) could not be stored (the disk did not keep up)</source>
        <translation>
            <numerusform>%Ln message could not be stored (the disk did not keep up)</numerusform>
            <numerusform>%Ln messages could not be stored (the disk did not keep up)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::SessionInput</name>
    <message numerus="yes">
        <location filename="../app/cli/sessioninput.cpp" line="27"/>
        <source>%1: %n line(s) are no records and were left out</source>
        <translation>
            <numerusform>%1: %n line is no record and was left out</numerusform>
            <numerusform>%1: %n lines are no records and were left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::Monitor</name>
    <message numerus="yes">
        <location filename="../app/cli/monitor/monitor.cpp" line="178"/>
        <source>%n target(s): %1 new, %2 changed, %3 closing</source>
        <translation>
            <numerusform>%n target: %1 new, %2 changed, %3 closing</numerusform>
            <numerusform>%n targets: %1 new, %2 changed, %3 closing</numerusform>
        </translation>
    </message>
</context>
</TS>
