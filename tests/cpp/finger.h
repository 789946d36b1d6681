#pragma once

#include "havenfixture.h"

#include <QDir>
#include <QQuickWindow>
#include <QTest>

// What a finger does in Haven's real window, for every test and benchmark that drives one.
namespace Finger {

// The visible item of that name anywhere in the window, or null.
inline QQuickItem *find(QQuickWindow *window, const QString &name)
{
    return findVisibleItem(window->contentItem(), name);
}

// Scrolls the Flickable the item is in until the item is in view, as a finger would first.
inline void reveal(QQuickWindow *window, QQuickItem *target)
{
    for (QQuickItem *up = target->parentItem(); up; up = up->parentItem()) {
        if (!up->inherits("QQuickFlickable"))
            continue;
        const auto *content = up->property("contentItem").value<QQuickItem *>();
        const qreal y = target->mapToItem(content, QPointF()).y();
        const qreal contentY = up->property("contentY").toReal();
        if (y >= contentY && y + target->height() <= contentY + up->height())
            return;
        const qreal top = up->property("originY").toReal();
        const qreal bottom = top + up->property("contentHeight").toReal() - up->height();
        up->setProperty("contentY", std::clamp(y - up->height() / 2, top, std::max(top, bottom)));
        QTest::qWait(20);
        return;
    }
    Q_UNUSED(window);
}

// Waits a frame for positioners to lay out, brings the item into view and taps its centre.
// Empty when it was tapped; otherwise what stood in the way.
inline QString tap(QQuickWindow *window, const QString &name)
{
    QTest::qWait(20);
    QQuickItem *target = find(window, name);
    if (!target)
        return name % u" is not on screen";
    reveal(window, target);
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    if (!window->contentItem()->contains(centre))
        return name % u" is off screen";
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    QTest::qWait(20);
    return {};
}

// What the window shows, as a PNG in the build's screenshots folder, to look at.
inline bool save(QQuickWindow *window, const QString &name)
{
    QTest::qWait(50);
    return QDir().mkpath(QStringLiteral(HAVEN_SCREENSHOT_DIR))
        && window->grabWindow().save(QStringLiteral(HAVEN_SCREENSHOT_DIR "/") % name % u".png");
}

} // namespace Finger
