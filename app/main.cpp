#include "commandline.h"
#include "havenapp.h"

#include <QCoreApplication>
#include <QQmlExtensionPlugin>
#include <QTextStream>

#include <malloc.h>

Q_IMPORT_QML_PLUGIN(HavenPlugin)

int main(int argc, char *argv[])
{
    // Every visit decodes and frees megabytes of sound. Served by mmap, they go back to the
    // system when freed; glibc would otherwise raise this threshold and keep them in a heap
    // that never shrinks, and a kiosk running for months would carry the bloat.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    QCoreApplication::setApplicationName(QStringLiteral("haven"));
    QCoreApplication::setApplicationVersion(AppConfig::version());

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine cli = CommandLine::parse(arguments);
    if (cli.action == CommandLine::Action::Exit) {
        QTextStream(cli.exitCode == 0 ? stdout : stderr) << cli.output << Qt::endl;
        return cli.exitCode;
    }
    return HavenApp(cli).exec(argc, argv);
}
