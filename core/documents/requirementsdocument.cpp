#include "documents/requirementsdocument.h"

#include <algorithm>

namespace envlens {

namespace {

// Python's str.isspace(), which pip's `\s` and strip() use: Qt's notion plus the four
// information separators \x1c-\x1f that Python counts as whitespace.
bool pyIsSpace(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || (u >= 0x1c && u <= 0x1f);
}

// Python's str.splitlines() boundaries.
bool isPyLineBreak(char16_t u)
{
    return u == u'\n' || u == u'\r' || u == 0x0b || u == 0x0c || u == 0x1c || u == 0x1d || u == 0x1e || u == 0x85
        || u == 0x2028 || u == 0x2029;
}

struct PhysicalLine
{
    qsizetype start;
    qsizetype end; // line break excluded
};

QVector<PhysicalLine> splitLines(const QString &text)
{
    QVector<PhysicalLine> lines;
    const qsizetype n = text.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (!isPyLineBreak(u))
            continue;
        lines.append(PhysicalLine{start, i});
        if (u == u'\r' && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    if (start < n)
        lines.append(PhysicalLine{start, n});
    return lines;
}

// pip's COMMENT_RE.match(line): the line is a comment from its first non-blank character.
bool isCommentLine(QStringView line)
{
    for (const QChar c : line) {
        if (c == QLatin1Char('#'))
            return true;
        if (!pyIsSpace(c))
            return false;
    }
    return false;
}

// A logical line under construction: the joined text and, for each of its characters, the text()
// offset it came from (-1 for the blank pip inserts before a comment line).
class JoinedLine
{
public:
    void append(const QString &text, qsizetype from, qsizetype to)
    {
        m_text += QStringView(text).mid(from, to - from);
        for (qsizetype i = from; i < to; ++i)
            m_sources.append(i);
    }
    void appendSynthetic(QChar c)
    {
        m_text += c;
        m_sources.append(-1);
    }
    const QString &text() const { return m_text; }
    // The source offset of joined index i; an exclusive end maps to one past its last character.
    qsizetype sourceStart(qsizetype i, qsizetype fallback) const
    {
        for (; i < m_sources.size(); ++i) {
            if (m_sources.at(i) >= 0)
                return m_sources.at(i);
        }
        return fallback;
    }
    qsizetype sourceEnd(qsizetype i, qsizetype fallback) const
    {
        for (--i; i >= 0; --i) {
            if (m_sources.at(i) >= 0)
                return m_sources.at(i) + 1;
        }
        return fallback;
    }

private:
    QString m_text;
    QVector<qsizetype> m_sources;
};

class Reader
{
public:
    Reader(const TextFile &file) : m_file(file), m_text(file.text()) {}

    QVector<RequirementLine> read()
    {
        const QVector<PhysicalLine> physical = splitLines(m_text);
        int first = -1;
        JoinedLine joined;
        for (int i = 0; i < physical.size(); ++i) {
            const PhysicalLine &line = physical.at(i);
            const QStringView view = QStringView(m_text).mid(line.start, line.end - line.start);
            const bool comment = isCommentLine(view);
            if (!view.endsWith(QLatin1Char('\\')) || comment) {
                if (comment)
                    joined.appendSynthetic(QLatin1Char(' '));
                joined.append(m_text, line.start, line.end);
                finish(physical, first < 0 ? i : first, i, joined);
                joined = JoinedLine();
                first = -1;
            } else {
                if (first < 0)
                    first = i;
                // pip's line.strip("\\") drops every backslash at both ends, not only the last one.
                qsizetype from = line.start;
                qsizetype to = line.end;
                while (from < to && m_text.at(from) == QLatin1Char('\\'))
                    ++from;
                while (to > from && m_text.at(to - 1) == QLatin1Char('\\'))
                    --to;
                joined.append(m_text, from, to);
            }
        }
        if (first >= 0)
            finish(physical, first, int(physical.size()) - 1, joined);
        return m_lines;
    }

private:
    void finish(const QVector<PhysicalLine> &physical, int first, int last, const JoinedLine &joined)
    {
        RequirementLine line;
        const qsizetype start = physical.at(first).start;
        const qsizetype end = physical.at(last).end;
        line.span = m_file.span(start, end);
        line.firstLine = line.span.start.line;
        line.lastLine = line.span.end.line;
        line.pipLineNumber = first + 1;

        const QString &text = joined.text();
        const qsizetype commentAt = commentStart(text);
        qsizetype contentEnd = commentAt < 0 ? text.size() : commentAt;
        // COMMENT_RE takes the whitespace before the `#` with it; strip() takes the rest.
        while (contentEnd > 0 && pyIsSpace(text.at(contentEnd - 1)))
            --contentEnd;
        qsizetype contentStart = 0;
        while (contentStart < contentEnd && pyIsSpace(text.at(contentStart)))
            ++contentStart;
        line.text = text.mid(contentStart, contentEnd - contentStart);
        if (commentAt >= 0) {
            line.comment = text.mid(commentAt);
            line.commentSpan = m_file.span(joined.sourceStart(commentAt, end), end);
        }
        if (line.text.isEmpty()) {
            const qsizetype at = line.commentSpan.isValid() ? line.commentSpan.start.offset : start;
            line.textSpan = m_file.span(at, at);
        } else {
            line.textSpan = m_file.span(joined.sourceStart(contentStart, start), joined.sourceEnd(contentEnd, end));
        }
        line.pip = pep::parsePipLine(line.text);
        m_lines.append(line);
    }

    // Where pip's COMMENT_RE `(^|\s+)#.*$` cuts: the first `#` at the start or after whitespace.
    static qsizetype commentStart(const QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('#') && (i == 0 || pyIsSpace(text.at(i - 1))))
                return i;
        }
        return -1;
    }

