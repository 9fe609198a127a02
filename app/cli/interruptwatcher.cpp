#include "interruptwatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace maxmon::cli {

namespace {
int signalPipe[2] = { -1, -1 };

void onSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    // async-signal-safe; a full pipe just drops the byte
    [[maybe_unused]] const ssize_t ignored = ::write(signalPipe[1], &byte, 1);
}

void install(void (*handler)(int), bool hangup)
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    if (hangup)
        ::sigaction(SIGHUP, &action, nullptr);
}
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent, Hangup hangup)
    : QObject(parent)
    , m_watchHangup(hangup == Hangup::Watch)
{
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // no clean shutdown then, the default handlers stay
    m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::onReadable);
    install(onSignal, m_watchHangup);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    install(SIG_DFL, m_watchHangup);
    delete m_notifier;
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
}

void InterruptWatcher::onReadable()
{
    char bytes[16];
    ssize_t n;
    while ((n = ::read(signalPipe[0], bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < n; ++i) {
            if (bytes[i] == SIGHUP)
                Q_EMIT hangup();
            else
                Q_EMIT interrupted(++m_count, bytes[i]);
        }
    }
}

} // namespace maxmon::cli
