#include "model/jsonwriter.h"

#include <charconv>

namespace envlens {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.isEmpty()) {
        if (m_hasItems.last())
            m_out += ',';
        m_hasItems.last() = true;
    }
}

JsonWriter &JsonWriter::open(char bracket)
{
    if (m_out.isEmpty())
        m_out.reserve(64 * 1024); // a model's tree is tens of KiB: grow a few times, not dozens
    separate();
    m_out += bracket;
    m_hasItems.append(false);
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    m_hasItems.removeLast();
    m_out += bracket;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out.append(name, qsizetype(qstrlen(name)));
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(const QString &name)
{
    separate();
    writeString(name);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    writeString(text);
    return *this;
}

void JsonWriter::writeString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    m_out += '"';
    // Copy the runs that need no escape in one go; most strings are one such run.
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const char c = *p;
        if (static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        default: {
            static const char hex[] = "0123456789abcdef";
            m_out += "\\u00";
            m_out += hex[(c >> 4) & 0xf];
            m_out += hex[c & 0xf];
        }
        }
    }
    m_out.append(run, end - run);
    m_out += '"';
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    const std::to_chars_result written = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, written.ptr - digits);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

} // namespace envlens
