// SPDX-License-Identifier: GPL-3.0-or-later
// What every target shares in both builds: the failure report and the QCoreApplication.
#include "FuzzTarget.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace fuzz {

void fail(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant violated: %s (%s:%d)\n", condition, file, line);
    std::fflush(stderr);
    __builtin_trap();
}

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "cabinet-fuzz";
    static char *argv[] = {name, nullptr};
    static const std::unique_ptr<QCoreApplication> application =
        QCoreApplication::instance() ? nullptr : std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace fuzz
