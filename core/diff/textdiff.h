#pragma once

#include <QString>
#include <QVector>

namespace envlens {

// One line of a diff hunk. Line numbers are 1-based; the side a line does not exist on has 0.
struct DiffLine
{
    enum class Op { Context, Removed, Added };

    Op op = Op::Context;
    int oldLine = 0;
    int newLine = 0;
    QString text;                // without its line terminator ("\r" of a CRLF line is kept)
    bool missingNewline = false; // the last line of its file, with no "\n" after it
};

// A run of changes with its surrounding context, as in a unified diff. A side with no line in the
// hunk has count 0 and start = the line before the hunk (0 at the top of the file), as diff -u does.
struct DiffHunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QVector<DiffLine> lines;
};

// A range of QChar positions (UTF-16 code units) within one line.
struct CharRange
{
    int start = 0;
    int length = 0;

    bool operator==(const CharRange &other) const { return start == other.start && length == other.length; }
};

// The characters that differ between an old and a new version of one line.
struct IntraLineDiff
{
    QVector<CharRange> oldRanges; // removed characters of the old line
    QVector<CharRange> newRanges; // inserted characters of the new line
};

// Line and character diffs of texts (dtl's O(NP) algorithm underneath).
class TextDiff
{
public:
    // The hunks turning oldText into newText, each with `context` unchanged lines around its
    // changes (a negative context gives one hunk with every line: the side-by-side view).
    // Identical texts give no hunk.
    static QVector<DiffHunk> hunks(const QString &oldText, const QString &newText, int context = 3);

    // A unified diff that patch -p1 and git apply accept: "--- a/OLDNAME", "+++ b/NEWNAME", the
    // hunks, and "\ No newline at end of file" where a side ends without one. An empty oldName
    // (file created) or newName (file deleted) writes /dev/null instead. Identical texts give "".
    static QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                               const QString &newName, int context = 3);

    // The changed characters of a pair of lines, for highlighting inside a changed line.
    static IntraLineDiff intraLine(const QString &oldLine, const QString &newLine);
};

} // namespace envlens
