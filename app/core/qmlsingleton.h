#pragma once

#include <QJSEngine>
#include <QQmlEngine>

// The one instance of T that QML sees as a singleton, made and configured by main() (or a test)
// before QML loads. T must not be default-constructible: in Qt 6.4 QML would then make its own
// instance and never call create().
template<typename T>
class QmlSingleton
{
public:
    static void setInstance(T *instance) { s_instance = instance; }
    // The instance main() (or a test) set, or nullptr.
    static T *instance() { return s_instance; }

    static T *create(QQmlEngine *, QJSEngine *)
    {
        if (!s_instance)
            qFatal("%s::setInstance was not called before loading QML",
                   T::staticMetaObject.className());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline T *s_instance = nullptr;
};
