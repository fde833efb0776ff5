#pragma once

#include "report/checkreport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace envlens {

// The output forms of `envlens-cli check --format` and of the GUI's "Export report".
enum class ReportFormat { Text, Json, Sarif };

QString reportFormatName(ReportFormat format); // "text", "json", "sarif"
std::optional<ReportFormat> reportFormatFromName(const QString &name);
QStringList reportFormatNames();
QString reportFormatFileSuffix(ReportFormat format); // "txt", "json", "sarif"

// The bytes to write (UTF-8): text lines, JSON (JSON Lines for several models) or one SARIF log.
QByteArray formatReports(const QVector<CheckReport> &reports, ReportFormat format);

} // namespace envlens
