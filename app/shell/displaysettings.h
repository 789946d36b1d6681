#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>

#include <optional>

class AppConfig;
class Preferences;

// How Haven looks and starts for the person in front of it: text size, motion, contrast, and
// whether an exercise starts with sound. Each comes from the last layer that says something: the
// clinic's configuration (staff Settings), then the desktop's own settings (home and session), then
// the person's choice in the Display sheet. That choice is remembered in Preferences on a device
// of one's own, and forgotten with everything else when a kiosk's visitor goes (forget()).
class DisplaySettings : public QObject, public QmlSingleton<DisplaySettings>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY changed)
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(bool sound READ sound WRITE setSound NOTIFY changed)
    // The person chose something of their own, so "Back to the usual" has something to undo.
    Q_PROPERTY(bool chosen READ isChosen NOTIFY changed)
    // The desktop asked for larger text, less motion or more contrast, and Haven follows it.
    Q_PROPERTY(bool followsDesktop READ followsDesktop CONSTANT)

public:
    // What one layer says; nothing where it is silent.
    struct Layer
    {
        std::optional<qreal> textScale;
        std::optional<bool> reducedMotion;
        std::optional<bool> highContrast;
        std::optional<bool> sound;

        bool isEmpty() const { return !textScale && !reducedMotion && !highContrast && !sound; }
    };

    // GNOME's text-scaling-factor, enable-animations and high-contrast through `gsettings`, where
    // it is installed. A setting at its default says nothing, so the clinic's stays.
    static Layer readDesktop();

    // remembered keeps the person's choice, and is read for it now; it may be disabled (a kiosk).
    DisplaySettings(const AppConfig *config, const Layer &desktop, Preferences *remembered,
                    QObject *parent); // no default: see QmlSingleton

    qreal textScale() const;
    bool reducedMotion() const;
    bool highContrast() const;
    bool sound() const;
    bool isChosen() const { return !m_chosen.isEmpty(); }
    bool followsDesktop() const { return !m_desktop.isEmpty(); }

    // The person's own choice; textScale is kept within AppConfig's range.
    void setTextScale(qreal scale);
    void setReducedMotion(bool reduced);
    void setHighContrast(bool high);
    void setSound(bool sound);
    // Back to the clinic's and the desktop's settings.
    Q_INVOKABLE void forget();

Q_SIGNALS:
    void changed();

private:
    template<typename T>
    T pick(std::optional<T> Layer::*setting, T configured) const;
    template<typename T>
    void choose(std::optional<T> Layer::*setting, T value, T configured);
    void remember();

    const AppConfig *m_config;
    const Layer m_desktop;
    Preferences *m_remembered;
    Layer m_chosen;
};
