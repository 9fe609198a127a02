#pragma once

#include <QObject>

class QSocketNotifier;

namespace maxmon::cli {

// Reads standard input line by line without blocking the event loop.
class StdinReader : public QObject
{
    Q_OBJECT

public:
    explicit StdinReader(QObject *parent = nullptr);

Q_SIGNALS:
    void lineRead(const QByteArray &line); // without the line break
    void endOfInput();

private:
    void onReadable();

    QSocketNotifier *m_notifier;
    QByteArray m_buffer;
};

} // namespace maxmon::cli
