// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

namespace store {

enum class Dialect { Sqlite, PostgreSql };

// Brings the schema to the newest version inside the caller's transaction. Migrations are
// versioned in code (table schema_version); migration N is a list of statements, applied once.
// Returns the version reached.
int migrate(Tx &tx, Dialect dialect);

} // namespace store
