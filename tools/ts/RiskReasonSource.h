#pragma once

#include <QString>

/**
 * The reasons of the built-in risk catalog (resources/risk/permission-risk.json) are data, which lupdate cannot
 * read. This writes them as QT_TRANSLATE_NOOP entries of the context "RiskReasons" into a source file that only
 * lupdate reads (translations/sources/RiskReasons.cpp); RiskCatalog translates each reason by its English text.
 */
class RiskReasonSource
{
public:
    static QString context() { return QStringLiteral("RiskReasons"); }
    // The file's whole text for the catalog at jsonPath; empty with *error set when it cannot be read.
    static QString generate(const QString& jsonPath, QString* error = nullptr);
};
