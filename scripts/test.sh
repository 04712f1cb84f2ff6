#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything with warnings as errors and runs every test, headless; then the sanitizer
# suites and a bounded run of every fuzz target (scripts/sanitize.sh, issue 15).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset ci
bash scripts/sanitize.sh
