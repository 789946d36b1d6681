#include "clock.h"
#include "exerciserunner.h"
#include "finger.h"
#include "idlewatch.h"
#include "usagesamples.h"

#include <QAccessible>
#include <QDir>
#include <QLoggingCategory>
#include <QMap>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtQuickTest/quicktest.h>

#include <cmath>
#include <functional>
#include <numbers>

Q_IMPORT_QML_PLUGIN(HavenPlugin)

// Every screen in the real window, at the sizes Haven must fit: screenshots to look at, and
// checks that every control can be found by a screen reader and hit by a finger.
class TestScreens : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HavenFixture> m_haven;
    QTemporaryDir m_usageFolder;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    FakeClock m_clock;
    int m_audited = 0; // screens × configurations
    int m_texts = 0;
    QStringList m_findings;
    AppConfig::Mode m_mode = AppConfig::Mode::Home;
    QMap<QString, int> m_modeAudits; // kiosk and session: screens × configurations audited
    int m_pairs = 0; // colour pairs measured from pixels
    QStringList m_contrastFailures;

    // Walks the visit to the screen named, through VisitFlow as the screens' own buttons do.
    void open(const QString &route, QSize size,
              const QString &exerciseId = QStringLiteral("feet-on-the-floor"))
    {
        m_window->resize(size);
        for (const char *sheet : {"helpDialog", "displaySheet"}) {
            if (QObject *open = m_window->findChild<QObject *>(QLatin1StringView(sheet)))
                QMetaObject::invokeMethod(open, "close");
        }
        VisitFlow &flow = m_haven->flow();
        flow.start();
        // "-recommended" and "-compared" show a screen after check-ins: revved up at 8 before,
        // okay at 4 after.
        const QString screen = route.section(u'-', 0, 0);
        if (route.endsWith(u"-recommended") || route.endsWith(u"-compared")) {
            flow.openCheckIn();
            flow.checkIn(0.7, 8);
        }
        if (screen == u"help" || screen == u"display") {
            QQuickItem *button = m_window->findChild<QQuickItem *>(
                screen == u"help" ? QStringLiteral("helpButton") : QStringLiteral("displayButton"));
            QVERIFY(button);
            QMetaObject::invokeMethod(button, "clicked");
        } else if (screen == u"checkin") {
            flow.openCheckIn();
        } else if (screen == u"exercise" || screen == u"checkout" || screen == u"summary") {
            flow.startExercise(screen == u"exercise" ? exerciseId
                                                     : QStringLiteral("feet-on-the-floor"));
            if (screen != u"exercise")
                flow.endExercise();
            if (screen == u"summary")
                route.endsWith(u"-compared") ? flow.checkOut(0.05, 4) : flow.skipCheckOut();
        } else if (screen == u"ending") {
            // Back mid-run: "End this exercise?"
            flow.startExercise(QStringLiteral("feet-on-the-floor"));
            flow.back();
        } else if (screen == u"history") {
            flow.openHistory();
            if (route.endsWith(u"-delete")) { // "Delete your check-ins?"
                settle();
                tap(QStringLiteral("deleteHistory"));
            }
        } else if (screen != u"home" && screen != u"sheet" && screen != u"display") {
            flow.openStaff();
            if (screen == u"dashboard")
                flow.openDashboard();
            if (screen == u"settings")
                flow.openSettings();
        }
        // Reduced motion makes every transition instant; two frames settle layout and paint.
        settle();
        // An exercise's detail sheet, over the library: one with every kind of fact to tell.
        if (screen == u"sheet") {
            QQuickItem *home = nullptr;
            for (QQuickItem *item : allItems(m_window->contentItem())) {
                if (QByteArray(item->metaObject()->className()).startsWith("HomeScreen"))
                    home = item;
            }
            QVERIFY(home);
            QMetaObject::invokeMethod(home, "openSheet",
                                      Q_ARG(QString, QStringLiteral("safe-place")),
                                      Q_ARG(QString, QString()), Q_ARG(QQuickItem *, nullptr));
            settle();
        }
    }

    // Until the screen is drawn and laid out: what is checked then is what a person sees, and
    // reading a size cannot make bindings rebuild items under the walk.
    void settle()
    {
        QTest::qWait(50);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
    }

    // Any warning from QML fails a screen; an audio server missing on a test machine does not.
    static QRegularExpression qmlWarning()
    {
        return QRegularExpression(
            QStringLiteral("^(qrc:|file:|QQmlComponent|<Unknown File>|QML )"));
    }

    static qreal effectiveOpacity(const QQuickItem *item)
    {
        qreal opacity = 1;
        for (; item; item = item->parentItem())
            opacity *= item->opacity();
        return opacity;
    }

    // Every visible control a finger or a screen reader can reach.
    void checkControls(QAccessibleInterface *iface, const QString &where)
    {
        if (!iface || !iface->isValid() || iface->state().invisible)
            return;
        static const QList<QAccessible::Role> interactive
            = {QAccessible::Button,  QAccessible::CheckBox, QAccessible::RadioButton,
               QAccessible::Slider,  QAccessible::SpinBox,  QAccessible::ComboBox,
               QAccessible::PageTab, QAccessible::Link,     QAccessible::EditableText};
        if (interactive.contains(iface->role())) {
            const QRect rect = iface->rect();
            const QString name = iface->text(QAccessible::Name);
            QVERIFY2(!name.trimmed().isEmpty(),
                     qPrintable(where % u": a control has no accessible name"));
            QVERIFY2(rect.width() >= 48 && rect.height() >= 48,
                     qPrintable(where % u": \"" % name % u"\" is " % QString::number(rect.width())
                                % u'×' % QString::number(rect.height()) % u", smaller than 48×48"));
        }
        for (int i = 0; i < iface->childCount(); ++i)
            checkControls(iface->child(i), where);
    }

    // No text that shows runs past the window's edge or past its own box.
    void checkText(const QString &where)
    {
        const QList<QQuickItem *> all = allItems(m_window->contentItem());
        const QList<QPointer<QQuickItem>> items(all.cbegin(), all.cend());
        for (const QPointer<QQuickItem> &item : items) {
            if (!item || !item->isVisible() || effectiveOpacity(item) == 0
                || !item->inherits("QQuickText"))
                continue;
            const QString text = item->property("text").toString();
            if (text.isEmpty())
                continue;
            // What shows of it: a view that clips (a chart scrolled to today) hides the rest.
            QRectF scene = item->mapRectToScene(item->boundingRect());
            for (QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
                if (up->clip())
                    scene &= up->mapRectToScene(up->boundingRect());
            }
            if (scene.isEmpty())
                continue;
            QVERIFY2(scene.left() >= -0.5 && scene.right() <= m_window->width() + 0.5,
                     qPrintable(where % u": \"" % text.left(40) % u"\" runs off the window"));
            const bool elides = item->property("elide").toInt() != 0;
            QVERIFY2(elides || item->property("contentWidth").toReal() <= item->width() + 1,
                     qPrintable(where % u": \"" % text.left(40) % u"\" is wider than its box"));
        }
    }

    // What a text item paints: its lines within its box, placed by its alignment.
    static QRectF paintedRect(const QQuickItem *text)
    {
        const qreal width = std::min(text->property("contentWidth").toReal(), text->width());
        const qreal height = std::min(text->property("contentHeight").toReal(), text->height());
        const int h = text->property("horizontalAlignment").toInt();
        const int v = text->property("verticalAlignment").toInt();
        const qreal x = h & Qt::AlignRight ? text->width() - width
            : h & Qt::AlignHCenter         ? (text->width() - width) / 2
                                           : 0;
        const qreal y = v & Qt::AlignBottom ? text->height() - height
            : v & Qt::AlignVCenter          ? (text->height() - height) / 2
                                            : 0;
        return text->mapRectToScene(QRectF(x, y, width, height));
    }

    static bool isSheet(const QQuickItem *item)
    {
        for (const QMetaObject *type = item->metaObject(); type; type = type->superClass()) {
            if (QByteArray(type->className()).startsWith("Sheet_QMLTYPE"))
                return true;
        }
        return false;
    }

    static bool within(const QQuickItem *item, const QQuickItem *ancestor)
    {
        for (; item; item = item->parentItem()) {
            if (item == ancestor)
                return true;
        }
        return false;
    }

    // The layout audit: on what a person sees now (the top bar, and the open sheet if there is
    // one, else the screen), no two texts overlap, no text is cut but where it scrolls, nothing
    // is painted over the top bar, and a tap at the help button's centre reaches only help,
    // after every scrollable is scrolled to its end. Returns what it found, one line each.
    QStringList audit()
    {
        QStringList found;
        QQuickItem *bar = find(QStringLiteral("topBar"));
        if (!bar)
            return {u"no top bar"_qs};
        const QRectF barRect = bar->mapRectToScene(bar->boundingRect());
        QList<QQuickItem *> all = allItems(m_window->contentItem());
        QQuickItem *sheet = nullptr;
        // The paused veil hides the step beneath it as a sheet hides a screen.
        for (QQuickItem *item : std::as_const(all)) {
            if (item->isVisible() && effectiveOpacity(item) > 0
                && (isSheet(item) || item->objectName() == u"pausedOverlay"))
                sheet = item; // the last is the one on top: sheets stack in the order made
        }
        // Every scrollable at its end, where its last words lie under whatever is below.
        for (QQuickItem *item : std::as_const(all)) {
            if (!item->isVisible() || !item->inherits("QQuickFlickable"))
                continue;
            const qreal top = item->property("originY").toReal();
            const qreal end = top + item->property("contentHeight").toReal() - item->height();
            item->setProperty("contentY", std::max(top, end));
        }
        settle();
        all = allItems(m_window->contentItem());
        const QList<QPointer<QQuickItem>> items(all.cbegin(), all.cend());
        struct Shown
        {
            QQuickItem *item;
            QRectF rect;
        };
        QList<Shown> texts;
        for (const QPointer<QQuickItem> &item : items) {
            if (!item || !item->isVisible() || effectiveOpacity(item) == 0)
                continue;
            const bool onTop = within(item, bar) || (sheet ? within(item, sheet) : true);
            if (!onTop)
                continue;
            QRectF shown = item->mapRectToScene(item->boundingRect());
            bool scrolls = false;
            const bool isText = item->inherits("QQuickText")
                && !item->property("text").toString().trimmed().isEmpty();
            const QRectF painted = isText ? paintedRect(item) : shown;
            shown = painted;
            for (QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
                if (up->inherits("QQuickFlickable"))
                    scrolls = true; // what is cut from here on is scrolled out of view
                if (!up->clip())
                    continue;
                const QRectF box = up->mapRectToScene(up->boundingRect());
                const bool cut = !box.contains(shown.adjusted(1, 1, -1, -1));
                shown &= box;
                if (cut && !scrolls && isText && !shown.isEmpty())
                    found << u"cut: \"" % item->property("text").toString().left(40) % u"\" by "
                            % QString::fromLatin1(up->metaObject()->className()) % u' '
                            % up->objectName();
            }
            if (shown.isEmpty())
                continue;
            if (!scrolls && isText && painted.bottom() > m_window->height() + 0.5)
                found << u"below the window: \"" % item->property("text").toString().left(40)
                        % u'"';
            if (isText && item->property("truncated").toBool()
                && item->property("elide").toInt() == 0)
                found << u"truncated: \"" % item->property("text").toString().left(40) % u'"';
            if (isText)
                texts.append({item, shown});
            // Painted over the top bar: anything drawn there that is not the bar's own.
            if (!within(item, bar) && !within(bar, item)
                && item->flags().testFlag(QQuickItem::ItemHasContents)) {
                const QRectF over = shown & barRect;
                if (over.width() > 1 && over.height() > 1)
                    found << u"over the top bar: "
                            % QString::fromLatin1(item->metaObject()->className()) % u' '
                            % item->objectName();
            }
        }
        for (qsizetype i = 0; i < texts.size(); ++i) {
            for (qsizetype j = i + 1; j < texts.size(); ++j) {
                const QRectF both = texts[i].rect & texts[j].rect;
                if (both.width() > 2 && both.height() > 2 && !within(texts[i].item, texts[j].item)
                    && !within(texts[j].item, texts[i].item))
                    found << u"overlap: \"" % texts[i].item->property("text").toString().left(30)
                            % u"\" and \"" % texts[j].item->property("text").toString().left(30)
                            % u'"';
            }
        }
        m_texts += texts.size();
        // A tap at the help button's centre reaches help, and nothing else.
        QQuickItem *help = find(QStringLiteral("helpButton"));
        if (!help)
            return found << u"no help button"_qs;
        const QPointF centre = help->mapToScene(QPointF(help->width() / 2, help->height() / 2));
        QQuickItem *hit = m_window->contentItem();
        for (QQuickItem *child = hit; child;
             child = hit->childAt(hit->mapFromScene(centre).x(), hit->mapFromScene(centre).y()))
            hit = child;
        if (!within(hit, help))
            found << u"a tap on help reaches " % QString::fromLatin1(hit->metaObject()->className())
                    % u' ' % hit->objectName();
        return found;
    }

    // Cheap kiosk tablets, phones, laptops and large screens: every screen is audited at each.
    static QList<QSize> auditedSizes()
    {
        return {{480, 800},  {600, 1024}, {1024, 600}, {800, 1280},
                {1280, 800}, {1366, 768}, {1920, 1080}};
    }

    // "1024x600-text2-contrast" and the like.
    static QString configuration(QSize size, qreal scale, bool contrast)
    {
        QString name = QString::number(size.width()) % u'x' % QString::number(size.height());
        if (scale != 1.0)
            name += u"-text" % QString::number(scale);
        return contrast ? name % u"-contrast" : name;
    }

    // The pictures to look at: the usual sizes at text 1 and 2, and the small tablet at 2 and
    // portrait at 1.5, where layouts have broken before.
    static bool shown(QSize size, qreal scale, bool contrast)
    {
        return !contrast
            && ((scale != 1.5
                 && (size == QSize(1280, 800) || size == QSize(480, 800)
                     || size == QSize(800, 1280)))
                || (scale == 2.0 && size == QSize(1024, 600))
                || (scale == 1.5 && size == QSize(800, 1280)));
    }

    // What must not show in Spanish: every interface string whose Spanish differs from it, as a
    // pattern (its %1 and %n stand for anything, and at least four letters of it must be its
    // own), and every exercise text that has a Spanish of its own (one without falls back to
    // English, as staff are told).
    static QList<QRegularExpression> englishPatterns(const ExerciseLibrary &library)
    {
        QList<QRegularExpression> patterns;
        QFile file(QStringLiteral(HAVEN_TEST_DATA "/../../i18n/haven_es.ts"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read haven_es.ts");
        QXmlStreamReader xml(&file);
        QString source;
        QStringList translations;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"message") {
                source.clear();
                translations.clear();
            } else if (xml.isStartElement() && xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.isStartElement()
                       && (xml.name() == u"translation" || xml.name() == u"numerusform")) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!text.trimmed().isEmpty())
                    translations.append(text);
            } else if (xml.isEndElement() && xml.name() == u"message") {
                QString literal = source;
                literal.remove(placeholder);
                if (translations.contains(source)
                    || literal.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 4)
                    continue;
                QStringList pieces;
                for (const QString &piece : source.split(placeholder))
                    pieces << QRegularExpression::escape(piece);
                patterns.append(QRegularExpression(u'^' % pieces.join(u".+") % u'$',
                                                   QRegularExpression::DotMatchesEverythingOption));
            }
        }
        for (const QString &id : library.ids()) {
            const ExercisePtr e = library.exercise(id);
            QList<LocalizedText> texts{e->title, e->summary};
            for (const Step &step : e->steps)
                texts << step.text << step.title;
            for (const LocalizedText &text : std::as_const(texts)) {
                if (!text.isEmpty() && text.text(QStringLiteral("es")) != text.english())
                    patterns.append(QRegularExpression(
                        u'^' % QRegularExpression::escape(text.english()) % u'$'));
            }
        }
        return patterns;
    }

    // The exercise texts that have no Spanish yet, which show in English by design.
    static QSet<QString> untranslatedContent(const ExerciseLibrary &library)
    {
        QSet<QString> texts;
        const auto add = [&](const LocalizedText &text) {
            if (text.text(QStringLiteral("es")) == text.english())
                texts.insert(text.english());
        };
        for (const QString &id : library.ids()) {
            const ExercisePtr e = library.exercise(id);
            add(e->title);
            add(e->summary);
            for (const Step &step : e->steps) {
                add(step.text);
                add(step.title);
                for (const SensePrompt &prompt : step.prompts)
                    add(prompt.prompt);
                for (const Page &page : step.pages)
                    add(page.text);
                for (const WordList &list : step.wordLists) {
                    add(list.label);
                    for (const LocalizedText &word : list.words)
                        add(word);
                }
            }
        }
        return texts;
    }

    // Every text on screen and every name a screen reader says, that is in English.
    QStringList englishShown(const QList<QRegularExpression> &patterns,
                             const QSet<QString> &untranslated)
    {
        QStringList shown;
        for (QQuickItem *item : allItems(m_window->contentItem())) {
            if (item->isVisible() && effectiveOpacity(item) > 0 && item->inherits("QQuickText"))
                shown << item->property("text").toString();
        }
        std::function<void(QAccessibleInterface *)> names = [&](QAccessibleInterface *iface) {
            if (!iface || !iface->isValid() || iface->state().invisible)
                return;
            shown << iface->text(QAccessible::Name) << iface->text(QAccessible::Value);
            for (int i = 0; i < iface->childCount(); ++i)
                names(iface->child(i));
        };
        names(QAccessible::queryAccessibleInterface(m_window));
        shown << m_window->title();
        // Known and left in English: the usage log's status and notices for staff, written as
        // they happen, on the log's own thread.
        const UsageLog &log = m_haven->app->usageLog();
        for (const QString &staffOnly : log.notices() + QStringList{log.status()})
            shown.removeAll(staffOnly);
        // And words written into QML without qsTr, which no pattern knows: English's commonest
        // words, which Spanish never uses (an exercise still in English only may have them).
        static const QRegularExpression words(
            QStringLiteral("\\b(the|you|your|and|with|this|is|are|for|to)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        QStringList english;
        // Longest first, so a title is taken out whole before any shorter text inside it.
        static const QStringList contentTexts = [&] {
            QStringList texts(untranslated.cbegin(), untranslated.cend());
            std::sort(texts.begin(), texts.end(),
                      [](const QString &a, const QString &b) { return a.size() > b.size(); });
            return texts;
        }();
        for (const QString &text : std::as_const(shown)) {
            QString own = text; // without the exercise texts still in English only
            for (const QString &content : contentTexts) {
                if (!content.isEmpty() && own.contains(content))
                    own.remove(content);
            }
            bool found = words.match(own).hasMatch();
            for (const QRegularExpression &pattern : patterns)
                found = found || pattern.match(text).hasMatch();
            if (found && !text.isEmpty() && !english.contains(text))
                english << text;
        }
        return english;
    }

    QQuickItem *find(const QString &objectName) const { return Finger::find(m_window, objectName); }

    // Presses a control the way its own handler is reached, wherever it is scrolled to: for the
    // pictures, which show a moment of use (tst_kiosk, tst_session and tst_qml tap as fingers).
    void tap(const QString &objectName)
    {
        QQuickItem *item = find(objectName);
        QVERIFY2(item, qPrintable(u"no item named " % objectName));
        if (item->metaObject()->indexOfSignal("clicked()") >= 0)
            QMetaObject::invokeMethod(item, "clicked");
        else
            QMetaObject::invokeMethod(
                item, "toggleAt", Q_ARG(QPointF, QPointF(item->width() / 2, item->height() / 2)));
    }

    // A finger's stroke across an item, from one point to another in its own coordinates.
    void stroke(QQuickItem *item, const QList<QPointF> &points)
    {
        QVERIFY(!points.isEmpty());
        const auto scene = [item](QPointF point) { return item->mapToScene(point).toPoint(); };
        QTest::mousePress(m_window, Qt::LeftButton, {}, scene(points.first()));
        for (const QPointF point : points)
            QTest::mouseMove(m_window, scene(point));
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, scene(points.last()));
    }

    void save(const QString &name) { QVERIFY(Finger::save(m_window, name)); }

    // WCAG 2 relative luminance and contrast ratio, of colours as rendered.
    static double luminance(QColor colour)
    {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF());
    }

    static double contrast(QColor a, QColor b)
    {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    // Along a line of pixels, the one that stands out most from a colour: a ring, an edge or a
    // line crossed by it, whatever anti-aliasing does to its outer pixels.
    static QColor strongest(const QImage &image, QPointF from, QPointF to, QColor against)
    {
        QColor best = against;
        const int steps
            = int(std::ceil(std::max(std::abs(to.x() - from.x()), std::abs(to.y() - from.y()))));
        for (int i = 0; i <= steps; ++i) {
            const QPointF at = from + (to - from) * (steps ? double(i) / steps : 0);
            const QColor here = image.pixelColor(at.toPoint());
            if (contrast(here, against) > contrast(best, against))
                best = here;
        }
        return best;
    }

    // One measured pair: printed, and failed when WCAG 1.4.11 asks for 3:1 and it is less.
    void pair(const QString &where, const QString &name, QColor a, QColor b, bool required)
    {
        const double ratio = contrast(a, b);
        ++m_pairs;
        qInfo().noquote() << "  contrast" << where << name << QString::number(ratio, 'f', 2)
                          << (required ? u":1 (needs 3:1)"_qs : u":1 (shown only)"_qs) << a.name()
                          << "on" << b.name();
        if (required && ratio < 3)
            m_contrastFailures << where % u": " % name % u' ' % QString::number(ratio, 'f', 2);
    }

    // A fixture of the mode asked for, and its window: the home one is made in initTestCase;
    // the audit in the other modes makes its own (kiosk, then session) as it reaches them.
    void useMode(AppConfig::Mode mode)
    {
        if (mode == m_mode)
            return;
        m_engine.reset();
        m_haven.reset();
        m_haven = std::make_unique<HavenFixture>(mode, HavenFixture::options(&m_clock));
        m_haven->config().setReducedMotion(true);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_window = m_haven->app->loadWindow(*m_engine);
        QVERIFY(m_window);
        // A kiosk fills its screen; here it takes each audited size as a window instead.
        m_window->showNormal();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_mode = mode;
        if (auto *idle = m_window->findChild<IdleWatch *>(QStringLiteral("idleWatch")))
            idle->setClock(&m_clock);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A test machine has no sound server: one line a screen of "no audio output device" would
        // bury what matters in the log (tst_audioguide tests those warnings).
        QLoggingCategory::setFilterRules(QStringLiteral("haven.audio.warning=false"));
        m_haven = std::make_unique<HavenFixture>(AppConfig::Mode::Home,
                                                 HavenFixture::options(&m_clock));
        m_haven->config().setReducedMotion(true);
        // The dashboard shows two months of a clinic's usage, made up but realistic, and a
        // pause in logging last week for its notices.
        const QString usage = m_usageFolder.filePath(QStringLiteral("haven.db"));
        const QDate today = QDate::currentDate();
        QVERIFY(writeSampleLog(usage, 2400, today, 60, 7,
                               {{today.addDays(-6), 14, QStringLiteral("logging_paused"),
                                 QStringLiteral("disk_full"), 3}}));
        m_haven->app->usageLog().open(usage, 365, false);
        // Two weeks of a person's own check-ins: mostly revved up before, nearer okay after.
        for (int day = 13; day >= 0; --day) {
            for (int run = 0; run < (day % 3 == 0 ? 2 : 1); ++run) {
                const qreal before = 0.8 - 0.05 * day + (run ? -1.3 : 0);
                m_haven->app->history().add(today.addDays(-day), {before, 7 - run},
                                            {before * (0.3 + 0.05 * day), 4 - run});
            }
        }
        QTest::failOnWarning(qmlWarning());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_window = m_haven->app->loadWindow(*m_engine);
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void init()
    {
        QTest::failOnWarning(qmlWarning());
        m_haven->config().setTextScale(1.0);
        m_haven->config().setHighContrast(false);
        m_haven->config().setReducedMotion(true);
    }

    // The window goes first, then Haven closes its log, and only then its folder is removed.
    void cleanupTestCase()
    {
        qInfo().noquote() << "layout audit:" << m_audited
                          << "screens × sizes × text scales × contrasts," << m_texts
                          << "texts on top," << m_findings.size() << "findings";
        for (auto mode = m_modeAudits.cbegin(); mode != m_modeAudits.cend(); ++mode)
            qInfo().noquote() << "  of them in" << mode.key() << "mode:" << mode.value();
        qInfo().noquote() << "non-text contrast:" << m_pairs << "pairs measured from pixels,"
                          << m_contrastFailures.size() << "below 3:1 where 3:1 is needed";
        for (const QString &finding : std::as_const(m_findings))
            qInfo().noquote() << "  " << finding;
        m_engine.reset();
        m_haven.reset();
    }

    void screens_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("textScale");
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<bool>("screenshot");
        const QStringList routes = {QStringLiteral("home"),
                                    QStringLiteral("sheet"),
                                    QStringLiteral("home-recommended"),
                                    QStringLiteral("checkin"),
                                    QStringLiteral("checkout"),
                                    QStringLiteral("exercise"),
                                    QStringLiteral("ending"),
                                    QStringLiteral("summary"),
                                    QStringLiteral("summary-compared"),
                                    QStringLiteral("staff"),
                                    QStringLiteral("dashboard"),
                                    QStringLiteral("history"),
                                    QStringLiteral("history-delete"),
                                    QStringLiteral("help"),
                                    QStringLiteral("display"),
                                    QStringLiteral("settings")};
        for (const QString &route : routes) {
            for (const QSize size : auditedSizes()) {
                for (const qreal scale : {1.0, 1.5, 2.0}) {
                    for (const bool contrast : {false, true}) {
                        QTest::newRow(
                            qPrintable(route % u'-' % configuration(size, scale, contrast)))
                            << route << size << scale << contrast
                            << (shown(size, scale, contrast)
                                || (contrast && scale == 1.0 && size == QSize(1280, 800)));
                    }
                }
            }
        }
    }

    void screens()
    {
        QFETCH(QString, route);
        QFETCH(QSize, size);
        QFETCH(qreal, textScale);
        QFETCH(bool, highContrast);
        QFETCH(bool, screenshot);
        m_haven->config().setTextScale(textScale);
        m_haven->config().setHighContrast(highContrast);
        open(route, size);
        const QString where = QString::fromLatin1(QTest::currentDataTag());
        QQuickItem *dashboard = route == u"dashboard" ? find(QStringLiteral("dashboard")) : nullptr;
        if (dashboard) {
            // Its figures are counted off the UI thread; wait for them.
            QObject *report = dashboard->findChild<QObject *>(QStringLiteral("usageReport"));
            QVERIFY(report);
            QTRY_VERIFY(report->property("ready").toBool() && !report->property("busy").toBool());
            QTest::qWait(50);
        }
        checkControls(QAccessible::queryAccessibleInterface(m_window), where);
        checkText(where);
        if (screenshot)
            save(where);
        // Last, as it scrolls everything to its end.
        const QStringList found = audit();
        ++m_audited;
        for (const QString &finding : found)
            m_findings << where % u": " % finding;
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; ")));
        // The dashboard's charts run below the fold: a picture of each screenful.
        if (dashboard && screenshot && size != QSize(480, 800) && !highContrast) {
            QQuickItem *flickable = find(QStringLiteral("dashboardFlickable"));
            QVERIFY(flickable);
            const qreal end = flickable->property("contentHeight").toReal() - flickable->height();
            for (int page = 2; flickable->property("contentY").toReal() < end; ++page) {
                flickable->setProperty("contentY", std::min(end, (page - 1) * flickable->height()));
                QTest::qWait(50);
                save(where % u"-page" % QString::number(page));
            }
        }
    }

    // A screen reader cannot press what a person cannot see: the top bar's hidden Staff button
    // (in a kiosk it leads past the PIN) is out of the accessibility tree and refuses a press.
    void hiddenControlsRefuseAPress()
    {
        open(QStringLiteral("home"), {1280, 800});
        QQuickItem *staff = m_window->findChild<QQuickItem *>(QStringLiteral("staffButton"));
        QVERIFY(staff);
        QVERIFY(!staff->isVisible());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(staff);
        QVERIFY(iface && iface->actionInterface());
        QSignalSpy pressed(staff, SIGNAL(clicked()));
        iface->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTest::qWait(50);
        QCOMPARE(pressed.count(), 0);
        QCOMPARE(m_haven->flow().screen(), VisitFlow::Screen::Library);
        const std::function<bool(QAccessibleInterface *)> inTree = [&](QAccessibleInterface *node) {
            if (!node || !node->isValid())
                return false;
            if (node->object() == staff)
                return true;
            for (int i = 0; i < node->childCount(); ++i) {
                if (inTree(node->child(i)))
                    return true;
            }
            return false;
        };
        QVERIFY2(!inTree(QAccessible::queryAccessibleInterface(m_window)),
                 "the hidden Staff button is in the accessibility tree");
        // Shown and enabled, the same press works.
        staff->setVisible(true);
        iface->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTRY_COMPARE(pressed.count(), 1);
        staff->setVisible(false);
    }

    // The progress line is where the run is on every frame, however slow the frames: here 0.7 s
    // of the clock between two, with motion on (a smoothing animation would trail behind).
    void progressLineIsExact()
    {
        open(QStringLiteral("exercise"), QSize(1280, 800), QStringLiteral("extended-exhale"));
        m_haven->config().setReducedMotion(false);
        VisitFlow &flow = m_haven->flow();
        QTest::qWait(50);
        // The flow lets the runner go once the run has ended, perhaps within a wait below.
        QPointer<ExerciseRunner> runner = flow.runner();
        QVERIFY(runner);
        QSignalSpy finished(runner.get(), &ExerciseRunner::finished);
        const auto running
            = [&runner] { return runner && runner->state() == ExerciseRunner::State::Running; };
        QQuickItem *line = find(QStringLiteral("exerciseProgress"));
        QVERIFY(line);
        int frames = 0;
        while (running() && frames < 1000) {
            const qreal before = runner->elapsed();
            m_clock.advanceMs(700);
            QTRY_VERIFY_WITH_TIMEOUT(!running() || runner->elapsed() > before, 2000);
            if (!running())
                break;
            ++frames;
            const qreal expected = runner->elapsed() / runner->total();
            const qreal shown = line->property("shown").toReal();
            QVERIFY2(std::abs(shown - expected) <= 0.01,
                     qPrintable(u"frame " % QString::number(frames) % u": the line shows "
                                % QString::number(shown) % u", the run is at "
                                % QString::number(expected)));
        }
        QVERIFY2(frames > 200, qPrintable(QString::number(frames)));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ExerciseRunner::Outcome>(),
                 ExerciseRunner::Outcome::Completed);
        m_haven->config().setReducedMotion(true);
    }

    // The exercise screen's kind words: an exercise that is not there, and one that has ended
    // (reached by going back from the check-in after it).
    // Every screen in Spanish: no English left on it but names, and the same layout audit, at
    // the sizes where Spanish, a quarter longer, is most likely to break a layout.
    void spanish_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("textScale");
        const QStringList routes = {QStringLiteral("home"),
                                    QStringLiteral("sheet"),
                                    QStringLiteral("home-recommended"),
                                    QStringLiteral("checkin"),
                                    QStringLiteral("checkout"),
                                    QStringLiteral("exercise"),
                                    QStringLiteral("ending"),
                                    QStringLiteral("summary"),
                                    QStringLiteral("summary-compared"),
                                    QStringLiteral("staff"),
                                    QStringLiteral("dashboard"),
                                    QStringLiteral("history"),
                                    QStringLiteral("history-delete"),
                                    QStringLiteral("help"),
                                    QStringLiteral("display"),
                                    QStringLiteral("settings")};
        for (const QString &route : routes) {
            for (const QSize size : {QSize(1024, 600), QSize(480, 800), QSize(1280, 800)}) {
                for (const qreal scale : {1.0, 2.0})
                    QTest::newRow(
                        qPrintable(u"es-" % route % u'-' % configuration(size, scale, false)))
                        << route << size << scale;
            }
        }
    }

    void spanish()
    {
        QFETCH(QString, route);
        QFETCH(QSize, size);
        QFETCH(qreal, textScale);
        Language &language = m_haven->app->language();
        language.choose(QStringLiteral("es"));
        const auto english = qScopeGuard([&] { language.choose(QStringLiteral("en")); });
        static const QList<QRegularExpression> patterns = englishPatterns(m_haven->app->library());
        QVERIFY(patterns.size() > 300);
        m_haven->config().setTextScale(textScale);
        open(route, size);
        const QString where = QString::fromLatin1(QTest::currentDataTag());
        if (route == u"dashboard") {
            QObject *report = find(QStringLiteral("dashboard"))
                                  ->findChild<QObject *>(QStringLiteral("usageReport"));
            QVERIFY(report);
            QTRY_VERIFY(report->property("ready").toBool() && !report->property("busy").toBool());
            QTest::qWait(50);
        }
        static const QSet<QString> untranslated = untranslatedContent(m_haven->app->library());
        const QStringList shown = englishShown(patterns, untranslated);
        QVERIFY2(shown.isEmpty(), qPrintable(where % u": in English: " % shown.join(u" | ")));
        checkControls(QAccessible::queryAccessibleInterface(m_window), where);
        checkText(where);
        if (size == QSize(1024, 600) && textScale == 2.0)
            save(where);
        // The runs by language, in their own words.
        if (route == u"dashboard" && size == QSize(1280, 800) && textScale == 1.0) {
            QQuickItem *languages = find(QStringLiteral("languageRuns"));
            QQuickItem *flickable = find(QStringLiteral("dashboardFlickable"));
            QVERIFY(languages && flickable);
            const QList<QQuickItem *> bars = allItems(languages);
            QVERIFY(std::any_of(bars.cbegin(), bars.cend(), [](const QQuickItem *item) {
                return item->property("text").toString() == u"Español";
            }));
            QQuickItem *content = flickable->property("contentItem").value<QQuickItem *>();
            flickable->setProperty("contentY", languages->mapToItem(content, QPointF()).y() - 100);
            QTest::qWait(50);
            save(where % u"-languages");
        }
        const QStringList found = audit();
        QVERIFY2(found.isEmpty(), qPrintable(where % u": " % found.join(u"; ")));
    }

    void exerciseMissing_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("textScale");
        QTest::newRow("exercise-missing-1280x800") << QSize(1280, 800) << 1.0;
        QTest::newRow("exercise-missing-480x800-text2") << QSize(480, 800) << 2.0;
    }

    void exerciseMissing()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, textScale);
        m_haven->config().setTextScale(textScale);
        open(QStringLiteral("exercise"), size, QStringLiteral("no-such-exercise"));
        QVERIFY(find(QStringLiteral("chooseAnotherButton")));
        const QString where = QString::fromLatin1(QTest::currentDataTag());
        checkControls(QAccessible::queryAccessibleInterface(m_window), where);
        checkText(where);
        save(where);
        tap(QStringLiteral("chooseAnotherButton"));
        QCOMPARE(m_haven->flow().screen(), VisitFlow::Screen::Library);
    }

    // Every step kind, on a shipped exercise that has it, at each size; the runner runs on a
    // fake clock so each picture shows the same moment.
    void steps_data()
    {
        QTest::addColumn<QString>("exerciseId");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("choose"); // imagery: the step that offers soundscapes
        QTest::addColumn<qint64>("intoStepMs");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("textScale");
        QTest::addColumn<bool>("reducedMotion");
        QTest::addColumn<bool>("screenshot");
        struct Kind
        {
            const char *name;
            const char *exerciseId;
            bool choose;
            qint64 intoStepMs;
        };
        // Breathe: 2.5 s into the third breath of 4-in, 6-out, so the shape is part-way grown.
        const Kind kinds[] = {
            {"say", "extended-exhale", false, 2000},   {"breathe", "extended-exhale", false, 22500},
            {"imagery", "safe-place", true, 3000},     {"draw", "safe-place", false, 0},
            {"senses", "five-senses", false, 0},       {"bodymap", "parts-check-in", false, 0},
            {"pause", "parts-check-in", false, 18000}, {"read", "window-of-tolerance", false, 0}};
        for (const Kind &kind : kinds) {
            const QString name = QStringLiteral("step-") + QLatin1StringView(kind.name);
            const QString id = QLatin1StringView(kind.exerciseId);
            for (const QSize size : auditedSizes()) {
                for (const qreal scale : {1.0, 1.5, 2.0}) {
                    for (const bool contrast : {false, true}) {
                        QTest::newRow(
                            qPrintable(name % u'-' % configuration(size, scale, contrast)))
                            << id << QString::fromLatin1(kind.name) << kind.choose
                            << kind.intoStepMs << size << scale << false
                            << shown(size, scale, contrast);
                    }
                }
            }
            const bool animated
                = qstrcmp(kind.name, "breathe") == 0 || qstrcmp(kind.name, "pause") == 0;
            if (animated) {
                for (const QSize size : {QSize(1280, 800), QSize(800, 1280)}) {
                    QTest::newRow(qPrintable(name % u'-' % QString::number(size.width()) % u'x'
                                             % QString::number(size.height()) % u"-reduced"))
                        << id << QString::fromLatin1(kind.name) << kind.choose << kind.intoStepMs
                        << size << 1.0 << true << true;
                }
            }
            if (qstrcmp(kind.name, "breathe") == 0) {
                QTest::newRow(qPrintable(name % u"-1280x800-paused"))
                    << id << QString::fromLatin1(kind.name) << kind.choose << kind.intoStepMs
                    << QSize(1280, 800) << 1.0 << false << true;
                QTest::newRow(qPrintable(name % u"-480x800-text2-paused"))
                    << id << QString::fromLatin1(kind.name) << kind.choose << kind.intoStepMs
                    << QSize(480, 800) << 2.0 << false << true;
                QTest::newRow(qPrintable(name % u"-1024x600-text2-paused"))
                    << id << QString::fromLatin1(kind.name) << kind.choose << kind.intoStepMs
                    << QSize(1024, 600) << 2.0 << false << true;
                QTest::newRow(qPrintable(name % u"-800x1280-text1.5-paused"))
                    << id << QString::fromLatin1(kind.name) << kind.choose << kind.intoStepMs
                    << QSize(800, 1280) << 1.5 << false << true;
            }
        }
    }

    void steps()
    {
        QFETCH(QString, exerciseId);
        QFETCH(QString, kind);
        QFETCH(bool, choose);
        QFETCH(qint64, intoStepMs);
        QFETCH(QSize, size);
        QFETCH(qreal, textScale);
        QFETCH(bool, reducedMotion);
        QFETCH(bool, screenshot);
        const QString where = QString::fromLatin1(QTest::currentDataTag());
        m_haven->config().setTextScale(textScale);
        m_haven->config().setHighContrast(where.endsWith(u"-contrast"));
        open(QStringLiteral("exercise"), size, exerciseId);

        ExerciseRunner *runner = m_haven->flow().runner();
        QVERIFY(runner);
        QVERIFY(runner->isValid());
        // On the fake clock, step on to the first step of the kind.
        while (
            runner->state() == ExerciseRunner::State::Running
            && (runner->stepKind() != kind
                || (choose && !runner->step().value(QStringLiteral("chooseSoundscape")).toBool())))
            runner->next();
        QCOMPARE(runner->stepKind(), kind);
        m_clock.advanceMs(intoStepMs);
        runner->update();
        QCOMPARE(runner->stepKind(), kind);

        // A moment of use, so the picture shows the step being used.
        if (kind == u"senses") {
            tap(QStringLiteral("noticedButton"));
            tap(QStringLiteral("noticedButton"));
        } else if (kind == u"bodymap") {
            tap(QStringLiteral("region-chest"));
            tap(QStringLiteral("chip-Size-small"));
            tap(QStringLiteral("chip-Movement-buzzing"));
        } else if (kind == u"read") {
            tap(QStringLiteral("nextPageButton"));
        } else if (kind == u"draw") {
            QTest::qWait(20);
            QQuickItem *canvas = find(QStringLiteral("drawCanvas"));
            QVERIFY(canvas);
            QList<QPointF> wave;
            for (int i = 0; i <= 40; ++i) {
                const qreal t = i / 40.0;
                wave.append({canvas->width() * (0.15 + 0.7 * t),
                             canvas->height() * (0.5 + 0.25 * std::sin(t * 2 * std::numbers::pi))});
            }
            stroke(canvas, wave);
        }
        if (where.endsWith(u"-paused"))
            runner->pause();
        // The views show motion only now, so the screen's own fade-in stays instant.
        m_haven->config().setReducedMotion(reducedMotion);
        QTest::qWait(50);

        checkControls(QAccessible::queryAccessibleInterface(m_window), where);
        checkText(where);
        if (screenshot)
            save(where);
        // A card is read at one's own pace: no clock, no Pause or Skip, one way back at most.
        // Paused, the step is out of sight behind the veil, and Resume is there once.
        const auto shownNamed = [this](const QString &prefix) {
            int count = 0;
            for (QQuickItem *item : allItems(m_window->contentItem())) {
                if (item->isVisible() && effectiveOpacity(item) > 0
                    && item->metaObject()->indexOfSignal("clicked()") >= 0
                    && item->property("text").toString().startsWith(prefix))
                    ++count;
            }
            return count;
        };
        if (kind == u"read") {
            for (const char *name : {"pauseButton", "skipStepButton", "stepBackButton", "timeLeft",
                                     "exerciseProgress"})
                QVERIFY2(!find(QLatin1StringView(name)), name);
            QVERIFY(shownNamed(u"Previous"_qs) <= 1);
        }
        if (where.endsWith(u"-paused")) {
            QVERIFY(!find(QStringLiteral("stepLoader")));
            QVERIFY(!find(QStringLiteral("pauseButton")));
            QCOMPARE(shownNamed(u"Resume"_qs), 1);
        }
        if (kind == u"breathe" && !reducedMotion && !where.endsWith(u"-paused"))
            checkBreathShape(runner);
        m_haven->config().setReducedMotion(true);
        const QStringList found = audit();
        ++m_audited;
        for (const QString &finding : found)
            m_findings << where % u": " % finding;
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; ")));
    }

    // Non-text contrast as rendered (WCAG 1.4.11), in both contrast modes, from the window's
    // pixels. Needed at 3:1: the focus ring against the page around it (a 1 px gap of page lies
    // between it and its control, so the page is all it touches); the breathing shape's edge
    // against the page (its size is the cue); the progress line's filled part against its track
    // and against the page; the check-in gauge's outline against the page; and, in high
    // contrast, which promises every non-text cue at 3:1, the lines between its zones against
    // the bands on either side. Shown only: the ring against the control's fill, the shape's
    // fill, the track against the page and the soft bands against each other and the page
    // (each zone is named in words beside it; the colours only echo them).
    void nonTextContrast_data()
    {
        QTest::addColumn<bool>("highContrast");
        QTest::newRow("normal") << false;
        QTest::newRow("high-contrast") << true;
    }

    void nonTextContrast()
    {
        QFETCH(bool, highContrast);
        const QString where = QString::fromLatin1(QTest::currentDataTag());
        const int failuresBefore = int(m_contrastFailures.size());
        m_haven->config().setHighContrast(highContrast);
        open(QStringLiteral("exercise"), QSize(1280, 800), QStringLiteral("extended-exhale"));
        ExerciseRunner *runner = m_haven->flow().runner();
        QVERIFY(runner);
        while (runner->state() == ExerciseRunner::State::Running
               && runner->stepKind() != u"breathe")
            runner->next();
        QCOMPARE(runner->stepKind(), u"breathe"_qs);
        // 2.5 s into the third breath in: the shape part-grown, well inside its guide ring.
        m_clock.advanceMs(22500);
        runner->update();
        m_haven->config().setReducedMotion(false);
        QQuickItem *pause = find(QStringLiteral("pauseButton"));
        QQuickItem *skip = find(QStringLiteral("skipStepButton"));
        QQuickItem *line = find(QStringLiteral("exerciseProgress"));
        QQuickItem *shape = find(QStringLiteral("breathShape"));
        QVERIFY(pause && skip && line && shape);
        QTest::qWait(50);

        // The focus ring on a filled button and on a quiet one, as Tab would put it there.
        for (QQuickItem *button : {pause, skip}) {
            button->forceActiveFocus(Qt::TabFocusReason);
            QTest::qWait(50);
            QVERIFY(button->hasActiveFocus());
            const QImage image = m_window->grabWindow();
            const QRectF rect = button->mapRectToScene(button->boundingRect());
            const qreal x = rect.center().x();
            const QColor around = image.pixelColor(QPointF(x, rect.top() - 12).toPoint());
            const QColor ring = strongest(image, {x, rect.top() - 8}, {x, rect.top() - 1}, around);
            const QColor fill = image.pixelColor(QPointF(x, rect.top() + 4).toPoint());
            const QString name = button == pause ? u"filled button"_qs : u"quiet button"_qs;
            pair(where, u"focus ring (" % name % u") against the page", ring, around, true);
            pair(where, u"focus ring (" % name % u") against the button", ring, fill, false);
            // The page there is one colour: the ring is measured against the page, not a card.
            QVERIFY2(contrast(around, image.pixelColor(QPointF(x, rect.top() - 20).toPoint()))
                         < 1.05,
                     "the ring was measured off the page");
        }
        skip->setFocus(false);
        QTest::qWait(50);
        const QImage image = m_window->grabWindow();

        // The breathing shape: its edge and fill against the page between it and its ring.
        const QRectF disc = shape->mapRectToScene(shape->boundingRect());
        const QColor beside
            = image.pixelColor(QPointF(disc.center().x(), disc.top() - 6).toPoint());
        const QColor edge = strongest(image, {disc.center().x(), disc.top() - 3},
                                      {disc.center().x(), disc.top() + 6}, beside);
        const QColor inside = image.pixelColor(disc.center().toPoint());
        pair(where, u"breathing shape's edge against the page"_qs, edge, beside, true);
        pair(where, u"breathing shape's fill against the page"_qs, inside, beside, false);

        // The progress line, part-way: its filled part, its track and the page above it.
        const QRectF bar = line->mapRectToScene(line->boundingRect());
        const qreal filled = bar.width() * line->property("shown").toReal();
        QVERIFY2(filled > 8 && filled < bar.width() - 8, qPrintable(QString::number(filled)));
        const qreal y = bar.center().y();
        const QColor done = image.pixelColor(QPointF(bar.left() + filled / 2, y).toPoint());
        const QColor track
            = image.pixelColor(QPointF(bar.left() + (filled + bar.width()) / 2, y).toPoint());
        const QColor above
            = image.pixelColor(QPointF(bar.left() + filled / 2, bar.top() - 6).toPoint());
        pair(where, u"progress line's filled part against its track"_qs, done, track, true);
        pair(where, u"progress line's filled part against the page"_qs, done, above, true);
        pair(where, u"progress line's track against the page"_qs, track, above, false);
        save(u"contrast-exercise-" % where);
        m_haven->config().setReducedMotion(true);

        // The check-in gauge: three bands, their outline, and in high contrast the lines between.
        open(QStringLiteral("checkin"), QSize(1280, 800));
        QQuickItem *gauge = find(QStringLiteral("gauge"));
        QVERIFY(gauge);
        QTest::qWait(50);
        const QImage checkIn = m_window->grabWindow();
        save(u"contrast-checkin-" % where);
        const QRectF g = gauge->mapRectToScene(gauge->boundingRect());
        // The bar is the gauge's first 1.5 targets; sample its middle.
        const QColor left = checkIn.pixelColor(QPointF(g.left() - 8, g.center().y()).toPoint());
        const qreal bx = g.left() + 20;
        const QColor wake = checkIn.pixelColor(QPointF(bx, g.top() + g.height() / 6).toPoint());
        const QColor present = checkIn.pixelColor(QPointF(bx, g.center().y()).toPoint());
        const QColor settle
            = checkIn.pixelColor(QPointF(bx, g.top() + g.height() * 5 / 6).toPoint());
        const QColor outline = strongest(checkIn, {g.left() - 4, g.center().y()},
                                         {g.left() + 6, g.center().y()}, left);
        pair(where, u"gauge's outline against the page"_qs, outline, left, true);
        pair(where, u"revved-up band against the page"_qs, wake, left, false);
        pair(where, u"okay band against the page"_qs, present, left, false);
        pair(where, u"shut-down band against the page"_qs, settle, left, false);
        pair(where, u"revved-up band against the okay band"_qs, wake, present, false);
        pair(where, u"okay band against the shut-down band"_qs, present, settle, false);
        if (highContrast) {
            const qreal third = g.height() / 3;
            const QColor upper
                = strongest(checkIn, {bx, g.top() + third - 8}, {bx, g.top() + third + 8}, wake);
            const QColor lower = strongest(checkIn, {bx, g.top() + 2 * third - 8},
                                           {bx, g.top() + 2 * third + 8}, settle);
            pair(where, u"line between revved up and okay, against revved up"_qs, upper, wake,
                 true);
            pair(where, u"line between revved up and okay, against okay"_qs, upper, present, true);
            pair(where, u"line between okay and shut down, against okay"_qs, lower, present, true);
            pair(where, u"line between okay and shut down, against shut down"_qs, lower, settle,
                 true);
        }
        m_haven->config().setHighContrast(false);
        const QStringList failed = m_contrastFailures.mid(failuresBefore);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u"; ")));
    }

    // The screens only a kiosk or a therapist's session has (the attract screen, the PIN pad,
    // "Are you still there?", the session launcher) and the library, exercise and help as they
    // are there. Each at every size once, every text scale and both contrasts in turn: not the
    // whole grid, which the home audit already walks for what the modes share.
    void otherModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("textScale");
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<bool>("screenshot");
        const struct
        {
            AppConfig::Mode mode;
            const char *name;
            QStringList routes;
        } modes[] = {
            {AppConfig::Mode::Kiosk,
             "kiosk",
             {u"attract"_qs, u"home"_qs, u"pin"_qs, u"stillthere"_qs, u"exercise"_qs, u"help"_qs}},
            {AppConfig::Mode::Session, "session", {u"launcher"_qs, u"exercise"_qs, u"help"_qs}}};
        const qreal scales[] = {1.0, 1.5, 2.0};
        for (const auto &mode : modes) {
            for (const QString &route : mode.routes) {
                const QList<QSize> sizes = auditedSizes();
                for (qsizetype i = 0; i < sizes.size(); ++i) {
                    // 1024×600 at text 2 and 800×1280 at 1.5 among them: the pictures to look at.
                    const qreal scale = scales[(i + (i >= 3 ? 1 : 0)) % 3];
                    const bool contrast = i % 2 == 1;
                    QTest::newRow(qPrintable(QLatin1StringView(mode.name) % u'-' % route % u'-'
                                             % configuration(sizes[i], scale, contrast)))
                        << int(mode.mode) << route << sizes[i] << scale << contrast
                        << ((sizes[i] == QSize(1024, 600) && scale == 2.0)
                            || (sizes[i] == QSize(800, 1280) && scale == 1.5));
                }
            }
        }
    }

    void otherModes()
    {
        QFETCH(int, mode);
        QFETCH(QString, route);
        QFETCH(QSize, size);
        QFETCH(qreal, textScale);
        QFETCH(bool, highContrast);
        QFETCH(bool, screenshot);
        useMode(AppConfig::Mode(mode));
        m_haven->config().setTextScale(textScale);
        m_haven->config().setHighContrast(highContrast);
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        VisitFlow &flow = m_haven->flow();
        auto *idle = m_window->findChild<IdleWatch *>(QStringLiteral("idleWatch"));
        QObject *pin = m_window->findChild<QObject *>(QStringLiteral("pinPad"));
        if (pin)
            QMetaObject::invokeMethod(pin, "close");
        for (const char *sheet : {"helpDialog", "displaySheet"}) {
            if (QObject *open = m_window->findChild<QObject *>(QLatin1StringView(sheet)))
                QMetaObject::invokeMethod(open, "close");
        }
        if (idle)
            idle->activity();
        flow.start();
        const bool kiosk = AppConfig::Mode(mode) == AppConfig::Mode::Kiosk;
        if (kiosk && route != u"attract" && route != u"pin")
            flow.begin();
        if (route == u"exercise") {
            flow.startExercise(QStringLiteral("feet-on-the-floor"));
        } else if (route == u"help") {
            QQuickItem *button = m_window->findChild<QQuickItem *>(QStringLiteral("helpButton"));
            QVERIFY(button);
            QMetaObject::invokeMethod(button, "clicked");
        } else if (route == u"pin") {
            QVERIFY(pin);
            QMetaObject::invokeMethod(pin, "open");
        } else if (route == u"stillthere") {
            QVERIFY(idle && idle->isEnabled());
            m_clock.advanceMs(m_haven->config().idleSeconds() * 1000LL);
            idle->update();
            QVERIFY(idle->isAsking());
        }
        settle();
        const QString where = QString::fromLatin1(QTest::currentDataTag());
        if (route == u"attract")
            QVERIFY(find(QStringLiteral("attractBegin")));
        else if (route == u"launcher")
            QVERIFY(find(QStringLiteral("sessionList")));
        checkControls(QAccessible::queryAccessibleInterface(m_window), where);
        checkText(where);
        if (screenshot)
            save(where);
        const QStringList found = audit();
        ++m_audited;
        ++m_modeAudits[where.section(u'-', 0, 0)];
        for (const QString &finding : found)
            m_findings << where % u": " % finding;
        if (idle)
            idle->activity();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; ")));
    }

