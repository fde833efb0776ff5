#pragma once

#include "checks/diagnostic.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace envlens {

// The sections of spec/diagnostics.md.
enum class DiagnosticFamily { Loading, Files, Requirements, Consistency, Code, Lock };

// "loading", "files", "requirements", "consistency", "code", "lock": never translated.
QString familyName(DiagnosticFamily family);

struct CatalogueEntry
{
    QString id;
    Severity defaultSeverity = Severity::Warning; // some checks lower or raise it case by case
    DiagnosticFamily family = DiagnosticFamily::Files;
    QString title; // one line, translated
    QString help;  // a paragraph: when it fires and what to do, translated
};

// Every diagnostic id EnvLens can report: for SARIF rules, the GUI's help and validating ids.
// Texts are translated when asked for, so a language switch needs no reload.
class DiagnosticCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(envlens::DiagnosticCatalogue)

public:
    static QVector<CatalogueEntry> entries(); // in the order of spec/diagnostics.md
    static std::optional<CatalogueEntry> entry(const QString &id);
    static QStringList ids();
    static bool contains(const QString &id);
    static QString familyTitle(DiagnosticFamily family); // translated section heading
};

} // namespace envlens
