// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

#include <string_view>

// Background jobs of servers that share one database: credit expiry (R17) now; auto top-up (R28),
// notifications (R31) and purges plug in the same way (docs/readme/postgres.md § Background jobs).
// A job's run is one writer operation that
//   1. calls runExclusively(tx, "job name") first: a run of the same job on another server is
//      waited for (PostgreSQL advisory transaction lock, released by its COMMIT or ROLLBACK), so
//      the servers' runs queue instead of racing and aborting each other; and
//   2. writes each unit of work together with the guard that says it is done, in the same
//      transaction (credit expiry: the credit's status moves from active to expired), and skips
//      a unit whose guard is already set.
// (2) makes every unit happen exactly once whichever server runs it and however often, also
// across crashes: a run that dies commits nothing, and the next run of any server redoes it.
namespace store::jobs {

void runExclusively(Tx &tx, std::string_view job);

} // namespace store::jobs
