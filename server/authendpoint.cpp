#include "server/authendpoint.h"

#include "server/demoserver.h"
#include "server/httpupgraderequest.h"

namespace maxmon {

namespace {

// Compares in time that depends on the length only, not on where the first
// difference is.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

AuthEndpoint::AuthEndpoint(DemoServer *server)
    : EchoEndpoint(server, QStringLiteral("/auth"))
{ }

QString AuthEndpoint::description() const
{
    return tr("needs the server's token (Authorization: Bearer TOKEN or ?token=TOKEN), "
              "then echoes");
}

WebSocketFrontDoor::Decision AuthEndpoint::route(const HttpUpgradeRequest &request)
{
    const QByteArray expected = server()->authToken().toUtf8();
    QString offered = request.bearerToken();
    if (offered.isEmpty())
        offered = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (!offered.isEmpty() && sameSecret(offered.toUtf8(), expected))
        return WebSocketFrontDoor::Decision::accept();
    return WebSocketFrontDoor::Decision::reject(
        401,
        offered.isEmpty()
            ? QByteArrayLiteral("No token: send Authorization: Bearer <token> or ?token=<token>\n")
            : QByteArrayLiteral("Wrong token\n"));
}

} // namespace maxmon