private:
    // The shape's size is the breath's, from the runner's phase and progress alone: 2.5 s into
    // a 4 s breath in it is part-grown (eased), and 1.5 s into the 6 s breath out, shrinking.
    void checkBreathShape(ExerciseRunner *runner)
    {
        QQuickItem *stage = find(QStringLiteral("breathStage"));
        QQuickItem *shape = find(QStringLiteral("breathShape"));
        QQuickItem *words = find(QStringLiteral("breathWords"));
        QVERIFY(stage && shape && words);
        const auto expected = [](qreal fullness) { return 0.4 + 0.6 * fullness; };
        const auto eased
            = [](qreal progress) { return (1 - std::cos(std::numbers::pi * progress)) / 2; };
        QCOMPARE(runner->phase(), ExerciseRunner::Phase::In);
        QVERIFY(qAbs(shape->width() / stage->width() - expected(eased(2.5 / 4))) < 0.01);
        QCOMPARE(words->property("text").toString(), QStringLiteral("Breathe in… 2"));

        m_clock.advanceMs(3000);
        runner->update();
        QCOMPARE(runner->phase(), ExerciseRunner::Phase::Out);
        QVERIFY(qAbs(shape->width() / stage->width() - expected(1 - eased(1.5 / 6))) < 0.01);
        QCOMPARE(words->property("text").toString(), QStringLiteral("Breathe out… 5"));
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
