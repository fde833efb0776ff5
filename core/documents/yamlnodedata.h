#pragma once

// Internal to core/documents: the storage behind YamlNode, built by yamldocument.cpp.

#include "documents/yamldocument.h"

#include <QString>
#include <QVector>

#include <memory>

namespace envlens {

struct YamlNodeData
{
    YamlNode::Kind kind = YamlNode::Kind::Null;
    YamlNode::Style style = YamlNode::Style::Empty;
    QString scalar;
    QString tag;
    QString anchor;
    QString aliasName;
    bool alias = false;
    bool flowContext = false;     // written inside [ ] or { }
    TextSpan span;
    int indentColumn = 0;
    bool itemsIndented = false;
    // Sequences: the items. Maps: key, value, key, value, ... in file order.
    QVector<std::shared_ptr<const YamlNodeData>> children;
    qint64 weight = 1;            // nodes a full walk visits here, aliases expanded
};

} // namespace envlens
