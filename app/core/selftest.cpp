#include "selftest.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTimer>

#include <atomic>

namespace {

std::atomic_int s_warnings = 0;
QtMessageHandler s_previousHandler = nullptr;

// QML reports through these categories, and QQmlComponent through the default one. Other default
// messages (an audio server that is not running, say) are not the interface's fault.
bool isQmlMessage(const char *category, const QString &message)
{
    const QLatin1StringView name(category ? category : "default");
    if (name == QLatin1StringView("qml") || name == QLatin1StringView("js")
        || name.startsWith(QLatin1StringView("qt.qml")))
        return true;
    return name == QLatin1StringView("default")
        && (message.startsWith(u"qrc:") || message.startsWith(u"file:")
            || message.startsWith(u"QQmlComponent") || message.startsWith(u"<Unknown File>"));
}

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtWarningMsg && isQmlMessage(context.category, message)) || type == QtCriticalMsg
        || type == QtFatalMsg)
        ++s_warnings;
    s_previousHandler(type, context, message);
}

} // namespace

SelfTest::SelfTest(QObject *parent)
    : QObject(parent)
{
    m_timer.start();
    s_warnings = 0;
    s_previousHandler = qInstallMessageHandler(countingHandler);
}

SelfTest::~SelfTest()
{
    qInstallMessageHandler(s_previousHandler);
}

int SelfTest::warnings() const
{
    return s_warnings;
}

void SelfTest::watch(QQuickWindow *window)
{
    if (!window) {
        finish(QStringLiteral("the main window did not load"));
        return;
    }
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        // Let the events queued by the first frame run, so their warnings count too.
        QTimer::singleShot(0, this, [this] { finish({}); });
    });
    QTimer::singleShot(frameTimeoutMs, this, [this] {
        finish(QStringLiteral("no frame was rendered within %1 s").arg(frameTimeoutMs / 1000));
    });
}

void SelfTest::finish(const QString &failure)
{
    if (m_finished)
        return;
    m_finished = true;
    QString reason = failure;
    if (reason.isEmpty() && warnings() > 0)
        reason = QStringLiteral("%1 QML warning(s) or error(s) were printed").arg(warnings());
    if (reason.isEmpty()) {
        qInfo("haven: self-test passed, first frame after %lld ms", m_timer.elapsed());
        QCoreApplication::exit(0);
    } else {
        qCritical("haven: self-test failed: %s", qUtf8Printable(reason));
        QCoreApplication::exit(1);
    }
}
