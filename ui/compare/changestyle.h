#pragma once

#include "diff/modeldiff.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QPalette;

namespace envlens {

/** How the compare view shows a change class: a word, a colour and a badge icon. */
class ChangeStyle
{
    Q_DECLARE_TR_FUNCTIONS(envlens::ChangeStyle)

public:
    /** The translated word for a change ("Added", "Upgraded", ...). */
    static QString label(DiffChange change);
    /** A saturated colour for text and badges; invalid for Unchanged. */
    static QColor color(DiffChange change);
    /** A pale version of color() blended into the palette's base, for line and row backgrounds. */
    static QColor background(DiffChange change, const QPalette &palette, qreal strength = 0.18);
    /** A round badge with a sign (+, −, ↑, ↓, ~); null for Unchanged. */
    static QIcon icon(DiffChange change);
    /** The order of "most important first" sorting: removals, downgrades, changes, ... unchanged last. */
    static int rank(DiffChange change);
};

} // namespace envlens
