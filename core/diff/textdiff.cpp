#include "diff/textdiff.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace envlens {

namespace {

struct Line
{
    QString text;
    bool hasNewline = true;
};

QVector<Line> splitLines(const QString &text)
{
    QVector<Line> lines;
    int start = 0;
    while (start < text.size()) {
        const int end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            lines.append({text.mid(start), false});
            break;
        }
        lines.append({text.mid(start, end - start), true});
        start = end + 1;
    }
    return lines;
}

// One step of the edit script, with 0-based indexes into the old and new line lists.
struct Step
{
    DiffLine::Op op;
    int oldIndex;
    int newIndex;
};

// Runs dtl over integer ids, after trimming the common head and tail that dtl need not see.
template<typename Id>
std::vector<Step> editScript(const std::vector<Id> &a, const std::vector<Id> &b)
{
    const int sizeA = int(a.size());
    const int sizeB = int(b.size());
    int head = 0;
    while (head < sizeA && head < sizeB && a[size_t(head)] == b[size_t(head)])
        ++head;
    int tail = 0;
    while (tail < sizeA - head && tail < sizeB - head && a[size_t(sizeA - 1 - tail)] == b[size_t(sizeB - 1 - tail)])
        ++tail;

    std::vector<Step> steps;
    steps.reserve(size_t(std::max(sizeA, sizeB)));
    for (int i = 0; i < head; ++i)
        steps.push_back({DiffLine::Op::Context, i, i});

    const std::vector<Id> midA(a.begin() + head, a.end() - tail);
    const std::vector<Id> midB(b.begin() + head, b.end() - tail);
    int oldIndex = head;
    int newIndex = head;
    if (midA.empty() || midB.empty()) {
        for (size_t i = 0; i < midA.size(); ++i)
            steps.push_back({DiffLine::Op::Removed, oldIndex++, newIndex});
        for (size_t i = 0; i < midB.size(); ++i)
            steps.push_back({DiffLine::Op::Added, oldIndex, newIndex++});
    } else {
        dtl::Diff<Id, std::vector<Id>> diff(midA, midB, true);
        // Large inputs: dtl's "huge" mode bounds its memory, at the price of a less minimal script.
        if (midA.size() + midB.size() > 100000)
            diff.onHuge();
        diff.compose();
        for (const auto &element : diff.getSes().getSequence()) {
            switch (element.second.type) {
            case dtl::SES_COMMON:
                steps.push_back({DiffLine::Op::Context, oldIndex++, newIndex++});
                break;
            case dtl::SES_DELETE:
                steps.push_back({DiffLine::Op::Removed, oldIndex++, newIndex});
                break;
            default:
                steps.push_back({DiffLine::Op::Added, oldIndex, newIndex++});
                break;
            }
        }
    }
    for (int i = 0; i < tail; ++i)
        steps.push_back({DiffLine::Op::Context, oldIndex++, newIndex++});
    return steps;
}

DiffLine makeLine(const Step &step, const QVector<Line> &oldLines, const QVector<Line> &newLines)
{
    DiffLine line;
    line.op = step.op;
    const Line &source = step.op == DiffLine::Op::Added ? newLines.at(step.newIndex) : oldLines.at(step.oldIndex);
    line.text = source.text;
    line.missingNewline = !source.hasNewline;
    if (step.op != DiffLine::Op::Added)
        line.oldLine = step.oldIndex + 1;
    if (step.op != DiffLine::Op::Removed)
        line.newLine = step.newIndex + 1;
    return line;
}

DiffHunk makeHunk(const std::vector<Step> &steps, size_t first, size_t last, const QVector<Line> &oldLines,
                  const QVector<Line> &newLines)
{
    DiffHunk hunk;
    for (size_t i = first; i <= last; ++i) {
        const DiffLine line = makeLine(steps[i], oldLines, newLines);
        hunk.oldCount += line.op != DiffLine::Op::Added ? 1 : 0;
        hunk.newCount += line.op != DiffLine::Op::Removed ? 1 : 0;
        hunk.lines.append(line);
    }
    // Steps carry the position where each side stands, so the first step gives both starts.
    hunk.oldStart = steps[first].oldIndex + (hunk.oldCount > 0 ? 1 : 0);
    hunk.newStart = steps[first].newIndex + (hunk.newCount > 0 ? 1 : 0);
    return hunk;
}

