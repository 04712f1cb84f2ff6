// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

#include <vector>

namespace store {

// Rows per service account (migration 4): shard 0 .. kServiceShards - 1.
constexpr int kServiceShards = 16;

// Brings the schema to the newest version inside the caller's transaction. Migrations are
// versioned in code (table schema_version); migration N is a list of statements, applied once.
// Returns the version reached.
int migrate(Tx &tx, Dialect dialect);

struct IndexDefinition
{
    const char *name;
    const char *create;
};

// The secondary indexes of the history tables (entries, transactions). A bulk load drops them
// and builds each once at the end: sorting once costs far less than updating them row by row.
const std::vector<IndexDefinition> &historyIndexes();

} // namespace store
