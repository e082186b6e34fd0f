// Logging categories, one per layer (and per provider as adapters arrive); enable them with
// QT_LOGGING_RULES, e.g. "sarraf.store.debug=true".
#pragma once

#include <QLoggingCategory>

namespace sarraf {
Q_DECLARE_LOGGING_CATEGORY(lcDomain)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcProviders)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
} // namespace sarraf
