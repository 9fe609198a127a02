// The demo server's HTTP upgrade request parser and its RFC 6455 4.2.2
// check, as the front door meets them: the first bytes of any TCP
// connection, from anyone on the network. Never a crash; a complete request
// is either a valid upgrade or refused with 400, 405 or 426 and a reason.
#include "fuzzcheck.h"
#include "server/httpupgraderequest.h"
#include "server/websocketfrontdoor.h"

using namespace maxmon;
using maxmon::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    HttpUpgradeRequest request;
    const HttpUpgradeRequest::ParseStatus status = HttpUpgradeRequest::parse(input, &request);
    if (status != HttpUpgradeRequest::ParseStatus::Complete) {
        check(status != HttpUpgradeRequest::ParseStatus::Incomplete || !input.contains("\r\n\r\n"),
              "a request with its blank line is never incomplete", input);
        return 0;
    }
    (void)request.bearerToken();
    (void)request.subprotocols();
    const std::optional<WebSocketFrontDoor::Decision> refusal =
        WebSocketFrontDoor::checkUpgrade(request, QStringLiteral("fuzz"));
    if (refusal) {
        const int code = refusal->httpStatus;
        check(code == 400 || code == 405 || code == 426, "a refusal is 400, 405 or 426", input);
        check(!refusal->body.isEmpty(), "a refusal says why", input);
        for (const auto &header : refusal->headers)
            check(!header.second.contains('\n') && !header.second.contains('\r'),
                  "no line break in an answer's header", input);
    } else {
        check(request.method == QLatin1String("GET"), "only GET upgrades", input);
        check(request.header("Sec-WebSocket-Version") == "13", "only version 13", input);
    }
    return 0;
}