    const TextFile &m_file;
    const QString &m_text;
    QVector<RequirementLine> m_lines;
};

} // namespace

RequirementsDocument RequirementsDocument::parse(const QByteArray &bytes, const QString &fileName)
{
    return fromFile(TextFile::fromBytes(bytes), fileName);
}

RequirementsDocument RequirementsDocument::fromFile(const TextFile &file, const QString &fileName)
{
    RequirementsDocument document;
    document.m_file = file;
    document.m_fileName = fileName;
    document.m_lines = Reader(file).read();

    QStringList texts;
    texts.reserve(document.m_lines.size());
    for (const RequirementLine &line : document.m_lines)
        texts.append(line.text.isEmpty() ? line.comment : line.text);
    const QVector<LockRole> roles = lockRoles(texts);
    for (int i = 0; i < roles.size(); ++i) {
        document.m_lines[i].lockRole = roles.at(i);
        document.m_locked = document.m_locked || roles.at(i) == LockRole::LockedHeader;
    }
    return document;
}

QVector<RequirementLine> RequirementsDocument::pipLines() const
{
    QVector<RequirementLine> result;
    std::copy_if(m_lines.cbegin(), m_lines.cend(), std::back_inserter(result),
                 [](const RequirementLine &line) { return !line.isEmpty(); });
    return result;
}

QVector<RequirementLine> RequirementsDocument::includes() const
{
    QVector<RequirementLine> result;
    std::copy_if(m_lines.cbegin(), m_lines.cend(), std::back_inserter(result), [](const RequirementLine &line) {
        return line.pip.kind == pep::PipLine::Kind::Include || line.pip.kind == pep::PipLine::Kind::Constraint;
    });
    return result;
}

int RequirementsDocument::lineIndexAt(int physicalLine) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (physicalLine >= m_lines.at(i).firstLine && physicalLine <= m_lines.at(i).lastLine)
            return i;
    }
    return -1;
}

QVector<RequirementLine> RequirementsDocument::originalRequirements() const
{
    QVector<RequirementLine> result;
    std::copy_if(m_lines.cbegin(), m_lines.cend(), std::back_inserter(result),
                 [](const RequirementLine &line) { return line.lockRole == LockRole::Original; });
    return result;
}

QVector<RequirementLine> RequirementsDocument::lockedRequirements() const
{
    QVector<RequirementLine> result;
    std::copy_if(m_lines.cbegin(), m_lines.cend(), std::back_inserter(result),
                 [](const RequirementLine &line) { return line.lockRole == LockRole::Locked; });
    return result;
}

} // namespace envlens
