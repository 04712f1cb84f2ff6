// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace store {
class Clock;
class Store;
} // namespace store

namespace cabinet {

struct Config;

// --seed demo: fills an EMPTY database (no projects yet) with the demo projects, users and a
// year of history documented in docs/readme/server.md. Throws std::runtime_error on a database with
// projects or postings: demo users with published passwords never join real data.
void seedDemo(store::Store &store, const store::Clock &clock, const Config &config);

} // namespace cabinet
