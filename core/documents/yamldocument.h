#pragma once

#include "common/error.h"
#include "documents/textfile.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <memory>

namespace envlens {

struct YamlNodeData;
struct YamlField;

// An immutable node of our own YAML tree. yaml-cpp only parses: kinds, scalar values, tags and
// start marks come from it, styles and end positions from the source text. A default-constructed
// node is invalid ("absent"); every accessor is safe on it.
class YamlNode
{
public:
    enum class Kind { Invalid, Null, Scalar, Sequence, Map };
    enum class Style {
        None,          // invalid node
        Empty,         // a null written as nothing (`key:`); its span is empty
        Plain,
        SingleQuoted,
        DoubleQuoted,
        Literal,       // |
        Folded,        // >
        Block,         // block collection
        Flow,          // [ ] or { }
    };
    // How PyYAML's SafeLoader (YAML 1.1) types the value: plain scalars resolve by their text,
    // quoted or block scalars and explicit !!str are always strings.
    enum class ResolvedType { None, Null, Bool, Int, Float, Timestamp, String, Sequence, Map };

    using Pair = YamlField;

    YamlNode() = default;
    explicit YamlNode(std::shared_ptr<const YamlNodeData> data) : d(std::move(data)) {}

    bool isValid() const { return d != nullptr; }
    Kind kind() const;
    Style style() const;
    bool isNull() const { return kind() == Kind::Null; }
    bool isScalar() const { return kind() == Kind::Scalar; }
    bool isSequence() const { return kind() == Kind::Sequence; }
    bool isMap() const { return kind() == Kind::Map; }
    bool isQuoted() const { return style() == Style::SingleQuoted || style() == Style::DoubleQuoted; }
    bool isPlain() const { return style() == Style::Plain; }
    // A string in PyYAML's eyes: a quoted/block scalar, !!str, or a plain scalar no other type claims.
    bool isQuotedString() const;
    ResolvedType resolvedType() const;

    QString scalar() const;                   // the value of a scalar (folded, unescaped); empty otherwise
    QString scalarValue() const { return scalar(); }
    // The explicit tag as yaml-cpp resolves it (`!!str` → "tag:yaml.org,2002:str"); empty if none.
    QString tag() const;
    QString anchor() const;                   // the &name defined on this node, if any
    bool isAlias() const;                     // written as *name; content is the anchored node's
    QString aliasName() const;

    // Where the node is written. Scalars: from the first character (a quote, | or > included) to
    // the end of the value (closing quote included, comments and trailing blanks excluded).
    // Collections: from the first `-`/key or bracket to the end of the last item. Null written as
    // nothing: an empty span right after the `:` or `-`. Tags and anchors are not part of the span.
    TextSpan span() const;
    TextPos start() const { return span().start; }
    TextPos end() const { return span().end; }

    // Block collections: the column (1-based) of their `-` or keys. For a block sequence that is a
    // map value, itemsIndented() tells whether the `-` sits right of the key (`key:\n  - a`) or at
    // the key's column (`key:\n- a`, as PyYAML writes).
    int indentColumn() const;
    bool itemsIndented() const;

    int size() const;                          // items or pairs; 0 for scalars
    YamlNode at(int index) const;              // sequence item
    QVector<YamlNode> items() const;
    QVector<Pair> pairs() const;               // in file order, duplicates kept
    YamlField field(QStringView key) const;    // the first pair whose key scalar equals key
    YamlNode get(QStringView key) const;
    bool has(QStringView key) const;
    YamlNode path(const QStringList &keys) const; // get() along a list of keys
    QStringList keys() const;

    // For type messages: "string", "float", "mapping", ... (never translated: a YAML word).
    static QString typeName(ResolvedType type);

    const YamlNodeData *data() const { return d.get(); }

private:
    std::shared_ptr<const YamlNodeData> d;
};

// One key of a mapping, as found: the key node and its value. Both are invalid when the mapping
// has no such key.
struct YamlField
{
    YamlNode key;
    YamlNode value;

    bool isPresent() const { return key.isValid(); }
    bool isNull() const { return value.isNull(); }     // `key:`, `key: null`, `key: ~`
    bool isScalar() const { return value.isScalar(); } // a non-null scalar
    QString text() const { return value.scalar(); }    // empty when absent, null or a collection
};

inline YamlNode YamlNode::get(QStringView key) const
{
    return field(key).value;
}

inline bool YamlNode::has(QStringView key) const
{
    return field(key).isPresent();
}

// The limits that make hostile input end in an Error rather than a crash, a hang or exhausted
// memory. Real MLmodel and env files stay far below them.
struct YamlLimits
{
    int maxDepth = 200;                       // nesting of collections
    qint64 maxNodes = 200000;                 // nodes a full walk would visit, aliases expanded
    qsizetype maxLineLength = 1024 * 1024;    // characters in one line
    qsizetype maxSize = 64 * 1024 * 1024;     // bytes of the whole file
};

// A YAML file as read: its text and our tree. One document per file (as yaml.safe_load wants);
// an empty file or one holding only comments gives an Empty null root.
class YamlDocument
{
public:
    YamlDocument();

    static Result<YamlDocument> parse(const QByteArray &bytes, const QString &fileName = QString(),
                                      const YamlLimits &limits = YamlLimits());
    static Result<YamlDocument> parse(const TextFile &file, const QString &fileName = QString(),
                                      const YamlLimits &limits = YamlLimits());

    const TextFile &file() const { return m_file; }
    const QString &fileName() const { return m_fileName; }
    YamlNode root() const { return m_root; }
    QString textOf(const YamlNode &node) const { return m_file.textOf(node.span()); }

private:
    TextFile m_file;
    QString m_fileName;
    YamlNode m_root;
};

// A value whose YAML type is not the one the format wants, kept as data for the yaml-type check:
// it needs the node's style (plain `3.8` is a float, `'3.8'` a string).
struct YamlTypeProblem
{
    enum class Expected { String, Mapping, Sequence, StringOrMapping, Integer, Boolean, StringSequence };

    QStringList path;     // keys from the root; sequence items as "[3]"
    YamlNode key;         // the key whose value is wrong (invalid for sequence items)
    YamlNode value;
    Expected expected = Expected::String;
    QString message;      // translated, e.g. "python_version should be a string, found float 3.8"
};
using YamlTypeProblems = QVector<YamlTypeProblem>;

} // namespace envlens
