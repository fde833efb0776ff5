#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <string>

namespace envlens {

// A compact JSON writer that appends to one buffer. The tree of a large model (thousands of files
// and imports) is built several times faster this way than through QJsonObject, which matters
// for issue 4's 100 ms goal; QJsonDocument::fromJson() reads the result back where objects are wanted.
class JsonWriter
{
public:
    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }

    JsonWriter &key(const char *name); // an ASCII key, never escaped
    JsonWriter &key(const QString &name); // a key from the model's files, escaped
    JsonWriter &value(const QString &text);
    JsonWriter &valueOrNull(const QString &text) { return text.isEmpty() ? null() : value(text); } // "" → null
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &lineOrNull(int line) { return line > 0 ? value(line) : null(); }

    const QByteArray &data() const; // the JSON written so far

private:
    JsonWriter &open(char bracket);
    JsonWriter &close(char bracket);
    void separate();
    void writeString(const QString &text);
    void put(const char *bytes, qsizetype count) { m_out.append(bytes, size_t(count)); }
    void put(char c) { m_out.push_back(c); }

    // QByteArray's appends all go through its general insert(); a tree writes tens of thousands of
    // small pieces, which std::string appends inline. data() copies the result out once.
    std::string m_out;
    mutable QByteArray m_data;
    QVector<bool> m_hasItems; // per open container
    bool m_afterKey = false;
};

} // namespace envlens
