// Reads provider JSON without losing a digit of any number.
//
// QJsonDocument stores every number as a double, so "0.1000000000000000055511151231257827" or an
// 18-decimal BNB amount would silently change before any code saw it. exactjson::parse therefore
// rewrites every number token outside a string into a JSON string of exactly the same characters
// before QJsonDocument parses it: each number arrives as a QJsonValue string with the provider's
// digits ({"amount": 123.45} -> "123.45"). Integers arrive as strings too, so read counts and ids
// with integerFromJson(), never QJsonValue::toInt() (which gives 0 for a string).
#pragma once

#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStringView>

namespace sarraf::exactjson {

// Errors: "json.invalid", with QJsonParseError's text and the offset in detail.
Result<QJsonDocument> parse(const QByteArray &json);

// An amount sent as a JSON string ("100.00000000") or as a number read by parse() above ("1e-8").
// A double (a value from plain QJsonDocument) is refused: its digits may already be wrong.
// Errors: those of Money::parse, "money.inexact-json", "money.missing".
Result<Money> moneyFromJson(const QJsonValue &value, QStringView currency);

// A whole number sent as a JSON number read by parse() above or as a string. Error: "json.integer".
Result<qint64> integerFromJson(const QJsonValue &value);

// The JSON text indented for people, every token (numbers included) exactly as it came; text that
// is not valid JSON is returned unchanged.
QString indented(const QByteArray &json);

} // namespace sarraf::exactjson
