// SPDX-License-Identifier: GPL-3.0-or-later
#include "Json.h"

#include "DomainError.h"

#include <QJsonDocument>
#include <QVariant>

namespace http {

std::string normalizedEmail(std::string_view email)
{
    return QString::fromUtf8(email.data(), qsizetype(email.size())).trimmed().toLower().toStdString();
}

void validationFailed(const std::string &what)
{
    throw domain::Error(domain::ErrorCode::ValidationFailed, what);
}

namespace {

using domain::Error;
using domain::ErrorCode;

// QJsonDocument turns 100.0 and 1e2 into the integer 100; money must be written as an integer,
// so the raw text is checked for fractions and exponents outside strings.
bool hasNonIntegerNumber(std::string_view json)
{
    bool inString = false;
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '.' || c == 'e' || c == 'E') {
            // Outside strings these only occur in numbers ('e' of true/false is in a literal word).
            const bool inWord = (i > 0 && ((json[i - 1] >= 'a' && json[i - 1] <= 'z'))) ||
                (i + 1 < json.size() && json[i + 1] >= 'a' && json[i + 1] <= 'z');
            if (!inWord)
                return true;
        }
    }
    return false;
}

[[noreturn]] void invalid(const char *field, const std::string &what)
{
    throw Error(ErrorCode::ValidationFailed, std::string("'") + field + "' " + what);
}

} // namespace

JsonBody JsonBody::parse(std::string_view body)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(body.data(), static_cast<qsizetype>(body.size())), &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(ErrorCode::Malformed, "the body is not valid JSON: " + error.errorString().toStdString());
    if (!document.isObject())
        throw Error(ErrorCode::ValidationFailed, "the body must be a JSON object");
    if (hasNonIntegerNumber(body))
        throw Error(ErrorCode::ValidationFailed, "numbers must be integers (money is in minor units)");
    return JsonBody(document.object());
}

bool JsonBody::has(const char *field) const
{
    const QJsonValue value = m_object.value(QLatin1String(field));
    return !value.isUndefined() && !value.isNull();
}

std::optional<std::int64_t> JsonBody::optionalInteger(const char *field) const
{
    if (!has(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(QLatin1String(field));
    // Qt keeps integer literals that fit int64 exactly (as qlonglong) and turns larger ones into
    // doubles, which are refused: money is never rounded.
    if (!value.isDouble() || value.toVariant().typeId() != QMetaType::LongLong)
        invalid(field, "must be an integer that fits 64 bits");
    return value.toInteger();
}

std::int64_t JsonBody::integer(const char *field) const
{
    if (!has(field))
        invalid(field, "is required");
    return *optionalInteger(field);
}

std::int64_t JsonBody::amount(const char *field) const
{
    const std::int64_t value = integer(field);
    if (value > kMaxMoneyAmount || value < -kMaxMoneyAmount)
        invalid(field, "is above the largest amount of one request (10000000000.00 UAH)");
    return value;
}

std::optional<std::string> JsonBody::optionalText(const char *field, int maxLength) const
{
    if (!has(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(QLatin1String(field));
    if (!value.isString())
        invalid(field, "must be a string");
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        invalid(field, "must not be empty");
    if (text.size() > maxLength)
        invalid(field, "is longer than " + std::to_string(maxLength) + " characters");
    return text.toStdString();
}

std::optional<std::string> JsonBody::optionalRawText(const char *field, int maxLength) const
{
    if (!has(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(QLatin1String(field));
    if (!value.isString())
        invalid(field, "must be a string");
    if (value.toString().size() > maxLength)
        invalid(field, "is longer than " + std::to_string(maxLength) + " characters");
    return value.toString().toStdString();
}

std::string JsonBody::text(const char *field, int maxLength) const
{
    if (!has(field))
        invalid(field, "is required");
    return *optionalText(field, maxLength);
}

JsonBody JsonBody::object(const char *field) const
{
    const QJsonValue value = m_object.value(QLatin1String(field));
    if (!value.isObject())
        invalid(field, has(field) ? "must be an object" : "is required");
    return JsonBody(value.toObject());
}

std::optional<bool> JsonBody::optionalBoolean(const char *field) const
{
    if (!has(field))
        return std::nullopt;
    const QJsonValue value = m_object.value(QLatin1String(field));
    if (!value.isBool())
        invalid(field, "must be true or false");
    return value.toBool();
}

bool JsonBody::boolean(const char *field) const
{
    if (!has(field))
        invalid(field, "is required");
    return *optionalBoolean(field);
}

bool JsonBody::present(const char *field) const
{
    return !m_object.value(QLatin1String(field)).isUndefined();
}

} // namespace http
