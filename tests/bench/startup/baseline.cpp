// The baseline for the start-up benchmark: a bare Qt Quick window that exits once its first frame
// is rendered, as `haven --self-test` does.
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
    QObject::connect(&view, &QQuickWindow::frameSwapped, &app,
                     [] { QTimer::singleShot(0, [] { QCoreApplication::exit(0); }); });
    view.show();
    return QGuiApplication::exec();
}
