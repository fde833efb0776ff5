#include "documents/textfile.h"

#include <algorithm>

namespace envlens {

namespace {

// Byte offsets are recorded every kCheckpoint code units; finer positions are found by walking
// the per-unit byte widths from the nearest checkpoint.
constexpr qsizetype kCheckpoint = 64;
constexpr char16_t kReplacement = 0xFFFD;

// Length of the maximal well-formed UTF-8 prefix at bytes[i] (Unicode's "maximal subpart"
// practice, which Qt and Python follow): 0 means bytes[i] alone is invalid.
int validSequenceLength(const unsigned char *s, qsizetype remaining, char32_t &codePoint, int &subpart)
{
    const unsigned char lead = s[0];
    int need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
        codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        codePoint = lead & 0x0F;
        if (lead == 0xE0)
            lo = 0xA0;
        else if (lead == 0xED)
            hi = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        codePoint = lead & 0x07;
        if (lead == 0xF0)
            lo = 0x90;
        else if (lead == 0xF4)
            hi = 0x8F;
    } else {
        subpart = 1;
        return 0;
    }
    for (int k = 1; k <= need; ++k) {
        const unsigned char c = k < remaining ? s[k] : 0;
        const bool inRange = k < remaining && (k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF));
        if (!inRange) {
            subpart = k;
            return 0;
        }
        codePoint = (codePoint << 6) | (c & 0x3F);
    }
    return need + 1;
}

} // namespace

struct TextFile::Data
{
    QByteArray bytes;
    QString text;
    bool hadBom = false;
    bool invalidUtf8 = false;
    bool ascii = true;
    bool endsWithNewline = false;
    LineEnding lineEnding = LineEnding::None;
    qsizetype firstNul = -1;
    QVector<qsizetype> lineStarts;   // offsets into text
    QByteArray widths;               // bytes per UTF-16 unit (0 for a low surrogate); empty if ascii
    QVector<qsizetype> checkpoints;  // byte offset of unit k * kCheckpoint, BOM included

    void decode();
    void scanLines();
};

void TextFile::Data::decode()
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        hadBom = true;
        i = 3;
    }
    ascii = !hadBom && std::all_of(s, s + n, [](unsigned char c) { return c < 0x80; });
    if (ascii) {
        // The (pointer, size) overload: Qt 5's QByteArray overload stops at the first NUL.
        text = QString::fromLatin1(bytes.constData(), n);
        return;
    }
    text.reserve(n - i);
    widths.reserve(n - i);
    while (i < n) {
        if (s[i] < 0x80) {
            text.append(QChar(char16_t(s[i])));
            widths.append(char(1));
            ++i;
            continue;
        }
        char32_t cp = 0;
        int subpart = 0;
        const int len = validSequenceLength(s + i, n - i, cp, subpart);
        if (len == 0) {
            invalidUtf8 = true;
            text.append(QChar(kReplacement));
            widths.append(char(subpart));
            i += subpart;
        } else if (cp > 0xFFFF) {
            const char32_t v = cp - 0x10000;
            text.append(QChar(char16_t(0xD800 + (v >> 10))));
            text.append(QChar(char16_t(0xDC00 + (v & 0x3FF))));
            widths.append(char(len));
            widths.append(char(0));
            i += len;
        } else {
            text.append(QChar(char16_t(cp)));
            widths.append(char(len));
            i += len;
        }
    }
    qsizetype byte = hadBom ? 3 : 0;
    checkpoints.reserve(widths.size() / kCheckpoint + 2);
    for (qsizetype u = 0; u < widths.size(); ++u) {
        if (u % kCheckpoint == 0)
            checkpoints.append(byte);
        byte += widths.at(u);
    }
    if (widths.size() % kCheckpoint == 0)
        checkpoints.append(byte);
}

void TextFile::Data::scanLines()
{
    lineStarts.append(0);
    qsizetype lf = 0, crlf = 0, cr = 0;
    const QChar *c = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = c[i].unicode();
        if (u == u'\n') {
            ++lf;
            lineStarts.append(i + 1);
        } else if (u == u'\r') {
            if (i + 1 < n && c[i + 1].unicode() == u'\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
            lineStarts.append(i + 1);
        } else if (u == 0 && firstNul < 0) {
            firstNul = i;
        }
    }
    endsWithNewline = n > 0 && (c[n - 1] == QLatin1Char('\n') || c[n - 1] == QLatin1Char('\r'));
    const int kinds = (lf > 0) + (crlf > 0) + (cr > 0);
    if (kinds > 1)
        lineEnding = LineEnding::Mixed;
    else if (lf > 0)
        lineEnding = LineEnding::Lf;
    else if (crlf > 0)
        lineEnding = LineEnding::CrLf;
    else if (cr > 0)
        lineEnding = LineEnding::Cr;
}

TextFile::TextFile() : d(std::make_shared<Data>())
{
    std::const_pointer_cast<Data>(d)->lineStarts.append(0);
}

