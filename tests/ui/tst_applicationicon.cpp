// applicationIcon(): the icon theme's maxmon icon when the theme has one
// (an installed package), else every PNG size the build rendered from
// resources/icons/maxmon.svg and embedded.
#include "maxmonversion.h"
#include "window/applicationicon.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace maxmon;

class TestApplicationIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInSizesWithoutATheme();
    void themeIconWins();
};

void TestApplicationIcon::builtInSizesWithoutATheme()
{
    QTemporaryDir noThemes;
    QIcon::setThemeSearchPaths({ noThemes.path() });
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    const QImage large = icon.pixmap(QSize(256, 256)).toImage();
    QCOMPARE(large.size(), QSize(256, 256));
    // rendered, not blank: the tile's corner is transparent, its middle is not
    QCOMPARE(qAlpha(large.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(large.pixel(128, 128)), 255);
}

void TestApplicationIcon::themeIconWins()
{
    // a minimal hicolor theme holding a red 48x48 maxmon icon
    QTemporaryDir themes;
    const QString theme = themes.filePath(QStringLiteral("hicolor"));
    QVERIFY(QDir().mkpath(theme + QStringLiteral("/48x48/apps")));
    QFile index(theme + QStringLiteral("/index.theme"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=hicolor\nDirectories=48x48/apps\n\n"
                "[48x48/apps]\nSize=48\nType=Fixed\n");
    index.close();
    QImage red(48, 48, QImage::Format_ARGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(theme + QStringLiteral("/48x48/apps/" MAXMON_APP_ID ".png")));

    QIcon::setThemeSearchPaths({ themes.path() });
    QIcon::setThemeName(QStringLiteral("hicolor"));
    const QIcon icon = applicationIcon();
    QCOMPARE(icon.name(), QStringLiteral(MAXMON_APP_ID));
    QCOMPARE(icon.pixmap(QSize(48, 48)).toImage().pixelColor(24, 24), QColor(Qt::red));
}

QTEST_MAIN(TestApplicationIcon)
#include "tst_applicationicon.moc"
