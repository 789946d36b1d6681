#include "language.h"

#include "appconfig.h"
#include "exerciselibrary.h"
#include "logging.h"
#include "preferences.h"

#include <QCoreApplication>

namespace {

// The locale a language is written in: the system's where it speaks that language (en_GB,
// es_MX), else the language as spoken in the US, where Haven's Spanish is written for.
QLocale localeFor(const QString &code, const QLocale &system)
{
    const QLocale wanted(code);
    if (system.language() == wanted.language())
        return system;
    return QLocale(wanted.language(), QLocale::UnitedStates);
}

} // namespace

Language::Language(AppConfig *config, ExerciseLibrary *library, Preferences *remembered,
                   const QLocale &systemLocale, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_library(library)
    , m_remembered(remembered)
    , m_systemLocale(systemLocale)
{
    const bool home = config->mode() == AppConfig::Mode::Home;
    const QString system = systemLocale.bcp47Name().section(u'-', 0, 0);
    m_startCode = home ? (codes().contains(system) ? system : codes().constFirst())
                       : config->defaultLanguage();
    const QString chosen = home && remembered ? remembered->language() : QString();
    apply(chosen.isEmpty() ? m_startCode : chosen);
}

Language::~Language()
{
    // The application may have gone first (HavenApp outlives the one exec() makes).
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList Language::codes()
{
    return AppConfig::languages();
}

QString Language::nameOf(const QString &code)
{
    if (code == u"es")
        return QStringLiteral("Español");
    if (code == u"en")
        return QStringLiteral("English");
    return {};
}

void Language::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

void Language::choose(const QString &code)
{
    if (!codes().contains(code))
        return;
    if (m_config->mode() == AppConfig::Mode::Home && m_remembered)
        m_remembered->setLanguage(code == m_startCode ? QString() : code);
    apply(code);
}

void Language::forget()
{
    apply(m_startCode);
}

void Language::apply(const QString &code)
{
    if (code == m_code)
        return;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    // English has a translation too, of its plurals only ("1 minute", "%n minutes").
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/haven_" % code % u".qm")) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else {
        qCWarning(lcApp).noquote() << "no translation for" << code << "- the words stay English";
    }
    m_code = code;
    m_locale = localeFor(code, m_systemLocale);
    QLocale::setDefault(m_locale);
    m_config->setLanguage(code);
    if (m_library)
        m_library->setLanguage(code);
    if (m_engine)
        m_engine->retranslate();
    qCDebug(lcApp).noquote() << "language:" << code << m_locale.name();
    Q_EMIT changed();
}
