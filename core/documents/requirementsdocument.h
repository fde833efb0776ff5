#pragma once

#include "documents/lockedrequirements.h"
#include "documents/textfile.h"
#include "pep/pipline.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace envlens {

// One logical line of a requirements file as pip's req_file.preprocess() builds it: physical lines
// joined at a trailing `\`, then the comment (`#` at the start or after whitespace) removed and the
// rest stripped. Comment-only and blank lines are kept too (text() empty), so the lock layout and
// a lossless writer can see them; pip yields only the lines with text.
struct RequirementLine
{
    int firstLine = 0;          // 1-based physical lines in TextFile numbering
    int lastLine = 0;
    int pipLineNumber = 0;      // the number pip reports (str.splitlines numbering; differs only
                                // when the file holds \v, \f, \x1c-\x1e, \x85, U+2028/9)
    TextSpan span;              // all its physical lines, line breaks excluded
    TextSpan textSpan;          // first to last character of text() in the source (empty span
                                // at the comment when text() is empty)
    TextSpan commentSpan;       // the comment from its `#`; invalid when none
    QString text;               // what pip reads (continuations joined, comment removed, stripped)
    QString comment;            // "# ..." as written; empty when none
    pep::PipLine pip;           // core/pep's classification of text (Kind::Empty when text is)
    LockRole lockRole = LockRole::None;

    bool isEmpty() const { return text.isEmpty(); }   // blank or comment only
    bool isContinued() const { return lastLine > firstLine; }
};

// requirements.txt, constraints.txt or a file they include, as pip reads it. Reading never fails:
// every byte ends up in some line. What each line means (requirement, -r/-c include, option, path,
// URL, editable, invalid) is core/pep's classification of text().
class RequirementsDocument
{
public:
    RequirementsDocument() = default;

    static RequirementsDocument parse(const QByteArray &bytes, const QString &fileName = QString());
    static RequirementsDocument fromFile(const TextFile &file, const QString &fileName = QString());

    const TextFile &file() const { return m_file; }
    const QString &fileName() const { return m_fileName; }

    const QVector<RequirementLine> &lines() const { return m_lines; }  // every logical line
    QVector<RequirementLine> pipLines() const;                          // those pip yields
    QVector<RequirementLine> includes() const;   // -r and -c lines (pip.kind Include or Constraint)
    int lineIndexAt(int physicalLine) const;                            // -1 outside the file

    // MLflow's lock layout (mlflow-formats §4.1).
    bool isLocked() const { return m_locked; }
    QVector<RequirementLine> originalRequirements() const;  // the "# x" lines of the Original block
    QVector<RequirementLine> lockedRequirements() const;    // the pins below "# Locked requirements"

private:
    TextFile m_file;
    QString m_fileName;
    QVector<RequirementLine> m_lines;
    bool m_locked = false;
};

} // namespace envlens
