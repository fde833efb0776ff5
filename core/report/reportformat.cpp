#include "report/reportformat.h"

#include "report/jsonreport.h"
#include "report/sarifreport.h"
#include "report/textreport.h"

namespace envlens {

namespace {

constexpr ReportFormat kFormats[] = {ReportFormat::Text, ReportFormat::Json, ReportFormat::Sarif};

} // namespace

QString reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text:
        return QStringLiteral("text");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Sarif:
        return QStringLiteral("sarif");
    }
    return QStringLiteral("text");
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    for (ReportFormat format : kFormats) {
        if (name == reportFormatName(format))
            return format;
    }
    return std::nullopt;
}

QStringList reportFormatNames()
{
    QStringList names;
    for (ReportFormat format : kFormats)
        names << reportFormatName(format);
    return names;
}

QString reportFormatFileSuffix(ReportFormat format)
{
    return format == ReportFormat::Text ? QStringLiteral("txt") : reportFormatName(format);
}

QByteArray formatReports(const QVector<CheckReport> &reports, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text:
        return TextReport::format(reports).toUtf8();
    case ReportFormat::Json:
        return JsonReport::format(reports);
    case ReportFormat::Sarif:
        return SarifReport::format(reports);
    }
    return {};
}

} // namespace envlens
