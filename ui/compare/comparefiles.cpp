#include "compare/comparefiles.h"

#include <QMap>

#include <algorithm>

namespace envlens {

namespace {

// MLmodel first, then the files MLflow restores from, then includes: the order a reader follows.
int environmentRank(const QString &path, const Model &a, const Model &b)
{
    const auto roleOf = [&](const Model &m) {
        const ModelFile *f = m.file(path);
        return f ? int(f->role) : int(FileRole::Artifact);
    };
    return qMin(roleOf(a), roleOf(b));
}

bool sameContent(const Model &a, const Model &b, const QString &path)
{
    const TextFile *ta = a.text(path);
    const TextFile *tb = b.text(path);
    if (ta && tb)
        return ta->bytes() == tb->bytes();
    const ModelFile *fa = a.file(path);
    const ModelFile *fb = b.file(path);
    return fa && fb && !ta && !tb && fa->size == fb->size && fa->hasCrc && fb->hasCrc && fa->crc32 == fb->crc32;
}

CompareFile fromFileDiff(const FileDiff &d, CompareFile::Group group)
{
    CompareFile file;
    file.path = d.path;
    file.group = group;
    file.change = d.change;
    file.isText = d.isText;
    file.existsOld = d.oldSize >= 0;
    file.existsNew = d.newSize >= 0;
    return file;
}

} // namespace

QVector<CompareFile> compareFiles(const Model &oldModel, const Model &newModel, const ModelDiff &diff)
{
    QMap<QString, CompareFile> environment;
    for (const Model *model : { &oldModel, &newModel }) {
        const bool old = model == &oldModel;
        for (const ModelFile &f : model->files) {
            if (!isEnvironmentFile(f.role))
                continue;
            CompareFile &entry = environment[f.path];
            entry.path = f.path;
            (old ? entry.existsOld : entry.existsNew) = true;
        }
    }
    QVector<CompareFile> files;
    for (CompareFile entry : environment) {
        const TextFile *ta = entry.existsOld ? oldModel.text(entry.path) : nullptr;
        const TextFile *tb = entry.existsNew ? newModel.text(entry.path) : nullptr;
        entry.isText = (ta || !entry.existsOld) && (tb || !entry.existsNew);
        if (!entry.existsOld)
            entry.change = DiffChange::Added;
        else if (!entry.existsNew)
            entry.change = DiffChange::Removed;
        else
            entry.change = sameContent(oldModel, newModel, entry.path) ? DiffChange::Unchanged : DiffChange::Modified;
        files.append(entry);
    }
    std::stable_sort(files.begin(), files.end(), [&](const CompareFile &x, const CompareFile &y) {
        return environmentRank(x.path, oldModel, newModel) < environmentRank(y.path, oldModel, newModel);
    });
    for (const FileDiff &d : diff.code)
        files.append(fromFileDiff(d, CompareFile::Group::Code));
    for (const FileDiff &d : diff.artifacts)
        files.append(fromFileDiff(d, CompareFile::Group::Other));
    return files;
}

} // namespace envlens
