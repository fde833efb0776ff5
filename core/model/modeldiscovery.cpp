#include "model/modeldiscovery.h"

#include <QCoreApplication>

#include <algorithm>

namespace envlens {

namespace {

// lupdate files ModelText::tr() under the same context the code asks for at run time.
class ModelText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::ModelText)
};

const QLatin1String kMLmodel("MLmodel");

// "" for "MLmodel", "a/b/" for "a/b/MLmodel"; nothing when the entry is no MLmodel file.
std::optional<QString> rootOf(const SourceEntry &entry)
{
    if (entry.isDir)
        return std::nullopt;
    if (entry.path == kMLmodel)
        return QString();
    if (!entry.path.endsWith(QLatin1Char('/') + kMLmodel))
        return std::nullopt;
    return entry.path.left(entry.path.size() - kMLmodel.size());
}

} // namespace

QStringList findModelRoots(const ModelSource &source)
{
    QStringList all;
    for (const SourceEntry &entry : source.entries()) {
        const std::optional<QString> root = rootOf(entry);
        if (!root || root->startsWith(QLatin1String("__MACOSX/")))
            continue;
        all.append(*root);
    }
    std::sort(all.begin(), all.end());
    QStringList outermost;
    for (const QString &root : std::as_const(all)) {
        const bool nested = std::any_of(outermost.cbegin(), outermost.cend(),
                                        [&root](const QString &outer) { return root.startsWith(outer); });
        if (!nested)
            outermost.append(root);
    }
    return outermost;
}

Result<QString> chooseModelRoot(const ModelSource &source, const QString &subpath)
{
    if (!subpath.isEmpty()) {
        const std::optional<QString> clean = normaliseEntryName(subpath);
        if (!clean)
            return Error { ModelText::tr("--model %1: the path escapes the archive or folder").arg(subpath),
                source.path() };
        const QString root = clean->isEmpty() ? QString() : *clean + QLatin1Char('/');
        const SourceEntry *mlmodel = source.entry(root + kMLmodel);
        if (!mlmodel || mlmodel->isDir)
            return Error { root.isEmpty() ? ModelText::tr("no MLmodel file at the top level")
                                          : ModelText::tr("no MLmodel file at %1").arg(root),
                source.path() };
        return root;
    }
    const QStringList roots = findModelRoots(source);
    if (roots.isEmpty())
        return Error { source.kind() == SourceKind::Zip ? ModelText::tr("the zip archive holds no MLmodel file")
                                                        : ModelText::tr("no MLmodel file in this folder"),
            source.path() };
    if (roots.size() > 1) {
        QStringList shown;
        for (const QString &root : roots)
            shown.append(root.isEmpty() ? QStringLiteral(".") : root);
        return Error { ModelText::tr("holds %1 models; choose one with --model: %2")
                           .arg(roots.size())
                           .arg(shown.join(QLatin1String(", "))),
            source.path() };
    }
    return roots.first();
}

} // namespace envlens
