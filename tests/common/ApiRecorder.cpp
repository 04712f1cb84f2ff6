// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>

namespace {

QString recordDirectory()
{
    static const QString directory = qEnvironmentVariable("CABINET_API_RECORD_DIR");
    return directory;
}

} // namespace

bool ApiRecorder::enabled()
{
    return !recordDirectory().isEmpty();
}

void ApiRecorder::record(const Exchange &exchange)
{
    if (!enabled() || exchange.status == 0)
        return; // no HTTP answer: nothing the contract could say about it
    static std::mutex mutex;
    static QFile file;
    const std::lock_guard lock(mutex);
    if (!file.isOpen()) {
        QDir().mkpath(recordDirectory());
        const QString name = QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName();
        file.setFileName(QDir(recordDirectory()).filePath(name + QStringLiteral(".jsonl")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qWarning("ApiRecorder: cannot write %s", qPrintable(file.fileName()));
            return;
        }
    }
    QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(exchange.method)},
                     {QStringLiteral("target"), exchange.target},
                     {QStringLiteral("status"), exchange.status},
                     {QStringLiteral("content_type"), QString::fromLatin1(exchange.contentType)},
                     {QStringLiteral("body"), QString::fromUtf8(exchange.body)}};
    if (exchange.offContract)
        line.insert(QStringLiteral("off_contract"), true);
    if (!exchange.requestBody.isEmpty())
        line.insert(QStringLiteral("request_body"), QString::fromUtf8(exchange.requestBody));
    if (!exchange.rawRequest.isEmpty())
        line.insert(QStringLiteral("raw_request"), QString::fromLatin1(exchange.rawRequest));
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    file.flush(); // a suite that crashes later still leaves what it saw
}
