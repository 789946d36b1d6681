#include "exportplaces.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Where a kiosk's CSV export goes: a USB stick when one is mounted, else this device.
class TestExportPlaces : public QObject
{
    Q_OBJECT

private:
    // A tablet's mount table, as /proc/self/mounts gives it, with a stick whose label has a space.
    static constexpr const char *tablet
        = "/dev/mmcblk0p2 / ext4 rw,relatime 0 0\n"
          "proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n"
          "tmpfs /run tmpfs rw,nosuid,nodev,size=400000k,mode=755 0 0\n"
          "/dev/mmcblk0p1 /boot/efi vfat rw,relatime,fmask=0077 0 0\n"
          "/dev/sda1 /media/haven/FRONT\\040DESK vfat rw,nosuid,nodev,uid=999,flush 0 0\n"
          "/dev/sdb1 /run/media/sam/OLD ext4 ro,nosuid,nodev 0 0\n"
          "//server/share /media/share cifs rw 0 0\n";

    QTemporaryDir m_dir;

    QString table(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("mounts"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void findsTheWritableSticksOnly()
    {
        const QList<ExportPlaces::Place> places
            = ExportPlaces::removableMounts(QString::fromLatin1(tablet));
        // Not the system's own disks, not a read-only stick, not a network share.
        QCOMPARE(places.size(), 1);
        QCOMPARE(places.constFirst().name, QStringLiteral("FRONT DESK"));
        QCOMPARE(places.constFirst().path, QStringLiteral("/media/haven/FRONT DESK"));
        QVERIFY(places.constFirst().removable);
        QVERIFY(ExportPlaces::removableMounts(QString()).isEmpty());
    }

    void aStickComesFirstAndStaffMayChooseThisDevice()
    {
        ExportPlaces places;
        places.setLocalFolder(QStringLiteral("/var/lib/haven/Documents/Haven reports"));
        places.setMountTable(table("/dev/mmcblk0p2 / ext4 rw 0 0\n"));
        places.refresh();
        QCOMPARE(places.places().size(), 1);
        QCOMPARE(places.folder(), QStringLiteral("/var/lib/haven/Documents/Haven reports"));
        QCOMPARE(places.description(),
                 QStringLiteral("this device, in /var/lib/haven/Documents/Haven reports"));

        // A stick goes in: it is where the export goes, without staff doing anything.
        QSignalSpy changed(&places, &ExportPlaces::changed);
        places.setMountTable(table(tablet));
        places.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(places.places().size(), 2);
        QCOMPARE(places.folder(), QStringLiteral("/media/haven/FRONT DESK"));
        QCOMPARE(places.description(),
                 QStringLiteral("the USB stick FRONT DESK (/media/haven/FRONT DESK)"));
        places.refresh();
        QCOMPARE(changed.count(), 1); // nothing new, nothing said

        places.setChosen(QStringLiteral("/var/lib/haven/Documents/Haven reports"));
        QCOMPARE(places.folder(), QStringLiteral("/var/lib/haven/Documents/Haven reports"));
        places.setChosen(QStringLiteral("/media/haven/FRONT DESK"));

        // The stick is pulled out: the export falls back to this device.
        places.setMountTable(table("/dev/mmcblk0p2 / ext4 rw 0 0\n"));
        places.refresh();
        QCOMPARE(places.folder(), QStringLiteral("/var/lib/haven/Documents/Haven reports"));
        QCOMPARE(places.placeList().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExportPlaces)
#include "tst_exportplaces.moc"
