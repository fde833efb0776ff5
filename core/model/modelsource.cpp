#include "model/modelsource.h"

#include "model/foldersource.h"
#include "model/zipsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace envlens {

namespace {

// lupdate files ModelText::tr() under the same context the code asks for at run time.
class ModelText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::ModelText)
};

bool looksLikeZip(const QString &path)
{
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(2) == QByteArrayLiteral("PK");
}

} // namespace

const SourceEntry *ModelSource::entry(const QString &path) const
{
    const auto it = m_index.constFind(path);
    return it == m_index.constEnd() ? nullptr : &m_entries.at(it.value());
}

void ModelSource::addEntry(SourceEntry entry)
{
    if (m_index.contains(entry.path))
        return; // a duplicate name in a zip: the first one wins, as unzip does
    m_index.insert(entry.path, int(m_entries.size()));
    m_entries.append(std::move(entry));
}

Result<std::unique_ptr<ModelSource>> ModelSource::open(const QString &path, const LoadLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { ModelText::tr("no such file or folder"), path };
    if (info.isDir()) {
        auto folder = FolderSource::open(info.absoluteFilePath(), limits);
        if (!folder)
            return folder.error();
        return std::unique_ptr<ModelSource>(std::move(folder).value());
    }
    if (!info.isFile())
        return Error { ModelText::tr("not a regular file or folder"), path };
    if (!info.isReadable())
        return Error { ModelText::tr("permission denied"), path };
    if (looksLikeZip(info.absoluteFilePath())) {
        auto zip = ZipSource::open(info.absoluteFilePath(), limits);
        if (!zip)
            return zip.error();
        return std::unique_ptr<ModelSource>(std::move(zip).value());
    }
    return Error { ModelText::tr("not a model folder, an MLmodel file or a zip archive"), path };
}

namespace {

// Most names need no work: no '\\', no empty, "." or ".." component, not absolute.
bool isAlreadyClean(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))
        || name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':')) || name.contains(QLatin1String("//"))
        || name.contains(QLatin1String("/.")))
        return false;
    return true;
}

} // namespace

std::optional<QString> normaliseEntryName(const QString &rawName)
{
    if (isAlreadyClean(rawName))
        return rawName.endsWith(QLatin1Char('/')) ? rawName.left(rawName.size() - 1) : rawName;
    QString name = rawName;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (name.startsWith(QLatin1Char('/')))
        return std::nullopt;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        return std::nullopt;
    QStringList kept;
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return std::nullopt;
        kept.append(part);
    }
    return kept.join(QLatin1Char('/'));
}

} // namespace envlens
