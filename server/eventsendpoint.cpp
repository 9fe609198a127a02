#include "server/eventsendpoint.h"

#include "server/democonnection.h"
#include "server/demoserver.h"
#include "server/eventstream.h"
#include "server/httpupgraderequest.h"

namespace maxmon {

namespace {
constexpr double minRate = 0.01;
constexpr qint64 maxCount = qint64(1) << 50;
} // namespace

EventsEndpoint::EventsEndpoint(DemoServer *server)
    : DemoEndpoint(QStringLiteral("/events"), server)
{ }

QString EventsEndpoint::description() const
{
    return tr("a JSON event stream: ?rate=N per second (default %1, at most %2), ?count=N")
        .arg(server()->settings().eventsRate)
        .arg(server()->settings().maxEventsRate);
}

EventsEndpoint::Parameters EventsEndpoint::parameters(const HttpUpgradeRequest &request) const
{
    const DemoServerSettings &settings = server()->settings();
    Parameters result;
    result.rate = settings.eventsRate;
    const QString rate = QStringLiteral("rate");
    const QString count = QStringLiteral("count");
    if (request.query.hasQueryItem(rate)) {
        bool ok = false;
        result.rate = request.query.queryItemValue(rate).toDouble(&ok);
        if (!ok || !(result.rate >= minRate) || result.rate > settings.maxEventsRate) {
            result.error = tr("rate: events per second, from %1 to %2")
                               .arg(minRate)
                               .arg(settings.maxEventsRate);
            return result;
        }
    }
    if (request.query.hasQueryItem(count)) {
        bool ok = false;
        result.count = request.query.queryItemValue(count).toLongLong(&ok);
        if (!ok || result.count < 1 || result.count > maxCount)
            result.error = tr("count: a number of events, 1 or more");
    }
    return result;
}

WebSocketFrontDoor::Decision EventsEndpoint::route(const HttpUpgradeRequest &request)
{
    const Parameters parsed = parameters(request);
    if (!parsed.error.isEmpty())
        return WebSocketFrontDoor::Decision::reject(400, parsed.error.toUtf8() + '\n');
    const double limit = server()->settings().maxTotalEventsRate;
    if (m_activeRate + parsed.rate > limit)
        return WebSocketFrontDoor::Decision::reject(
            429,
            tr("The server's event budget (%1 events/s for all streams) is in use; %2 "
               "events/s are left.\n")
                .arg(limit)
                .arg(std::max(0.0, limit - m_activeRate))
                .toUtf8());
    return WebSocketFrontDoor::Decision::accept();
}

void EventsEndpoint::handle(DemoConnection *connection)
{
    const Parameters parsed = parameters(connection->request());
    auto *stream = new EventStream(connection, parsed.rate, parsed.count);
    m_activeRate += parsed.rate;
    connect(stream, &QObject::destroyed, this,
            [this, rate = parsed.rate] { m_activeRate = std::max(0.0, m_activeRate - rate); });
    stream->start();
}

} // namespace maxmon
