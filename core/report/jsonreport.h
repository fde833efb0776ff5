#pragma once

#include "report/checkreport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

namespace envlens {

// The JSON form of `envlens-cli check` (spec/cli.md): {model, diagnostics[], summary}.
// line and column are null when unknown, file is null for a finding not tied to a file;
// related[] and fixes[] are always present. fixes[] carry "default" and "safe" beside id and title.
class JsonReport
{
public:
    static QJsonObject toJson(const CheckReport &report);
    static QByteArray format(const CheckReport &report); // one indented object
    // One model: an indented object; several: JSON Lines (one compact object per line).
    static QByteArray format(const QVector<CheckReport> &reports);
};

} // namespace envlens
