#pragma once

#include <QString>
#include <QStringView>

namespace envlens::pep {

// PEP 503 normalisation, exactly as packaging's canonicalize_name(): runs of '-', '_' and '.' become one '-',
// then everything is lower-cased. Two names denote the same project when their normalised forms are equal.
QString normalizeName(QStringView name);

// PEP 508 name syntax: ASCII letters and digits, with '.', '-' or '_' allowed inside but not at either end.
bool isValidName(QStringView name);

// True when both names normalise to the same project name.
bool sameName(QStringView a, QStringView b);

} // namespace envlens::pep
