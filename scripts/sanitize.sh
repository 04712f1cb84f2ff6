#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 15: the `sanitize` preset (clang-15, AddressSanitizer + UndefinedBehaviorSanitizer) builds the
# server, the suites below and the libFuzzer targets of fuzz/; the suites run under the sanitizers and
# each fuzz target runs for CABINET_FUZZ_SECONDS (default 10) from its committed seeds and crash
# inputs, at most nproc at a time (the next starts when one ends). Any sanitizer report, violated
# invariant or crash fails the run. Long sessions: docs/readme/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

fuzz_seconds=${CABINET_FUZZ_SECONDS:-10}
jobs=$(nproc)
# Suites that drive the parsers, the ledger and the store hardest per second, and the client core's
# (API client, broken and late servers, event feed, models, offline cache, money, chart data).
suites=(tst_ledger_money tst_ledger_chargerouter tst_ledger_posting tst_ledger_crediteligibility
        tst_ledger_creditmechanics tst_ledger_referral tst_ledger_api tst_server_http tst_server_payments
        tst_money tst_apiclient tst_badserver tst_eventfeed tst_models tst_cache tst_chartdata)
# Every fuzz target: one file each in fuzz/targets/ (fuzz/CMakeLists.txt reads the same folder).
targets=()
for source in fuzz/targets/*.cpp; do targets+=("$(basename "$source" .cpp)"); done
# Reports name files and lines (llvm-15 goes with clang-15; scripts/install-deps.sh installs it).
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-/usr/bin/llvm-symbolizer-15}

started=$SECONDS
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize -j "$jobs" --target cabinet-server "${suites[@]}" "${targets[@]/#/fuzz_}"
built=$SECONDS

regex="^($(IFS='|'; echo "${suites[*]}"))\$"
ctest --preset sanitize -R "$regex"
tested=$SECONDS

# Each target starts from a scratch copy of its seeds (new inputs stay out of the tree); a crash
# input is written to build/sanitize/fuzz-findings/<target>/ for fuzz/crashes/<target>/.
work=build/sanitize/fuzz-work
findings=build/sanitize/fuzz-findings
rm -rf "$work"
failed=0
run_target() {
    local target=$1
    mkdir -p "$work/$target" "$findings/$target"
    local inputs=(fuzz/corpus/"$target")
    [[ -d fuzz/crashes/$target ]] && inputs+=(fuzz/crashes/"$target")
    if ! build/sanitize/fuzz/fuzz_"$target" -max_total_time="$fuzz_seconds" -print_final_stats=1 \
        -artifact_prefix="$findings/$target/" "$work/$target" "${inputs[@]}" >"$work/$target.log" 2>&1; then
        echo "fuzz_$target FAILED:"; tail -n 40 "$work/$target.log"; return 1
    fi
    echo "fuzz_$target: $(grep -m1 -o 'stat::number_of_executed_units: [0-9]*' "$work/$target.log" | cut -d' ' -f2) runs," \
         "$(grep -o 'cov: [0-9]* ft: [0-9]*' "$work/$target.log" | tail -n1)"
}
# A pool of `jobs` runs: each target starts as soon as one before it has ended.
running=0
for target in "${targets[@]}"; do
    if ((running >= jobs)); then
        wait -n || failed=1
        running=$((running - 1))
    fi
    run_target "$target" &
    running=$((running + 1))
done
while ((running > 0)); do
    wait -n || failed=1
    running=$((running - 1))
done
echo "sanitize: build $((built - started)) s, suites $((tested - built)) s, fuzzing $((SECONDS - tested)) s"
exit $failed
