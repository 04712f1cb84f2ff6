// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `cabinet export --project ID --from YYYY-MM-DD --to YYYY-MM-DD --format csv|pdf|xlsx --out FILE
//  [--balance all|main|bonus|credit] [--bom] [--server URL]` (R25).
// Uses the signed-in session (token from the keyring, server from the settings) to sync the
// period into the offline cache, or the cache alone when the server cannot be reached or there is
// no session. Progress goes to stderr; exit code 0 on success, otherwise a one-line message and:
//   2 bad arguments or dates, 3 no session and no cache / unknown project / no finance rights,
//   1 the export itself failed (unwritable file, ...).
// argv[1] is "export". Creates its own QGuiApplication (offscreen when there is no display),
// which the PDF writer needs for its fonts.
int runExportCommand(int argc, char *argv[]);
