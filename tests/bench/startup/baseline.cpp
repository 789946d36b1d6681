// The baseline for the benchmarks: the barest Qt Quick window. It exits once its first frame is
// rendered, as `haven --self-test` does; with --stay it stays open full screen, still, until it
// is killed (Qt's own floor for an idle kiosk).
#include <QGuiApplication>
#include <QQuickView>
#include <QTimer>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickView view;
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.setSource(
        QUrl(QStringLiteral("data:text/plain,import QtQuick; Rectangle { color: \"white\"; "
                            "Text { anchors.centerIn: parent; text: \"Hello\" } }")));
    view.resize(1280, 800);
    if (QCoreApplication::arguments().contains(QStringLiteral("--stay"))) {
        view.showFullScreen();
    } else {
        QObject::connect(&view, &QQuickWindow::frameSwapped, &app,
                         [] { QTimer::singleShot(0, [] { QCoreApplication::exit(0); }); });
        view.show();
    }
    return QGuiApplication::exec();
}
