<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../core/websocket/connectionerrors.cpp" line="+104"/>
        <source>A frame from the server stopped half-way for 5 seconds (Qt 6.4&apos;s limit).</source>
        <translation>Фрейм от сервера застрял на полпути на 5 секунд (ограничение Qt 6.4).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+110"/>
        <source>maxmon: no translation for &quot;%1&quot; (there are: %2); using English</source>
        <translation>maxmon: нет перевода для «%1» (есть: %2); используется английский</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Max Connection Monitor: debug WebSocket and Phoenix Channels connections.</source>
        <translation>Max Connection Monitor: отладка соединений WebSocket и Phoenix Channels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WebSocket URL to open (default: the last profile used, or the demo server), or a session file, recording or support bundle to open read-only</source>
        <translation>URL WebSocket для открытия (по умолчанию — последний использованный профиль или демо-сервер) либо файл сеанса, запись или пакет поддержки для открытия только для чтения</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Connect to the demo server, send, await the echo, exit</source>
        <translation>Подключиться к демо-серверу, отправить сообщение, дождаться эха, выйти</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show typical traffic, save the window as PNG, exit</source>
        <translation>Показать типичный трафик, сохранить окно в PNG, выйти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the profiles dialog, save it as PNG, exit</source>
        <translation>Показать диалог профилей, сохранить его в PNG, выйти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the Phoenix demo (channels, presence, a push), save the window as PNG, exit</source>
        <translation>Показать демо Phoenix (каналы, присутствие, push), сохранить окно в PNG, выйти</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open an example recording for analysis, save the window as PNG, exit</source>
        <translation>Открыть пример записи для анализа, сохранить окно в PNG и выйти</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use a dark palette (Fusion style), whatever the desktop&apos;s</source>
        <translation>Использовать тёмную палитру (стиль Fusion) независимо от палитры рабочего стола</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show maxmon in this language (de, ru, en, ...) instead of the one chosen in Preferences or the system&apos;s</source>
        <translation>Показывать maxmon на этом языке (de, ru, en, ...) вместо выбранного в настройках или системного</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The window&apos;s size for the screenshots, e.g. 1024x640 (default 1280x800)</source>
        <translation>Размер окна для снимков экрана, например 1024x640 (по умолчанию 1280x800)</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>maxmon: the demo server could not start: %1</source>
        <translation>maxmon: не удалось запустить демо-сервер: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::AuthEndpoint</name>
    <message>
        <location filename="../server/authendpoint.cpp" line="+30"/>
        <source>needs the server&apos;s token (Authorization: Bearer TOKEN or ?token=TOKEN), then echoes</source>
        <translation>требует токен сервера (Authorization: Bearer TOKEN или ?token=TOKEN), затем возвращает эхо</translation>
    </message>
