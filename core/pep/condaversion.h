#pragma once

#include "common/error.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace envlens::pep {

// A conda package version, ordered by conda's VersionOrder rules (conda/models/version.py), which are not
// PEP 440's: case-insensitive; an optional "N!" epoch; "+local" compared after the main part; '_' and '-' act
// like '.'; each dot part splits into runs of digits and non-digits; strings sort before numbers, "dev" before
// other strings, "post" after every number; missing parts read as 0 (so 1.1 == 1.1.0 and 1.1a < 1.1).
class CondaVersion
{
public:
    CondaVersion() = default;
    static Result<CondaVersion> parse(QStringView text);

    QString toString() const { return m_text; } // lower-cased, as conda normalises it

    int compare(const CondaVersion &other) const;
    // conda's VersionOrder.startswith(): does this version begin with prefix's parts (the "1.11" of 1.11.*)?
    bool startsWith(const CondaVersion &prefix) const;

    friend bool operator==(const CondaVersion &a, const CondaVersion &b) { return a.compare(b) == 0; }
    friend bool operator!=(const CondaVersion &a, const CondaVersion &b) { return a.compare(b) != 0; }
    friend bool operator<(const CondaVersion &a, const CondaVersion &b) { return a.compare(b) < 0; }
    friend bool operator<=(const CondaVersion &a, const CondaVersion &b) { return a.compare(b) <= 0; }
    friend bool operator>(const CondaVersion &a, const CondaVersion &b) { return a.compare(b) > 0; }
    friend bool operator>=(const CondaVersion &a, const CondaVersion &b) { return a.compare(b) >= 0; }

    // One run inside a dot part: a number, "post" (above every number) or a string ("dev" upper-cased to DEV).
    struct Atom
    {
        enum class Kind { Number, Infinity, Text };
        Kind kind = Kind::Number;
        qint64 number = 0;
        QString text;
    };
    using Part = QList<Atom>;

private:
    QString m_text;
    QList<Part> m_version; // epoch first
    QList<Part> m_local;
};

} // namespace envlens::pep
