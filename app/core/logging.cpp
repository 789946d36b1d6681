#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "haven.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConfig, "haven.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcContent, "haven.content", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "haven.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "haven.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKiosk, "haven.kiosk", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudio, "haven.audio", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHome, "haven.home", QtWarningMsg)
