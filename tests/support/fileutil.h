#pragma once

#include <QByteArray>
#include <QString>

namespace maxmon::test {

// Open file descriptors of this process, to show that cycles leak none.
int openFileDescriptors();

// Writes a file only its owner may read (as the SecretStore demands of
// token files); false when it cannot.
bool writePrivateFile(const QString &path, const QByteArray &content);

} // namespace maxmon::test
