// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

// An error's message, and under it the server's own detail when it gave one (why a 422 refused a
// value, why an invitation is no longer valid): what the team and account screens show.
inline QString messageWithDetail(const ApiError &error)
{
    return error.detail.isEmpty() ? error.message : error.message + QLatin1Char('\n') + error.detail;
}
