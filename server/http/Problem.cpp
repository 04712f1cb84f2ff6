// SPDX-License-Identifier: GPL-3.0-or-later
#include "Problem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace http {

ProblemKind problemKind(domain::ErrorCode code)
{
    using domain::ErrorCode;
    switch (code) {
    case ErrorCode::Unauthenticated:
        return {401, "unauthorized", "Authentication required"};
    case ErrorCode::Forbidden:
        return {403, "forbidden", "Not allowed"};
    case ErrorCode::NotFound:
        return {404, "not_found", "Not found"};
    case ErrorCode::Malformed:
        return {400, "validation_failed", "Malformed request"};
    case ErrorCode::ValidationFailed:
        return {422, "validation_failed", "Invalid value"};
    case ErrorCode::InsufficientFunds:
        return {402, "insufficient_funds", "Insufficient funds"};
    case ErrorCode::ReferralBalanceExceeded:
        return {422, "insufficient_funds", "Insufficient funds"};
    case ErrorCode::CreditNotEligible:
        return {422, "credit_not_eligible", "Not eligible for credit"};
    case ErrorCode::CreditLimitExceeded:
        return {422, "credit_limit_exceeded", "Credit limit exceeded"};
    case ErrorCode::CreditAlreadyActive:
        return {409, "credit_already_active", "A credit is already active"};
    case ErrorCode::IdempotencyConflict:
        return {409, "idempotency_conflict", "Idempotency key reused"};
    case ErrorCode::RateLimited:
        return {429, "rate_limited", "Too many attempts"};
    case ErrorCode::Busy:
        return {503, "service_unavailable", "Server busy"};
    case ErrorCode::Conflict:
        return {409, "conflict", "Conflict"};
    case ErrorCode::NoSavedCard:
        return {422, "no_saved_card", "No saved card"};
    case ErrorCode::Internal:
        break;
    }
    return {};
}

std::string problemBody(const ProblemKind &kind, const std::string &detail)
{
    const QJsonObject problem{
        {QStringLiteral("type"), QString::fromUtf8(kind.type)},
        {QStringLiteral("title"), QString::fromUtf8(kind.title)},
        {QStringLiteral("status"), kind.status},
        {QStringLiteral("detail"), QString::fromStdString(detail)},
    };
    return QJsonDocument(problem).toJson(QJsonDocument::Compact).toStdString();
}

std::string problemBody(domain::ErrorCode code, const std::string &detail)
{
    return problemBody(problemKind(code), detail);
}

} // namespace http
