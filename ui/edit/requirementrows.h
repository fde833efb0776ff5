#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace envlens {

struct Model;

/** A requirement as the editor's cells show it: the pieces as written. */
struct RequirementParts
{
    QString package;
    QString extras;  // inside the brackets, as written
    QString spec;    // "==1.2,<2" or "@ https://…"
    QString marker;  // after the ';'
};

/** One row of the requirements editor. */
struct RequirementRow
{
    enum class Status { Existing, Added, Changed, Removed };

    QString text;             // the requirement line (no comment)
    RequirementParts parts;
    QString file;             // where it is written now (empty for a row not applied yet)
    int line = 0;
    Status status = Status::Existing;
    QString originalText;     // the line on disk it changes or removes
    QString error;            // why text is not a valid requirement; empty when valid
    int editId = 0;           // Extra mode: the session edit this row stands for
};

/** Requirement text helpers over the core PEP 508 parser. */
class RequirementText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::RequirementText)

public:
    static RequirementParts split(const QString &text);
    static QString join(const RequirementParts &parts);
    /** Why text is not one PEP 508 requirement line (translated), empty when it is. */
    static QString error(const QString &text);
    /** The PEP 503 name, empty when text does not parse. */
    static QString normalizedName(const QString &text);
    /** Name and marker: the identity MLflow's "add" replaces by. */
    static QString key(const QString &text);
};

using FileBytes = std::function<QByteArray(const QString &path)>;
using FileExists = std::function<bool(const QString &path)>;

/**
 * The requirement lines of a model's requirement set in the given bytes: requirements.txt and its
 * -r includes (the Original block when locked), else the conda pip list. Status is Existing.
 */
QVector<RequirementRow> requirementRows(const Model &model, const FileBytes &bytes, const FileExists &exists);
/** The same for the bytes the model was read with. */
QVector<RequirementRow> originalRequirementRows(const Model &model);

/**
 * Marks rows against the model as read (added, changed) and appends what is gone as Removed rows.
 */
QVector<RequirementRow> compareWithOriginal(QVector<RequirementRow> rows, const QVector<RequirementRow> &original);

/** The non-requirement lines of requirements.txt (-c, -r, -e, paths, URLs) that an override keeps. */
QStringList keptOverrideLines(const Model &model, const FileBytes &bytes, const FileExists &exists);

} // namespace envlens