TextFile TextFile::fromBytes(const QByteArray &bytes)
{
    auto data = std::make_shared<Data>();
    data->bytes = bytes;
    data->decode();
    data->scanLines();
    TextFile file;
    file.d = std::move(data);
    return file;
}

const QByteArray &TextFile::bytes() const { return d->bytes; }
const QString &TextFile::text() const { return d->text; }
bool TextFile::hadBom() const { return d->hadBom; }
bool TextFile::invalidUtf8() const { return d->invalidUtf8; }
bool TextFile::isEmpty() const { return d->bytes.isEmpty(); }
bool TextFile::endsWithNewline() const { return d->endsWithNewline; }
TextFile::LineEnding TextFile::lineEnding() const { return d->lineEnding; }
qsizetype TextFile::firstNul() const { return d->firstNul; }
bool TextFile::isAscii() const { return d->ascii; }

QString TextFile::newline() const
{
    // Mixed files keep whatever the first line break was; a writer adding lines then matches the
    // top of the file, which is what editors do.
    switch (d->lineEnding) {
    case LineEnding::CrLf:
        return QStringLiteral("\r\n");
    case LineEnding::Cr:
        return QStringLiteral("\r");
    case LineEnding::Mixed: {
        const qsizetype end = lineEnd(1);
        if (end + 1 < d->text.size() && d->text.at(end) == QLatin1Char('\r'))
            return d->text.at(end + 1) == QLatin1Char('\n') ? QStringLiteral("\r\n") : QStringLiteral("\r");
        return QStringLiteral("\n");
    }
    default:
        return QStringLiteral("\n");
    }
}

int TextFile::lineCount() const
{
    return int(d->lineStarts.size());
}

qsizetype TextFile::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (line > lineCount())
        return d->text.size();
    return d->lineStarts.at(line - 1);
}

qsizetype TextFile::lineEnd(int line) const
{
    if (line < 1)
        return 0;
    if (line >= lineCount())
        return d->text.size();
    qsizetype end = d->lineStarts.at(line) - 1;
    if (end > 0 && d->text.at(end) == QLatin1Char('\n') && d->text.at(end - 1) == QLatin1Char('\r'))
        --end;
    return end;
}

QStringView TextFile::lineText(int line) const
{
    const qsizetype start = lineStart(line);
    return QStringView(d->text).mid(start, lineEnd(line) - start);
}

TextPos TextFile::posAt(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, d->text.size());
    const auto it = std::upper_bound(d->lineStarts.cbegin(), d->lineStarts.cend(), offset);
    const int line = int(it - d->lineStarts.cbegin());
    TextPos pos;
    pos.line = line;
    pos.column = int(offset - d->lineStarts.at(line - 1)) + 1;
    pos.offset = offset;
    pos.byteOffset = byteOffsetOf(offset);
    return pos;
}

TextPos TextFile::posAt(int line, int column) const
{
    line = std::clamp(line, 1, lineCount());
    const qsizetype start = lineStart(line);
    const qsizetype offset = std::min(start + std::max(column, 1) - 1, lineEnd(line));
    return posAt(offset);
}

TextPos TextFile::posAtByte(qsizetype byteOffset) const
{
    return posAt(offsetOfByte(byteOffset));
}

qsizetype TextFile::byteOffsetOf(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, d->text.size());
    if (d->ascii)
        return offset;
    const qsizetype k = offset / kCheckpoint;
    qsizetype byte = d->checkpoints.at(k);
    for (qsizetype u = k * kCheckpoint; u < offset; ++u)
        byte += d->widths.at(u);
    return byte;
}

qsizetype TextFile::offsetOfByte(qsizetype byteOffset) const
{
    if (d->ascii)
        return std::clamp<qsizetype>(byteOffset, 0, d->text.size());
    const auto it = std::upper_bound(d->checkpoints.cbegin(), d->checkpoints.cend(), byteOffset);
    if (it == d->checkpoints.cbegin())
        return 0;
    qsizetype unit = qsizetype(it - d->checkpoints.cbegin() - 1) * kCheckpoint;
    qsizetype byte = *(it - 1);
    // A byte inside a multi-byte sequence maps to the character holding it.
    while (unit < d->widths.size() && byte + d->widths.at(unit) <= byteOffset) {
        byte += d->widths.at(unit);
        ++unit;
    }
    return std::min<qsizetype>(unit, d->text.size());
}

TextSpan TextFile::span(qsizetype startOffset, qsizetype endOffset) const
{
    return TextSpan{posAt(startOffset), posAt(std::max(startOffset, endOffset))};
}

QString TextFile::textOf(const TextSpan &span) const
{
    if (!span.isValid())
        return QString();
    return d->text.mid(span.start.offset, span.end.offset - span.start.offset);
}

QByteArray TextFile::bytesOf(const TextSpan &span) const
{
    if (!span.isValid())
        return QByteArray();
    return d->bytes.mid(span.start.byteOffset, span.end.byteOffset - span.start.byteOffset);
}

} // namespace envlens
