// CreateRequest in each adapter's own request type; for CreateRules and the connectors only.
#pragma once

#include "providers/CreateRequest.h"
#include "providers/cryptofuse/CryptofuseAdapter.h"
#include "providers/gitmix/GitmixAdapter.h"
#include "providers/greengo/GreengoAdapter.h"

namespace sarraf::createmapping {

GitmixInvoiceRequest gitmix(const CreateRequest &request);
CryptofusePaymentRequest cryptofuse(const CreateRequest &request);
GreengoOrderRequest greengo(const CreateRequest &request);

} // namespace sarraf::createmapping
