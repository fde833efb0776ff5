#include "documents/textfile.h"

#include <QTest>

using namespace envlens;

class TestTextFile : public QObject
{
    Q_OBJECT

private slots:
    void decoding_data();
    void decoding();
    void offsetsRoundTrip_data();
    void offsetsRoundTrip();
    void lineAccess();
};

void TestTextFile::decoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("invalid");
    QTest::addColumn<int>("ending");
    QTest::addColumn<bool>("finalNewline");
    QTest::addColumn<int>("lines");

    using E = TextFile::LineEnding;
    QTest::newRow("empty") << QByteArray() << QString() << false << false << int(E::None) << false << 1;
    QTest::newRow("one line, no newline") << QByteArray("abc") << "abc" << false << false << int(E::None) << false
                                          << 1;
    QTest::newRow("LF") << QByteArray("a\nb\n") << "a\nb\n" << false << false << int(E::Lf) << true << 3;
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << "a\r\nb\r\n" << false << false << int(E::CrLf) << true
                          << 3;
    QTest::newRow("CR") << QByteArray("a\rb") << "a\rb" << false << false << int(E::Cr) << false << 2;
    QTest::newRow("mixed") << QByteArray("a\r\nb\nc") << "a\r\nb\nc" << false << false << int(E::Mixed) << false
                           << 3;
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbfx: 1\n") << "x: 1\n" << true << false << int(E::Lf) << true << 2;
    QTest::newRow("BOM only") << QByteArray("\xef\xbb\xbf") << QString() << true << false << int(E::None) << false
                              << 1;
    QTest::newRow("latin-1 byte") << QByteArray("caf\xe9\n") << QStringLiteral("caf") + QChar(0xFFFD) + u'\n'
                                  << false << true << int(E::Lf) << true << 2;
    QTest::newRow("truncated sequence") << QByteArray("a\xe2\x82") << QStringLiteral("a") + QChar(0xFFFD) << false
                                        << true << int(E::None) << false << 1;
    QTest::newRow("surrogate encoded") << QByteArray("\xed\xa0\x80x")
                                       << QString(QChar(0xFFFD)) + QChar(0xFFFD) + QChar(0xFFFD) + u'x' << false
                                       << true << int(E::None) << false << 1;
    QTest::newRow("astral") << QByteArray("\xf0\x9f\x90\x8d") << QString::fromUtf8("\xf0\x9f\x90\x8d") << false
                            << false << int(E::None) << false << 1;
}

void TestTextFile::decoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(bool, bom);
    QFETCH(bool, invalid);
    QFETCH(int, ending);
    QFETCH(bool, finalNewline);
    QFETCH(int, lines);
    const TextFile file = TextFile::fromBytes(bytes);
    QCOMPARE(file.text(), text);
    QCOMPARE(file.bytes(), bytes);
    QCOMPARE(file.hadBom(), bom);
    QCOMPARE(file.invalidUtf8(), invalid);
    QCOMPARE(int(file.lineEnding()), ending);
    QCOMPARE(file.endsWithNewline(), finalNewline);
    QCOMPARE(file.lineCount(), lines);
    QCOMPARE(file.isEmpty(), bytes.isEmpty());
    if (!invalid) {
        QCOMPARE(QString::fromUtf8(bytes.mid(bom ? 3 : 0)), text); // same decoding as Qt for valid input
    }
}

void TestTextFile::offsetsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("ascii") << QByteArray("name: x\nchannels:\n- a\n");
    QTest::newRow("utf-8 with BOM and CRLF") << QByteArray("\xef\xbb\xbf\xc3\xa9t\xc3\xa9\r\n\xe2\x82\xac 1\r\n");
    QTest::newRow("invalid bytes") << QByteArray("a\xff\xfe b\n\xe2\x82 c\xf0\x9f\x90\x8d d");
    QByteArray longLine;
    for (int i = 0; i < 500; ++i)
        longLine += "\xc3\xa9x\xf0\x9f\x90\x8d";
    QTest::newRow("past many checkpoints") << longLine + "\nend";
}

void TestTextFile::offsetsRoundTrip()
{
    QFETCH(QByteArray, bytes);
    const TextFile file = TextFile::fromBytes(bytes);
    const QString &text = file.text();
    for (qsizetype offset = 0; offset <= text.size(); ++offset) {
        const TextPos pos = file.posAt(offset);
        QCOMPARE(pos.offset, offset);
        const bool insideCrLf = offset > 0 && offset < text.size() && text.at(offset - 1) == QLatin1Char('\r')
            && text.at(offset) == QLatin1Char('\n');
        if (!insideCrLf)
            QCOMPARE(file.posAt(pos.line, pos.column).offset, offset);
        const bool lowSurrogate = offset < text.size() && text.at(offset).isLowSurrogate();
        if (!lowSurrogate)
            QCOMPARE(file.offsetOfByte(pos.byteOffset), offset);
        if (!file.invalidUtf8() && !lowSurrogate) {
            const qsizetype start = file.hadBom() ? 3 : 0;
            QCOMPARE(QString::fromUtf8(bytes.mid(start, pos.byteOffset - start)), text.left(offset));
        }
    }
    QCOMPARE(file.byteOffsetOf(text.size()), bytes.size());
}

void TestTextFile::lineAccess()
{
    const TextFile file = TextFile::fromBytes("first\r\nsecond\n\nfourth");
    QCOMPARE(file.lineCount(), 4);
    QCOMPARE(file.lineText(1).toString(), QStringLiteral("first"));
    QCOMPARE(file.lineText(2).toString(), QStringLiteral("second"));
    QCOMPARE(file.lineText(3).toString(), QString());
    QCOMPARE(file.lineText(4).toString(), QStringLiteral("fourth"));
    QCOMPARE(file.newline(), QStringLiteral("\r\n"));
    QCOMPARE(file.posAt(2, 3).offset, qsizetype(9));
    QCOMPARE(file.posAt(2, 99).offset, qsizetype(13)); // clamped to the line
    const TextSpan span = file.span(7, 13);
    QCOMPARE(file.textOf(span), QStringLiteral("second"));
    QCOMPARE(file.bytesOf(span), QByteArray("second"));
    QCOMPARE(span.start.line, 2);
    QCOMPARE(span.end.column, 7);
}

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
