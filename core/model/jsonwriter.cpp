#include "model/jsonwriter.h"

#include <charconv>

namespace envlens {

const QByteArray &JsonWriter::data() const
{
    m_data = QByteArray(m_out.data(), qsizetype(m_out.size()));
    return m_data;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.isEmpty()) {
        if (m_hasItems.last())
            put(',');
        m_hasItems.last() = true;
    }
}

JsonWriter &JsonWriter::open(char bracket)
{
    if (m_out.empty())
        m_out.reserve(64 * 1024); // a model's tree is tens of KiB: grow a few times, not dozens
    separate();
    put(bracket);
    m_hasItems.append(false);
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    m_hasItems.removeLast();
    put(bracket);
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    put('"');
    put(name, qsizetype(qstrlen(name)));
    put("\":", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(const QString &name)
{
    separate();
    writeString(name);
    put(':');
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
    put('"');
    // Copy the runs that need no escape in one go; most strings are one such run.
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const char c = *p;
        if (static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\')
            continue;
        put(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': put("\\\"", 2); break;
        case '\\': put("\\\\", 2); break;
        case '\n': put("\\n", 2); break;
        case '\r': put("\\r", 2); break;
        case '\t': put("\\t", 2); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
            put(escaped, sizeof escaped);
        }
        }
    }
    put(run, end - run);
    put('"');
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    const std::to_chars_result written = std::to_chars(digits, digits + sizeof digits, number);
    put(digits, written.ptr - digits);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    if (flag)
        put("true", 4);
    else
        put("false", 5);
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    put("null", 4);
    return *this;
}

} // namespace envlens
