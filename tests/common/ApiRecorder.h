// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Records every exchange of the server suites for the contract oracle (tests/contract): when the
// environment variable CABINET_API_RECORD_DIR names a folder, each test process writes one JSON
// line per answer to <folder>/<executable name>.jsonl (the file is started afresh by the first
// answer of the process). tests/contract/validate_recordings.py then checks each answer against
// docs/openapi.yaml. Without the variable nothing is written. Safe from several threads.
namespace ApiRecorder {

struct Exchange
{
    QByteArray method;
    QString target; // path and query as sent
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    // The test asked on purpose for something the contract does not offer (an unknown path, a
    // method the path does not serve): the oracle requires the server to refuse it (404/405).
    bool offContract = false;
    // What was sent, kept as seeds for the fuzz targets (fuzz/seeds/extract_seeds.py, issue 15).
    QByteArray requestBody;
    QByteArray rawRequest; // the bytes on the wire, when the suite wrote them itself
};

bool enabled();
void record(const Exchange &exchange);

} // namespace ApiRecorder
