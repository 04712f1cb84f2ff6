// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobOps.h"

namespace store::jobs {

void runExclusively(Tx &tx, std::string_view job)
{
    tx.lockNamed(job);
}

} // namespace store::jobs
