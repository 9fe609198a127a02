#include "stdinreader.h"

#include <QSocketNotifier>

#include <unistd.h>

namespace maxmon::cli {

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinReader::onReadable);
}

void StdinReader::onReadable()
{
    char chunk[64 * 1024];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_notifier->setEnabled(false);
        if (!m_buffer.isEmpty())
            Q_EMIT lineRead(std::exchange(m_buffer, {}));
        Q_EMIT endOfInput();
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        Q_EMIT lineRead(line);
    }
}

} // namespace maxmon::cli