QString rangeText(int start, int count)
{
    return count == 1 ? QString::number(start) : QString::number(start) + QLatin1Char(',') + QString::number(count);
}

} // namespace

QVector<DiffHunk> TextDiff::hunks(const QString &oldText, const QString &newText, int context)
{
    const QVector<Line> oldLines = splitLines(oldText);
    const QVector<Line> newLines = splitLines(newText);

    // Lines compare with their terminator, so "x" at the end without "\n" differs from "x\n".
    QHash<QString, int> ids;
    auto idsOf = [&ids](const QVector<Line> &lines) {
        std::vector<int> result;
        result.reserve(size_t(lines.size()));
        for (const Line &line : lines) {
            const QString key = line.hasNewline ? line.text + QLatin1Char('\n') : line.text;
            result.push_back(ids.insert(key, ids.value(key, ids.size())).value());
        }
        return result;
    };
    const std::vector<int> oldIds = idsOf(oldLines);
    const std::vector<int> newIds = idsOf(newLines);
    const std::vector<Step> steps = editScript(oldIds, newIds);

    std::vector<size_t> changes;
    for (size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].op != DiffLine::Op::Context)
            changes.push_back(i);
    }
    QVector<DiffHunk> result;
    if (changes.empty())
        return result;
    if (context < 0) {
        result.append(makeHunk(steps, 0, steps.size() - 1, oldLines, newLines));
        return result;
    }

    const size_t reach = size_t(context);
    size_t groupFirst = changes.front();
    size_t groupLast = changes.front();
    auto flush = [&]() {
        const size_t first = groupFirst >= reach ? groupFirst - reach : 0;
        const size_t last = std::min(steps.size() - 1, groupLast + reach);
        result.append(makeHunk(steps, first, last, oldLines, newLines));
    };
    for (size_t i = 1; i < changes.size(); ++i) {
        // Changes whose contexts touch or overlap share a hunk, as in diff -u.
        if (changes[i] - groupLast - 1 <= 2 * reach) {
            groupLast = changes[i];
            continue;
        }
        flush();
        groupFirst = groupLast = changes[i];
    }
    flush();
    return result;
}

QString TextDiff::unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                              const QString &newName, int context)
{
    const QVector<DiffHunk> diffHunks = hunks(oldText, newText, std::max(context, 0));
    if (diffHunks.isEmpty())
        return QString();

    QString out;
    out += QLatin1String("--- ") + (oldName.isEmpty() ? QStringLiteral("/dev/null") : QLatin1String("a/") + oldName);
    out += QLatin1String("\n+++ ") + (newName.isEmpty() ? QStringLiteral("/dev/null") : QLatin1String("b/") + newName);
    out += QLatin1Char('\n');
    for (const DiffHunk &hunk : diffHunks) {
        out += QLatin1String("@@ -") + rangeText(hunk.oldStart, hunk.oldCount) + QLatin1String(" +")
            + rangeText(hunk.newStart, hunk.newCount) + QLatin1String(" @@\n");
        for (const DiffLine &line : hunk.lines) {
            const char mark = line.op == DiffLine::Op::Context ? ' ' : line.op == DiffLine::Op::Removed ? '-' : '+';
            out += QLatin1Char(mark) + line.text + QLatin1Char('\n');
            if (line.missingNewline)
                out += QLatin1String("\\ No newline at end of file\n");
        }
    }
    return out;
}

IntraLineDiff TextDiff::intraLine(const QString &oldLine, const QString &newLine)
{
    const std::vector<ushort> a(oldLine.utf16(), oldLine.utf16() + oldLine.size());
    const std::vector<ushort> b(newLine.utf16(), newLine.utf16() + newLine.size());
    IntraLineDiff result;
    auto extend = [](QVector<CharRange> &ranges, int position) {
        if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == position)
            ++ranges.last().length;
        else
            ranges.append({position, 1});
    };
    for (const Step &step : editScript(a, b)) {
        if (step.op == DiffLine::Op::Removed)
            extend(result.oldRanges, step.oldIndex);
        else if (step.op == DiffLine::Op::Added)
            extend(result.newRanges, step.newIndex);
    }
    return result;
}

} // namespace envlens