</context>
<context>
    <name>maxmon::AuthSection</name>
    <message>
        <location filename="../ui/profiles/authsection.cpp" line="+12"/>
        <source>Authentication</source>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer header (Authorization: Bearer ...)</source>
        <translation>Заголовок Bearer (Authorization: Bearer ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query parameter (?token=...)</source>
        <translation>Параметр запроса (?token=...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phoenix subprotocol (authToken)</source>
        <translation>Подпротокол Phoenix (authToken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the token reaches the server</source>
        <translation>Как токен передаётся серверу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Query parameter:</source>
        <translation>&amp;Параметр запроса:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the URL query parameter that carries the token</source>
        <translation>Имя параметра запроса URL, в котором передаётся токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token from:</source>
        <translation>&amp;Токен из:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the token is read when connecting: it is never stored in the profile</source>
        <translation>Откуда читается токен при подключении: он никогда не сохраняется в профиле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token itself is never stored in a profile, and it is masked in every log, export and support bundle.</source>
        <translation>Сам токен никогда не сохраняется в профиле и скрыт во всех журналах, экспортах и пакетах поддержки.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no source: no token will be sent</source>
        <translation>нет источника: токен не будет отправлен</translation>
    </message>
</context>
<context>
    <name>maxmon::CertificateInfo</name>
    <message>
        <location filename="../core/websocket/certificateinfo.cpp" line="+160"/>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>subject: %1</source>
        <translation>субъект: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issuer: %1</source>
        <translation>издатель: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid: %1</source>
        <translation>действителен: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names: %1</source>
        <translation>имена: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPKI pin: %1</source>
        <translation>SPKI-пин: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::ChannelListModel</name>
    <message>
        <location filename="../ui/phoenix/channellistmodel.cpp" line="+135"/>
        <source>The channel is %1</source>
        <translation>Канал: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Topic</source>
        <translation>Топик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event</source>
        <translation>Последнее событие</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>errored</source>
        <translation>с ошибкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>joined</source>
        <translation>подключён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>joining</source>
        <translation>подключается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaving</source>
        <translation>покидает</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>refused: %1</source>
        <translation>отклонён: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>join timed out (%1 ms)</source>
        <translation>нет ответа на join (%1 мс)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crashed (phx_error)</source>
        <translation>упал (phx_error)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>left</source>
        <translation>покинут</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed by the server (phx_close)</source>
        <translation>закрыт сервером (phx_close)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>rejoined</source>
        <translation>переподключён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejoined %1 times</source>
        <translation>переподключений: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::ChannelsPanel</name>
    <message>
        <location filename="../ui/phoenix/channelspanel.cpp" line="+63"/>
        <source>Join</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+291"/>
        <source>Leave</source>
        <translation>Покинуть</translation>
    </message>
    <message>
        <location line="-288"/>
        <location line="+114"/>
        <source>Presence</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>room:lobby</source>
        <translation>room:lobby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic to join (Enter joins)</source>
        <translation>Топик для подключения (Enter подключает)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Топик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>params, e.g. {&quot;user&quot;: &quot;alice&quot;} (empty: {})</source>
        <translation>параметры, напр. {&quot;user&quot;: &quot;alice&quot;} (пусто: {})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The join&apos;s payload: a JSON object, sent again with every rejoin</source>
        <translation>Данные join: JSON-объект, отправляется снова при каждом переподключении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join params</source>
        <translation>Параметры join</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join the topic with these params</source>
        <translation>Подключиться к топику с этими параметрами</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+266"/>
        <source>Leave the selected channel</source>
        <translation>Покинуть выбранный канал</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Who is present in the selected channel, live</source>
        <translation>Кто присутствует в выбранном канале, в реальном времени</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Топик:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;arams:</source>
        <translation>П&amp;араметры:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Presence · %n present</source>
        <translation>
            <numerusform>Присутствие · %n участник</numerusform>
            <numerusform>Присутствие · %n участника</numerusform>
            <numerusform>Присутствие · %n участников</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not a Phoenix connection: choose Phoenix in the connection bar.</source>
        <translation>Не соединение Phoenix: выберите Phoenix в панели соединения.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the topic to join, such as room:lobby.</source>
        <translation>Введите топик, например room:lobby.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Join or select a channel to see its events</source>
        <translation>Подключитесь к каналу или выберите его, чтобы увидеть события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events of %1</source>
        <translation>События %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the closed channel from the list</source>
        <translation>Удалить закрытый канал из списка</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages from the server that were not Phoenix frames: %1. The last: %2</source>
        <translation>Сообщения сервера, не являющиеся кадрами Phoenix: %1. Последнее: %2</translation>
    </message>
</context>
<context>
    <name>maxmon::ChartPanel</name>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="+50"/>
        <source>1 min</source>
        <translation>1 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 min</source>
        <translation>5 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 min</source>
        <translation>15 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much time the charts show (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>Какой интервал времени показывают графики (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart time window</source>
        <translation>Временное окно графиков</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest heartbeat round-trip time and the 95th percentile over the heartbeat&apos;s recent probes (as in the status bar and the diagnostics), the probes lost in the chart&apos;s time window, and the message rates</source>
        <translation>Последнее время круговой задержки heartbeat и 95-й процентиль по последним пробам heartbeat (как в строке состояния и диагностике), пробы, потерянные во временном окне графика, и скорость сообщений</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heartbeat round-trip time: every answer, the p95 line, and lost probes as red marks along the top</source>
        <translation>Время круговой задержки heartbeat: каждый ответ, линия p95 и потерянные пробы красными метками вверху</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages per second (solid, left axis) and bytes per second (dashed, right axis), in and out</source>
        <translation>Сообщения в секунду (сплошная линия, левая ось) и байты в секунду (пунктир, правая ось), входящие и исходящие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Window:</source>
        <translation>&amp;Окно:</translation>
    </message>
    <message numerus="yes">
        <location line="+203"/>
        <source>%1 · %n probe(s) lost in the chart · in %2 msg/s · out %3 msg/s</source>
        <translation>
            <numerusform>%1 · на графике потеряна %n проба · вх. %2 сообщ./с · исх. %3 сообщ./с</numerusform>
            <numerusform>%1 · на графике потеряны %n пробы · вх. %2 сообщ./с · исх. %3 сообщ./с</numerusform>
            <numerusform>%1 · на графике потеряно %n проб · вх. %2 сообщ./с · исх. %3 сообщ./с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::CloseInfo</name>
    <message>
        <location filename="../core/websocket/closeinfo.cpp" line="+73"/>
        <source>Closed by the client, as asked, with %1.</source>
        <translation>Закрыто клиентом по запросу, с кодом %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered with %1.</source>
        <translation>Сервер ответил кодом %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed by the client after a problem with what the server sent.</source>
        <translation>Закрыто клиентом из-за проблемы в данных, отправленных сервером.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by the client after it found a problem in what the server sent: %1</source>
        <translation>Закрыто клиентом, обнаружившим проблему в данных, отправленных сервером: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client sent %1; the server sent no close frame and gave no reason.</source>
        <translation>Клиент отправил %1; сервер не прислал фрейм закрытия и не указал причину.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed by the server: %1</source>
        <translation>Закрыто сервером: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed by the server with a close frame without a code (1005 No status received).</source>
        <translation>Закрыто сервером фреймом закрытия без кода (1005 No status received).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed by the server with %1; the server gave no reason.</source>
        <translation>Закрыто сервером с кодом %1; сервер не указал причину.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed by the server with %1; reason given by the server: &quot;%2&quot;.</source>
        <translation>Закрыто сервером с кодом %1; причина, указанная сервером: «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client answered with %1.</source>
        <translation>Клиент ответил кодом %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was lost without a close frame (1006 Abnormal closure).</source>
        <translation>Соединение потеряно без фрейма закрытия (1006 Abnormal closure).</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionBar</name>
    <message>
        <location filename="../ui/window/connectionbar.cpp" line="+34"/>
        <source>Reconnect now</source>
        <translation>Переподключить сейчас</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ws://host:port/path or wss://...</source>
        <translation>ws://хост:порт/путь или wss://...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebSocket URL to connect to (Ctrl+L). Press Enter to connect.</source>
        <translation>URL WebSocket для подключения (Ctrl+L). Нажмите Enter, чтобы подключиться.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a saved connection profile into this tab (Ctrl+P)</source>
        <translation>Загрузить сохранённый профиль подключения в эту вкладку (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles...</source>
        <translation>Профили...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, edit, import and export profiles (Ctrl+Shift+P)</source>
        <translation>Создание, изменение, импорт и экспорт профилей (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Try again now instead of waiting (Ctrl+R)</source>
        <translation>Повторить попытку сейчас, не дожидаясь (Ctrl+R)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>attempt %1</source>
        <translation>попытка %1</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Secrets...</source>
        <translation>Секреты...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token and {{variables}} for this session only: kept in memory, never written, gone on quit</source>
        <translation>Токен и {{переменные}} только для этого сеанса: хранятся в памяти, никуда не записываются, исчезают при выходе</translation>
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
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSocket: messages as they are. Phoenix: Phoenix Channels (joins, pushes, replies, presence, heartbeats) with the Channels tab. Follows the URL until you choose.</source>
        <translation>WebSocket: сообщения как есть. Phoenix: Phoenix Channels (join, push, ответы, присутствие, heartbeat) со вкладкой «Каналы». Следует за URL, пока вы не выберете.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Try again now (Ctrl+R)</source>
        <translation>Повторить попытку сейчас (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempt %1 of %2</source>
        <translation>попытка %1 из %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>next in %1</source>
        <translation>следующая через %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retrying because: %1</source>
        <translation>Повторная попытка, причина: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again now instead of waiting (Ctrl+R)
%1</source>
        <translation>Повторить попытку сейчас, не дожидаясь (Ctrl+R)
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No profile</source>
        <translation>Без профиля</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter a ws:// or wss:// URL.</source>
        <translation>Введите URL ws:// или wss://.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connect to Another URL</source>
        <translation>Подключение к другому URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection is open to %1. Close it and connect to %2?</source>
        <translation>Открыто соединение с %1. Закрыть его и подключиться к %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Переподключить</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the connection (F5)</source>
        <translation>Открыть соединение (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect: %1</source>
        <translation>Не удаётся подключиться: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop retrying (Shift+F5)</source>
        <translation>Прекратить попытки (Shift+F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnecting...</source>
        <translation>Отключение...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the connection (Shift+F5)</source>
        <translation>Закрыть соединение (Shift+F5)</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionConfig</name>
    <message>
        <location filename="../core/config/configjson.h" line="+69"/>
        <source>unknown value &quot;%1&quot;: use one of %2</source>
        <translation>неизвестное значение «%1»: используйте одно из %2</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="+33"/>
        <source>must be a list of {&quot;name&quot;: ..., &quot;value&quot;: ...} objects</source>
        <translation>должно быть списком объектов {&quot;name&quot;: ..., &quot;value&quot;: ...}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object with &quot;name&quot; and &quot;value&quot;</source>
        <translation>должно быть объектом с &quot;name&quot; и &quot;value&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;name&quot; and &quot;value&quot; must be strings</source>
        <translation>&quot;name&quot; и &quot;value&quot; должны быть строками</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; holds a credential in plain text: prefer auth with a token source, which is never written to the profile</source>
        <translation>«%1» содержит учётные данные в открытом виде: лучше используйте аутентификацию с источником токена, который никогда не записывается в профиль</translation>
    </message>
    <message>
        <location filename="../core/config/reconnectconfig.cpp" line="+29"/>
        <source>must be a list of whole numbers</source>
        <translation>должно быть списком целых чисел</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="+59"/>
        <source>must be a list of {&quot;name&quot;, &quot;kind&quot;, &quot;payload&quot;} objects</source>
        <translation>должно быть списком объектов {&quot;name&quot;, &quot;kind&quot;, &quot;payload&quot;}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an object with &quot;name&quot;, &quot;kind&quot; and &quot;payload&quot;</source>
        <translation>должно быть объектом с &quot;name&quot;, &quot;kind&quot; и &quot;payload&quot;</translation>
    </message>
    <message>
        <location filename="../core/config/sendtemplate.cpp" line="+51"/>
        <source>must be base64 for a binary template</source>
        <translation>для двоичного шаблона должно быть в base64</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="-53"/>
        <source>must be an object of names and values, for example {&quot;user&quot;: &quot;alice&quot;}</source>
        <translation>должно быть объектом из имён и значений, например {&quot;user&quot;: &quot;alice&quot;}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a string, or for a secret where it lives, for example {&quot;keychain&quot;: &quot;key&quot;}</source>
        <translation>должно быть строкой, а для секрета — указанием, где он хранится, например {&quot;keychain&quot;: &quot;key&quot;}</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>is empty: enter a ws:// or wss:// URL</source>
        <translation>пусто: введите URL ws:// или wss://</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+25"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>порт должен быть числом от 1 до 65535</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+15"/>
        <source>has no scheme: start it with ws:// or wss://</source>
        <translation>нет схемы: начните с ws:// или wss://</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>is not a valid URL: %1</source>
        <translation>недопустимый URL: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scheme must be ws or wss, not %1 (did you mean %2?)</source>
        <translation>схема должна быть ws или wss, а не %1 (возможно, вы имели в виду %2?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the scheme must be ws or wss, not %1</source>
        <translation>схема должна быть ws или wss, а не %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no host name</source>
        <translation>нет имени хоста</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not have a fragment (#...): WebSocket URLs cannot carry one</source>
        <translation>не должен содержать фрагмент (#...): в URL WebSocket его быть не может</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/config/heartbeatconfig.cpp" line="+54"/>
        <location filename="../core/config/reconnectconfig.cpp" line="+48"/>
        <location line="+2"/>
        <location line="+14"/>
        <source>must be greater than 0</source>
        <translation>должно быть больше 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid HTTP header name</source>
        <translation>«%1» — недопустимое имя HTTP-заголовка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not contain line breaks</source>
        <translation>не должно содержать переносов строк</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid subprotocol name</source>
        <translation>«%1» — недопустимое имя подпротокола</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a valid variable name: use letters, digits and _, not starting with a digit</source>
        <translation>«%1» — недопустимое имя переменной: используйте буквы, цифры и _ и не начинайте с цифры</translation>
    </message>
    <message>
        <location filename="../core/config/authconfig.cpp" line="+48"/>
        <location filename="../core/config/sendtemplate.cpp" line="+11"/>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <location filename="../core/config/reconnectconfig.cpp" line="-9"/>
        <source>must be at least 1</source>
        <translation>должно быть не меньше 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 0 and 1</source>
        <translation>должно быть от 0 до 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 0 (unlimited) or more</source>
        <translation>должно быть 0 (без ограничений) или больше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 0 or more</source>
        <translation>должно быть 0 или больше</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="-15"/>
        <source>must be at least 1: a queue of 0 could never send anything</source>
        <translation>должно быть не меньше 1: очередь размером 0 никогда ничего не отправит</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>must be at most 1 GiB</source>
        <translation>должно быть не больше 1 ГиБ</translation>
    </message>
    <message>
        <location filename="../core/config/tlsconfig.cpp" line="+52"/>
        <source>a client certificate needs both the certificate and the key file</source>
        <translation>для клиентского сертификата нужны и файл сертификата, и файл ключа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is only honoured with %1 set to true</source>
        <translation>учитывается, только если %1 имеет значение true</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must list the certificate errors %1 accepts, for example [&quot;SelfSignedCertificate&quot;]: nothing is accepted wholesale</source>
        <translation>должно перечислять ошибки сертификата, которые допускает %1, например [&quot;SelfSignedCertificate&quot;]: разрешить всё сразу нельзя</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a certificate error name (QSslError), such as SelfSignedCertificate or HostNameMismatch</source>
        <translation>«%1» — не имя ошибки сертификата (QSslError), такое как SelfSignedCertificate или HostNameMismatch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be the base64 of a SHA-256 digest (32 bytes)</source>
        <translation>должно быть base64 от хеша SHA-256 (32 байта)</translation>
    </message>
    <message>
        <location filename="../core/config/proxyconfig.cpp" line="+53"/>
        <source>is needed for an http or socks5 proxy</source>
        <translation>требуется для HTTP- или SOCKS5-прокси</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a number from 1 to 65535</source>
        <translation>должно быть числом от 1 до 65535</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="+18"/>
        <source>&quot;%1&quot; is the name of an earlier template</source>
        <translation>«%1» — имя одного из предыдущих шаблонов</translation>
    </message>
    <message>
        <location filename="../core/config/sendtemplate.cpp" line="+6"/>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation>недопустимый JSON: %1 в позиции %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seems to hold a credential: templates are stored in plain text with the profile</source>
        <translation>похоже, содержит учётные данные: шаблоны хранятся в профиле в открытом виде</translation>
    </message>
    <message>
        <location filename="../core/config/connectionconfig.cpp" line="+66"/>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot read profile %1: %2</source>
        <translation>не удаётся прочитать профиль %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile %1 is not valid JSON: %2 at offset %3</source>
        <translation>профиль %1 — недопустимый JSON: %2 в позиции %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile %1 must contain a JSON object</source>
        <translation>профиль %1 должен содержать объект JSON</translation>
    </message>
    <message>
        <location filename="../core/config/heartbeatconfig.cpp" line="+9"/>
        <location filename="../core/config/reconnectconfig.cpp" line="-8"/>
        <source>must not be greater than %1</source>
        <translation>не должно быть больше %1</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionHealth</name>
    <message>
        <location filename="../core/websocket/connectionhealth.cpp" line="+30"/>
        <source>no probe answered or lost yet</source>
        <translation>пока ни одна проба не получила ответа и не потеряна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss %1/%2 (%3 %)</source>
        <translation>потери %1/%2 (%3 %)</translation>
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
        <translation>RTT p95 %1 мс &gt;= %2 мс</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>the last %n probe(s) got no answer</source>
        <translation>
            <numerusform>без ответа осталась %n последняя проба</numerusform>
            <numerusform>без ответа остались %n последние пробы</numerusform>
            <numerusform>без ответа остались %n последних проб</numerusform>
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
        <translation>джиттер %1 мс &gt;= %2 мс</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>p95 RTT %1 ms &lt; %2 ms, jitter %3 ms &lt; %4 ms, no loss in the last %n probe(s)</source>
        <translation>
            <numerusform>RTT p95 %1 мс &lt; %2 мс, джиттер %3 мс &lt; %4 мс, без потерь в последней %n пробе</numerusform>
            <numerusform>RTT p95 %1 мс &lt; %2 мс, джиттер %3 мс &lt; %4 мс, без потерь в последних %n пробах</numerusform>
            <numerusform>RTT p95 %1 мс &lt; %2 мс, джиттер %3 мс &lt; %4 мс, без потерь в последних %n пробах</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Good</source>
        <translation>Хорошее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Ухудшенное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad</source>
        <translation>Плохое</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionRecorder</name>
    <message>
        <location filename="../core/session/connectionrecorder.cpp" line="+23"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to %1 (attempt %2)</source>
        <translation>Подключение к %1 (попытка %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected in %1</source>
        <translation>Подключено за %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subprotocol %1</source>
        <translation>подпротокол %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2, chain verified</source>
        <translation>%1 %2, цепочка проверена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2, chain NOT verified</source>
        <translation>%1 %2, цепочка НЕ проверена</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection lost; retry %1 in %2</source>
        <translation>Соединение потеряно; попытка %1 через %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection lost; retrying</source>
        <translation>Соединение потеряно; повторная попытка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed: %1</source>
        <translation>Сбой: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionState</name>
    <message>
        <location filename="../core/websocket/connectionstate.cpp" line="+18"/>
        <source>Disconnected</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnecting</source>
        <translation>Отключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting</source>
        <translation>Переподключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>maxmon::ConnectionTab</name>
    <message>
        <location filename="../ui/window/connectiontab.cpp" line="+130"/>
        <source>Warnings about this connection&apos;s settings; details in the diagnostics (Ctrl+I)</source>
        <translation>Предупреждения о настройках этого соединения; подробности в диагностике (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiontab_panes.cpp" line="+27"/>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Compose and send messages (Ctrl+E)</source>
        <translation>Составление и отправка сообщений (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything known about the connection (Ctrl+I)</source>
        <translation>Всё, что известно о соединении (Ctrl+I)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phoenix channels: join, push, presence (Ctrl+J)</source>
        <translation>Каналы Phoenix: join, push, присутствие (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiontab.cpp" line="+30"/>
        <source>This connection is not recorded: %1</source>
        <translation>Это соединение не записывается: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiontab_panes.cpp" line="+5"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected message: formatted, raw and hex</source>
        <translation>Выбранное сообщение: форматированное, исходное и в hex</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latency and throughput (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>Задержка и пропускная способность (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiontab.cpp" line="+54"/>
        <source>New connection</source>
        <translation>Новое подключение</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Phoenix applies from the next connection.</source>
        <translation>Phoenix действует со следующего соединения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain WebSocket applies from the next connection.</source>
        <translation>Простой WebSocket действует со следующего соединения.</translation>
    </message>
    <message>
        <location filename="../ui/window/connectiontab_profile.cpp" line="+33"/>
        <source>No profiles here.</source>
        <translation>Здесь нет профилей.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Profile &quot;%1&quot; loaded: its settings apply from the next connection.</source>
        <translation>Профиль «%1» загружен: его настройки применятся со следующего подключения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The profile &quot;%1&quot; is no longer stored</source>
        <translation>Профиль «%1» больше не сохранён</translation>
    </message>
</context>
<context>
    <name>maxmon::DeliveryStatus</name>
    <message>
        <location filename="../core/websocket/deliverystatus.cpp" line="+30"/>
        <source>Queued now: %1 of %2</source>
        <translation>Сейчас в очереди: %1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent / confirmed / unconfirmed: %1 / %2 / %3</source>
        <translation>Отправлено / подтверждено / не подтверждено: %1 / %2 / %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting confirmation: %1, the oldest for %2 ms</source>
        <translation>Ожидают подтверждения: %1, самое старое — %2 мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting confirmation: %1</source>
        <translation>Ожидают подтверждения: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused (queue full): %1</source>
        <translation>Отклонено (очередь заполнена): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded unsent: %1</source>
        <translation>Отброшено без отправки: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write buffer: %1 (holding back above %2)</source>
        <translation>Буфер записи: %1 (задержка отправки выше %2)</translation>
    </message>
</context>
<context>
    <name>maxmon::DemoFaults</name>
    <message>
        <location filename="../server/demofaults.cpp" line="+24"/>
        <source>at most %1 ms</source>
        <translation>не более %1 мс</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a close code a server may send: 1000-1003, 1007-1014 or 3000-4999</source>
        <translation>код закрытия, который может отправить сервер: 1000-1003, 1007-1014 или 3000-4999</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs close=CODE</source>
        <translation>требуется close=CODE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at most 123 bytes of UTF-8</source>
        <translation>не более 123 байт UTF-8</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>close %1 after %2 ms</source>
        <translation>закрытие с кодом %1 через %2 мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freeze after %1 ms</source>
        <translation>зависание через %1 мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delay %1 ms</source>
        <translation>задержка %1 мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>maxmon::Diagnostics</name>
    <message>
        <location filename="../core/websocket/diagnostics.cpp" line="+69"/>
        <source>WARNING</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>Попытка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handshake</source>
        <translation>Рукопожатие</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Local address</source>
        <translation>Локальный адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer address</source>
        <translation>Адрес удалённой стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subprotocol</source>
        <translation>Подпротокол</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 by the client%2</source>
        <translation>%1, закрыто клиентом%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by the server%2</source>
        <translation>%1, закрыто сервером%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Qt&apos;s message</source>
        <translation>Сообщение Qt</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+8"/>
        <source>Last close</source>
        <translation>Последнее закрытие</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 for %2</source>
        <translation>%1 в течение %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unchecked by Qt</source>
        <translation>Не проверяется Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages in / out</source>
        <translation>Сообщения вх. / исх.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes in / out</source>
        <translation>Байты вх. / исх.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
</context>
<context>
    <name>maxmon::DiagnosticsPanel</name>
    <message>
        <location filename="../ui/diagnostics/diagnosticspanel.cpp" line="+29"/>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>heartbeat off</source>
        <translation>heartbeat выключен</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not used (ws://)</source>
        <translation>не используется (ws://)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chain verified</source>
        <translation>цепочка проверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain NOT verified (%1)</source>
        <translation>цепочка НЕ проверена (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pin matched</source>
        <translation>пин совпал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (until %2)</source>
        <translation>%1 (до %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peer: %1</source>
        <translation>удалённая сторона: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bearer token in the Authorization header</source>
        <translation>токен Bearer в заголовке Authorization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token in a query parameter</source>
        <translation>токен в параметре запроса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token in the Phoenix subprotocol</source>
        <translation>токен в подпротоколе Phoenix</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system&apos;s settings</source>
        <translation>системные настройки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (direct connection)</source>
        <translation>нет (прямое подключение)</translation>
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
        <translation>Экспорт па&amp;кета поддержки...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One JSON file with versions, the profile, these diagnostics and the log, secrets masked: for a support request (Ctrl+Shift+B)</source>
        <translation>Один файл JSON с версиями, профилем, этой диагностикой и журналом, секреты скрыты: для обращения в поддержку (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the diagnostics as text, e.g. for a bug report</source>
        <translation>Скопировать диагностику как текст, например для отчёта об ошибке</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Health:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency:</source>
        <translation>Задержка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval:</source>
        <translation>Интервал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy:</source>
        <translation>Прокси:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heartbeat round-trip times over the recent probes</source>
        <translation>Время круговой задержки heartbeat по последним пробам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often the heartbeat probes, and why it last changed</source>
        <translation>Как часто heartbeat отправляет пробы и почему это последний раз изменилось</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol, cipher, whether the server&apos;s chain was verified, and the chain it sent</source>
        <translation>Протокол, шифр, проверена ли цепочка сервера, и присланная им цепочка</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Last connection: %1</source>
        <translation>Последнее соединение: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no probe answered yet</source>
        <translation>пока ни одна проба не получила ответа</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1  %2 -&gt; %3: %4</source>
        <translation>%1  %2 -&gt; %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rates: %1 in, %2 out</source>
        <translation>Скорость: вх. %1, исх. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Authentication: %1</source>
        <translation>Аутентификация: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect timeout: %1, close timeout: %2</source>
        <translation>Тайм-аут подключения: %1, тайм-аут закрытия: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heartbeat: %1, every %2, timeout %3, %4 missed allowed</source>
        <translation>Heartbeat: %1, каждые %2, тайм-аут %3, допустимо пропусков: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnect: %1, %2 to %3, max attempts %4</source>
        <translation>Переподключение: %1, от %2 до %3, макс. попыток: %4</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+179"/>
        <location line="+61"/>
        <location line="+3"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>every %1 (adaptive, %2 to %3)</source>
        <translation>каждые %1 (адаптивно, от %2 до %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every %1</source>
        <translation>каждые %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; at %1 from %2: %3</source>
        <translation>; в %1 с %2: %3</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>No connection.</source>
        <translation>Нет соединения.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heartbeat interval changes</source>
        <translation>Изменения интервала heartbeat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log: %1 of %2 kept, %3 seen, %4 dropped</source>
        <translation>Журнал: хранится %1 из %2, получено %3, отброшено %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headers: %1</source>
        <translation>Заголовки: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subprotocols requested: %1</source>
        <translation>Запрошенные подпротоколы: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unlimited</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy: %1</source>
        <translation>Прокси: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: certificate errors allowed: %1</source>
        <translation>TLS: допустимые ошибки сертификата: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max message size: %1 in, %2 out</source>
        <translation>Макс. размер сообщения: вх. %1, исх. %2</translation>
    </message>
</context>
<context>
    <name>maxmon::EchoEndpoint</name>
    <message>
        <location filename="../server/echoendpoint.cpp" line="+13"/>
        <source>echoes every text and binary message</source>
        <translation>возвращает эхом каждое текстовое и двоичное сообщение</translation>
    </message>
</context>
<context>
    <name>maxmon::Error</name>
    <message>
        <location filename="../core/base/error.cpp" line="+53"/>
        <source>Hint: %1</source>
        <translation>Подсказка: %1</translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionerrors.cpp" line="+82"/>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>Не удалось разрешить имя хоста сервера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name in the URL and your DNS settings.</source>
        <translation>Проверьте имя хоста в URL и настройки DNS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the connection: nothing is listening on that port.</source>
        <translation>Сервер отклонил подключение: этот порт никто не прослушивает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the port and that the server is running.</source>
        <translation>Проверьте порт и то, что сервер запущен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server closed the connection without a WebSocket close frame.</source>
        <translation>Сервер закрыл соединение без фрейма закрытия WebSocket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection timed out.</source>
        <translation>Истекло время ожидания соединения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS handshake failed.</source>
        <translation>Сбой рукопожатия TLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS could not be set up.</source>
        <translation>Не удалось настроить TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the certificate, key and CA files of the profile.</source>
        <translation>Проверьте файлы сертификата, ключа и CA в профиле.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy refused the connection.</source>
        <translation>Прокси отклонил подключение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy host and port.</source>
        <translation>Проверьте хост и порт прокси.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy requires authentication (407), or refused the credentials.</source>
        <translation>Прокси требует аутентификации (407) или отклонил учётные данные.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the proxy user name and password in the profile.</source>
        <translation>Укажите имя пользователя и пароль прокси в профиле.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy could not connect to the server.</source>
        <translation>Прокси не смог подключиться к серверу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A network error occurred.</source>
        <translation>Произошла сетевая ошибка.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused the WebSocket handshake: 401 Unauthorized.</source>
        <translation>Сервер отклонил рукопожатие WebSocket: 401 Unauthorized.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the token or credentials of the profile.</source>
        <translation>Проверьте токен или учётные данные профиля.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the WebSocket handshake: 403 Forbidden.</source>
        <translation>Сервер отклонил рукопожатие WebSocket: 403 Forbidden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials were accepted but do not allow this endpoint, or the Origin is not allowed.</source>
        <translation>Учётные данные приняты, но не дают доступа к этой конечной точке, или Origin не разрешён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has no WebSocket endpoint at this path: 404 Not Found.</source>
        <translation>У сервера нет конечной точки WebSocket по этому пути: 404 Not Found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path of the URL.</source>
        <translation>Проверьте путь в URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server failed during the WebSocket handshake: HTTP %1.</source>
        <translation>Сбой на сервере во время рукопожатия WebSocket: HTTP %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the WebSocket handshake: HTTP %1.</source>
        <translation>Сервер отклонил рукопожатие WebSocket: HTTP %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer was not a valid WebSocket handshake.</source>
        <translation>Ответ сервера не является корректным рукопожатием WebSocket.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server gave no reason.</source>
        <translation>Сервер не указал причину.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason given by the server: %1</source>
        <translation>Причина, указанная сервером: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection: %1.</source>
        <translation>Сервер закрыл соединение: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was closed because a message was too large (1009).</source>
        <translation>Соединение закрыто, потому что сообщение было слишком большим (1009).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the maximum message size, or send smaller messages.</source>
        <translation>Увеличьте максимальный размер сообщения или отправляйте сообщения меньшего размера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was closed because a text message was not valid UTF-8 (1007).</source>
        <translation>Соединение закрыто, потому что текстовое сообщение не было корректным UTF-8 (1007).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt 6 also reports this when a valid text message is fragmented in the middle of a multi-byte character.</source>
        <translation>Qt 6 сообщает об этом и тогда, когда корректное текстовое сообщение фрагментировано посреди многобайтового символа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was closed because of a WebSocket protocol error (1002).</source>
        <translation>Соединение закрыто из-за ошибки протокола WebSocket (1002).</translation>
    </message>
    <message>
        <location filename="../core/base/error.cpp" line="+27"/>
        <source>Normal closure</source>
        <translation>Нормальное закрытие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Going away</source>
        <translation>Конечная точка уходит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol error</source>
        <translation>Ошибка протокола</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsupported data</source>
        <translation>Неподдерживаемые данные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No status code</source>
        <translation>Нет кода состояния</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abnormal closure</source>
        <translation>Аварийное закрытие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid payload data</source>
        <translation>Недопустимые данные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy violation</source>
        <translation>Нарушение политики</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message too big</source>
        <translation>Слишком большое сообщение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing extension</source>
        <translation>Отсутствует расширение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal error</source>
        <translation>Внутренняя ошибка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service restart</source>
        <translation>Перезапуск службы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again later</source>
        <translation>Повторите позже</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad gateway</source>
        <translation>Неверный шлюз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS handshake failure</source>
        <translation>Сбой TLS-рукопожатия</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (application-defined)</source>
        <translation>%1 (определён приложением)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (registered)</source>
        <translation>%1 (зарегистрирован)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (unknown)</source>
        <translation>%1 (неизвестен)</translation>
    </message>
</context>
<context>
    <name>maxmon::EventsEndpoint</name>
    <message>
        <location filename="../server/eventsendpoint.cpp" line="+21"/>
        <source>a JSON event stream: ?rate=N per second (default %1, at most %2), ?count=N</source>
        <translation>поток событий JSON: ?rate=N в секунду (по умолчанию %1, не более %2), ?count=N</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rate: events per second, from %1 to %2</source>
        <translation>rate: событий в секунду, от %1 до %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>count: a number of events, 1 or more</source>
        <translation>count: количество событий, 1 или больше</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server&apos;s event budget (%1 events/s for all streams) is in use; %2 events/s are left.
</source>
        <translation>Бюджет событий сервера (%1 событий/с на все потоки) исчерпан; свободно %2 событий/с.
</translation>
    </message>
</context>
<context>
    <name>maxmon::ExportController</name>
    <message>
        <location filename="../ui/window/exportcontroller.cpp" line="+95"/>
        <source>Secrets not masked</source>
        <translation>Секреты не скрыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These secrets could not be read, so their values cannot be masked in the export:

%1

Values that look like credentials (token=..., &quot;password&quot;: ..., Authorization headers) are still masked by name. Export anyway?</source>
        <translation>Эти секреты не удалось прочитать, поэтому их значения нельзя скрыть при экспорте:

%1

Значения, похожие на учётные данные (token=..., &quot;password&quot;: ..., заголовки Authorization), по-прежнему скрываются по имени. Всё равно экспортировать?</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+144"/>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Shown Messages</source>
        <translation>Экспорт показанных сообщений</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Log</source>
        <translation>Экспорт журнала</translation>
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
            <numerusform>%n запись экспортирована в %1, секреты скрыты.</numerusform>
            <numerusform>%n записи экспортированы в %1, секреты скрыты.</numerusform>
            <numerusform>%n записей экспортировано в %1, секреты скрыты.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Support Bundle</source>
        <translation>Экспорт пакета поддержки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support bundle (*.json)</source>
        <translation>Пакет поддержки (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Support bundle written to %1, secrets masked.</source>
        <translation>Пакет поддержки записан в %1, секреты скрыты.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Сбой экспорта</translation>
    </message>
</context>
<context>
    <name>maxmon::FrameScanner</name>
    <message>
        <location filename="../core/websocket/framescanner.cpp" line="+460"/>
        <source>The server sent a %1 frame with RSV bits set (%2), although no extension was negotiated (RFC 6455 section 5.2).</source>
        <translation>Сервер отправил фрейм %1 с установленными битами RSV (%2), хотя никакое расширение не было согласовано (RFC 6455, раздел 5.2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client sent a %1 frame with RSV bits set (%2), although no extension was negotiated (RFC 6455 section 5.2).</source>
        <translation>Клиент отправил фрейм %1 с установленными битами RSV (%2), хотя никакое расширение не было согласовано (RFC 6455, раздел 5.2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent a frame with the reserved opcode %1 (RFC 6455 section 5.2).</source>
        <translation>Сервер отправил фрейм с зарезервированным опкодом %1 (RFC 6455, раздел 5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client sent a frame with the reserved opcode %1 (RFC 6455 section 5.2).</source>
        <translation>Клиент отправил фрейм с зарезервированным опкодом %1 (RFC 6455, раздел 5.2).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The server sent a %1 frame with a %2-byte payload; control frames may carry at most 125 bytes (RFC 6455 section 5.5).</source>
        <translation>Сервер отправил фрейм %1 с полезной нагрузкой %2 байт; управляющие фреймы могут нести не более 125 байт (RFC 6455, раздел 5.5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client sent a %1 frame with a %2-byte payload; control frames may carry at most 125 bytes (RFC 6455 section 5.5).</source>
        <translation>Клиент отправил фрейм %1 с полезной нагрузкой %2 байт; управляющие фреймы могут нести не более 125 байт (RFC 6455, раздел 5.5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent a fragmented %1 frame (FIN not set); control frames must not be fragmented (RFC 6455 section 5.5).</source>
        <translation>Сервер отправил фрагментированный фрейм %1 (FIN не установлен); управляющие фреймы нельзя фрагментировать (RFC 6455, раздел 5.5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client sent a fragmented %1 frame (FIN not set); control frames must not be fragmented (RFC 6455 section 5.5).</source>
        <translation>Клиент отправил фрагментированный фрейм %1 (FIN не установлен); управляющие фреймы нельзя фрагментировать (RFC 6455, раздел 5.5).</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The server encoded a payload length of %1 in more bytes than needed (RFC 6455 section 5.2).</source>
        <translation>Сервер закодировал длину полезной нагрузки %1 большим числом байт, чем нужно (RFC 6455, раздел 5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client encoded a payload length of %1 in more bytes than needed (RFC 6455 section 5.2).</source>
        <translation>Клиент закодировал длину полезной нагрузки %1 большим числом байт, чем нужно (RFC 6455, раздел 5.2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent a 64-bit payload length with its most significant bit set (RFC 6455 section 5.2).</source>
        <translation>Сервер отправил 64-битную длину полезной нагрузки с установленным старшим битом (RFC 6455, раздел 5.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client sent a 64-bit payload length with its most significant bit set (RFC 6455 section 5.2).</source>
        <translation>Клиент отправил 64-битную длину полезной нагрузки с установленным старшим битом (RFC 6455, раздел 5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a continuation frame with no fragmented message to continue (RFC 6455 section 5.4).</source>
        <translation>Сервер отправил фрейм продолжения, хотя продолжать было нечего: фрагментированного сообщения нет (RFC 6455, раздел 5.4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client sent a continuation frame with no fragmented message to continue (RFC 6455 section 5.4).</source>
        <translation>Клиент отправил фрейм продолжения, хотя продолжать было нечего: фрагментированного сообщения нет (RFC 6455, раздел 5.4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server started a new %1 message before finishing the fragmented one (RFC 6455 section 5.4).</source>
        <translation>Сервер начал новое сообщение %1, не завершив фрагментированное (RFC 6455, раздел 5.4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client started a new %1 message before finishing the fragmented one (RFC 6455 section 5.4).</source>
        <translation>Клиент начал новое сообщение %1, не завершив фрагментированное (RFC 6455, раздел 5.4).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The server sent a masked %1 frame; a server must not mask its frames, and the client must close the connection (RFC 6455 section 5.1).</source>
        <translation>Сервер отправил маскированный фрейм %1; сервер не должен маскировать свои фреймы, а клиент должен закрыть соединение (RFC 6455, раздел 5.1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client sent an unmasked %1 frame; a client must mask every frame, and the server must close the connection (RFC 6455 section 5.1).</source>
        <translation>Клиент отправил немаскированный фрейм %1; клиент должен маскировать каждый фрейм, а сервер должен закрыть соединение (RFC 6455, раздел 5.1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent a close frame with a 1-byte payload; a close code takes 2 bytes (RFC 6455 section 5.5.1).</source>
        <translation>Сервер отправил фрейм закрытия с полезной нагрузкой в 1 байт; код закрытия занимает 2 байта (RFC 6455, раздел 5.5.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client sent a close frame with a 1-byte payload; a close code takes 2 bytes (RFC 6455 section 5.5.1).</source>
        <translation>Клиент отправил фрейм закрытия с полезной нагрузкой в 1 байт; код закрытия занимает 2 байта (RFC 6455, раздел 5.5.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent close code %1, which must never be sent on the wire (RFC 6455 section 7.4).</source>
        <translation>Сервер отправил код закрытия %1, который никогда не должен передаваться по сети (RFC 6455, раздел 7.4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client sent close code %1, which must never be sent on the wire (RFC 6455 section 7.4).</source>
        <translation>Клиент отправил код закрытия %1, который никогда не должен передаваться по сети (RFC 6455, раздел 7.4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent a close reason that is not valid UTF-8 (RFC 6455 section 5.5.1).</source>
        <translation>Сервер отправил причину закрытия, которая не является корректным UTF-8 (RFC 6455, раздел 5.5.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client sent a close reason that is not valid UTF-8 (RFC 6455 section 5.5.1).</source>
        <translation>Клиент отправил причину закрытия, которая не является корректным UTF-8 (RFC 6455, раздел 5.5.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a text message that is not valid UTF-8 (RFC 6455 section 8.1).</source>
        <translation>Сервер отправил текстовое сообщение, которое не является корректным UTF-8 (RFC 6455, раздел 8.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client sent a text message that is not valid UTF-8 (RFC 6455 section 8.1).</source>
        <translation>Клиент отправил текстовое сообщение, которое не является корректным UTF-8 (RFC 6455, раздел 8.1).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server sent %n byte(s) after its close frame (RFC 6455 section 5.5.1).</source>
        <translation>
            <numerusform>Сервер отправил %n байт после своего фрейма закрытия (RFC 6455, раздел 5.5.1).</numerusform>
            <numerusform>Сервер отправил %n байта после своего фрейма закрытия (RFC 6455, раздел 5.5.1).</numerusform>
            <numerusform>Сервер отправил %n байт после своего фрейма закрытия (RFC 6455, раздел 5.5.1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The client sent %n byte(s) after its close frame (RFC 6455 section 5.5.1).</source>
        <translation>
            <numerusform>Клиент отправил %n байт после своего фрейма закрытия (RFC 6455, раздел 5.5.1).</numerusform>
            <numerusform>Клиент отправил %n байта после своего фрейма закрытия (RFC 6455, раздел 5.5.1).</numerusform>
            <numerusform>Клиент отправил %n байт после своего фрейма закрытия (RFC 6455, раздел 5.5.1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::GeneralSection</name>
    <message>
        <location filename="../ui/profiles/generalsection.cpp" line="+11"/>
        <source>General</source>
        <translation>Общие</translation>
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
        <translation>WebSocket (сообщения как есть)</translation>
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
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile&apos;s name, as the profile pickers show it</source>
        <translation>Имя профиля, как его показывают списки выбора профиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A ws:// or wss:// URL</source>
        <translation>URL ws:// или wss://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rotocol:</source>
        <translation>П&amp;ротокол:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is spoken over the WebSocket: Phoenix Channels adds joins, pushes, replies, presence and the Phoenix heartbeat (see the Phoenix section)</source>
        <translation>Что передаётся по WebSocket: Phoenix Channels добавляет join, push, ответы, присутствие и heartbeat Phoenix (см. раздел Phoenix)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Заголовки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra HTTP headers for the handshake, one &quot;Name: value&quot; per line. Put credentials in Authentication instead: they are never stored.</source>
        <translation>Дополнительные HTTP-заголовки для рукопожатия, по одному «Имя: значение» в строке. Учётные данные указывайте в разделе «Аутентификация»: они никогда не сохраняются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Подпротоколы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec-WebSocket-Protocol values to offer, separated by commas</source>
        <translation>Предлагаемые значения Sec-WebSocket-Protocol через запятую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Тайм-аут подключения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time allowed for TCP, TLS and the WebSocket handshake</source>
        <translation>Время, отведённое на TCP, TLS и рукопожатие WebSocket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose timeout:</source>
        <translation>Тайм-аут закр&amp;ытия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait for the server&apos;s close frame before dropping the connection</source>
        <translation>Сколько ждать фрейм закрытия от сервера, прежде чем разорвать соединение</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a profile needs a name</source>
        <translation>у профиля должно быть имя</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>line %1: write each header as &quot;Name: value&quot;</source>
        <translation>строка %1: записывайте каждый заголовок как «Имя: значение»</translation>
    </message>
</context>
<context>
    <name>maxmon::HealthBadge</name>
    <message>
        <location filename="../ui/diagnostics/healthbadge.cpp" line="+16"/>
        <location line="+30"/>
        <location line="+3"/>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Connection health</source>
        <translation>Состояние соединения</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Health: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected: health is judged on a live connection.</source>
        <translation>Не подключено: состояние оценивается только при активном соединении.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected: health is judged on a live connection. The last connection&apos;s health: %1</source>
        <translation>Не подключено: состояние оценивается только при активном соединении. Состояние последнего соединения: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::Heartbeat</name>
    <message>
        <location filename="../core/websocket/heartbeat.cpp" line="+165"/>
        <source>No protocol layer supplies a heartbeat probe for the &apos;%1&apos; strategy; the connection is not monitored.</source>
        <translation>Ни один уровень протокола не предоставляет пробу heartbeat для стратегии «%1»; соединение не отслеживается.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The connection is dead: nothing at all was received for %1 ms, and heartbeat probe %2 got no answer within %3 ms.</source>
        <translation>Соединение потеряно: в течение %1 мс не было получено ничего, и проба heartbeat %2 не получила ответа за %3 мс.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The connection is dead: %n heartbeat probe(s) in a row got no answer within %1 ms each.</source>
        <translation>
            <numerusform>Соединение потеряно: %n проба heartbeat подряд не получила ответа за %1 мс.</numerusform>
            <numerusform>Соединение потеряно: %n пробы heartbeat подряд не получили ответа за %1 мс каждая.</numerusform>
            <numerusform>Соединение потеряно: %n проб heartbeat подряд не получили ответа за %1 мс каждая.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the last answer came %1 ms ago</source>
        <translation>последний ответ пришёл %1 мс назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no probe was ever answered on this connection</source>
        <translation>в этом соединении ни одна проба так и не получила ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probes sent %1, answered %2, lost %3; %4; last traffic of any kind %5 ms ago; last RTT %6.</source>
        <translation>Проб отправлено %1, с ответом %2, потеряно %3; %4; последний трафик любого вида %5 мс назад; последнее RTT %6.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peer or the network path stopped responding without closing the connection (a half-open link); the socket was aborted.</source>
        <translation>Удалённая сторона или сетевой путь перестали отвечать, не закрыв соединение (полуоткрытое соединение); сокет прерван.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>probe %1 lost (no answer within %2 ms)</source>
        <translation>проба %1 потеряна (нет ответа за %2 мс)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>jitter: RTT jumped %1 ms (from %2 to %3 ms; limit %4 ms)</source>
        <translation>джиттер: RTT скачком изменилось на %1 мс (с %2 до %3 мс; предел %4 мс)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>stable: %n steady answer(s) in a row, jitter %1 ms</source>
        <translation>
            <numerusform>стабильно: %n ровный ответ подряд, джиттер %1 мс</numerusform>
            <numerusform>стабильно: %n ровных ответа подряд, джиттер %1 мс</numerusform>
            <numerusform>стабильно: %n ровных ответов подряд, джиттер %1 мс</numerusform>
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
        <translation>Отправлять пробы heartbeat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adapt the interval to the link</source>
        <translation>Подстраивать интервал под канал связи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WebSocket ping</source>
        <translation>WebSocket-пинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application (Phoenix heartbeat)</source>
        <translation>Приложение (heartbeat Phoenix)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measure the round-trip time and detect a dead link</source>
        <translation>Измерять время круговой задержки и обнаруживать разрыв связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Probe:</source>
        <translation>&amp;Проба:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSocket ping frames, or the protocol&apos;s own heartbeat message</source>
        <translation>Фреймы WebSocket ping или собственное сообщение heartbeat протокола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Интервал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time between two probes</source>
        <translation>Время между двумя пробами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Тайм-аут:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A probe without answer after this long is lost</source>
        <translation>Проба без ответа по истечении этого времени считается потерянной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dead after:</source>
        <translation>&amp;Разрыв после:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost probes in a row that declare the link dead</source>
        <translation>Число потерянных подряд проб, после которого связь считается разорванной</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe more often when the link degrades, less often when it is steady</source>
        <translation>Отправлять пробы чаще, когда связь ухудшается, и реже, когда она стабильна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi&amp;nimum interval:</source>
        <translation>Ми&amp;нимальный интервал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adaptive interval never goes below this</source>
        <translation>Адаптивный интервал никогда не опускается ниже этого значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;ximum interval:</source>
        <translation>Ма&amp;ксимальный интервал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adaptive interval never goes above this</source>
        <translation>Адаптивный интервал никогда не поднимается выше этого значения</translation>
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
        <translation>выкл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, every %2%3, timeout %4, dead after %5 missed%6</source>
        <translation>%1, каждые %2%3, тайм-аут %4, разрыв после %5 пропущенных%6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (adaptive %1 to %2)</source>
        <translation> (адаптивно от %1 до %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, stopped</source>
        <translation>, остановлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat note</source>
        <translation>Примечание heartbeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last RTT</source>
        <translation>Последнее RTT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost while data arrived</source>
        <translation>Потеряны во время приёма данных</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n probe(s): answers queued behind incoming data or dropped on the way; they do not count towards the dead link</source>
        <translation>
            <numerusform>%n проба: ответ застрял в очереди за входящими данными или потерялся в пути; она не учитывается при определении разрыва связи</numerusform>
            <numerusform>%n пробы: ответы застряли в очереди за входящими данными или потерялись в пути; они не учитываются при определении разрыва связи</numerusform>
            <numerusform>%n проб: ответы застряли в очереди за входящими данными или потерялись в пути; они не учитываются при определении разрыва связи</numerusform>
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
        <translation>Задержка</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>WebSocket ping</source>
        <translation>WebSocket-пинг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application message</source>
        <translation>сообщение приложения</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Probes sent / answered / lost</source>
        <translation>Пробы отправлены / с ответом / потеряны</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ignored answers</source>
        <translation>Проигнорированные ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unsolicited, %2 duplicate, %3 late</source>
        <translation>%1 незапрошенных, %2 повторных, %3 запоздавших</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last interval change</source>
        <translation>Последнее изменение интервала</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier connections</source>
        <translation>Предыдущие соединения</translation>
    </message>
</context>
<context>
    <name>maxmon::HexDump</name>
    <message>
        <location filename="../ui/log/hexdump.cpp" line="+46"/>
        <source>... %1 more bytes not shown</source>
        <translation>... ещё %1 байт не показано</translation>
    </message>
</context>
<context>
    <name>maxmon::InlineIssues</name>
    <message>
        <location filename="../ui/profiles/inlineissues.cpp" line="+49"/>
        <source>line %1: </source>
        <translation>строка %1: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entry %1: </source>
        <translation>элемент %1: </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::JsonField</name>
    <message>
        <location filename="../ui/widgets/jsonfield.cpp" line="+65"/>
        <source>Must be a JSON object, such as {&quot;user&quot;: &quot;alice&quot;}</source>
        <translation>Должен быть JSON-объект, например {&quot;user&quot;: &quot;alice&quot;}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be a JSON object or array, such as {&quot;body&quot;: &quot;hi&quot;}</source>
        <translation>Должно быть объектом или массивом JSON, например {&quot;body&quot;: &quot;hi&quot;}</translation>
    </message>
</context>
<context>
    <name>maxmon::JsonObjectReader</name>
    <message>
        <location filename="../core/config/jsonobjectreader.cpp" line="+43"/>
        <location line="+73"/>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>must be between %1 and %2, not %3</source>
        <translation>должно быть от %1 до %2, а не %3</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a list of strings</source>
        <translation>должно быть списком строк</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown key, ignored (is it misspelled?)</source>
        <translation>неизвестный ключ, пропущен (может быть, опечатка?)</translation>
    </message>
</context>
<context>
    <name>maxmon::LatencyStats</name>
    <message>
        <location filename="../core/websocket/latencystats.cpp" line="+44"/>
        <source>loss %1/%2 (%3 %)</source>
        <translation>потери %1/%2 (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no RTT samples, %1</source>
        <translation>нет измерений RTT, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln sample(s), RTT min/p50/p95/p99/max %1/%2/%3/%4/%5 ms, mean %6 ms, jitter %7 ms, %8</source>
        <translation>
            <numerusform>%Ln измерение, RTT мин./p50/p95/p99/макс. %1/%2/%3/%4/%5 мс, среднее %6 мс, джиттер %7 мс, %8</numerusform>
            <numerusform>%Ln измерения, RTT мин./p50/p95/p99/макс. %1/%2/%3/%4/%5 мс, среднее %6 мс, джиттер %7 мс, %8</numerusform>
            <numerusform>%Ln измерений, RTT мин./p50/p95/p99/макс. %1/%2/%3/%4/%5 мс, среднее %6 мс, джиттер %7 мс, %8</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::LimitsSection</name>
    <message>
        <location filename="../ui/profiles/limitssection.cpp" line="+23"/>
        <source>Limits</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> messages</source>
        <translation> сообщ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source> bytes</source>
        <translation> байт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record connections in session files</source>
        <translation>Записывать соединения в файлы сеансов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out&amp;bound queue:</source>
        <translation>Очередь &amp;отправки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages that may wait to be sent</source>
        <translation>Сколько сообщений может ожидать отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High-water mark:</source>
        <translation>&amp;Порог буфера записи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold messages back while more than this waits in the socket</source>
        <translation>Задерживать сообщения, пока в сокете ожидает больше этого объёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest &amp;incoming:</source>
        <translation>Макс. &amp;входящее сообщение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger incoming message closes the connection with 1009</source>
        <translation>Входящее сообщение большего размера закрывает соединение с кодом 1009</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest &amp;outgoing:</source>
        <translation>Макс. &amp;исходящее сообщение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger message is refused before it is sent</source>
        <translation>Сообщение большего размера отклоняется до отправки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep every message of this profile&apos;s connections on disk, for the time set in Preferences (when recording is on there)</source>
        <translation>Хранить на диске каждое сообщение соединений этого профиля в течение срока, заданного в настройках (если запись там включена)</translation>
    </message>
</context>
<context>
    <name>maxmon::LoadGenerator</name>
    <message>
        <location filename="../core/session/loadgenerator.cpp" line="+47"/>
        <source>connections: from 1 to 10000</source>
        <translation>соединения: от 1 до 10000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a message count or a duration is needed</source>
        <translation>нужно количество сообщений или длительность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message size: from %1 bytes to 64 MiB</source>
        <translation>размер сообщения: от %1 байт до 64 МиБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate: 0 (unlimited) or more messages per second</source>
        <translation>частота: 0 (без ограничений) или больше сообщений в секунду</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>window: from 1 to 100000 messages in flight</source>
        <translation>окно: от 1 до 100000 сообщений в пути</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply timeout and sample limit must be positive</source>
        <translation>тайм-аут ответа и лимит измерений должны быть положительными</translation>
    </message>
</context>
<context>
    <name>maxmon::LoadReport</name>
    <message>
        <location filename="../core/session/loadreport.cpp" line="+26"/>
        <source>no samples</source>
        <translation>нет измерений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min %1, p50 %2, p95 %3, p99 %4, max %5 ms</source>
        <translation>мин. %1, p50 %2, p95 %3, p99 %4, макс. %5 мс</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%1 round trips of %2 bytes over %n connection(s) in %3 s: %4 msg/s, %5 MB/s each way</source>
        <translation>
            <numerusform>Циклов запрос-ответ: %1 по %2 байт через %n соединение за %3 с: %4 сообщ./с, %5 МБ/с в каждую сторону</numerusform>
            <numerusform>Циклов запрос-ответ: %1 по %2 байт через %n соединения за %3 с: %4 сообщ./с, %5 МБ/с в каждую сторону</numerusform>
            <numerusform>Циклов запрос-ответ: %1 по %2 байт через %n соединений за %3 с: %4 сообщ./с, %5 МБ/с в каждую сторону</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>round trip: %1</source>
        <translation>задержка:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connect:    %1</source>
        <translation>подключение: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent %1, received %2, lost %3, mismatched %4, send errors %5, connections failed %6 of %7</source>
        <translation>отправлено %1, получено %2, потеряно %3, не совпало %4, ошибок отправки %5, сбоев соединений %6 из %7</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>error %1 x%2: %3</source>
        <translation>ошибка %1 x%2: %3</translation>
    </message>
</context>
<context>
    <name>maxmon::LocaleFormat</name>
    <message>
        <location filename="../core/base/localeformat.cpp" line="+21"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 msg/s</source>
        <translation>%1 сообщ./с</translation>
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
        <translation>Не удаётся записать экспорт журнала.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot create %1.</source>
        <translation>Не удаётся создать %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
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
        <translation>&amp;Новое подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new connection tab</source>
        <translation>Открыть новую вкладку подключения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Demo Connection</source>
        <translation>Новое &amp;демо-подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a tab connected to the embedded demo server</source>
        <translation>Открыть вкладку, подключённую к встроенному демо-серверу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New P&amp;hoenix Demo Connection</source>
        <translation>Новое демо-соединение P&amp;hoenix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a tab on the embedded demo server&apos;s Phoenix socket, with room:lobby joined</source>
        <translation>Открыть вкладку с Phoenix-сокетом встроенного демо-сервера, с подключённым room:lobby</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Закрыть вкладку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the connection and its tab</source>
        <translation>Закрыть соединение и его вкладку</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="+346"/>
        <location filename="../ui/window/mainwindow_actions.cpp" line="-32"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow_actions.cpp" line="+2"/>
        <source>Close every connection and quit</source>
        <translation>Закрыть все соединения и выйти</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the connection to the URL in the bar</source>
        <translation>Открыть соединение с URL из адресной строки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the connection</source>
        <translation>Закрыть соединение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reconnect Now</source>
        <translation>Переподключить &amp;сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again now instead of waiting</source>
        <translation>Повторить попытку сейчас, не дожидаясь</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session &amp;Secrets...</source>
        <translation>Се&amp;креты сеанса...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token and {{variables}} for this session only: kept in memory, never written</source>
        <translation>Токен и {{переменные}} только для этого сеанса: хранятся в памяти, никуда не записываются</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit &amp;URL</source>
        <translation>Изменить &amp;URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cursor in the URL field</source>
        <translation>Перейти в поле URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ompose Message</source>
        <translation>&amp;Написать сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the send panel and put the cursor in it</source>
        <translation>Показать панель отправки и перейти в неё</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send Message</source>
        <translation>О&amp;тправить сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send what the send panel holds</source>
        <translation>Отправить содержимое панели отправки</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find in Log</source>
        <translation>&amp;Найти в журнале</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cursor in the log&apos;s filter</source>
        <translation>Перейти в фильтр журнала</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy Message</source>
        <translation>&amp;Копировать сообщение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected message to the clipboard</source>
        <translation>Скопировать выбранное сообщение в буфер обмена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;lear Log</source>
        <translation>&amp;Очистить журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every message from the log</source>
        <translation>Удалить все сообщения из журнала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Auto-scroll</source>
        <translation>&amp;Автопрокрутка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow new messages in the log</source>
        <translation>Следовать за новыми сообщениями в журнале</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Reset Layout</source>
        <translation>Сбросить &amp;расположение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the panes back where they were at first, every one shown</source>
        <translation>Вернуть все панели на исходные места и показать каждую из них</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Diagnostics</source>
        <translation>Показать &amp;диагностику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything known about the connection</source>
        <translation>Показать всё, что известно о соединении</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show C&amp;hannels</source>
        <translation>Показать &amp;каналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Phoenix channels of the connection</source>
        <translation>Показать каналы Phoenix этого соединения</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ne&amp;xt Tab</source>
        <translation>&amp;Следующая вкладка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the next connection</source>
        <translation>Перейти к следующему соединению</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Предыдущая вкладка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the previous connection</source>
        <translation>Перейти к предыдущему соединению</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every command with a shortcut, and a link to the manual</source>
        <translation>Все команды с сочетаниями клавиш и ссылка на руководство</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User &amp;Manual</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the manual in the web browser</source>
        <translation>Открыть руководство в веб-браузере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About maxmon</source>
        <translation>&amp;О программе maxmon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and license</source>
        <translation>Версия и лицензия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Qt version maxmon runs on</source>
        <translation>Версия Qt, на которой работает maxmon</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="-314"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connection</source>
        <translation>&amp;Подключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Demo: Phoenix</source>
        <translation>Демо: Phoenix</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Opened %1, read-only.</source>
        <translation>Открыто только для чтения: %1.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Quit maxmon</source>
        <translation>Выход из maxmon</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connection(s) still open. Close them and quit?</source>
        <translation>
            <numerusform>Ещё открыто %n соединение. Закрыть и выйти?</numerusform>
            <numerusform>Ещё открыто %n соединения. Закрыть все и выйти?</numerusform>
            <numerusform>Ещё открыто %n соединений. Закрыть все и выйти?</numerusform>
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
        <translation>О программе maxmon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;maxmon %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;maxmon %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Собрано с Qt %3, работает на Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max Connection Monitor: a debugger for WebSocket and Phoenix Channels connections.</source>
        <translation>Max Connection Monitor: отладчик соединений WebSocket и Phoenix Channels.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow_actions.cpp" line="-237"/>
        <source>&amp;Open...</source>
        <translation>О&amp;ткрыть...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a session file, a recording or a support bundle, read-only</source>
        <translation>Открыть файл сеанса, запись или пакет поддержки только для чтения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Profiles...</source>
        <translation>&amp;Профили...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, edit, import and export connection profiles</source>
        <translation>Создание, изменение, импорт и экспорт профилей подключения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Tab as Pro&amp;file...</source>
        <translation>Сохранить вкладку как профи&amp;ль...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new profile from this tab&apos;s URL and settings (secrets only as references)</source>
        <translation>Новый профиль из URL и настроек этой вкладки (секреты — только в виде ссылок)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export Log...</source>
        <translation>&amp;Экспорт журнала...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every message of the log to a JSON lines or CSV file, secrets masked</source>
        <translation>Записать все сообщения журнала в файл JSON Lines или CSV, секреты скрыты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;Shown Messages...</source>
        <translation>Экспорт &amp;отображаемых сообщений...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the messages the log&apos;s filter shows, secrets masked</source>
        <translation>Записать сообщения, которые показывает фильтр журнала, секреты скрыты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Support &amp;Bundle...</source>
        <translation>Экспорт па&amp;кета поддержки...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON file with versions, profile, diagnostics and log for a support request, secrets masked</source>
        <translation>Один файл JSON с версиями, профилем, диагностикой и журналом для обращения в поддержку, секреты скрыты</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose &amp;Profile</source>
        <translation>Выбрать про&amp;филь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile picker of this tab</source>
        <translation>Открыть выбор профиля в этой вкладке</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>P&amp;references...</source>
        <translation>&amp;Настройки...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of maxmon</source>
        <translation>Язык maxmon</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>&amp;Insert Template</source>
        <translation>&amp;Вставить шаблон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a saved message of the profile in the send panel</source>
        <translation>Поместить сохранённое сообщение профиля в панель отправки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;Template...</source>
        <translation>Сохранить как &amp;шаблон...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the send panel&apos;s message with the profile</source>
        <translation>Сохранить сообщение из панели отправки в профиле</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Charts: Last %n Minute(s)</source>
        <translation>
            <numerusform>Графики: последняя %n минута</numerusform>
            <numerusform>Графики: последние %n минуты</numerusform>
            <numerusform>Графики: последние %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show the last %n minute(s) in the charts</source>
        <translation>
            <numerusform>Показать на графиках последнюю %n минуту</numerusform>
            <numerusform>Показать на графиках последние %n минуты</numerusform>
            <numerusform>Показать на графиках последние %n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::MessageDetailView</name>
    <message>
        <location filename="../ui/log/messagedetailview.cpp" line="+40"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message to the clipboard (Ctrl+Shift+C)</source>
        <translation>Скопировать сообщение в буфер обмена (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pretty</source>
        <translation>Форматированный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw</source>
        <translation>Исходный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, indented and coloured</source>
        <translation>JSON с отступами и подсветкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payload exactly as sent, as text</source>
        <translation>Полезная нагрузка точно в отправленном виде, как текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset, bytes in hex, and the same bytes as ASCII</source>
        <translation>Смещение, байты в hex и те же байты в ASCII</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Select a message in the log to see it here.</source>
        <translation>Выберите сообщение в журнале, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The message is too large to pretty-print (%1 bytes).</source>
        <translation>Сообщение слишком велико для форматированного вывода (%1 байт).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This looks like JSON but is not valid: %1</source>
        <translation>Похоже на JSON, но содержит ошибку: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>... %1 more bytes not shown</source>
        <translation>... ещё %1 байт не показано</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid UTF-8</source>
        <translation>некорректный UTF-8</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageDraft</name>
    <message>
        <location filename="../core/websocket/messagedraft.cpp" line="+80"/>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>«%1» — не шестнадцатеричная цифра</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an odd number of hex digits: the last byte is incomplete</source>
        <translation>нечётное число шестнадцатеричных цифр: последний байт неполный</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nothing may follow the &apos;=&apos; padding</source>
        <translation>после заполнителя «=» ничего не должно быть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a base64 character</source>
        <translation>«%1» — не символ base64</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the length or the padding is wrong</source>
        <translation>неверная длина или заполнение</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the text is empty</source>
        <translation>текст пуст</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>more than one value</source>
        <translation>больше одного значения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid JSON</source>
        <translation>Недопустимый JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid hex</source>
        <translation>Недопустимый hex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid base64</source>
        <translation>Недопустимый base64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at line %2, column %3: %4</source>
        <translation>%1 в строке %2, столбце %3: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at column %2: %3</source>
        <translation>%1 в столбце %2: %3</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageLogModel</name>
    <message>
        <location filename="../core/session/messagelogmodel.cpp" line="+417"/>
        <source>(cannot be read: %1)</source>
        <translation>(не удаётся прочитать: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(being written)</source>
        <translation>(идёт запись)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dir.</source>
        <translation>Напр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Топик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Direction: in (received) or out (sent)</source>
        <translation>Направление: вх. (получено) или исх. (отправлено)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix frames: the channel&apos;s topic</source>
        <translation>Кадры Phoenix: топик канала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix frames: the event (phx_join, phx_reply, heartbeat, ...)</source>
        <translation>Кадры Phoenix: событие (phx_join, phx_reply, heartbeat, ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix frames: the ref that matches a reply to its push</source>
        <translation>Кадры Phoenix: ref, связывающий ответ с его push</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix replies: the status (ok, error, ...)</source>
        <translation>Ответы Phoenix: статус (ok, error, ...)</translation>
    </message>
    <message>
        <location filename="../core/session/logtext.cpp" line="+61"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binary</source>
        <translation>Двоичное</translation>
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
        <translation>(нет статуса)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>in</source>
        <translation>вх.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out</source>
        <translation>исх.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
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
        <translation>Автопрокрутка</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter messages (Ctrl+F)</source>
        <translation>Фильтр сообщений (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Show only messages whose payload contains this text. Binary payloads are searched as hex, e.g. &quot;deadbeef&quot;.</source>
        <translation>Показывать только сообщения, полезная нагрузка которых содержит этот текст. Двоичная нагрузка ищется в hex, например «deadbeef».</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Read the filter as a regular expression (case-insensitive)</source>
        <translation>Считать фильтр регулярным выражением (без учёта регистра)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In and out</source>
        <translation>Входящие и исходящие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received only</source>
        <translation>Только полученные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent only</source>
        <translation>Только отправленные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by direction</source>
        <translation>Фильтр по направлению</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+409"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Filter by kind of message</source>
        <translation>Фильтр по типу сообщения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains this text, case-insensitive; with * a pattern for the whole field (room:*).</source>
        <translation>Содержит этот текст без учёта регистра; с * — шаблон для всего поля (room:*).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Топик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only Phoenix frames whose topic matches. %1</source>
        <translation>Показывать только кадры Phoenix с подходящим топиком. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic filter</source>
        <translation>Фильтр топика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only Phoenix frames whose event matches. %1</source>
        <translation>Показывать только кадры Phoenix с подходящим событием. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event filter</source>
        <translation>Фильтр события</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow new messages. Scrolling up pauses, scrolling to the end resumes (Ctrl+Shift+A).</source>
        <translation>Следовать за новыми сообщениями. Прокрутка вверх приостанавливает, прокрутка в конец возобновляет (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Freeze the view and count what arrives; press again to follow the newest messages</source>
        <translation>Заморозить вид и подсчитывать поступающие сообщения; нажмите снова, чтобы следовать за новыми сообщениями</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every message from the log (Ctrl+K)</source>
        <translation>Удалить все сообщения из журнала (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of the log: the messages it keeps and the connection events</source>
        <translation>Строки журнала: хранимые сообщения и события соединения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filtering the session on disk</source>
        <translation>Фильтрация сеанса на диске</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop filtering: the messages found so far stay</source>
        <translation>Остановить фильтрацию: уже найденные сообщения останутся</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>out</source>
        <translation>исх.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+234"/>
        <source>Clear log</source>
        <translation>Очистить журнал</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Show only messages with this text where it starts a word (&quot;lobby&quot; finds &quot;room:lobby&quot;, not &quot;hobby&quot;): the session&apos;s full-text index finds them among millions. Regex finds any text, binary payloads as hex.</source>
        <translation>Показывать только сообщения, где этот текст стоит в начале слова («lobby» находит «room:lobby», но не «hobby»): полнотекстовый индекс сеанса находит их среди миллионов. Regex находит любой текст, двоичные данные — в виде hex.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Paused · %Ln new</source>
        <translation>
            <numerusform>Пауза · %Ln новое</numerusform>
            <numerusform>Пауза · %Ln новых</numerusform>
            <numerusform>Пауза · %Ln новых</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>No kinds</source>
        <translation>Типы не выбраны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kinds</source>
        <translation>Типов: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 of %Ln row(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %Ln строки</numerusform>
            <numerusform>Показано %1 из %Ln строк</numerusform>
            <numerusform>Показано %1 из %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln older dropped (the log keeps the newest %1, at most %2 MiB)</source>
        <translation>
            <numerusform>%Ln старое отброшено (журнал хранит последние %1, не более %2 МиБ)</numerusform>
            <numerusform>%Ln старых отброшено (журнал хранит последние %1, не более %2 МиБ)</numerusform>
            <numerusform>%Ln старых отброшено (журнал хранит последние %1, не более %2 МиБ)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 not stored in the session file: the disk did not keep up</source>
        <translation>%1 не сохранено в файле сеанса: диск не успевал</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filtering the session…</source>
        <translation>фильтрация сеанса…</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageRecord</name>
    <message>
        <location filename="../core/session/messagerecord.cpp" line="+312"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>недопустимый JSON: %1 в позиции %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a record must be a JSON object</source>
        <translation>запись должна быть объектом JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field (free-form data belongs in &quot;meta&quot;)</source>
        <translation>неизвестное поле (произвольные данные должны быть в &quot;meta&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+37"/>
        <location line="+51"/>
        <location line="+24"/>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>unknown kind &quot;%1&quot;: expected text, json, binary, ping, pong or close</source>
        <translation>неизвестный тип «%1»: ожидается text, json, binary, ping, pong или close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;in&quot; or &quot;out&quot;, not &quot;%1&quot;</source>
        <translation>должно быть &quot;in&quot; или &quot;out&quot;, а не «%1»</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>&quot;%1&quot; is not an ISO-8601 time like 2024-05-01T12:00:00.123456Z</source>
        <translation>«%1» — не время в формате ISO-8601, например 2024-05-01T12:00:00.123456Z</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only text records have it</source>
        <translation>есть только у текстовых записей</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the text of a json record must be a JSON object or array%1</source>
        <translation>текст записи json должен быть объектом или массивом JSON%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a JSON object, array or string</source>
        <translation>должно быть объектом, массивом или строкой JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with &quot;utf8&quot;:false it must be padded base64; it is truncated or has stray characters</source>
        <translation>при &quot;utf8&quot;:false должно быть base64 с дополнением; значение обрезано или содержит посторонние символы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be padded base64; it is truncated, has stray characters or is not a string</source>
        <translation>должно быть base64 с дополнением; значение обрезано, содержит посторонние символы или не является строкой</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>must be a whole number of bytes</source>
        <translation>должно быть целым числом байт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is %1, but the payload has %2 bytes (truncated?)</source>
        <translation>равно %1, но в полезной нагрузке %2 байт (обрезано?)</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageRecorder</name>
    <message>
        <location filename="../core/session/messagerecorder.cpp" line="+27"/>
        <source>Cannot write the recording %1: %2</source>
        <translation>Не удаётся записать запись сеанса %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write to the recording %1: %2</source>
        <translation>Не удаётся выполнить запись в запись сеанса %1: %2</translation>
    </message>
</context>
<context>
    <name>maxmon::MessageSerializer</name>
    <message>
        <location filename="../core/websocket/messageserializer.cpp" line="+10"/>
        <source>the message is empty (null)</source>
        <translation>сообщение пустое (null)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a %1 message cannot hold JSON</source>
        <translation>сообщение типа %1 не может содержать JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not valid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON object, not an array</source>
        <translation>должно быть объектом JSON, а не массивом</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing: expected &quot;%1&quot;</source>
        <translation>отсутствует: ожидается «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>равно «%1», ожидается «%2»</translation>
    </message>
</context>
<context>
    <name>maxmon::OutboundFlow</name>
    <message>
        <location filename="../core/websocket/outboundflow.cpp" line="+101"/>
        <source>Message %1 could not be written to the socket.</source>
        <translation>Сообщение %1 не удалось записать в сокет.</translation>
    </message>
</context>
<context>
    <name>maxmon::OutboundQueue</name>
    <message>
        <location filename="../core/websocket/outboundqueue.cpp" line="+17"/>
        <source>Not sent: %1 messages are already waiting to be sent.</source>
        <translation>Не отправлено: уже ожидают отправки сообщений: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until the connection is back, or raise message_queue_size in the profile.</source>
        <translation>Дождитесь восстановления соединения или увеличьте message_queue_size в профиле.</translation>
    </message>
</context>
<context>
    <name>maxmon::PhoenixConfig</name>
    <message>
        <location filename="../core/config/phoenixconfig.cpp" line="+52"/>
        <source>must be a JSON object, such as {&quot;user_id&quot;: 7}</source>
        <translation>должен быть JSON-объект, например {&quot;user_id&quot;: 7}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a protocol version: use 2.0.0 or 1.0.0 (or nothing, for the URL&apos;s vsn)</source>
        <translation>«%1» — не версия протокола: используйте 2.0.0 или 1.0.0 (или ничего — для vsn из URL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a parameter needs a name</source>
        <translation>параметру нужно имя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a string, a number or true/false: socket params go into the URL&apos;s query</source>
        <translation>«%1» должен быть строкой, числом или true/false: параметры сокета идут в запрос URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; holds a credential in plain text: prefer authentication mode &quot;Phoenix subprotocol&quot; with a token source, which is never stored</source>
        <translation>«%1» содержит учётные данные открытым текстом: лучше режим аутентификации «подпротокол Phoenix» с источником токена, который никогда не сохраняется</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be 0 (no heartbeat) or more</source>
        <translation>должно быть 0 (без heartbeat) или больше</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0</source>
        <translation>должно быть больше 0</translation>
    </message>
</context>
<context>
    <name>maxmon::PhoenixEndpoint</name>
    <message>
        <location filename="../server/phoenixendpoint.cpp" line="+20"/>
        <source>Phoenix Channels (vsn 1.0.0 and 2.0.0): join, push, broadcast, presence; private:* topics need the server&apos;s token</source>
        <translation>Phoenix Channels (vsn 1.0.0 и 2.0.0): join, push, broadcast, presence; для топиков private:* нужен токен сервера</translation>
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
        <translation>vsn из URL, иначе 2.0.0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no heartbeat</source>
        <translation>без heartbeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol &amp;version:</source>
        <translation>&amp;Версия протокола:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vsn parameter: 2.0.0 (arrays, binary frames) or 1.0.0 (objects)</source>
        <translation>Параметр vsn: 2.0.0 (массивы, двоичные кадры) или 1.0.0 (объекты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Socket &amp;params:</source>
        <translation>&amp;Параметры сокета:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON object of strings, numbers and booleans, sent as query parameters of the socket URL (the JavaScript client&apos;s params). Stored in plain text: put tokens in Authentication.</source>
        <translation>JSON-объект из строк, чисел и булевых значений, отправляемых как параметры запроса URL сокета (params JavaScript-клиента). Хранится открытым текстом: токены указывайте в аутентификации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Heartbeat every:</source>
        <translation>&amp;Heartbeat каждые:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &quot;phoenix&quot; &quot;heartbeat&quot; push; unanswered by the next one, the link is dead and the socket reconnects</source>
        <translation>Push «phoenix» «heartbeat»; если до следующего нет ответа, связь мертва и сокет переподключается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Тайм-аут:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long joins, pushes and leaves wait for their reply</source>
        <translation>Сколько join, push и leave ждут ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Phoenix connection uses this heartbeat instead of the Heartbeat section, and reconnects after 10, 50, 100, 150, 200, 250, 500, 1000, 2000 ms, then every 5 s, as the JavaScript client does (Reconnect&apos;s on/off and attempts still apply).</source>
        <translation>Соединение Phoenix использует этот heartbeat вместо раздела Heartbeat и переподключается через 10, 50, 100, 150, 200, 250, 500, 1000, 2000 мс, затем каждые 5 с, как JavaScript-клиент (вкл/выкл и попытки переподключения по-прежнему действуют).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation>недопустимый JSON: %1 в позиции %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a JSON object, such as {&quot;user_id&quot;: 7}</source>
        <translation>должен быть JSON-объект, например {&quot;user_id&quot;: 7}</translation>
    </message>
</context>
<context>
    <name>maxmon::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/preferencesdialog.cpp" line="+37"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Системный (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The desktop&apos;s colours, or maxmon&apos;s own light or dark ones</source>
        <translation>Цвета рабочего стола или собственная светлая либо тёмная палитра maxmon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maxmon shows the new language when it starts again.</source>
        <translation>maxmon покажет новый язык при следующем запуске.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>maxmon::PresenceListModel</name>
    <message>
        <location filename="../ui/phoenix/presencelistmodel.cpp" line="+94"/>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metas</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many connections (metas) each key has</source>
        <translation>Сколько соединений (metas) у каждого ключа</translation>
    </message>
</context>
<context>
    <name>maxmon::ProfileLibrary</name>
    <message>
        <location filename="../ui/profiles/profilelibrary.cpp" line="+34"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Профиль с именем «%1» уже существует.</translation>
    </message>
</context>
<context>
    <name>maxmon::ProfileSection</name>
    <message>
        <location filename="../ui/profiles/profilesection.cpp" line="+79"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>name the variable, file, command or entry</source>
        <translation>укажите переменную, файл, команду или запись</translation>
    </message>
</context>
<context>
    <name>maxmon::ProfileStore</name>
    <message>
        <location filename="../core/config/profilestore.cpp" line="+138"/>
        <location line="+31"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Профиля с именем «%1» нет.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The profile &quot;%1&quot; has errors.</source>
        <translation>Профиль «%1» содержит ошибки.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>A profile needs a name.</source>
        <translation>У профиля должно быть имя.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Не удаётся создать папку профилей %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the profile &quot;%1&quot;.</source>
        <translation>Не удаётся сохранить профиль «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot delete the profile &quot;%1&quot;.</source>
        <translation>Не удаётся удалить профиль «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Профиль с именем «%1» уже существует.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a valid profile.</source>
        <translation>%1 — недопустимый профиль.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>maxmon::ProfilesDialog</name>
    <message>
        <location filename="../ui/profiles/profilesdialog.cpp" line="+42"/>
        <source>Connection Profiles</source>
        <translation>Профили подключения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored profiles (in %1)</source>
        <translation>Сохранённые профили (в %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new profile (Ctrl+N)</source>
        <translation>Создать новый профиль (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected profile under a new name (Ctrl+D)</source>
        <translation>Скопировать выбранный профиль под новым именем (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected profile (Ctrl+Del)</source>
        <translation>Удалить выбранный профиль (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import...</source>
        <translation>&amp;Импорт...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile from a JSON file (Ctrl+O)</source>
        <translation>Добавить профиль из файла JSON (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport...</source>
        <translation>&amp;Экспорт...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected profile to a JSON file, without secrets (Ctrl+E)</source>
        <translation>Записать выбранный профиль в файл JSON без секретов (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the changes since the profile was last saved</source>
        <translation>Отменить изменения с момента последнего сохранения профиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Сохранить профиль (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in &amp;Tab</source>
        <translation>Использовать во &amp;вкладке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, then load the profile into the current tab (Ctrl+Enter)</source>
        <translation>Сохранить и загрузить профиль в текущую вкладку (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window (Esc)</source>
        <translation>Закрыть это окно (Esc)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; has unsaved changes.</source>
        <translation>В профиле «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new)</source>
        <translation>(новый)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New profile %1</source>
        <translation>Новый профиль %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new profile from the current tab&apos;s settings: name it, then save it (Ctrl+S).</source>
        <translation>Новый профиль из настроек текущей вкладки: дайте ему имя и сохраните (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new profile: fill in the URL, then save it (Ctrl+S).</source>
        <translation>Новый профиль: укажите URL и сохраните его (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: correct the fields marked in red first.</source>
        <translation>Не сохранено: сначала исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another profile has this name</source>
        <translation>это имя уже занято другим профилем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: a profile named &quot;%1&quot; exists already.</source>
        <translation>Не сохранено: профиль с именем «%1» уже существует.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«%1» сохранён.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes undone.</source>
        <translation>Изменения отменены.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied to &quot;%1&quot;.</source>
        <translation>Скопирован в «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;? Its file is removed; this cannot be undone.</source>
        <translation>Удалить профиль «%1»? Его файл будет удалён; это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>«%1» удалён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Profile</source>
        <translation>Импорт профиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Профили (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Imported &quot;%1&quot;.</source>
        <translation>«%1» импортирован.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported &quot;%1&quot;, with notes:
%2</source>
        <translation>«%1» импортирован, с замечаниями:
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the profile before exporting it.</source>
        <translation>Сохраните профиль перед экспортом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Profile</source>
        <translation>Экспорт профиля</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported &quot;%1&quot; to %2 (without secrets).</source>
        <translation>«%1» экспортирован в %2 (без секретов).</translation>
    </message>
</context>
<context>
    <name>maxmon::ProxySection</name>
    <message>
        <location filename="../ui/profiles/proxysection.cpp" line="+11"/>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxy.example</source>
        <translation>proxy.example</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System settings</source>
        <translation>Системные настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Без прокси</translation>
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
        <translation>&amp;Прокси:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s proxy (environment, desktop settings), none, or one of your own</source>
        <translation>Системный прокси (окружение, настройки рабочего стола), без прокси или собственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The proxy&apos;s host</source>
        <translation>Хост прокси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The proxy&apos;s port</source>
        <translation>Порт прокси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a proxy that asks for credentials</source>
        <translation>Для прокси, который запрашивает учётные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word from:</source>
        <translation>Па&amp;роль из:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the proxy password is read; never stored</source>
        <translation>Откуда читается пароль прокси; никогда не сохраняется</translation>
    </message>
</context>
<context>
    <name>maxmon::ProxySelector</name>
    <message>
        <location filename="../core/websocket/proxyselector.cpp" line="+79"/>
        <source>HTTP CONNECT proxy %1:%2</source>
        <translation>HTTP CONNECT-прокси %1:%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOCKS5 proxy %1:%2</source>
        <translation>SOCKS5-прокси %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none (direct)</source>
        <translation>нет (напрямую)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> as %1</source>
        <translation> от имени %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system: %1</source>
        <translation>системный: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set proxy.user and proxy.password in the profile (maxmon-cli: --proxy http://USER@HOST:PORT --proxy-password-env VAR).</source>
        <translation>Укажите proxy.user и proxy.password в профиле (maxmon-cli: --proxy http://USER@HOST:PORT --proxy-password-env VAR).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 refused the connection: is it running?</source>
        <translation>%1 отклонил подключение: он запущен?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy&apos;s host and port (proxy.host, proxy.port or --proxy), or connect without it (--proxy none).</source>
        <translation>Проверьте хост и порт прокси (proxy.host, proxy.port или --proxy) или подключитесь без него (--proxy none).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 requires a user name and password.</source>
        <translation>%1 требует имя пользователя и пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 refused the credentials of user %2.</source>
        <translation>%1 отклонил учётные данные пользователя %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 refused to open a tunnel to the server.</source>
        <translation>%1 отказался открыть туннель к серверу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 answered with something that is not SOCKS5.</source>
        <translation>%1 ответил чем-то, что не является SOCKS5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the proxy can reach the server and allows tunnels to this port.</source>
        <translation>Проверьте, может ли прокси связаться с сервером и разрешает ли он туннели на этот порт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either the proxy cannot reach the server, or it refused the credentials of user %1 (some proxies answer wrong credentials with 401, which Qt reports like any other refusal). Check proxy.user and proxy.password.</source>
        <translation>Либо прокси не может связаться с сервером, либо он отклонил учётные данные пользователя %1 (некоторые прокси отвечают на неверные учётные данные кодом 401, и Qt сообщает об этом как о любом другом отказе). Проверьте proxy.user и proxy.password.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 failed: %2</source>
        <translation>Сбой: %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy settings, or connect without it (--proxy none).</source>
        <translation>Проверьте настройки прокси или подключитесь без него (--proxy none).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 works, but could not reach the server behind it: %2</source>
        <translation>%1 работает, но не смог связаться с сервером за ним: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a proxy: %2</source>
        <translation>«%1» — не прокси: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use http://[user@]host:port, socks5://[user@]host:port, none or system.</source>
        <translation>Используйте http://[user@]host:port, socks5://[user@]host:port, none или system.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A proxy password must not be given in the proxy URL.</source>
        <translation>Пароль прокси нельзя указывать в URL прокси.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command lines show up in the process list and shell history: pass the password with --proxy-password-env VAR.</source>
        <translation>Командные строки видны в списке процессов и в истории оболочки: передайте пароль через --proxy-password-env VAR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it needs a scheme, a host and a port</source>
        <translation>нужны схема, хост и порт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scheme must be http or socks5</source>
        <translation>схема должна быть http или socks5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it needs a port</source>
        <translation>нужен порт</translation>
    </message>
</context>
<context>
    <name>maxmon::PushForm</name>
    <message>
        <location filename="../ui/phoenix/pushform.cpp" line="+43"/>
        <source>Push</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event to push to the selected channel</source>
        <translation>Событие для отправки в выбранный канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>e.g. new_msg</source>
        <translation>напр. new_msg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. {&quot;body&quot;: &quot;hi&quot;} (empty: {})</source>
        <translation>напр. {&quot;body&quot;: &quot;hi&quot;} (пусто: {})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payload: a JSON object or array</source>
        <translation>Данные: JSON-объект или массив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without a reply by then, the push has timed out</source>
        <translation>Без ответа к этому времени push считается просроченным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+180"/>
        <source>Push the event and wait for its reply (Enter)</source>
        <translation>Отправить событие и ждать ответа (Enter)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>the reply&apos;s response</source>
        <translation>ответ на reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Событие:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ti&amp;meout:</source>
        <translation>Та&amp;йм-аут:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pa&amp;yload:</source>
        <translation>&amp;Данные:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Join a channel first.</source>
        <translation>Сначала подключитесь к каналу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the event.</source>
        <translation>Укажите событие.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>… waiting for the reply to &quot;%1&quot; (ref %2)</source>
        <translation>… ожидание ответа на «%1» (ref %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… waits for the channel to join</source>
        <translation>… ожидает подключения канала</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot;: no reply within %2 (timeout)</source>
        <translation>«%1»: нет ответа за %2 (тайм-аут)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: %2 in %3</source>
        <translation>«%1»: %2 за %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No push yet</source>
        <translation>Ещё ничего не отправлено</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Timed out</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a channel that is not closed</source>
        <translation>Выберите незакрытый канал</translation>
    </message>
</context>
<context>
    <name>maxmon::ReconnectSection</name>
    <message>
        <location filename="../ui/profiles/reconnectsection.cpp" line="+10"/>
        <source>Reconnect</source>
        <translation>Переподключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect after a lost connection</source>
        <translation>Переподключаться после потери соединения</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unlimited</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again with a growing delay when the connection is lost or cannot be opened</source>
        <translation>Повторять попытки с растущей задержкой, если соединение потеряно или не удаётся его открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First delay:</source>
        <translation>&amp;Первая задержка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wait before the first retry</source>
        <translation>Ожидание перед первой повторной попыткой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest delay:</source>
        <translation>&amp;Наибольшая задержка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delay grows up to this</source>
        <translation>Задержка растёт до этого значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multiplier:</source>
        <translation>&amp;Множитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each delay is the previous one times this</source>
        <translation>Каждая задержка равна предыдущей, умноженной на это значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jitter:</source>
        <translation>&amp;Джиттер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each delay varies randomly by up to this fraction</source>
        <translation>Каждая задержка случайно меняется не более чем на эту долю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;attempts:</source>
        <translation>Макс. п&amp;опыток:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up after this many attempts in a row (0: never)</source>
        <translation>Прекратить после стольких попыток подряд (0: никогда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset after:</source>
        <translation>&amp;Сброс через:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts count from 1 again after being connected this long</source>
        <translation>Счёт попыток снова начинается с 1 после такого времени в подключённом состоянии</translation>
    </message>
</context>
<context>
    <name>maxmon::ReconnectStatus</name>
    <message>
        <location filename="../core/websocket/reconnectstatus.cpp" line="+31"/>
        <source>Reconnect: off</source>
        <translation>Переподключение: выкл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect: attempt %1 of %2</source>
        <translation>Переподключение: попытка %1 из %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect: attempt %1 (no limit)</source>
        <translation>Переподключение: попытка %1 (без ограничения)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next attempt in: %1 ms%2</source>
        <translation>Следующая попытка через: %1 мс%2</translation>
    </message>
</context>
<context>
    <name>maxmon::RecordedCharts</name>
    <message>
        <location filename="../ui/charts/recordedcharts.cpp" line="+75"/>
        <source>Whole span</source>
        <translation>Весь интервал</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the recording&apos;s whole time span again</source>
        <translation>Снова показать весь интервал времени записи</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag across the chart to zoom in, right-click to zoom out</source>
        <translation>Проведите мышью по графику, чтобы увеличить; щелчок правой кнопкой — уменьшить</translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>Heartbeat: %n round trip(s), median %1 ms, p95 %2 ms, %3 lost</source>
        <translation>
            <numerusform>Heartbeat: %n цикл запрос-ответ, медиана %1 мс, p95 %2 мс, потеряно: %3</numerusform>
            <numerusform>Heartbeat: %n цикла запрос-ответ, медиана %1 мс, p95 %2 мс, потеряно: %3</numerusform>
            <numerusform>Heartbeat: %n циклов запрос-ответ, медиана %1 мс, p95 %2 мс, потеряно: %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No heartbeat round trips recorded</source>
        <translation>Циклы запрос-ответ heartbeat не записаны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::RecordingFile</name>
    <message>
        <location filename="../core/session/recordingfile.cpp" line="+59"/>
        <source>Cannot read the recording %1: %2</source>
        <translation>Не удаётся прочитать запись сеанса %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
</context>
<context>
    <name>maxmon::RecordingScreenshot</name>
    <message>
        <location filename="../app/gui/recordingscreenshot.cpp" line="+112"/>
        <source>screenshot: cannot write the example session</source>
        <translation>screenshot: не удаётся записать пример сеанса</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>screenshot: %1</source>
        <translation>screenshot: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>screenshot: cannot write %1</source>
        <translation>screenshot: не удаётся записать %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>screenshot saved to %1 (%2x%3)</source>
        <translation>Снимок экрана сохранён в %1 (%2x%3)</translation>
    </message>
</context>
<context>
    <name>maxmon::RecordingTab</name>
    <message>
        <location filename="../ui/recording/recordingtab.cpp" line="+37"/>
        <source>session</source>
        <translation>сеанс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>support bundle</source>
        <translation>пакет поддержки</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The support bundle&apos;s diagnostics, as its sender saw them</source>
        <translation>Диагностика из пакета поддержки в том виде, в каком её видел отправитель</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected message: formatted, raw and hex</source>
        <translation>Выбранное сообщение: форматированное, исходное и в hex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency and throughput over the whole recording</source>
        <translation>Задержка и пропускная способность за всю запись</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection&apos;s profile in the bundle, secrets masked</source>
        <translation>Профиль соединения из пакета, секреты скрыты</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Не удаётся создать временную папку: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>⚠ %n line(s) are no records and were left out: %1</source>
        <translation>
            <numerusform>⚠ %n строка не является записью и пропущена: %1</numerusform>
            <numerusform>⚠ %n строки не являются записями и пропущены: %1</numerusform>
            <numerusform>⚠ %n строк не являются записями и пропущены: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::RttFigures</name>
    <message>
        <location filename="../ui/diagnostics/rttfigures.cpp" line="+10"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RTT n/a</source>
        <translation>RTT н/д</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>RTT %1 · p95 %2 over the last %n probe(s)</source>
        <translation>
            <numerusform>RTT %1 · p95 %2 по последней %n пробе</numerusform>
            <numerusform>RTT %1 · p95 %2 по последним %n пробам</numerusform>
            <numerusform>RTT %1 · p95 %2 по последним %n пробам</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last connection: %1</source>
        <translation>Последнее соединение: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::ScreenshotScenario</name>
    <message>
        <location filename="../app/gui/screenshotscenario.cpp" line="+67"/>
        <source>screenshot: timed out</source>
        <translation>снимок экрана: истекло время ожидания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo echo</source>
        <translation>Демо-эхо</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>subscribe prices</source>
        <translation>подписка на цены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hello</source>
        <translation>привет</translation>
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
        <translation>Локальная разработка (самоподписанный)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>screenshot: cannot create the example profiles</source>
        <translation>снимок экрана: не удаётся создать примеры профилей</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+141"/>
        <source>screenshot: could not connect to %1</source>
        <translation>снимок экрана: не удалось подключиться к %1</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+98"/>
        <source>screenshot: cannot write %1</source>
        <translation>снимок экрана: не удаётся записать %1</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+98"/>
        <source>screenshot saved to %1 (%2x%3)</source>
        <translation>снимок экрана сохранён в %1 (%2x%3)</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>screenshot: the connection failed</source>
        <translation>снимок экрана: сбой соединения</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>screenshot: no JSON message to select</source>
        <translation>снимок экрана: нет сообщения JSON для выбора</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>screenshot: there is no Phoenix demo server</source>
        <translation>скриншот: нет демо-сервера Phoenix</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>screenshot: the Phoenix connection failed</source>
        <translation>скриншот: соединение Phoenix не удалось</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>tick %1</source>
        <translation>такт %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>screenshot: the push failed: %1</source>
        <translation>скриншот: push не удался: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>screenshot: no shout from bob in the log</source>
        <translation>скриншот: нет сообщения shout от bob в журнале</translation>
    </message>
</context>
<context>
    <name>maxmon::SecretRef</name>
    <message>
        <location filename="../core/config/secretref.cpp" line="+35"/>
        <source>environment variable %1</source>
        <translation>переменная окружения %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file %1</source>
        <translation>файл %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output of command %1</source>
        <translation>вывод команды %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keychain entry %1</source>
        <translation>запись в хранилище ключей %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>secrets are never stored in a profile: name where to read it, for example {&quot;env&quot;: &quot;MAX_TOKEN&quot;} or {&quot;file&quot;: &quot;/path/to/token&quot;}</source>
        <translation>секреты никогда не хранятся в профиле: укажите, откуда его читать, например {&quot;env&quot;: &quot;MAX_TOKEN&quot;} или {&quot;file&quot;: &quot;/path/to/token&quot;}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an object with exactly one of &quot;env&quot;, &quot;file&quot;, &quot;command&quot;, &quot;keychain&quot;</source>
        <translation>ожидается объект ровно с одним из ключей &quot;env&quot;, &quot;file&quot;, &quot;command&quot;, &quot;keychain&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>«%1» должно быть непустой строкой</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown secret source &quot;%1&quot;: use env, file, command or keychain</source>
        <translation>неизвестный источник секрета «%1»: используйте env, file, command или keychain</translation>
    </message>
</context>
<context>
    <name>maxmon::SecretRefEdit</name>
    <message>
        <location filename="../ui/profiles/secretrefedit.cpp" line="+19"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable</source>
        <translation>Переменная окружения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain entry</source>
        <translation>Запись в хранилище ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where maxmon reads the secret when it connects. The secret itself is never stored in the profile.</source>
        <translation>Откуда maxmon читает секрет при подключении. Сам секрет никогда не сохраняется в профиле.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file that holds the secret</source>
        <translation>Выбрать файл, содержащий секрет</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No secret</source>
        <translation>Без секрета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAX_TOKEN</source>
        <translation>MAX_TOKEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the environment variable</source>
        <translation>Имя переменной окружения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~/.max/token</source>
        <translation>~/.max/token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file only you can read (chmod 600); its content, trimmed</source>
        <translation>Файл, доступный для чтения только вам (chmod 600); его содержимое без пробелов по краям</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pass show max/token</source>
        <translation>pass show max/token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command whose output, trimmed, is the secret; run without a shell</source>
        <translation>Команда, вывод которой без пробелов по краям и есть секрет; запускается без оболочки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max/token</source>
        <translation>max/token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry in the OS keychain (service &quot;maxmon&quot;)</source>
        <translation>Запись в хранилище ключей ОС (служба &quot;maxmon&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File with the secret</source>
        <translation>Файл с секретом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>maxmon::SecretStore</name>
    <message>
        <location filename="../core/config/secretstore.cpp" line="+28"/>
        <source>Name the secret with an environment variable instead ({&quot;env&quot;: &quot;VAR&quot;} in the profile, --token-env VAR on the command line) or with a file only you can read ({&quot;file&quot;: &quot;/path&quot;}, --token-file FILE).</source>
        <translation>Вместо этого укажите секрет через переменную окружения ({&quot;env&quot;: &quot;VAR&quot;} в профиле, --token-env VAR в командной строке) или через файл, доступный для чтения только вам ({&quot;file&quot;: &quot;/path&quot;}, --token-file FILE).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The environment variable %1 is not set.</source>
        <translation>Переменная окружения %1 не задана.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The environment variable %1 is empty.</source>
        <translation>Переменная окружения %1 пуста.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the secret file %1.</source>
        <translation>Не удаётся прочитать файл секрета %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret file %1 can be read by other users.</source>
        <translation>Файл секрета %1 доступен для чтения другим пользователям.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it readable by you alone: chmod 600 %1</source>
        <translation>Сделайте его доступным для чтения только вам: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret file %1 is larger than 1 MiB: it is not a token.</source>
        <translation>Файл секрета %1 больше 1 МиБ: это не токен.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret file %1 is empty.</source>
        <translation>Файл секрета %1 пуст.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No secret source was given.</source>
        <translation>Источник секрета не указан.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The secret command is empty.</source>
        <translation>Команда секрета пуста.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret command %1 failed with exit code %2.</source>
        <translation>Команда секрета %1 завершилась с кодом %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret command %1 crashed.</source>
        <translation>Команда секрета %1 аварийно завершилась.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret command %1 printed nothing.</source>
        <translation>Команда секрета %1 ничего не вывела.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secret command %1 could not be started.</source>
        <translation>Не удалось запустить команду секрета %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command runs directly, not through a shell: give the program&apos;s path and its arguments, or wrap it in sh -c &apos;...&apos;.</source>
        <translation>Команда запускается напрямую, а не через оболочку: укажите путь к программе и её аргументы или оберните её в sh -c &apos;...&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret command %1 did not finish within %2 ms.</source>
        <translation>Команда секрета %1 не завершилась за %2 мс.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No OS keychain is reachable to read %1.</source>
        <translation>Хранилище ключей ОС недоступно, нельзя прочитать: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no D-Bus session bus, so neither the Secret Service nor KWallet can be asked.</source>
        <translation>Нет сеансовой шины D-Bus, поэтому нельзя обратиться ни к Secret Service, ни к KWallet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The %1 is empty.</source>
        <translation>Пустое значение: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OS keychain has no %1 (service &quot;%2&quot;).</source>
        <translation>В хранилище ключей ОС не найдено: %1 (служба «%2»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the secret in the keychain under service &quot;%1&quot;, key &quot;%2&quot;; or: %3</source>
        <translation>Сохраните секрет в хранилище ключей под службой «%1», ключ «%2»; или: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OS keychain could not be read for %1.</source>
        <translation>Не удалось прочитать хранилище ключей ОС: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No OS keychain is reachable: the secret was not stored.</source>
        <translation>Хранилище ключей ОС недоступно: секрет не сохранён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no D-Bus session bus, so neither the Secret Service nor KWallet can be asked. maxmon never falls back to a plain-text file.</source>
        <translation>Нет сеансовой шины D-Bus, поэтому нельзя обратиться ни к Secret Service, ни к KWallet. maxmon никогда не использует вместо этого файл с открытым текстом.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The secret could not be stored in the OS keychain; nothing was written elsewhere.</source>
        <translation>Не удалось сохранить секрет в хранилище ключей ОС; больше нигде ничего не записано.</translation>
    </message>
</context>
<context>
    <name>maxmon::SecretTokenProvider</name>
    <message>
        <location filename="../core/websocket/secrettokenprovider.cpp" line="+33"/>
        <source>No secret store to read the token from.</source>
        <translation>Нет хранилища секретов, из которого можно прочитать токен.</translation>
    </message>
</context>
<context>
    <name>maxmon::SelfTest</name>
    <message>
        <location filename="../app/gui/selftest.cpp" line="+36"/>
        <source>could not connect: %1</source>
        <translation>не удалось подключиться: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>could not send: %1</source>
        <translation>не удалось отправить: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection failed: %1</source>
        <translation>сбой соединения: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>timed out while connecting to %1</source>
        <translation>истекло время ожидания при подключении к %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out while waiting for the echo</source>
        <translation>истекло время ожидания эха</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection closed while connecting to %1</source>
        <translation>соединение закрылось при подключении к %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed while waiting for the echo</source>
        <translation>соединение закрылось во время ожидания эха</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>maxmon self-test passed: connected to %1 in %2 ms, echo after %3 ms</source>
        <translation>самопроверка maxmon пройдена: подключение к %1 за %2 мс, эхо через %3 мс</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>maxmon self-test FAILED: %1</source>
        <translation>самопроверка maxmon НЕ ПРОЙДЕНА: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::SendPanel</name>
    <message numerus="yes">
        <location filename="../ui/send/sendpanel.cpp" line="+30"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot send while disconnected: connect first.</source>
        <translation>Отправка невозможна без соединения: сначала подключитесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot send while connecting: wait until connected.</source>
        <translation>Отправка невозможна во время подключения: дождитесь установки соединения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot send while reconnecting: wait until connected.</source>
        <translation>Отправка невозможна во время переподключения: дождитесь установки соединения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot send while disconnecting: connect first.</source>
        <translation>Отправка невозможна во время отключения: сначала подключитесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot send after a connection error: connect first.</source>
        <translation>Отправка невозможна после ошибки соединения: сначала подключитесь.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send as text</source>
        <translation>Отправить как текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Повторять</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+297"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary</source>
        <translation>Двоичное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to send: a text frame, JSON (checked as you type), bytes typed as hex or base64, or a file</source>
        <translation>Что отправить: текстовый фрейм, JSON (проверяется при вводе), байты в hex или base64 либо файл</translation>
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
        <translation>Как вводятся байты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Форматировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indent the JSON</source>
        <translation>Добавить отступы в JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse...</source>
        <translation>Обзор...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to send</source>
        <translation>Выбрать файл для отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the file to send</source>
        <translation>Путь к файлу для отправки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the file as a text frame (it must be UTF-8) instead of a binary one</source>
        <translation>Отправить файл текстовым фреймом (должен быть в UTF-8), а не двоичным</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send the message several times at a fixed interval</source>
        <translation>Отправить сообщение несколько раз с фиксированным интервалом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> times</source>
        <translation> раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times to send</source>
        <translation>Сколько раз отправить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every </source>
        <translation>каждые </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time between two sends</source>
        <translation>Время между двумя отправками</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent %1 of %2 (%3 each)</source>
        <translation>Отправлено %1 из %2 (по %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1.</source>
        <translation>Отправлено: %1.</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel_input.cpp" line="+134"/>
        <source>Type a message to send.</source>
        <translation>Введите сообщение для отправки.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the bytes in hex, e.g. 48 65 6c 6c 6f.</source>
        <translation>Введите байты в hex, например 48 65 6c 6c 6f.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the bytes in base64, e.g. SGVsbG8=.</source>
        <translation>Введите байты в base64, например SGVsbG8=.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file to send.</source>
        <translation>Выберите файл для отправки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/send/sendpanel.cpp" line="+33"/>
        <source>Send %Ln time(s)</source>
        <translation>
            <numerusform>Отправить %Ln раз</numerusform>
            <numerusform>Отправить %Ln раза</numerusform>
            <numerusform>Отправить %Ln раз</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Stop (%1/%2)</source>
        <translation>Стоп (%1/%2)</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel_input.cpp" line="-12"/>
        <source>Type a JSON value to send, e.g. {&quot;a&quot;: 1}.</source>
        <translation>Введите значение JSON для отправки, например {&quot;a&quot;: 1}.</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel.cpp" line="+2"/>
        <source>Stop repeating</source>
        <translation>Остановить повтор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No connection to send on.</source>
        <translation>Нет соединения для отправки.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Enter sends; Up and Down recall earlier messages.</source>
        <translation>Ctrl+Enter отправляет; стрелки вверх и вниз возвращают предыдущие сообщения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Отправить сообщение (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel_templates.cpp" line="+21"/>
        <source>A file cannot be a template: send it as Binary instead.</source>
        <translation>Файл не может быть шаблоном: отправьте его как двоичное сообщение.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Template &quot;%1&quot; inserted.</source>
        <translation>Шаблон «%1» вставлен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved as a template: %1</source>
        <translation>Не сохранено как шаблон: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as Template</source>
        <translation>Сохранить как шаблон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name (an existing one is replaced):</source>
        <translation>Имя шаблона (существующий будет заменён):</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel.cpp" line="+7"/>
        <source>File to send</source>
        <translation>Файл для отправки</translation>
    </message>
    <message>
        <location filename="../ui/send/sendpanel_input.cpp" line="-33"/>
        <source>Type a message. Ctrl+Enter sends; Up and Down recall earlier messages.</source>
        <translation>Введите сообщение. Ctrl+Enter отправляет; стрелки вверх и вниз возвращают предыдущие сообщения.</translation>
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
        <translation>%1 %2 не содержит сертификата PEM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 is not a PEM private key (EC or RSA), or its passphrase is wrong.</source>
        <translation>%1 %2 не является закрытым ключом PEM (EC или RSA), или его парольная фраза неверна.</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionController</name>
    <message>
        <location filename="../ui/recording/sessioncontroller.cpp" line="+25"/>
        <source>Open &amp;Recent</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open one of the files opened before</source>
        <translation>Открыть один из ранее открывавшихся файлов</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open Session, Recording or Support Bundle</source>
        <translation>Открыть сеанс, запись или пакет поддержки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maxmon files (*.maxmon *.jsonl *.json);;Sessions (*.maxmon);;Recordings (*.jsonl);;Support bundles (*.json);;All files (*)</source>
        <translation>Файлы maxmon (*.maxmon *.jsonl *.json);;Сеансы (*.maxmon);;Записи (*.jsonl);;Пакеты поддержки (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
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
            <numerusform>%Ln сообщение не сохранено</numerusform>
            <numerusform>%Ln сообщения не сохранены</numerusform>
            <numerusform>%Ln сообщений не сохранено</numerusform>
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
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown field of an event record</source>
        <translation>неизвестное поле в записи события</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be &quot;state&quot;, &quot;error&quot;, &quot;gap&quot; or &quot;note&quot;</source>
        <translation>должно быть &quot;state&quot;, &quot;error&quot;, &quot;gap&quot; или &quot;note&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an ISO-8601 time like 2024-05-01T12:00:00.123456Z</source>
        <translation>должно быть временем в формате ISO-8601, например 2024-05-01T12:00:00.123456Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionFile</name>
    <message>
        <location filename="../core/session/sessionfile.cpp" line="+41"/>
        <location line="+288"/>
        <source>Cannot create %1.</source>
        <translation>Не удаётся создать %1.</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+254"/>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+42"/>
        <location line="+75"/>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <location line="+151"/>
        <location line="+25"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>%1 is no valid support bundle.</source>
        <translation>%1 не является корректным пакетом поддержки.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>log record %1: %2</source>
        <translation>запись журнала %1: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is neither a maxmon session, a recording (JSON lines) nor a support bundle.</source>
        <translation>%1 не является ни сеансом maxmon, ни записью (JSON Lines), ни пакетом поддержки.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be copied onto itself.</source>
        <translation>Файл %1 нельзя скопировать сам в себя.</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionFilter</name>
    <message>
        <location filename="../core/session/sessionfilter.cpp" line="+27"/>
        <source>Invalid regular expression at %1: %2</source>
        <translation>Недопустимое регулярное выражение в позиции %1: %2</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionFormat</name>
    <message>
        <location filename="../core/session/sessionformat.cpp" line="+114"/>
        <source>%1 is no maxmon session: it is a database of another program.</source>
        <translation>%1 не является сеансом maxmon: это база данных другой программы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer maxmon (session format %2); this maxmon reads format %3 and older.</source>
        <translation>Файл %1 записан более новой версией maxmon (формат сеанса %2); эта версия maxmon читает формат %3 и более старые.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it with a newer maxmon.</source>
        <translation>Откройте его в более новой версии maxmon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is no maxmon session: it has no format version.</source>
        <translation>%1 не является сеансом maxmon: в нём нет версии формата.</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionPreferences</name>
    <message>
        <location filename="../ui/preferences/sessionpreferences.cpp" line="+26"/>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record every connection in a session file</source>
        <translation>&amp;Записывать каждое соединение в файл сеанса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete All Sessions...</source>
        <translation>&amp;Удалить все сеансы...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every message, state change, error and heartbeat round trip is kept on disk, secrets masked, so that it can be searched and opened later. A profile can opt out.</source>
        <translation>Каждое сообщение, изменение состояния, ошибка и цикл запрос-ответ heartbeat сохраняются на диске (секреты скрыты), чтобы потом по ним можно было искать и открывать их. Профиль может отказаться от записи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> GiB</source>
        <translation> ГиБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All session files together: the oldest go first</source>
        <translation>Все файлы сеансов вместе: первыми удаляются самые старые</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions last written longer ago are removed</source>
        <translation>Сеансы, в которые дольше этого срока ничего не записывалось, удаляются</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove every session file now (not those open or recording)</source>
        <translation>Удалить все файлы сеансов сейчас (кроме открытых и записываемых)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep at &amp;most:</source>
        <translation>Хранить &amp;не более:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;for:</source>
        <translation>Хранить &amp;в течение:</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n session(s), %1, in %2</source>
        <translation>
            <numerusform>%n сеанс, %1, в %2</numerusform>
            <numerusform>%n сеанса, %1, в %2</numerusform>
            <numerusform>%n сеансов, %1, в %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Delete All Sessions</source>
        <translation>Удалить все сеансы</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Remove every session file in %1? Sessions being recorded or open now stay.</source>
        <translation>Удалить все файлы сеансов в %1? Сеансы, которые сейчас записываются или открыты, останутся.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These could not be removed:
%1</source>
        <translation>Не удалось удалить:
%1</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionSecretsDialog</name>
    <message>
        <location filename="../ui/profiles/sessionsecretsdialog.cpp" line="+29"/>
        <source>Store in &amp;Keychain</source>
        <translation>Сохранить в &amp;хранилище ключей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session Secrets</source>
        <translation>Секреты сеанса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory for this session only: never written to the settings, a profile or any file, and gone when maxmon quits. Use {{name}} in the URL, headers and messages.</source>
        <translation>Хранятся в памяти только в течение этого сеанса: никогда не записываются ни в настройки, ни в профиль, ни в какой-либо файл и исчезают при выходе из maxmon. Используйте {{name}} в URL, заголовках и сообщениях.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session token</source>
        <translation>Токен сеанса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a token for this session only</source>
        <translation>Вставьте токен только для этого сеанса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as the profile&apos;s auth says (bearer header, query parameter, Phoenix subprotocol) and available as {{token}}</source>
        <translation>Отправляется так, как задано в аутентификации профиля (заголовок Bearer, параметр запроса, подпротокол Phoenix), и доступен как {{token}}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Show the token</source>
        <translation>Показать токен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the token</source>
        <translation>Скрыть токен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the token into the OS keychain; the profile then refers to it and it is read from there on each connection</source>
        <translation>Перенести токен в хранилище ключей ОС; профиль будет ссылаться на него, и токен будет читаться оттуда при каждом подключении</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session variables</source>
        <translation>Переменные сеанса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Variable</source>
        <translation>&amp;Добавить переменную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Token:</source>
        <translation>&amp;Токен:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variables (before the profile&apos;s and MAXMON_&lt;NAME&gt;):</source>
        <translation>Переменные (проверяются раньше переменных профиля и MAXMON_&lt;NAME&gt;):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Masked in exports, session files and support bundles</source>
        <translation>Скрываются в экспортах, файлах сеансов и пакетах поддержки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: &quot;%2&quot; is not a variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>Строка %1: «%2» — недопустимое имя переменной: используйте буквы, цифры и _ и не начинайте с цифры.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: &quot;%2&quot; is set twice.</source>
        <translation>Строка %1: «%2» задано дважды.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Paste a token first.</source>
        <translation>Сначала вставьте токен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing in the keychain...</source>
        <translation>Сохранение в хранилище ключей...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not stored: %1 The token stays in memory for this session only.</source>
        <translation>Не сохранено: %1 Токен остаётся в памяти только на этот сеанс.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored in the keychain as %1; the profile refers to it.</source>
        <translation>Сохранено в хранилище ключей как %1; профиль ссылается на него.</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionStore</name>
    <message>
        <location filename="../core/session/sessionstore.cpp" line="+97"/>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create %1.</source>
        <translation>Не удаётся создать %1.</translation>
    </message>
</context>
<context>
    <name>maxmon::SessionWriter</name>
    <message>
        <location filename="../core/session/sessionwriter.cpp" line="+74"/>
        <source>the session file cannot be written: %1</source>
        <translation>не удаётся записать файл сеанса: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session was closed</source>
        <translation>сеанс был закрыт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session file reached its size limit</source>
        <translation>файл сеанса достиг предельного размера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk did not keep up</source>
        <translation>диск не успевал</translation>
    </message>
</context>
<context>
    <name>maxmon::ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="+21"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything else is in the &lt;a href=&quot;%1&quot;&gt;manual&lt;/a&gt;.</source>
        <translation>Всё остальное — в &lt;a href=&quot;%1&quot;&gt;руководстве&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>maxmon::SqliteDatabase</name>
    <message>
        <location filename="../core/session/sqlitedatabase.cpp" line="+81"/>
        <location line="+78"/>
        <source>Cannot read or write %1.</source>
        <translation>Не удаётся прочитать или записать %1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Cannot open %1.</source>
        <translation>Не удаётся открыть %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file is damaged or is no maxmon session; what could be read is shown.</source>
        <translation>Файл повреждён или не является сеансом maxmon; показано то, что удалось прочитать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: free some space, or lower the size kept for sessions.</source>
        <translation>Диск заполнен: освободите место или уменьшите объём, отведённый под сеансы.</translation>
    </message>
</context>
<context>
    <name>maxmon::StateBadge</name>
    <message>
        <location filename="../ui/widgets/statebadge.cpp" line="+60"/>
        <source>%1 for %2</source>
        <translation>%1 в течение %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
</context>
<context>
    <name>maxmon::StaticTokenProvider</name>
    <message>
        <location filename="../core/websocket/statictokenprovider.cpp" line="+22"/>
        <source>the token given directly</source>
        <translation>токен, указанный напрямую</translation>
    </message>
</context>
<context>
    <name>maxmon::StatusSummary</name>
    <message>
        <location filename="../ui/window/statussummary.cpp" line="+27"/>
        <source>Heartbeat round-trip time: the latest answer and the 95th percentile of the recent ones</source>
        <translation>Время круговой задержки heartbeat: последний ответ и 95-й процентиль недавних</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages per second received and sent on this connection, over the last second</source>
        <translation>Сообщения в секунду, полученные и отправленные в этом соединении, за последнюю секунду</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages in this connection&apos;s log</source>
        <translation>Сообщения в журнале этого соединения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent by you that are waiting to be written (not connected, or the peer reads slowly), and written ones whose arrival the next pong has not confirmed yet</source>
        <translation>Отправленные вами сообщения, ожидающие записи (нет соединения или удалённая сторона читает медленно), и записанные, получение которых ещё не подтверждено следующим pong</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>In %1 msg/s · Out %2 msg/s</source>
        <translation>Вх. %1 сообщ./с · Исх. %2 сообщ./с</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Queue %1 · unconfirmed %2</source>
        <translation>Очередь %1 · не подтверждено %2</translation>
    </message>
</context>
<context>
    <name>maxmon::StreamEvent</name>
    <message>
        <location filename="../server/streamevent.cpp" line="+17"/>
        <source>must be between 0 and %1</source>
        <translation>должно быть от 0 до %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
</context>
<context>
    <name>maxmon::SupportBundle</name>
    <message>
        <location filename="../core/session/supportbundle.cpp" line="+140"/>
        <source>Cannot create %1.</source>
        <translation>Не удаётся создать %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>maxmon::TemplateButton</name>
    <message>
        <location filename="../ui/send/templatebutton.cpp" line="+10"/>
        <source>&amp;Save as Template...</source>
        <translation>&amp;Сохранить как шаблон...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert a saved message, or save this one with the profile (Ctrl+Shift+M)</source>
        <translation>Вставить сохранённое сообщение или сохранить это сообщение в профиле (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No templates yet</source>
        <translation>Шаблонов пока нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this template in the editor</source>
        <translation>Вставить этот шаблон в редактор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the message with the profile (Ctrl+Shift+S)</source>
        <translation>Сохранить сообщение в профиле (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Template</source>
        <translation>&amp;Удалить шаблон</translation>
    </message>
</context>
<context>
    <name>maxmon::TemplateList</name>
    <message>
        <location filename="../ui/profiles/templatelist.cpp" line="+16"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save templates from the send panel (Ctrl+Shift+S)</source>
        <translation>Сохраняйте шаблоны из панели отправки (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected template from this profile</source>
        <translation>Удалить выбранный шаблон из этого профиля</translation>
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
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Saved:</source>
        <translation>&amp;Сохранённые:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages saved from the send panel with this profile</source>
        <translation>Сообщения, сохранённые с этим профилем из панели отправки</translation>
    </message>
</context>
<context>
    <name>maxmon::Theme</name>
    <message>
        <location filename="../ui/preferences/theme.cpp" line="+52"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>Системная</translation>
    </message>
</context>
<context>
    <name>maxmon::TlsPolicy</name>
    <message>
        <location filename="../core/websocket/tlsguard.cpp" line="+130"/>
        <source>The server hung up right after the TLS handshake. If it requires a client certificate, set tls.client_certificate_file and tls.client_key_file (--cert FILE --key FILE).</source>
        <translation>Сервер разорвал соединение сразу после рукопожатия TLS. Если он требует сертификат клиента, укажите tls.client_certificate_file и tls.client_key_file (--cert FILE --key FILE).</translation>
    </message>
    <message>
        <location filename="../core/websocket/tlspolicy.cpp" line="+50"/>
        <source>Check the path in %1.</source>
        <translation>Проверьте путь в %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 must name a PEM file with &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>%1 должен указывать файл PEM с блоками &quot;-----BEGIN CERTIFICATE-----&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The client key %1 is encrypted and no passphrase was given.</source>
        <translation>Ключ клиента %1 зашифрован, а парольная фраза не указана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name where the passphrase comes from in tls.key_passphrase (for example {&quot;env&quot;: &quot;MAXMON_KEY_PASSPHRASE&quot;}), or --key-passphrase-env VAR.</source>
        <translation>Укажите в tls.key_passphrase, откуда брать парольную фразу (например, {&quot;env&quot;: &quot;MAXMON_KEY_PASSPHRASE&quot;}), или используйте --key-passphrase-env VAR.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The client key %1 could not be decrypted.</source>
        <translation>Не удалось расшифровать ключ клиента %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client key %1 is not a PEM RSA, EC or DSA private key.</source>
        <translation>Ключ клиента %1 не является закрытым ключом PEM (RSA, EC или DSA).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the passphrase named in tls.key_passphrase.</source>
        <translation>Проверьте парольную фразу, указанную в tls.key_passphrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path in tls.client_key_file.</source>
        <translation>Проверьте путь в tls.client_key_file.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A client certificate needs both the certificate and the key file.</source>
        <translation>Для сертификата клиента нужны и файл сертификата, и файл ключа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set tls.client_certificate_file and tls.client_key_file (--cert and --key).</source>
        <translation>Укажите tls.client_certificate_file и tls.client_key_file (--cert и --key).</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Cannot read the CA file %1.</source>
        <translation>Не удаётся прочитать файл CA %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the client certificate file %1.</source>
        <translation>Не удаётся прочитать файл сертификата клиента %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the client key file %1.</source>
        <translation>Не удаётся прочитать файл ключа клиента %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The CA file %1 contains no PEM certificate.</source>
        <translation>Файл CA %1 не содержит PEM-сертификата.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client certificate file %1 contains no PEM certificate.</source>
        <translation>Файл сертификата клиента %1 не содержит PEM-сертификата.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The pin &quot;%1&quot; is not a base64 SHA-256 digest.</source>
        <translation>Пин «%1» не является хешем SHA-256 в base64.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pin is the base64 of the SHA-256 of the certificate&apos;s SubjectPublicKeyInfo, 44 characters ending in &quot;=&quot;.</source>
        <translation>Пин — это base64 от SHA-256 поля SubjectPublicKeyInfo сертификата, 44 символа, оканчивается на &quot;=&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tls.allow_insecure is set but tls.allowed_errors lists no certificate error to accept.</source>
        <translation>tls.allow_insecure задан, но в tls.allowed_errors не указано ни одной допустимой ошибки сертификата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the exact errors to accept, for example %1.</source>
        <translation>Перечислите конкретные допустимые ошибки, например %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; in tls.allowed_errors is not a certificate error.</source>
        <translation>«%1» в tls.allowed_errors не является ошибкой сертификата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the names of QSslError, for example %1.</source>
        <translation>Используйте имена QSslError, например %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pinned keys (tls.spki_pins):</source>
        <translation>Закреплённые ключи (tls.spki_pins):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys the server presented:</source>
        <translation>Ключи, предъявленные сервером:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s public key matches none of the pinned keys: the connection was refused before anything was sent.</source>
        <translation>Открытый ключ сервера не совпадает ни с одним из закреплённых ключей: соединение отклонено до отправки каких-либо данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the server&apos;s key was changed on purpose, pin the new key (%1); otherwise someone may be intercepting the connection.</source>
        <translation>Если ключ сервера изменили намеренно, закрепите новый ключ (%1); иначе, возможно, кто-то перехватывает соединение.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server&apos;s certificate is self-signed (&quot;%1&quot;), so nobody vouches for it.</source>
        <translation>Сертификат сервера самоподписанный («%1»), поэтому никто за него не ручается.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you trust this server, add its certificate as the profile&apos;s CA file (tls.ca_file, --ca FILE) and connect again.</source>
        <translation>Если вы доверяете этому серверу, добавьте его сертификат как файл CA профиля (tls.ca_file, --ca FILE) и подключитесь снова.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate was issued by &quot;%1&quot;, a certificate authority this machine does not trust.</source>
        <translation>Сертификат сервера выдан «%1» — центром сертификации, которому этот компьютер не доверяет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the certificate of the CA &quot;%1&quot; (PEM) to the profile: tls.ca_file, or --ca FILE.</source>
        <translation>Добавьте сертификат CA «%1» (PEM) в профиль: tls.ca_file или --ca FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate is not valid for &quot;%1&quot;.</source>
        <translation>Сертификат сервера недействителен для «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate covers only: %1. Connect with one of these names, or have the server&apos;s certificate include &quot;%2&quot;.</source>
        <translation>Сертификат охватывает только: %1. Подключитесь по одному из этих имён или добейтесь, чтобы сертификат сервера включал «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no names at all</source>
        <translation>вообще никаких имён</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>Срок действия сертификата сервера истёк %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was valid from %1; it is now %2. The server&apos;s certificate must be renewed (or this machine&apos;s clock is wrong).</source>
        <translation>Он действовал с %1; сейчас %2. Сертификат сервера нужно обновить (или часы этого компьютера идут неверно).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate is not valid before %1.</source>
        <translation>Сертификат сервера недействителен до %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is valid from %1; it is now %2. Check this machine&apos;s clock.</source>
        <translation>Он действует с %1; сейчас %2. Проверьте часы этого компьютера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate was rejected: %1.</source>
        <translation>Сертификат сервера отклонён: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown reason</source>
        <translation>неизвестная причина</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server does not offer TLS 1.2 or later.</source>
        <translation>Сервер не поддерживает TLS 1.2 или новее.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maxmon never uses TLS 1.0 or 1.1: the server&apos;s TLS configuration must enable TLS 1.2 or 1.3.</source>
        <translation>maxmon никогда не использует TLS 1.0 или 1.1: в конфигурации TLS сервера должны быть включены TLS 1.2 или 1.3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server requires a client certificate.</source>
        <translation>Сервер требует сертификат клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the certificate %1: check that it was issued by a CA the server trusts.</source>
        <translation>Сервер не принял сертификат %1: проверьте, что он выдан CA, которому доверяет сервер.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set tls.client_certificate_file and tls.client_key_file (--cert FILE --key FILE).</source>
        <translation>Укажите tls.client_certificate_file и tls.client_key_file (--cert FILE --key FILE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server rejected the client certificate.</source>
        <translation>Сервер отклонил сертификат клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not trust %1: use a certificate issued by a CA the server accepts.</source>
        <translation>Сервер не доверяет %1: используйте сертификат, выданный CA, которому сервер доверяет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server wants a client certificate: set tls.client_certificate_file and tls.client_key_file.</source>
        <translation>Сервер запрашивает сертификат клиента: укажите tls.client_certificate_file и tls.client_key_file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS handshake failed.</source>
        <translation>Сбой рукопожатия TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the port speaks TLS (wss://) and not plain WebSocket (ws://).</source>
        <translation>Проверьте, что на порту работает TLS (wss://), а не обычный WebSocket (ws://).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>TLS verification is relaxed for this profile (tls.allow_insecure): certificate errors of the kinds %1 are accepted, so the server may not be who it claims to be.</source>
        <translation>Проверка TLS для этого профиля ослаблена (tls.allow_insecure): допускаются ошибки сертификата видов %1, поэтому сервер может оказаться не тем, за кого себя выдаёт.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token is sent unencrypted (ws://): anyone on the network path can read it. Use wss://.</source>
        <translation>Токен отправляется без шифрования (ws://): любой на сетевом пути может его прочитать. Используйте wss://.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Certificate errors:</source>
        <translation>Ошибки сертификата:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (certificate &quot;%1&quot;)</source>
        <translation> (сертификат «%1»)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server presented no certificate.</source>
        <translation>Сервер не предъявил сертификат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate chain presented by the server:</source>
        <translation>Цепочка сертификатов, предъявленная сервером:</translation>
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
        <translation>Допускать перечисленные ниже ошибки сертификата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Insecure: a server with these certificate errors is accepted, so anyone on the network path could read and change this connection, token included. Use it only against test servers.</source>
        <translation>⚠ Небезопасно: сервер с такими ошибками сертификата будет принят, поэтому любой на сетевом пути сможет читать и изменять это соединение, включая токен. Используйте только с тестовыми серверами.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SelfSignedCertificate, HostNameMismatch</source>
        <translation>SelfSignedCertificate, HostNameMismatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Файлы PEM (*.pem *.crt *.cer *.key);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base64 SHA-256 of a SubjectPublicKeyInfo, one per line</source>
        <translation>SHA-256 в base64 от SubjectPublicKeyInfo, по одному в строке</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;CA file:</source>
        <translation>Файл &amp;CA:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA bundle</source>
        <translation>Набор сертификатов CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra trusted CA certificates (PEM), added to the system&apos;s</source>
        <translation>Дополнительные доверенные сертификаты CA (PEM) в дополнение к системным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ce&amp;rtificate:</source>
        <translation>&amp;Сертификат клиента:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client certificate</source>
        <translation>Сертификат клиента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent when the server asks for one (PEM)</source>
        <translation>Отправляется, когда сервер его запрашивает (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;key:</source>
        <translation>&amp;Ключ клиента:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client key</source>
        <translation>Ключ клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client certificate&apos;s private key (PEM)</source>
        <translation>Закрытый ключ сертификата клиента (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key &amp;passphrase from:</source>
        <translation>&amp;Парольная фраза из:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the passphrase of an encrypted key is read; never stored</source>
        <translation>Откуда читается парольная фраза зашифрованного ключа; никогда не сохраняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pins:</source>
        <translation>Пи&amp;ны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse a server unless one of its certificates has one of these keys</source>
        <translation>Отклонять сервер, если ни один из его сертификатов не содержит один из этих ключей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never the default: only the certificate errors named below are accepted</source>
        <translation>Никогда не по умолчанию: допускаются только перечисленные ниже ошибки сертификата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted &amp;errors:</source>
        <translation>&amp;Допустимые ошибки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QSslError names, separated by commas</source>
        <translation>Имена QSslError через запятую</translation>
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
        <translation>н/д</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS chain</source>
        <translation>Цепочка TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT verified: accepted %1</source>
        <translation>НЕ проверена: допущено %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS pin</source>
        <translation>Пин TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matched</source>
        <translation>совпал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none configured</source>
        <translation>не настроен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS client certificate</source>
        <translation>Сертификат клиента TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS peer [%1]</source>
        <translation>Удалённая сторона TLS [%1]</translation>
    </message>
</context>
<context>
    <name>maxmon::Units</name>
    <message>
        <location filename="../core/config/units.cpp" line="+60"/>
        <source>&quot;%1&quot; is not a duration (try %2).</source>
        <translation>«%1» не является длительностью (попробуйте %2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not a rate (try %2).</source>
        <translation>«%1» не является скоростью (попробуйте %2).</translation>
    </message>
</context>
<context>
    <name>maxmon::ValidationError</name>
    <message>
        <location filename="../core/base/validationerror.cpp" line="+27"/>
        <source>The message is not valid: %1</source>
        <translation>Сообщение недопустимо: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::Variables</name>
    <message>
        <location filename="../core/config/variables.cpp" line="+181"/>
        <source>&quot;{{&quot; at position %1 is not closed by &quot;}}&quot;: write {{{{ for a literal {{</source>
        <translation>«{{» в позиции %1 не закрыто «}}»: чтобы получить {{ как есть, напишите {{{{</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{{%1}} is not a valid variable name: use letters, digits and _, not starting with a digit</source>
        <translation>{{%1}} — недопустимое имя переменной: используйте буквы, цифры и _ и не начинайте с цифры</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{{%1}} is not defined: set it for this session, in the profile, or as %2</source>
        <translation>Переменная {{%1}} не определена: задайте её для этого сеанса, в профиле или как %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The URL is not valid once its variables are replaced: %1</source>
        <translation>URL становится недопустимым после подстановки переменных: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::VariablesSection</name>
    <message>
        <location filename="../ui/profiles/variablessection.cpp" line="+28"/>
        <source>Variables</source>
        <translation>Переменные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Variable</source>
        <translation>&amp;Добавить переменную</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {{name}} in the URL, headers and messages. A session variable of the same name (Connection &gt; Session Secrets...) comes first, then these, then the environment variable MAXMON_&lt;NAME&gt;. A secret variable is saved only as where its value lives, read when connecting and masked in every export.</source>
        <translation>Используйте {{name}} в URL, заголовках и сообщениях. Сначала проверяется переменная сеанса с тем же именем (Подключение &gt; Секреты сеанса...), затем эти, затем переменная окружения MAXMON_&lt;NAME&gt;. У секретной переменной сохраняется только то, где лежит её значение; оно читается при подключении и скрывается в каждом экспорте.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+149"/>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Profile variables</source>
        <translation>Переменные профиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a variable to this profile</source>
        <translation>Добавить переменную в этот профиль</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Variables saved with this profile, for {{name}}</source>
        <translation>Переменные, сохранённые с этим профилем, для {{name}}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a variable needs a name</source>
        <translation>у переменной должно быть имя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is set twice</source>
        <translation>«%1» задано дважды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name the variable, file, command or entry</source>
        <translation>укажите переменную, файл, команду или запись</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable name</source>
        <translation>Имя переменной</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable value</source>
        <translation>Значение переменной</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save only where the value lives (keychain, environment variable, file, command), never the value; masked in exports, session files and support bundles</source>
        <translation>Сохранять только то, где лежит значение (хранилище ключей, переменная окружения, файл, команда), но не само значение; скрывается в экспортах, файлах сеансов и пакетах поддержки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this variable from the profile</source>
        <translation>Удалить эту переменную из профиля</translation>
    </message>
</context>
<context>
    <name>maxmon::WebSocketClient</name>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="+41"/>
        <source>The connection settings are not valid.</source>
        <translation>Недопустимые настройки подключения.</translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionerrors.cpp" line="-216"/>
        <source>The server sent a message larger than the limit of %1 bytes; the connection was closed with 1009 (Message too big).</source>
        <translation>Сервер прислал сообщение больше предела в %1 байт; соединение закрыто с кодом 1009 (Message too big).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raise max_incoming_message_size in the profile, or make the server send smaller messages.</source>
        <translation>Увеличьте max_incoming_message_size в профиле или сделайте так, чтобы сервер отправлял сообщения меньшего размера.</translation>
    </message>
    <message>
        <location filename="../core/websocket/websocketclient.cpp" line="-4"/>
        <source>The URL is not valid.</source>
        <translation>Недопустимый URL.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Cannot change the settings while %1.</source>
        <translation>Невозможно изменить настройки в состоянии «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n раз)</numerusform>
            <numerusform>%1 (%n раза)</numerusform>
            <numerusform>%1 (%n раз)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot open while %1.</source>
        <translation>Невозможно открыть соединение в состоянии «%1».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot retry now while %1.</source>
        <translation>Невозможно повторить попытку сейчас в состоянии «%1».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot close while %1.</source>
        <translation>Невозможно закрыть соединение в состоянии «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a close code a client may send.</source>
        <translation>%1 — не код закрытия, который может отправлять клиент.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 1000, 1001, 3000-3999 or 4000-4999.</source>
        <translation>Используйте 1000, 1001, 3000-3999 или 4000-4999.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only outgoing text, JSON or binary messages can be sent.</source>
        <translation>Отправлять можно только исходящие текстовые, JSON или двоичные сообщения.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message is %1 bytes, more than the limit of %2 bytes.</source>
        <translation>Размер сообщения %1 байт, больше предела в %2 байт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raise max_outgoing_message_size in the profile.</source>
        <translation>Увеличьте max_outgoing_message_size в профиле.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text message is not valid UTF-8; the server would close the connection (1007).</source>
        <translation>Текстовое сообщение не является корректным UTF-8; сервер закрыл бы соединение (1007).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send it as a binary message instead.</source>
        <translation>Отправьте его как двоичное сообщение.</translation>
    </message>
    <message>
        <location filename="../core/websocket/handshakerequest.cpp" line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In the URL</source>
        <translation>В URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the header %1</source>
        <translation>В заголовке %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header %1 would contain a line break once its variables are replaced.</source>
        <translation>Заголовок %1 после подстановки переменных будет содержать перевод строки.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The token cannot be sent as a Phoenix authToken subprotocol: its base64 form contains &apos;/&apos;, which a subprotocol name may not.</source>
        <translation>Токен нельзя отправить как подпротокол Phoenix authToken: его форма base64 содержит «/», а в имени подпротокола этот символ недопустим.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send it as a query parameter (auth mode &quot;query&quot;) or a bearer header instead.</source>
        <translation>Отправьте его как параметр запроса (режим аутентификации &quot;query&quot;) или в заголовке Bearer.</translation>
    </message>
    <message>
        <location filename="../core/websocket/connectionerrors.cpp" line="-23"/>
        <source>The server closed the connection during the handshake.</source>
        <translation>Сервер закрыл соединение во время рукопожатия.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The connection was lost: the server closed it without a close frame (1006 Abnormal closure).</source>
        <translation>Соединение потеряно: сервер закрыл его без фрейма закрытия (1006 Abnormal closure).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted the connection but did not answer the WebSocket handshake within %1 ms.</source>
        <translation>Сервер принял подключение, но не ответил на рукопожатие WebSocket в течение %1 мс.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the URL points at a WebSocket endpoint.</source>
        <translation>Проверьте, что URL указывает на конечную точку WebSocket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to the server within %1 ms.</source>
        <translation>Не удалось подключиться к серверу за %1 мс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host, the port and any firewall in between.</source>
        <translation>Проверьте хост, порт и межсетевые экраны на пути.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The server sent a message larger than the limit of %1 bytes.</source>
        <translation>Сервер отправил сообщение больше предела в %1 байт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a text message that is not valid UTF-8.</source>
        <translation>Сервер отправил текстовое сообщение, которое не является корректным UTF-8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt&apos;s frame parser reported: %1</source>
        <translation>Парсер фреймов Qt сообщил: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The client answered with %1.</source>
        <translation>Клиент ответил кодом %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt 6.4 does not accept close code %1 (registered for servers after RFC 6455) and answered with %2.</source>
        <translation>Qt 6.4 не принимает код закрытия %1 (зарегистрирован для серверов после RFC 6455) и ответил кодом %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The client closed the connection with %1 after it found a problem in what the server sent.</source>
        <translation>Клиент закрыл соединение с кодом %1, обнаружив проблему в данных, отправленных сервером.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt 6 also closes with 1007 when a valid text message is fragmented in the middle of a multi-byte character.</source>
        <translation>Qt 6 закрывает соединение с кодом 1007 и тогда, когда корректное текстовое сообщение фрагментировано посреди многобайтового символа.</translation>
    </message>
    <message>
        <location filename="../core/websocket/reconnectpolicy.cpp" line="+121"/>
        <source>The server refused the token again (HTTP %1), also after a fresh one was fetched from %2.</source>
        <translation>Сервер снова отклонил токен (HTTP %1), даже после получения нового токена (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token source</source>
        <translation>источник токена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the credentials; maxmon does not retry now.</source>
        <translation>Проверьте учётные данные; maxmon сейчас не будет повторять попытку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>renewing the token</source>
        <translation>обновление токена</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
Gave up after %1 reconnect attempts (reconnect.max_attempts).</source>
        <translation>
Попытки прекращены после %1 попыток переподключения (reconnect.max_attempts).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/websocket/websocketclient_p.cpp" line="+496"/>
        <source>%n sent message(s) may not have arrived: the connection ended before the server confirmed them.</source>
        <translation>
            <numerusform>%n отправленное сообщение могло не дойти: соединение закрылось до того, как сервер его подтвердил.</numerusform>
            <numerusform>%n отправленных сообщения могли не дойти: соединение закрылось до того, как сервер их подтвердил.</numerusform>
            <numerusform>%n отправленных сообщений могли не дойти: соединение закрылось до того, как сервер их подтвердил.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message ids: %1</source>
        <translation>Идентификаторы сообщений: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSocket has no acknowledgements; maxmon counts a message as arrived once the server answers a later ping. Resend these if they must arrive.</source>
        <translation>В WebSocket нет подтверждений; maxmon считает сообщение доставленным, как только сервер ответит на более поздний ping. Отправьте их повторно, если они обязательно должны дойти.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected although the server&apos;s certificate failed verification: %1.</source>
        <translation>Подключено, хотя сертификат сервера не прошёл проверку: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server breaks the WebSocket protocol where Qt 6.4 does not check: %1</source>
        <translation>Сервер нарушает протокол WebSocket там, где Qt 6.4 этого не проверяет: %1</translation>
    </message>
    <message>
        <location filename="../core/websocket/handshakeprobe.cpp" line="+51"/>
        <source>A diagnostic request for the server&apos;s answer got none: %1</source>
        <translation>Диагностический запрос за ответом сервера остался без ответа: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer, fetched again by a diagnostic request: HTTP %1</source>
        <translation>Ответ сервера, повторно полученный диагностическим запросом: HTTP %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no complete answer within %1 ms</source>
        <translation>нет полного ответа в течение %1 мс</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the server&apos;s certificate does not match the pins</source>
        <translation>сертификат сервера не соответствует пинам</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this time the server accepted the upgrade</source>
        <translation>на этот раз сервер принял запрос на upgrade</translation>
    </message>
</context>
<context>
    <name>maxmon::chartstyle::ChartTexts</name>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="+144"/>
        <source>RTT (ms)</source>
        <translation>RTT (мс)</translation>
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
        <translation>потерянная проба</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>msg/s</source>
        <translation>сообщ./с</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>B/s</source>
        <translation>Б/с</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>msg in</source>
        <translation>сообщ. вх.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>msg out</source>
        <translation>сообщ. исх.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes in</source>
        <translation>байт вх.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes out</source>
        <translation>байт исх.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MiB/s</source>
        <translation>МиБ/с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KiB/s</source>
        <translation>КиБ/с</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::BenchCommand</name>
    <message>
        <location filename="../app/cli/benchcommand.cpp" line="+22"/>
        <source>Load an echo endpoint (e.g. the demo server&apos;s /echo) from several connections and measure throughput and round-trip latency. Each message carries a sequence number at its start; an echo is matched by it and must come back unchanged.
Exit codes: 0 all messages came back intact, 9 messages lost or mismatched or a connection failed, 2 usage; when no connection opened, the connect exit code.</source>
        <translation>Нагрузить эхо-точку (например, /echo демо-сервера) через несколько соединений и измерить пропускную способность и круговую задержку. Каждое сообщение несёт в начале порядковый номер; эхо сопоставляется по нему и должно вернуться без изменений.
Коды выхода: 0 все сообщения вернулись без искажений, 9 сообщения потеряны или не совпали либо произошёл сбой соединения, 2 ошибка использования; если не открылось ни одного соединения — код выхода connect.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ws:// or wss:// URL of an echo endpoint</source>
        <translation>URL ws:// или wss:// эхо-точки</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>[bench] %n connection(s) open, %1 failed; sending</source>
        <translation>
            <numerusform>[bench] открыто %n соединение, сбоев: %1; отправка</numerusform>
            <numerusform>[bench] открыто %n соединения, сбоев: %1; отправка</numerusform>
            <numerusform>[bench] открыто %n соединений, сбоев: %1; отправка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>[bench] %n connection(s) to %1</source>
        <translation>
            <numerusform>[bench] %n соединение с %1</numerusform>
            <numerusform>[bench] %n соединения с %1</numerusform>
            <numerusform>[bench] %n соединений с %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::BenchOptions</name>
    <message>
        <location filename="../app/cli/benchoptions.cpp" line="+13"/>
        <source>Message size in bytes, at least 16 (default 64; 1KiB, 1MB ... allowed).</source>
        <translation>Размер сообщения в байтах, не меньше 16 (по умолчанию 64; допускается 1KiB, 1MB ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages in all connections together (default 1000; 0 with --duration).</source>
        <translation>Сообщений во всех соединениях вместе (по умолчанию 1000; 0 с --duration).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send for this long instead of a count, e.g. 10s.</source>
        <translation>Отправлять в течение этого времени вместо количества, например 10s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages per second in all (default: as fast as the windows allow).</source>
        <translation>Сообщений в секунду всего (по умолчанию: так быстро, как позволяют окна).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallel connections (default 1).</source>
        <translation>Параллельные соединения (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages in flight per connection: 1 is request/response, more pipelines (default 1).</source>
        <translation>Сообщений в пути на соединение: 1 — запрос/ответ, больше — конвейер (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send text messages instead of binary ones.</source>
        <translation>Отправлять текстовые сообщения вместо двоичных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up when no echo came back for this long while messages are in flight (default 5s); those are lost.</source>
        <translation>Прекратить, если за это время не вернулось ни одного эха, пока сообщения в пути (по умолчанию 5s); они считаются потерянными.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report as one JSON object.</source>
        <translation>Вывести отчёт одним объектом JSON.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>too large</source>
        <translation>слишком большое</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>above 0 and at most 24 days</source>
        <translation>больше 0 и не больше 24 дней</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--count: a number of messages, 0 or more.</source>
        <translation>--count: количество сообщений, 0 или больше.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--rate: messages per second, above 0.</source>
        <translation>--rate: сообщений в секунду, больше 0.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>from 1ms to 24 days</source>
        <translation>от 1ms до 24 дней</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+31"/>
        <source>wrong number of arguments: %1</source>
        <translation>неверное количество аргументов: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Try &apos;maxmon-cli %1 --help&apos;.</source>
        <translation>Попробуйте &apos;maxmon-cli %1 --help&apos;.</translation>
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
        <translation>Подключиться к серверу WebSocket: строки из stdin (и --send) отправляются, полученные сообщения выводятся в stdout; состояние и ошибки выводятся в stderr.
В терминале (или с --interactive) каждое сообщение показывается со временем и направлением (&lt; вх., &gt; исх.); в конвейере stdout содержит только полученные данные, по одному сообщению в строке, двоичные — в base64 (или hex).
SIGINT закрывает с кодом 1000, SIGTERM — с 1001; второй сигнал завершает сразу (130).
Коды выхода: 0 нормальное закрытие, 1 другой сбой, 2 ошибка использования, 3 соединение, 4 TLS, 5 аутентификация, 6 тайм-аут, 7 протокол, 8 конфигурация.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ws:// or wss:// URL</source>
        <translation>URL ws:// или wss://</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print every message, received and sent, as one JSON record per line (see docs/message-records.md).</source>
        <translation>Выводить каждое сообщение, полученное и отправленное, как одну запись JSON на строку (см. docs/message-records.md).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show times and directions even when stdout is not a terminal.</source>
        <translation>Показывать время и направление, даже если stdout — не терминал.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use either --json or --interactive, not both.</source>
        <translation>Используйте либо --json, либо --interactive, но не оба сразу.</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ConnectOptions</name>
    <message>
        <location filename="../app/cli/connectoptions.cpp" line="+32"/>
        <source>Start from this connection profile (JSON); the options given here override it.</source>
        <translation>Взять за основу этот профиль подключения (JSON); указанные здесь параметры его переопределяют.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give up connecting (TCP, TLS and handshake) after this long (default 10s).</source>
        <translation>Прекратить подключение (TCP, TLS и рукопожатие) по истечении этого времени (по умолчанию 10s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnect with backoff when the connection fails or is lost, instead of exiting.</source>
        <translation>Переподключаться с нарастающей задержкой, если соединение не удалось или потеряно, вместо выхода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a handshake header (repeatable).</source>
        <translation>Добавить заголовок рукопожатия (можно указывать несколько раз).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a subprotocol (repeatable).</source>
        <translation>Предложить подпротокол (можно указывать несколько раз).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a bearer token in the Authorization header. Visible in the process list: prefer --token-env or --token-file.</source>
        <translation>Отправить bearer-токен в заголовке Authorization. Виден в списке процессов: лучше используйте --token-env или --token-file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the bearer token from this environment variable.</source>
        <translation>Читать bearer-токен из этой переменной окружения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the bearer token from this file (readable by you alone).</source>
        <translation>Читать bearer-токен из этого файла (доступного для чтения только вам).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run this program (no shell) and use its output as the bearer token.</source>
        <translation>Запустить эту программу (без оболочки) и использовать её вывод как bearer-токен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the CA certificates in this PEM file, besides the system&apos;s.</source>
        <translation>Доверять сертификатам CA из этого PEM-файла, помимо системных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present this client certificate (PEM); needs --key.</source>
        <translation>Предъявлять этот сертификат клиента (PEM); требует --key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client certificate&apos;s private key (PEM).</source>
        <translation>Закрытый ключ сертификата клиента (PEM).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the passphrase of an encrypted --key from this environment variable.</source>
        <translation>Читать парольную фразу зашифрованного --key из этой переменной окружения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only accept a server whose certificate chain has this public key: base64 SHA-256 of the SubjectPublicKeyInfo (repeatable).</source>
        <translation>Принимать только сервер, в цепочке сертификатов которого есть этот открытый ключ: base64 SHA-256 от SubjectPublicKeyInfo (можно указывать несколько раз).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DANGEROUS: accept self-signed, untrusted, expired and wrong-host certificates. Prints a warning; pins still apply.</source>
        <translation>ОПАСНО: принимать самоподписанные, недоверенные, просроченные сертификаты и сертификаты для другого хоста. Выводит предупреждение; пины по-прежнему действуют.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DANGEROUS: accept only this certificate error, e.g. SelfSignedCertificate (repeatable; instead of --insecure).</source>
        <translation>ОПАСНО: допускать только эту ошибку сертификата, например SelfSignedCertificate (можно указывать несколько раз; вместо --insecure).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proxy: http://[user@]host:port (HTTP CONNECT), socks5://[user@]host:port, none, or system (the default).</source>
        <translation>Прокси: http://[user@]host:port (HTTP CONNECT), socks5://[user@]host:port, none или system (по умолчанию).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the proxy password from this environment variable.</source>
        <translation>Читать пароль прокси из этой переменной окружения.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>profile %1: %2</source>
        <translation>профиль %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give a URL (or a --profile that has one).</source>
        <translation>Укажите URL (или --profile, в котором он есть).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be above 0 and at most 24h.</source>
        <translation>должно быть больше 0 и не больше 24h.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--header needs name:value, got &quot;%1&quot;.</source>
        <translation>--header требует name:value, получено «%1».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the token one way only: --token, --token-env, --token-file or --token-command.</source>
        <translation>Укажите токен только одним способом: --token, --token-env, --token-file или --token-command.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--cert and --key go together.</source>
        <translation>--cert и --key указываются вместе.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use either --insecure or --allow-tls-error, not both.</source>
        <translation>Используйте либо --insecure, либо --allow-tls-error, но не оба сразу.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--allow-tls-error: &quot;%1&quot; is not a certificate error; known ones include %2.</source>
        <translation>--allow-tls-error: «%1» не является ошибкой сертификата; известные ошибки включают %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--proxy-password-env needs a user in --proxy (http://USER@host:port).</source>
        <translation>--proxy-password-env требует пользователя в --proxy (http://USER@host:port).</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::Console</name>
    <message>
        <location filename="../app/cli/console.cpp" line="+39"/>
        <source>WARNING: %1</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS %1, %2, chain verified</source>
        <translation>TLS %1, %2, цепочка проверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS %1, %2, chain NOT verified</source>
        <translation>TLS %1, %2, цепочка НЕ проверена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, pin matched</source>
        <translation>, пин совпал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, server %1, valid until %2</source>
        <translation>, сервер %1, действителен до %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+30"/>
        <source>send stdin lines, print received messages</source>
        <translation>отправлять строки stdin, выводить полученные сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handshake time, ping RTT and loss, for monitoring</source>
        <translation>время рукопожатия, RTT ping и потери, для мониторинга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect and record every message in F (.maxmon session, or JSON lines)</source>
        <translation>подключиться и записывать каждое сообщение в F (сеанс .maxmon или JSON Lines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print a session&apos;s, recording&apos;s or bundle&apos;s messages, filtered</source>
        <translation>вывести сообщения сеанса, записи или пакета с фильтрацией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>convert between .maxmon, .jsonl and .csv</source>
        <translation>преобразовать между .maxmon, .jsonl и .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send a recording&apos;s messages again, with their timing</source>
        <translation>снова отправить сообщения записи с их таймингом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>throughput and latency against an echo endpoint</source>
        <translation>пропускная способность и задержка на эхо-эндпоинте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phoenix Channels: join, push, print replies, events</source>
        <translation>Phoenix Channels: join, push, вывод ответов и событий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the embedded demo server (/echo, /events, /auth, /socket)</source>
        <translation>запустить встроенный демо-сервер (/echo, /events, /auth, /socket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward TCP through a bad network (latency, caps, resets)</source>
        <translation>пересылать TCP через плохую сеть (задержка, ограничения, сбросы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold many connections, export their health to Prometheus</source>
        <translation>держать много соединений, экспортировать их состояние в Prometheus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: maxmon-cli [--lang LANGUAGE] &lt;command&gt; [options]</source>
        <translation>Использование: maxmon-cli [--lang ЯЗЫК] &lt;команда&gt; [параметры]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &apos;maxmon-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>&apos;maxmon-cli &lt;команда&gt; --help&apos; покажет параметры команды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options: --help, --version, --lang LANGUAGE (de, ru, en, ...; default: the system&apos;s)</source>
        <translation>Параметры: --help, --version, --lang ЯЗЫК (de, ru, en, ...; по умолчанию — системный)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes (probe: the Nagios ones, 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN):
  0 ok  1 other failure  2 usage  3 connection  4 TLS  5 authentication
  6 timeout  7 protocol  8 configuration  9 incomplete (replay, bench)
  10 join failed  11 push failed (phoenix)</source>
        <translation>Коды выхода (probe: как в Nagios, 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN):
  0 успех  1 другая ошибка  2 использование  3 соединение  4 TLS  5 аутентификация
  6 тайм-аут  7 протокол  8 конфигурация  9 не завершено (replay, bench)
  10 join не удался  11 push не удался (phoenix)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>maxmon-cli: no translation for &quot;%1&quot; (there are: %2); using English</source>
        <translation>maxmon-cli: нет перевода для «%1» (есть: %2); используется английский</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>maxmon-cli: unknown command &apos;%1&apos;</source>
        <translation>maxmon-cli: неизвестная команда &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ConvertCommand</name>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="+18"/>
        <source>Convert between a session file (.maxmon), a recording (JSON lines, .jsonl) and CSV (.csv, as output only): the format is OUT&apos;s extension; IN may be any of them or a support bundle. Every message is kept byte for byte; events (state changes, errors, gaps) go along into session files and JSON lines.
Exit codes: 0 written, 2 usage, 8 IN cannot be read or OUT written.</source>
        <translation>Преобразовать между файлом сеанса (.maxmon), записью (JSON Lines, .jsonl) и CSV (.csv, только на выходе): формат определяется расширением OUT; IN может быть любым из них или пакетом поддержки. Каждое сообщение сохраняется байт в байт; события (изменения состояния, ошибки, пропуски) переносятся в файлы сеансов и JSON Lines.
Коды выхода: 0 записано, 2 использование, 8 не удаётся прочитать IN или записать OUT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to read.</source>
        <translation>Файл для чтения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write: .maxmon, .jsonl or .csv.</source>
        <translation>Файл для записи: .maxmon, .jsonl или .csv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OUT must end in .maxmon, .jsonl or .csv, not &quot;%1&quot;.</source>
        <translation>OUT должен заканчиваться на .maxmon, .jsonl или .csv, а не «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln message(s) and %1 of %2 written to %3</source>
        <translation>
            <numerusform>%Ln сообщение и %1 из %2 записаны в %3</numerusform>
            <numerusform>%Ln сообщения и %1 из %2 записаны в %3</numerusform>
            <numerusform>%Ln сообщений и %1 из %2 записаны в %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::HeartbeatOptions</name>
    <message>
        <location filename="../app/cli/heartbeatoptions.cpp" line="+25"/>
        <source>must be above 0 and at most 24h.</source>
        <translation>должно быть больше 0 и не больше 24h.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ping at this fixed interval (500ms, 1s, ...; &quot;off&quot; to disable) and print every round-trip time on stderr, with a summary at exit.</source>
        <translation>Отправлять ping с этим фиксированным интервалом (500ms, 1s, ...; &quot;off&quot; — выключить) и выводить каждое время круговой задержки в stderr, со сводкой при выходе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ping without answer after this is lost (default 5s).</source>
        <translation>Ping без ответа по истечении этого времени считается потерянным (по умолчанию 5s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the interval adapt to the link, starting at --heartbeat.</source>
        <translation>Подстраивать интервал под канал связи, начиная с --heartbeat.</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::InputFormat</name>
    <message>
        <location filename="../app/cli/inputformat.cpp" line="+12"/>
        <source>not valid UTF-8</source>
        <translation>некорректный UTF-8</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::MessagePrinter</name>
    <message numerus="yes">
        <location filename="../app/cli/messageprinter.cpp" line="+40"/>
        <source>binary %n byte(s): </source>
        <translation>
            <numerusform>двоичное, %n байт: </numerusform>
            <numerusform>двоичное, %n байта: </numerusform>
            <numerusform>двоичное, %n байт: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::MonitorCommand</name>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="+35"/>
        <source>open file limit raised from %1 to %2</source>
        <translation>предел открытых файлов повышен с %1 до %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 targets need more open files than the limit of %2: raise it (ulimit -n, systemd&apos;s LimitNOFILE=)</source>
        <translation>Число целей (%1) требует больше открытых файлов, чем позволяет предел %2: повысьте его (ulimit -n, LimitNOFILE= в systemd)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hold one connection per target of the config open, reconnecting forever, and serve their health as Prometheus metrics on /metrics (also /healthz, and /probe?target=URL&amp;module=NAME for one-shot probes).
SIGHUP reloads the config; SIGTERM or SIGINT closes every connection with 1001 and exits 0.
Exit codes: 0 stopped by a signal, 2 usage, 3 cannot listen, 4 the listener&apos;s TLS files, 8 the config has errors or a secret cannot be read.</source>
        <translation>Держать открытым одно соединение на каждую цель из конфигурации, переподключаясь без ограничений, и отдавать их состояние как метрики Prometheus на /metrics (а также /healthz и /probe?target=URL&amp;module=NAME для разовых проб).
SIGHUP перечитывает конфигурацию; SIGTERM или SIGINT закрывает все соединения с кодом 1001 и завершает работу с кодом 0.
Коды выхода: 0 остановлено сигналом, 2 использование, 3 не удаётся прослушивать, 4 файлы TLS слушателя, 8 в конфигурации есть ошибки или не удаётся прочитать секрет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The monitor&apos;s config file (JSON).</source>
        <translation>Файл конфигурации монитора (JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve the metrics here instead of the config&apos;s &quot;listen&quot; (default 127.0.0.1:9464; port 0: any free one).</source>
        <translation>Отдавать метрики по этому адресу вместо &quot;listen&quot; из конфигурации (по умолчанию 127.0.0.1:9464; порт 0 — любой свободный).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only read the config, report its problems, and exit.</source>
        <translation>Только прочитать конфигурацию, сообщить о её проблемах и выйти.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--config FILE is needed</source>
        <translation>требуется --config FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1: %n target(s), no errors</source>
        <translation>
            <numerusform>%1: %n цель, ошибок нет</numerusform>
            <numerusform>%1: %n цели, ошибок нет</numerusform>
            <numerusform>%1: %n целей, ошибок нет</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>serving %1/metrics</source>
        <translation>метрики отдаются на %1/metrics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIGHUP: reloading %1</source>
        <translation>SIGHUP: перечитывается %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>closing %n connection(s) with 1001</source>
        <translation>
            <numerusform>закрывается %n соединение с кодом 1001</numerusform>
            <numerusform>закрываются %n соединения с кодом 1001</numerusform>
            <numerusform>закрываются %n соединений с кодом 1001</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::NetsimCommand</name>
    <message>
        <location filename="../app/cli/netsimcommand.cpp" line="+31"/>
        <source>latency %1 ms +- %2 ms</source>
        <translation>задержка %1 мс +- %2 мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bandwidth %1 B/s</source>
        <translation>пропускная способность %1 Б/с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blackhole</source>
        <translation>blackhole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writes of %1-%2 bytes</source>
        <translation>запись порциями по %1-%2 байт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIN delayed %1 ms</source>
        <translation>FIN задерживается на %1 мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no faults</source>
        <translation>без сбоев</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commands (an optional last word up|down|both picks the direction):
  latency DURATION [JITTER]    bandwidth RATE|off     blackhole on|off
  slice N|off                  close-delay DURATION|off
  drop-after DURATION|off      reset [client|server|both]
  refuse on|off                clear                  status    help</source>
        <translation>команды (необязательное последнее слово up|down|both задаёт направление):
  latency ДЛИТЕЛЬНОСТЬ [ДЖИТТЕР]   bandwidth СКОРОСТЬ|off   blackhole on|off
  slice N|off                      close-delay ДЛИТЕЛЬНОСТЬ|off
  drop-after ДЛИТЕЛЬНОСТЬ|off      reset [client|server|both]
  refuse on|off                    clear                    status    help</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forward TCP connections to an upstream server through a bad network: latency, jitter, a bandwidth cap, tiny writes, dropped or reset connections. Commands on stdin change the faults while it runs.
</source>
        <translation>Перенаправлять TCP-соединения на вышестоящий сервер через плохую сеть: задержка, джиттер, ограничение пропускной способности, крошечные записи, обрывы или сбросы соединений. Команды в stdin меняют сбои прямо во время работы.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>maxmon-cli netsim: cannot listen on %1:%2: %3</source>
        <translation>maxmon-cli netsim: не удаётся прослушивать %1:%2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>[netsim] forwarding to %1:%2; %3</source>
        <translation>[netsim] перенаправление на %1:%2; %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>[netsim] connection accepted (%1 open)</source>
        <translation>[netsim] соединение принято (открыто: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[netsim] connection closed (%1 open)</source>
        <translation>[netsim] соединение закрыто (открыто: %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[netsim] %1: %2 Qt 6.4 does not check this.</source>
        <translation>[netsim] %1: %2 Qt 6.4 этого не проверяет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[netsim] %1: %2</source>
        <translation>[netsim] %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>up: %1; down: %2; %3 open, %4 accepted, %5 bytes up, %6 bytes down%7%8</source>
        <translation>вверх: %1; вниз: %2; открыто: %3, принято: %4, байт вверх: %5, байт вниз: %6%7%8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; drop after %1 ms</source>
        <translation>; разрыв через %1 мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; refusing connections</source>
        <translation>; соединения отклоняются</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>on or off</source>
        <translation>on или off</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a number of bytes or off</source>
        <translation>количество байт или off</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>client, server or both</source>
        <translation>client, server или both</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown command; type help</source>
        <translation>неизвестная команда; введите help</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::NetsimOptions</name>
    <message>
        <location filename="../app/cli/netsimoptions.cpp" line="+33"/>
        <source>Port to listen on (default 0: any free port).</source>
        <translation>Порт для прослушивания (по умолчанию 0: любой свободный порт).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Адрес для прослушивания (по умолчанию 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server to forward to (required).</source>
        <translation>Сервер, на который перенаправлять (обязательно).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay each way, e.g. 200ms.</source>
        <translation>Задержка в каждую сторону, например 200ms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random +- added to the latency, e.g. 50ms.</source>
        <translation>Случайное +- к задержке, например 50ms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap each way, e.g. 20KB/s or 1Mbit/s.</source>
        <translation>Ограничение в каждую сторону, например 20KB/s или 1Mbit/s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write in random chunks of 1 to N bytes.</source>
        <translation>Записывать случайными порциями от 1 до N байт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward a side&apos;s FIN this much later.</source>
        <translation>Пересылать FIN одной из сторон с такой задержкой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset every connection this long after it opened.</source>
        <translation>Разрывать каждое соединение через это время после открытия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where latency, bandwidth, slicing and close delay apply: both (default), up (client to server) or down.</source>
        <translation>Где действуют задержка, пропускная способность, дробление и задержка закрытия: both (по умолчанию), up (от клиента к серверу) или down.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed for jitter and slice sizes, for repeatable runs.</source>
        <translation>Начальное значение (seed) для джиттера и размеров порций, для воспроизводимых запусков.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>too long</source>
        <translation>слишком долго</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--upstream needs host:port.</source>
        <translation>--upstream требует host:port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid --listen or --listen-address.</source>
        <translation>недопустимый --listen или --listen-address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--direction is both, up or down.</source>
        <translation>--direction может быть both, up или down.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be above 0</source>
        <translation>должно быть больше 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--slice needs a number of bytes, 1 or more.</source>
        <translation>--slice требует количество байт, 1 или больше.</translation>
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
        <translation>Клиент Phoenix Channels: подключается к сокету по URL (&quot;/websocket&quot; и ?vsn= добавляются, как в JavaScript-клиенте: ws://host:4000/socket), подключается к каждому топику --join, отправляет события --push каждого топика после подключения и выводит каждый ответ (или тайм-аут). Без push или с --listen затем выводит broadcast и входы и выходы присутствия до Ctrl-C, --duration или --count.
--params и --push относятся к ближайшему --join перед ними:
  maxmon-cli phoenix ws://127.0.0.1:8765/socket --join room:lobby --params &apos;{&quot;user&quot;:&quot;ann&quot;}&apos; --push new_msg &apos;{&quot;body&quot;:&quot;hi&quot;}&apos;
Токен (--token-env, --token-file, ...) передаётся как подпротокол authToken, если --auth-mode не указывает иное.
stdout: одна строка на событие, &quot;TIME TOPIC KIND EVENT [STATUS] [PAYLOAD] [ref=N]&quot;, KIND — reply, broadcast, presence, error или system; с --json один JSON-объект на строку. stderr: строки состояния и ошибки.
Коды выхода: 0 на каждый push ответ ok, 1 другая ошибка, 2 использование, 3 соединение, 4 TLS, 5 аутентификация (также join, отклонённый как unauthorized или forbidden), 6 тайм-аут, 7 протокол (также: сервер не говорит на Phoenix Channels), 8 конфигурация, 10 join отклонён или без ответа, 11 push с ошибкой или без ответа за --timeout.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ws:// or wss:// URL of the socket, e.g. ws://host/socket</source>
        <translation>URL сокета ws:// или wss://, напр. ws://host/socket</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--push-binary needs protocol 2.0.0: 1.0.0 has no binary frames.</source>
        <translation>--push-binary требует протокол 2.0.0: в 1.0.0 нет двоичных кадров.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--duration reached</source>
        <translation>достигнута --duration</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n push(es): %1 ok, %2 failed, %3 without reply, %4 not pushed</source>
        <translation>
            <numerusform>%n push: %1 ok, %2 с ошибкой, %3 без ответа, %4 не отправлено</numerusform>
            <numerusform>%n push: %1 ok, %2 с ошибкой, %3 без ответа, %4 не отправлено</numerusform>
            <numerusform>%n push: %1 ok, %2 с ошибкой, %3 без ответа, %4 не отправлено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+167"/>
        <source>--push %1 to %2</source>
        <translation>--push %1 в %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The join of &quot;%1&quot; failed: %2.</source>
        <translation>Подключение к «%1» не удалось: %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The channel &quot;%1&quot; crashed on the server (phx_error).</source>
        <translation>Канал «%1» аварийно завершился на сервере (phx_error).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server closed the channel</source>
        <translation>сервер закрыл канал</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The server sent back &quot;%1&quot;, which only clients send: it echoes messages rather than speaking Phoenix Channels.</source>
        <translation>Сервер вернул «%1», что отправляют только клиенты: он возвращает сообщения эхом, а не говорит на Phoenix Channels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the URL is the Phoenix socket&apos;s (ws://host/socket).</source>
        <translation>Проверьте, что URL — это URL сокета Phoenix (ws://host/socket).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server at %1 does not speak Phoenix Channels %2: is this the socket&apos;s URL (ws://host/socket), and the protocol its (--vsn)?</source>
        <translation>Сервер по адресу %1 не говорит на Phoenix Channels %2: это URL сокета (ws://host/socket) и его протокол (--vsn)?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stdin line %1</source>
        <translation>строка stdin %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not joined: give it a --join.</source>
        <translation>%1 не подключён: укажите для него --join.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>%1 not pushed: %2</source>
        <translation>%1 не отправлено: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the channel is closed</source>
        <translation>канал закрыт</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>every channel closed</source>
        <translation>все каналы закрыты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--count reached</source>
        <translation>достигнут --count</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>maxmon-cli terminated</source>
        <translation>maxmon-cli завершён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maxmon-cli interrupted</source>
        <translation>maxmon-cli прерван</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::PhoenixOptions</name>
    <message>
        <location filename="../app/cli/phoenixoptions.cpp" line="+44"/>
        <source>must be above 0 and at most 24h.</source>
        <translation>должно быть больше 0 и не больше 24h.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Join this topic once connected (repeatable; the --params and --push after it are its own).</source>
        <translation>Подключиться к этому топику после соединения (можно повторять; --params и --push после него относятся к нему).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The join params of the --join before it: a JSON object (default {}).</source>
        <translation>Параметры join для предыдущего --join: JSON-объект (по умолчанию {}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push EVENT with this JSON payload to the topic of the --join before it, once joined (repeatable; all sent at once, in order).</source>
        <translation>Отправить EVENT с этими JSON-данными в топик предыдущего --join после подключения (можно повторять; всё сразу, по порядку).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Like --push, with a binary payload (base64, or hex with --encoding hex); protocol 2.0.0 only.</source>
        <translation>Как --push, с двоичными данными (base64 или hex с --encoding hex); только протокол 2.0.0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protocol version: 2.0.0 (default, text and binary frames) or 1.0.0 (JSON objects).</source>
        <translation>Версия протокола: 2.0.0 (по умолчанию, текстовые и двоичные кадры) или 1.0.0 (JSON-объекты).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A socket parameter, sent in the URL&apos;s query like the JavaScript client&apos;s params (repeatable).</source>
        <translation>Параметр сокета, отправляемый в запросе URL, как params JavaScript-клиента (можно повторять).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the --token* token travels: phoenix (default: the authToken subprotocol, out of the URL), query (?token=) or bearer (Authorization header). With --profile, the profile&apos;s mode unless given.</source>
        <translation>Как передаётся токен --token*: phoenix (по умолчанию: подпротокол authToken, не в URL), query (?token=) или bearer (заголовок Authorization). С --profile — режим профиля, если не указан.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A join or push without a reply after this has failed (default 10s).</source>
        <translation>Join или push без ответа за это время считается неудачным (по умолчанию 10s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &quot;phoenix&quot; &quot;heartbeat&quot; interval (default 30s), or &quot;off&quot;; an unanswered one by the next is a dead link.</source>
        <translation>Интервал «phoenix» «heartbeat» (по умолчанию 30s) или «off»; без ответа до следующего — связь мертва.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the pushes, keep printing broadcasts and presence until Ctrl-C (the default when there are no pushes).</source>
        <translation>После push продолжать выводить broadcast и присутствие до Ctrl-C (по умолчанию, если push нет).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave and exit this long after connecting (implies --listen).</source>
        <translation>Покинуть и выйти через это время после соединения (подразумевает --listen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit after N broadcasts, once every push has its reply (implies --listen).</source>
        <translation>Выйти после N broadcast, когда на каждый push есть ответ (подразумевает --listen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also push stdin lines, once joined: &quot;EVENT JSON&quot; to the last --join&apos;s topic, or [&quot;topic&quot;, &quot;event&quot;, payload]. Ends (without --listen) when stdin does and every push has its reply.</source>
        <translation>Также отправлять строки stdin после подключения: &quot;EVENT JSON&quot; в топик последнего --join или [&quot;topic&quot;, &quot;event&quot;, payload]. Завершается (без --listen), когда заканчивается stdin и на каждый push есть ответ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object per line: kind, time, topic, event, ref, join_ref, status, payload.</source>
        <translation>Выводить один JSON-объект на строку: kind, time, topic, event, ref, join_ref, status, payload.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How binary payloads are written and --push-binary is read: base64 (default) or hex.</source>
        <translation>Как записываются двоичные данные и читается --push-binary: base64 (по умолчанию) или hex.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 needs two values: EVENT and %2.</source>
        <translation>%1 требует два значения: EVENT и %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs an event name.</source>
        <translation>%1 требует имя события.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: events starting with phx_ belong to the protocol.</source>
        <translation>%1 %2: события, начинающиеся с phx_, принадлежат протоколу.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--encoding: hex or base64, not &quot;%1&quot;.</source>
        <translation>--encoding: hex или base64, а не «%1».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--join needs a topic.</source>
        <translation>--join требует топик.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--join %1 is given twice.</source>
        <translation>--join %1 указан дважды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>Two --params for one --join.</source>
        <translation>Два --params для одного --join.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>--params must be a JSON object, like {&quot;user&quot;: &quot;ann&quot;}.</source>
        <translation>--params должен быть JSON-объектом, например {&quot;user&quot;: &quot;ann&quot;}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 needs two values: EVENT and JSON.</source>
        <translation>--%1 требует два значения: EVENT и JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give at least one --join TOPIC.</source>
        <translation>Укажите хотя бы один --join TOPIC.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--vsn: 1.0.0 or 2.0.0, not &quot;%1&quot;.</source>
        <translation>--vsn: 1.0.0 или 2.0.0, а не «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--socket-param needs key=value, got &quot;%1&quot;.</source>
        <translation>--socket-param требует key=value, получено «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--socket-param: give the protocol version with --vsn.</source>
        <translation>--socket-param: укажите версию протокола через --vsn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--auth-mode: phoenix, query or bearer, not &quot;%1&quot;.</source>
        <translation>--auth-mode: phoenix, query или bearer, а не «%1».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--count needs a number, 1 or more.</source>
        <translation>--count требует число, 1 или больше.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an array needs 3 elements [topic, event, payload] or 5 [join_ref, ref, topic, event, payload], not %1.</source>
        <translation>массиву нужно 3 элемента [topic, event, payload] или 5 [join_ref, ref, topic, event, payload], а не %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the topic and the event must be strings.</source>
        <translation>топик и событие должны быть строками.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the topic is empty.</source>
        <translation>топик пуст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line is EVENT [JSON], or a JSON array [topic, event, payload]; not an object.</source>
        <translation>строка — это EVENT [JSON] или JSON-массив [topic, event, payload]; не объект.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the event is empty.</source>
        <translation>событие пустое.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: events starting with phx_ belong to the protocol.</source>
        <translation>%1: события, начинающиеся с phx_, принадлежат протоколу.</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::PhoenixPrinter</name>
    <message numerus="yes">
        <location filename="../app/cli/phoenixprinter.cpp" line="+74"/>
        <source>binary %n byte(s):</source>
        <translation>
            <numerusform>двоичные %n байт:</numerusform>
            <numerusform>двоичные %n байта:</numerusform>
            <numerusform>двоичные %n байт:</numerusform>
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
        <translation>Подключиться, отправить --count ping с интервалом --interval и сообщить время рукопожатия, процентили RTT (p50, p95, p99, max), потери и сведения о TLS — для систем мониторинга.
Коды выхода следуют соглашениям плагинов Nagios, а НЕ остальных команд: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. --warn/--crit относятся к RTT p95; отсутствие соединения, разрыв связи или потеря всех ping — CRITICAL; неверные аргументы — UNKNOWN.
Первая строка — &quot;STATUS - summary|perfdata&quot;; далее подробности.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ws:// or wss:// URL</source>
        <translation>URL ws:// или wss://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pings to send (default 5).</source>
        <translation>Сколько ping отправить (по умолчанию 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time between pings (default 500ms).</source>
        <translation>Время между ping (по умолчанию 500ms).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ping without answer after this is lost (default 2s).</source>
        <translation>Ping без ответа по истечении этого времени считается потерянным (по умолчанию 2s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING when the p95 RTT is above this (ms, or 1s ...).</source>
        <translation>WARNING, если RTT p95 выше этого значения (мс или 1s ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRITICAL when the p95 RTT is above this.</source>
        <translation>CRITICAL, если RTT p95 выше этого значения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING when more than this percentage of pings is lost.</source>
        <translation>WARNING, если потеряно больше этого процента ping.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRITICAL when more than this percentage is lost (default: only when all are).</source>
        <translation>CRITICAL, если потеряно больше этого процента (по умолчанию: только если потеряны все).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the result as one JSON object instead.</source>
        <translation>Вывести результат одним объектом JSON.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--count: from 1 to %1</source>
        <translation>--count: от 1 до %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--interval: a duration from 1ms to 1h, e.g. 500ms</source>
        <translation>--interval: длительность от 1ms до 1h, например 500ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--timeout: a duration from 1ms to 1h, e.g. 2s</source>
        <translation>--timeout: длительность от 1ms до 1h, например 2s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1: a number, 0 or more</source>
        <translation>--%1: число, 0 или больше</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss thresholds are percentages, at most 100</source>
        <translation>пороги потерь задаются в процентах, не более 100</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>p95 RTT above %1</source>
        <translation>RTT p95 выше %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss above %1</source>
        <translation>потери выше %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1/%2 pings answered</source>
        <translation>ответ получен на %1/%2 ping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, RTT p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms</source>
        <translation>, RTT p50 %1 мс, p95 %2 мс, p99 %3 мс, макс. %4 мс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, loss %1%, handshake %2 ms</source>
        <translation>, потери %1%, рукопожатие %2 мс</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::QueryCommand</name>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="+64"/>
        <source>--direction: in, out or both, not &quot;%1&quot;</source>
        <translation>--direction: in, out или both, а не «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--kind: text, json, binary, ping, pong or close, not &quot;%1&quot;</source>
        <translation>--kind: text, json, binary, ping, pong или close, а не «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use one of --search, --regex and --contains.</source>
        <translation>Используйте только один из параметров --search, --regex и --contains.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1: an ISO-8601 time like 2024-05-01T12:00:00Z, not &quot;%2&quot;</source>
        <translation>--%1: время в формате ISO-8601, например 2024-05-01T12:00:00Z, а не «%2»</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Print the messages of a session file (.maxmon), a recording (JSON lines) or a support bundle, oldest first, one per line: number, time (UTC), direction, kind, size and the payload on one line; or as JSON records with --json. The options filter like the window&apos;s log.
Exit codes: 0 done (also when nothing matched), 2 usage, 8 the file cannot be read.</source>
        <translation>Вывести сообщения файла сеанса (.maxmon), записи (JSON Lines) или пакета поддержки, от старых к новым, по одному на строку: номер, время (UTC), направление, тип, размер и полезная нагрузка в одну строку; либо записями JSON с --json. Параметры фильтруют так же, как журнал в окне.
Коды выхода: 0 готово (даже если ничего не найдено), 2 использование, 8 не удаётся прочитать файл.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to read.</source>
        <translation>Файл для чтения.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>in, out or both (default).</source>
        <translation>in, out или both (по умолчанию).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only these kinds: text, json, binary, ping, pong, close (repeat or separate with commas).</source>
        <translation>Только эти типы: text, json, binary, ping, pong, close (повторите параметр или перечислите через запятую).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages with this text where it starts a word, case-insensitive; a session&apos;s full-text index finds them without reading every message.</source>
        <translation>Сообщения, где этот текст стоит в начале слова, без учёта регистра; полнотекстовый индекс сеанса находит их, не читая каждое сообщение.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages matching this regular expression (case-insensitive); binary payloads as hex.</source>
        <translation>Сообщения, соответствующие этому регулярному выражению (без учёта регистра); двоичные данные — в виде hex.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages with this text anywhere, case-insensitive.</source>
        <translation>Сообщения, содержащие этот текст в любом месте, без учёта регистра.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phoenix frames whose topic contains this (or matches, with *).</source>
        <translation>Кадры Phoenix, топик которых содержит это значение (или соответствует ему, с *).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phoenix frames whose event contains this (or matches, with *).</source>
        <translation>Кадры Phoenix, событие которых содержит это значение (или соответствует ему, с *).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From this time on (ISO-8601, e.g. 2024-05-01T12:00:00Z).</source>
        <translation>Начиная с этого времени (ISO-8601, например 2024-05-01T12:00:00Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to this time (ISO-8601).</source>
        <translation>До этого времени (ISO-8601).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Also the events: state changes, errors, gaps.</source>
        <translation>Также события: изменения состояния, ошибки, пропуски.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One JSON record per line (MessageRecord; events as event records).</source>
        <translation>Одна запись JSON на строку (MessageRecord; события — как записи событий).</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::RecordCommand</name>
    <message>
        <location filename="../app/cli/recordcommand.cpp" line="+29"/>
        <source>ws:// or wss:// URL</source>
        <translation>URL ws:// или wss://</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Connect like &apos;connect&apos; and record every message, sent and received (close frames included), in --out. A FILE ending in .maxmon becomes a session file (SQLite): messages, state changes, errors and heartbeat round trips, secrets masked as in the exports, written at least every 50 ms, so a killed process loses at most the last quarter second. Any other FILE gets JSON lines (MessageRecord), each line written through at once. Replay a recording with &apos;maxmon-cli replay&apos;; read a session with &apos;maxmon-cli query&apos;.
Exit codes: as &apos;connect&apos;.</source>
        <translation>Подключиться, как &apos;connect&apos;, и записывать каждое сообщение, отправленное и полученное (включая фреймы закрытия), в --out. FILE с расширением .maxmon становится файлом сеанса (SQLite): сообщения, изменения состояния, ошибки и циклы запрос-ответ heartbeat, секреты скрыты, как при экспорте; запись не реже чем раз в 50 мс, так что при аварийном завершении процесс теряет не больше последней четверти секунды. Любой другой FILE получает JSON Lines (MessageRecord), каждая строка записывается сразу. Воспроизвести запись можно с помощью &apos;maxmon-cli replay&apos;, прочитать сеанс — с помощью &apos;maxmon-cli query&apos;.
Коды выхода: как у &apos;connect&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file to record to (created or truncated): FILE.maxmon for a session file, anything else for JSON lines.</source>
        <translation>Файл для записи (создаётся или очищается): FILE.maxmon — файл сеанса, любое другое имя — JSON Lines.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--out FILE is required.</source>
        <translation>--out FILE обязателен.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ReplayCommand</name>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="+42"/>
        <source>Send the outgoing messages of a recording (maxmon-cli record, connect --json) to URL with their original timing, divided by --speed; report progress, messages that could not be sent and how the replies compare with the recorded ones.
Exit codes: those of connect, and 9 when a message could not be sent (or, with --check-replies, the replies differ).</source>
        <translation>Отправить исходящие сообщения записи (maxmon-cli record, connect --json) на URL с исходными интервалами, делёнными на --speed; сообщить о ходе работы, о сообщениях, которые не удалось отправить, и о том, как ответы соотносятся с записанными.
Коды выхода: как у connect, и 9, если сообщение не удалось отправить (или, с --check-replies, ответы отличаются).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the recording (JSON lines)</source>
        <translation>запись (JSON Lines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ws:// or wss:// URL</source>
        <translation>URL ws:// или wss://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2 = twice as fast, 0.5 = half as fast, 0 = as fast as possible (default 1).</source>
        <translation>2 = вдвое быстрее, 0.5 = вдвое медленнее, 0 = как можно быстрее (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop at the first bad line instead of skipping it.</source>
        <translation>Остановиться на первой ошибочной строке, а не пропускать её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the last send, wait this long for replies (default 1s; less when all came back).</source>
        <translation>После последней отправки ждать ответов столько времени (по умолчанию 1s; меньше, если все уже пришли).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exit with 9 when the replies differ from those in the recording.</source>
        <translation>Завершиться с кодом 9, если ответы отличаются от записанных.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--speed: a factor, 0 or more (0 = as fast as possible).</source>
        <translation>--speed: множитель, 0 или больше (0 = как можно быстрее).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at most 1h</source>
        <translation>не более 1h</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, line %2 skipped: %3</source>
        <translation>%1, строка %2 пропущена: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error: %1 holds no outgoing text, JSON or binary message to send.</source>
        <translation>ошибка: в %1 нет исходящих текстовых, JSON или двоичных сообщений для отправки.</translation>
    </message>
    <message numerus="yes">
        <location line="+132"/>
        <source>%1 of %Ln message(s) sent</source>
        <translation>
            <numerusform>отправлено %1 из %Ln сообщения</numerusform>
            <numerusform>отправлено %1 из %Ln сообщений</numerusform>
            <numerusform>отправлено %1 из %Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location line="-140"/>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>к отправке %n сообщение</numerusform>
            <numerusform>к отправке %n сообщения</numerusform>
            <numerusform>к отправке %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1/%2 sent, %3 replies</source>
        <translation>отправлено %1/%2, ответов: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the connection was gone</source>
        <translation>соединение было потеряно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  line %1 not sent: %2</source>
        <translation>  строка %1 не отправлена: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replies: %1 received, %2 recorded, %3 matched in order</source>
        <translation>ответы: получено %1, записано %2, совпало по порядку %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (line %2)</source>
        <translation>%1 (строка %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>nothing more</source>
        <translation>больше ничего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  first difference at reply %1: recorded %2, received %3</source>
        <translation>  первое расхождение в ответе %1: записано %2, получено %3</translation>
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
        <translation>Запустить встроенный демо-сервер — узел WebSocket на этом компьютере:
  /echo    возвращает эхом текстовые и двоичные сообщения
  /events  поток событий JSON: ?rate=N в секунду, ?count=N
  /auth    требует токен (Authorization: Bearer или ?token=), затем возвращает эхо
Сбои для отдельного соединения задаются в запросе: ?close=CODE&amp;after=T, ?freeze=T, ?delay=T; для всех соединений — параметрами ниже.
SIGINT или SIGTERM закрывает все соединения с кодом 1001 и завершает работу с кодом 0.
Коды выхода: 0 остановлен сигналом, 2 ошибка использования, 3 не удаётся прослушивать порт, 4 файлы TLS.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1 connected to %2</source>
        <translation>%1 подключён к %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 disconnected</source>
        <translation>%1 отключён</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused %1 with %2</source>
        <translation>%1 отклонён: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>не удаётся прослушивать %1:%2: %3</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>maxmon demo server on %1</source>
        <translation>демо-сервер maxmon на %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/auth token: %1</source>
        <translation>токен /auth: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>limits: %Ln connection(s), messages up to %1, %2 events/s per stream, %3 events/s in all</source>
        <translation>
            <numerusform>ограничения: %Ln соединение, сообщения до %1, %2 событий/с на поток, %3 событий/с всего</numerusform>
            <numerusform>ограничения: %Ln соединения, сообщения до %1, %2 событий/с на поток, %3 событий/с всего</numerusform>
            <numerusform>ограничения: %Ln соединений, сообщения до %1, %2 событий/с на поток, %3 событий/с всего</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>faults for every connection: %1</source>
        <translation>сбои для каждого соединения: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>shutting down: closing %n connection(s) with 1001</source>
        <translation>
            <numerusform>завершение работы: закрывается %n соединение с кодом 1001</numerusform>
            <numerusform>завершение работы: закрываются %n соединения с кодом 1001</numerusform>
            <numerusform>завершение работы: закрываются %n соединений с кодом 1001</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::ServeOptions</name>
    <message>
        <location filename="../app/cli/serveoptions.cpp" line="+38"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Адрес для прослушивания (по умолчанию 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port to listen on (default 8765, 0 = any).</source>
        <translation>Порт для прослушивания (по умолчанию 8765, 0 = любой).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve wss:// with this certificate (PEM; the chain may follow).</source>
        <translation>Обслуживать wss:// с этим сертификатом (PEM; за ним может следовать цепочка).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate&apos;s private key (PEM).</source>
        <translation>Закрытый ключ сертификата (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the --tls-key passphrase from this variable.</source>
        <translation>Читать парольную фразу --tls-key из этой переменной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require client certificates issued by these CAs (PEM).</source>
        <translation>Требовать сертификаты клиентов, выданные этими CA (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token /auth wants (default: made up and printed at start).</source>
        <translation>Токен, который требует /auth (по умолчанию: создаётся и выводится при запуске).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the /auth token from this environment variable.</source>
        <translation>Читать токен /auth из этой переменной окружения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/events rate when the URL gives none, per second (default 5).</source>
        <translation>Частота /events, если URL её не задаёт, в секунду (по умолчанию 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest /events rate a connection may ask for (default 20000).</source>
        <translation>Наибольшая частота /events, которую может запросить соединение (по умолчанию 20000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highest rate of all /events streams together (default 100000).</source>
        <translation>Наибольшая суммарная частота всех потоков /events (по умолчанию 100000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse connections beyond this many with 503 (default 1000).</source>
        <translation>Отклонять соединения сверх этого числа с кодом 503 (по умолчанию 1000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (1009) connections that send larger messages (default 1MiB).</source>
        <translation>Закрывать (1009) соединения, отправляющие сообщения большего размера (по умолчанию 1MiB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault: close every connection this long after its handshake.</source>
        <translation>Сбой: закрывать каждое соединение через это время после рукопожатия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code --close-after closes with (default 1000).</source>
        <translation>Код, с которым закрывает --close-after (по умолчанию 1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fault: stop reading and writing (pings unanswered) this long after the handshake.</source>
        <translation>Сбой: прекратить чтение и запись (ping без ответа) через это время после рукопожатия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fault: hold every message the server sends for this long.</source>
        <translation>Сбой: задерживать каждое сообщение сервера на это время.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every connection and refused request.</source>
        <translation>Выводить каждое соединение и каждый отклонённый запрос.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--listen: &quot;%1&quot; is not an IP address.</source>
        <translation>--listen: «%1» не является IP-адресом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--port: a number from 0 to 65535.</source>
        <translation>--port: число от 0 до 65535.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Event rates are events per second, from 0.01 to 1000000 (all streams: 10000000).</source>
        <translation>Частота событий задаётся в событиях в секунду, от 0.01 до 1000000 (все потоки: 10000000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--max-connections: a number from 1 to 100000.</source>
        <translation>--max-connections: число от 1 до 100000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--events-rate is above --max-events-rate.</source>
        <translation>--events-rate больше --max-events-rate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from 1 byte to 2GiB</source>
        <translation>от 1 байта до 2GiB</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>fault options (close = --close-code, after = --close-after, freeze = --freeze-after): %1</source>
        <translation>параметры сбоев (close = --close-code, after = --close-after, freeze = --freeze-after): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the /auth token one way: --auth-token or --auth-token-env.</source>
        <translation>Укажите токен /auth одним способом: --auth-token или --auth-token-env.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--auth-token-env: %1 is not set.</source>
        <translation>--auth-token-env: %1 не задана.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert и --tls-key указываются вместе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--tls-client-ca needs --tls-cert and --tls-key.</source>
        <translation>--tls-client-ca требует --tls-cert и --tls-key.</translation>
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
        <translation>ping потерян: нет pong в течение %1 мс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>health: %1</source>
        <translation>состояние: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n message(s) that arrived after --count %1 were not printed</source>
        <translation>
            <numerusform>%n сообщение, пришедшее после --count %1, не выведено</numerusform>
            <numerusform>%n сообщения, пришедшие после --count %1, не выведены</numerusform>
            <numerusform>%n сообщений, пришедших после --count %1, не выведено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rtt summary: %1</source>
        <translation>сводка RTT: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+8"/>
        <source>%n message(s) recorded in %1</source>
        <translation>
            <numerusform>%n сообщение записано в %1</numerusform>
            <numerusform>%n сообщения записаны в %1</numerusform>
            <numerusform>%n сообщений записано в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln message(s) could not be stored (the disk did not keep up)</source>
        <translation>
            <numerusform>Не удалось сохранить %Ln сообщение (диск не успевал)</numerusform>
            <numerusform>Не удалось сохранить %Ln сообщения (диск не успевал)</numerusform>
            <numerusform>Не удалось сохранить %Ln сообщений (диск не успевал)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 (attempt %3, next try in %4 ms)</source>
        <translation>%1 %2 (попытка %3, следующая через %4 мс)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>--send %1 not sent: %2</source>
        <translation>--send %1 не отправлено: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stdin line %1 not sent: %2</source>
        <translation>строка %1 из stdin не отправлена: %2</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+114"/>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
</context>
<context>
    <name>maxmon::cli::SessionInput</name>
    <message>
        <location filename="../app/cli/sessioninput.cpp" line="+21"/>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Не удаётся создать временную папку: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n line(s) are no records and were left out</source>
        <translation>
            <numerusform>%1: %n строка не является записью и пропущена</numerusform>
            <numerusform>%1: %n строки не являются записями и пропущены</numerusform>
            <numerusform>%1: %n строк не являются записями и пропущены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::cli::SessionOptions</name>
    <message>
        <location filename="../app/cli/sessionoptions.cpp" line="+12"/>
        <source>Close (1000) and exit after receiving N data messages.</source>
        <translation>Закрыть (1000) и выйти после получения N сообщений с данными.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (1000) and exit after being connected this long, e.g. 10s.</source>
        <translation>Закрыть (1000) и выйти после такого времени в подключённом состоянии, например 10s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this message once connected, before stdin (repeatable, in order; framed like stdin lines).</source>
        <translation>Отправить это сообщение после подключения, до stdin (можно указывать несколько раз, по порядку; формируется как строки stdin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the --send messages again at this interval, e.g. 1s.</source>
        <translation>Повторно отправлять сообщения --send с этим интервалом, например 1s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (1000) and exit when stdin ends, once the replies are in (nothing received for 200ms); without it, keep receiving.</source>
        <translation>Закрыть (1000) и выйти, когда stdin закончится и придут ответы (ничего не получено за 200ms); без этого параметра продолжать приём.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send each line as a binary message, written in the --encoding.</source>
        <translation>Отправлять каждую строку как двоичное сообщение, записанное в --encoding.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How --binary lines (and received binary messages) are written: base64 (default) or hex.</source>
        <translation>Как записываются строки --binary (и полученные двоичные сообщения): base64 (по умолчанию) или hex.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each line is one JSON value, sent as is; invalid lines are reported on stderr and not sent.</source>
        <translation>Каждая строка — одно значение JSON, отправляется как есть; недопустимые строки сообщаются в stderr и не отправляются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the variable NAME for {{NAME}} in the URL, headers and messages, for this run only (repeatable; before the profile&apos;s and MAXMON_NAME). Masked in session files.</source>
        <translation>Задать переменную NAME для {{NAME}} в URL, заголовках и сообщениях только на этот запуск (можно указывать несколько раз; проверяется раньше переменных профиля и MAXMON_NAME). Скрывается в файлах сеансов.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use either --binary or --json-input, not both.</source>
        <translation>Используйте либо --binary, либо --json-input, но не оба сразу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--encoding: hex or base64, not &quot;%1&quot;.</source>
        <translation>--encoding: hex или base64, а не «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--count needs a number, 1 or more.</source>
        <translation>--count требует число, 1 или больше.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be above 0 and at most 24 days.</source>
        <translation>должно быть больше 0 и не больше 24 дней.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--send-every needs at least one --send.</source>
        <translation>--send-every требует хотя бы одного --send.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--var needs NAME=VALUE with a NAME of letters, digits and _, got &quot;%1&quot;.</source>
        <translation>--var требует NAME=VALUE, где NAME состоит из букв, цифр и _, получено «%1».</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::ChannelKeeper</name>
    <message>
        <location filename="../app/cli/monitor/channelkeeper.cpp" line="+45"/>
        <source>cannot join: %1</source>
        <translation>не удаётся подключиться: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>joined</source>
        <translation>подключён</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>closed by the server; joining again</source>
        <translation>закрыт сервером; повторное подключение</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>push %1 not sent: %2</source>
        <translation>push %1 не отправлен: %2</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::ConfigReading</name>
    <message>
        <location filename="../app/cli/monitor/configreading.cpp" line="+20"/>
        <source>unknown key (is it misspelled?)</source>
        <translation>неизвестный ключ (может быть, опечатка?)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 не является корректным JSON: %2 в позиции %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must hold a JSON object</source>
        <translation>%1 должен содержать объект JSON</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be a profile file name or a profile object</source>
        <translation>должно быть именем файла профиля или объектом профиля</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::ConnectionProbe</name>
    <message>
        <location filename="../app/cli/monitor/connectionprobe.cpp" line="+17"/>
        <source>no result within %1 ms</source>
        <translation>нет результата в течение %1 мс</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>connection failed after %1 of %2 pings: %3</source>
        <translation>сбой соединения после %1 из %2 ping: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect: %1</source>
        <translation>не удаётся подключиться: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server closed the connection after %1 of %2 pings</source>
        <translation>сервер закрыл соединение после %1 из %2 ping</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::MetricsServer</name>
    <message>
        <location filename="../app/cli/monitor/metricsserver.cpp" line="+106"/>
        <source>Only GET is allowed here.
</source>
        <translation>Здесь разрешён только GET.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Authentication required.
</source>
        <translation>Требуется аутентификация.
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
  /metrics  метрики целей (Prometheus, OpenMetrics)
  /healthz  ok, пока монитор работает
  /probe    ?target=wss://host/path&amp;module=NAME: одна проба
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not found: %1 (try /metrics)
</source>
        <translation>Не найдено: %1 (попробуйте /metrics)
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
        <translation>не удаётся прослушивать %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;listen&quot; and turning &quot;tls&quot; on or off take effect at the next start; still serving on %1</source>
        <translation>&quot;listen&quot; и включение или выключение &quot;tls&quot; вступают в силу при следующем запуске; метрики по-прежнему отдаются на %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 has errors: the config in force stays</source>
        <translation>в %1 есть ошибки: действующая конфигурация сохраняется</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n target(s): %1 new, %2 changed, %3 closing</source>
        <translation>
            <numerusform>%n цель: новых %1, изменённых %2, закрываемых %3</numerusform>
            <numerusform>%n цели: новых %1, изменённых %2, закрываемых %3</numerusform>
            <numerusform>%n целей: новых %1, изменённых %2, закрываемых %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::MonitorConfig</name>
    <message>
        <location filename="../app/cli/monitor/monitorconfig.cpp" line="+30"/>
        <source>only {&quot;env&quot;: ...} or {&quot;file&quot;: ...} here: the listener reads it at every start and reload</source>
        <translation>здесь допускается только {&quot;env&quot;: ...} или {&quot;file&quot;: ...}: слушатель читает это значение при каждом запуске и перечитывании</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>is needed, and may not hold a colon</source>
        <translation>обязательно и не может содержать двоеточие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is needed: {&quot;env&quot;: VAR} or {&quot;file&quot;: PATH}</source>
        <translation>обязательно: {&quot;env&quot;: VAR} или {&quot;file&quot;: PATH}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS needs both cert_file and key_file</source>
        <translation>для TLS нужны и cert_file, и key_file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password crosses the network in clear text: configure &quot;tls&quot; as well</source>
        <translation>пароль передаётся по сети открытым текстом: настройте также &quot;tls&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a module needs a name</source>
        <translation>у модуля должно быть имя</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a list of targets</source>
        <translation>должно быть списком целей</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an object with &quot;name&quot; and &quot;url&quot; or &quot;profile&quot;</source>
        <translation>должно быть объектом с &quot;name&quot; и &quot;url&quot; или &quot;profile&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is already the name of targets[%2]: names must be unique</source>
        <translation>«%1» уже является именем targets[%2]: имена должны быть уникальными</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not ADDRESS:PORT (e.g. 127.0.0.1:9464, [::1]:9464, :9464 for every address)</source>
        <translation>«%1» не соответствует формату АДРЕС:ПОРТ (например, 127.0.0.1:9464, [::1]:9464, :9464 для всех адресов)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the port in &quot;%1&quot; must be a number from 0 to 65535</source>
        <translation>порт в «%1» должен быть числом от 0 до 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«%1» не является IP-адресом</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::ProbeEndpoint</name>
    <message>
        <location filename="../app/cli/monitor/probeendpoint.cpp" line="+21"/>
        <source>target: missing; /probe?target=wss://host/path&amp;module=NAME</source>
        <translation>target: отсутствует; /probe?target=wss://host/path&amp;module=NAME</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>module: no module &quot;%1&quot; in the config (there are: %2)</source>
        <translation>module: в конфигурации нет модуля «%1» (есть: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 probes are running already; try again later</source>
        <translation>Уже выполняется проб: %1; повторите попытку позже</translation>
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
        <translation>не является именем метки: буквы, цифры и _, не может начинаться с цифры или __</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a label the monitor or Prometheus sets itself; choose another name</source>
        <translation>это метка, которую задаёт сам монитор или Prometheus; выберите другое имя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>an event name is needed, not one of the protocol&apos;s own (phx_...)</source>
        <translation>нужно имя события, не совпадающее со служебными событиями протокола (phx_...)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a topic name or an object with &quot;topic&quot;</source>
        <translation>должно быть именем топика или объектом с &quot;topic&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the topic name is empty</source>
        <translation>имя топика пустое</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a list of topics</source>
        <translation>должно быть списком топиков</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» указан дважды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing or empty</source>
        <translation>отсутствует или пусто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is longer than %1 characters</source>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not hold control characters</source>
        <translation>не должно содержать управляющих символов</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>must be &quot;websocket&quot; or &quot;phoenix&quot;</source>
        <translation>должно быть &quot;websocket&quot; или &quot;phoenix&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only Phoenix targets join topics, and &quot;protocol&quot; is &quot;websocket&quot;</source>
        <translation>к топикам подключаются только цели Phoenix, а &quot;protocol&quot; имеет значение &quot;websocket&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a target needs a URL: &quot;url&quot;, or a &quot;profile&quot; with one (its own or in &quot;defaults&quot;)</source>
        <translation>цели нужен URL: &quot;url&quot; или &quot;profile&quot; с URL (собственный или в &quot;defaults&quot;)</translation>
    </message>
</context>
<context>
    <name>maxmon::monitor::TargetRunner</name>
    <message>
        <location filename="../app/cli/monitor/targetrunner.cpp" line="+94"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: не удаётся открыть: %2</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: connected to %2</source>
        <translation>%1: подключено к %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: connected again to %2</source>
        <translation>%1: снова подключено к %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server closed the connection (%1)</source>
        <translation>сервер закрыл соединение (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 Reconnecting.</source>
        <translation>%1: %2 Переподключение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 Trying again later.</source>
        <translation>%1: %2 Повторная попытка позже.</translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Channel</name>
    <message>
        <location filename="../core/phoenix/channel.cpp" line="+133"/>
        <source>The channel &quot;%1&quot; has been joined already; a channel joins only once.</source>
        <translation>К каналу «%1» уже выполнено присоединение; к каналу присоединяются только один раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave it and ask the socket for a new channel to join again.</source>
        <translation>Покиньте его и запросите у сокета новый канал, чтобы присоединиться снова.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot push &quot;%1&quot; to &quot;%2&quot; before joining the channel.</source>
        <translation>Нельзя отправить push «%1» в «%2» до присоединения к каналу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call join() first; pushes then wait for the join.</source>
        <translation>Сначала вызовите join(); после этого push будут ждать присоединения.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No reply to the join of &quot;%1&quot; within %2 ms.</source>
        <translation>Нет ответа на присоединение к «%1» в течение %2 мс.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused to join &quot;%1&quot;: %2.</source>
        <translation>Сервер отклонил присоединение к «%1»: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply status &quot;%1&quot;, response %2</source>
        <translation>Статус ответа «%1», ответ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the credentials in the join parameters or the socket&apos;s token.</source>
        <translation>Проверьте учётные данные в параметрах join или токен сокета.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The channel &quot;%1&quot; crashed on the server (phx_error).</source>
        <translation>Канал «%1» аварийно завершился на сервере (phx_error).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It rejoins in %1 ms.</source>
        <translation>Повторное присоединение через %1 мс.</translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Frame</name>
    <message>
        <location filename="../core/phoenix/frame.cpp" line="+74"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Presence</name>
    <message>
        <location filename="../core/phoenix/presence.cpp" line="+49"/>
        <source>presence &quot;%1&quot; in the state is %2, not an object</source>
        <translation>presence «%1» в состоянии — %2, а не объект</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>presence &quot;%1&quot; in %2 is %3, not an object</source>
        <translation>presence «%1» в %2 — %3, а не объект</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>presence &quot;%1&quot; in the state has no metas array (metas is %2)</source>
        <translation>у presence «%1» в состоянии нет массива metas (metas — %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>presence &quot;%1&quot; in %2 has no metas array (metas is %3)</source>
        <translation>у presence «%1» в %2 нет массива metas (metas — %3)</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+16"/>
        <source>Malformed %1 payload: %2</source>
        <translation>Некорректная полезная нагрузка %1: %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>the state is %1, not an object of presences</source>
        <translation>состояние — %1, а не объект presence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the diff is %1, not an object</source>
        <translation>diff — %1, а не объект</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, not an object of presences</source>
        <translation>%1 — %2, а не объект presence</translation>
    </message>
</context>
<context>
    <name>maxmon::phoenix::Serializer</name>
    <message>
        <location filename="../core/phoenix/serializer.cpp" line="+114"/>
        <source>Phoenix protocol %1, binary frame of %2 bytes from the client</source>
        <translation>протокол Phoenix %1, двоичный фрейм размером %2 байт от клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phoenix protocol %1, binary frame of %2 bytes from the server</source>
        <translation>протокол Phoenix %1, двоичный фрейм размером %2 байт от сервера</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+257"/>
        <source>protocol 1.0.0 has no binary frames</source>
        <translation>в протоколе 1.0.0 нет двоичных фреймов</translation>
    </message>
    <message>
        <location line="-256"/>
        <location line="+257"/>
        <source>Connect with vsn=2.0.0 to use binary payloads.</source>
        <translation>Подключитесь с vsn=2.0.0, чтобы использовать двоичную полезную нагрузку.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>binary frame is empty: expected a kind byte (0 push, 1 reply, 2 broadcast)</source>
        <translation>двоичный фрейм пуст: ожидается байт типа (0 push, 1 reply, 2 broadcast)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>binary frame has unknown kind %1 (expected 0 push, 1 reply or 2 broadcast)</source>
        <translation>двоичный фрейм неизвестного типа %1 (ожидается 0 push, 1 reply или 2 broadcast)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>binary frame of kind %1 (%2) can only come from the server, not the client</source>
        <translation>двоичный фрейм типа %1 (%2) может прийти только от сервера, а не от клиента</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>binary frame of kind %1 (%2) truncated: the header needs %3 bytes, the frame has %4</source>
        <translation>двоичный фрейм типа %1 (%2) обрезан: заголовку нужно %3 байт, во фрейме %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>binary frame of kind %1 (%2) truncated: header says %3 is %4 bytes, %5 left</source>
        <translation>двоичный фрейм типа %1 (%2) обрезан: по заголовку %3 занимает %4 байт, осталось %5</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Phoenix protocol %1, text frame of %2 bytes</source>
        <translation>протокол Phoenix %1, текстовый фрейм размером %2 байт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text frame is empty</source>
        <translation>текстовый фрейм пуст</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+71"/>
        <source>text frame is not a JSON object (protocol 1.0.0): got %1</source>
        <translation>текстовый фрейм не является объектом JSON (протокол 1.0.0): получено %1</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+23"/>
        <source>text frame is not a 5-element array: got %1</source>
        <translation>текстовый фрейм не является массивом из 5 элементов: получено %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>text frame is not valid JSON: %1 at offset %2</source>
        <translation>текстовый фрейм — недопустимый JSON: %1 в позиции %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Phoenix protocol 2.0.0: [join_ref, ref, topic, event, payload]</source>
        <translation>протокол Phoenix 2.0.0: [join_ref, ref, topic, event, payload]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This looks like protocol 1.0.0: connect with vsn=1.0.0.</source>
        <translation>Похоже на протокол 1.0.0: подключитесь с vsn=1.0.0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text frame is not a 5-element array: it has %1 elements</source>
        <translation>текстовый фрейм не является массивом из 5 элементов: элементов в нём: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+63"/>
        <source>%1 must be a string or null, got %2</source>
        <translation>%1 должно быть строкой или null, получено: %2</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+39"/>
        <source>%1 must be a string, got %2</source>
        <translation>%1 должно быть строкой, получено: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Phoenix protocol 1.0.0: {&quot;topic&quot;, &quot;event&quot;, &quot;payload&quot;, &quot;ref&quot;, &quot;join_ref&quot;}</source>
        <translation>протокол Phoenix 1.0.0: {&quot;topic&quot;, &quot;event&quot;, &quot;payload&quot;, &quot;ref&quot;, &quot;join_ref&quot;}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This looks like protocol 2.0.0: connect with vsn=2.0.0.</source>
        <translation>Похоже на протокол 2.0.0: подключитесь с vsn=2.0.0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text frame has no &quot;%1&quot; key (protocol 1.0.0 needs topic, event, payload and ref)</source>
        <translation>в текстовом фрейме нет ключа «%1» (протоколу 1.0.0 нужны topic, event, payload и ref)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no message to decode</source>
        <translation>нет сообщения для декодирования</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a WebSocket %1 frame is not a Phoenix frame</source>
        <translation>фрейм WebSocket %1 не является фреймом Phoenix</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a binary reply needs the payload {&quot;status&quot;: string}, status is %1</source>
        <translation>двоичному ответу нужна полезная нагрузка {&quot;status&quot;: string}, а status — %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a binary push from the server has no ref field: ref must be null</source>
        <translation>у двоичного push от сервера нет поля ref: ref должно быть null</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot encode %1 in a binary frame: it is %2 bytes, at most %3 fit</source>
        <translation>нельзя закодировать %1 в двоичном фрейме: размер %2 байт, помещается не более %3</translation>
    </message>
</context>
</TS>
