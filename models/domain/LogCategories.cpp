#include "models/domain/LogCategories.h"

namespace sarraf {
Q_LOGGING_CATEGORY(lcDomain, "sarraf.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "sarraf.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProviders, "sarraf.providers", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "sarraf.providers.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "sarraf.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "sarraf.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "sarraf.app", QtInfoMsg)
} // namespace sarraf
