#include "edit/editedmodel.h"

#include "model/modelloader.h"

namespace envlens {

Result<std::shared_ptr<const Model>> modelWithChanges(const Model &model, const ChangeSet &changes)
{
    QHash<QString, QByteArray> replaced;
    for (const FileChange &change : changes.files)
        replaced.insert(change.path, change.newBytes);
    return ModelLoader::reload(model, replaced);
}

} // namespace envlens
