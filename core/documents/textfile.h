#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVector>

#include <memory>

namespace envlens {

// A place in a TextFile. line and column are 1-based; column counts QChars (UTF-16 code units,
// what QTextCursor and QPlainTextEdit count). offset indexes TextFile::text(); byteOffset indexes
// TextFile::bytes(), BOM included, so a writer can splice the original bytes.
struct TextPos
{
    int line = 0;
    int column = 0;
    qsizetype offset = -1;
    qsizetype byteOffset = -1;

    bool isValid() const { return offset >= 0; }
    bool operator==(const TextPos &other) const { return offset == other.offset && line == other.line; }
    bool operator!=(const TextPos &other) const { return !(*this == other); }
};

// A half-open range [start, end) of a TextFile.
struct TextSpan
{
    TextPos start;
    TextPos end;

    bool isValid() const { return start.isValid() && end.isValid(); }
    qsizetype length() const { return isValid() ? end.offset - start.offset : 0; }
    qsizetype byteLength() const { return isValid() ? end.byteOffset - start.byteOffset : 0; }
};

// The bytes of a text file and their decoding, with the facts a lossless writer must keep
// (BOM, line endings, final newline) and the mapping between offsets and (line, column).
// Line breaks are LF, CRLF and a lone CR, as YAML and editors count them. Cheap to copy.
class TextFile
{
public:
    enum class LineEnding {
        None,  // a single line without a break
        Lf,
        CrLf,
        Cr,
        Mixed,
    };

    TextFile();

    // UTF-8 with U+FFFD for every invalid sequence (invalidUtf8() then tells), BOM stripped.
    static TextFile fromBytes(const QByteArray &bytes);

    const QByteArray &bytes() const;
    const QString &text() const; // decoded, without the BOM, line breaks untouched

    bool hadBom() const;
    bool invalidUtf8() const;
    bool isEmpty() const;              // no bytes at all (a BOM alone is not empty)
    bool endsWithNewline() const;
    LineEnding lineEnding() const;
    QString newline() const;           // the dominant line break ("\n" when none or tied)
    qsizetype firstNul() const;        // offset into text() of the first NUL character, or -1
    bool isAscii() const;              // bytes() is plain ASCII: offsets equal byte offsets

    int lineCount() const;             // as an editor counts: "a\n" has two lines, the last empty
    qsizetype lineStart(int line) const; // offset of 1-based line's first character
    qsizetype lineEnd(int line) const;   // offset of its line break (or the end of the text)
    QStringView lineText(int line) const; // without the line break

    TextPos posAt(qsizetype offset) const;      // clamps to [0, text().size()]
    TextPos posAt(int line, int column) const;  // clamps the column to the line
    TextPos posAtByte(qsizetype byteOffset) const;
    qsizetype byteOffsetOf(qsizetype offset) const;
    qsizetype offsetOfByte(qsizetype byteOffset) const;
    TextSpan span(qsizetype startOffset, qsizetype endOffset) const;
    QString textOf(const TextSpan &span) const;
    QByteArray bytesOf(const TextSpan &span) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace envlens
