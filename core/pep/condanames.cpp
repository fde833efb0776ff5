#include "pep/condanames.h"

#include "pep/names.h"

#include <QHash>
#include <QSet>

namespace envlens::pep {

namespace {

struct NamePair
{
    const char *conda;
    const char *pip;
};

// Several conda names can share one pip name; the first listed is the one pipToCondaName() returns.
constexpr NamePair kPairs[] = {
    { "pytorch", "torch" },
    { "pytorch-cpu", "torch" },
    { "pytorch-gpu", "torch" },
    { "py-xgboost", "xgboost" },
    { "py-xgboost-cpu", "xgboost" },
    { "py-xgboost-gpu", "xgboost" },
    { "pytables", "tables" },
    { "msgpack-python", "msgpack" },
    { "matplotlib-base", "matplotlib" },
    { "opencv", "opencv-python" },
    { "py-opencv", "opencv-python" },
    { "tensorflow-base", "tensorflow" },
    { "py-lightgbm", "lightgbm" },
    { "python-graphviz", "graphviz" },
    { "dask-core", "dask" },
    { "numpy-base", "numpy" },
    { "pyqt", "pyqt5" },
    { "python-kaleido", "kaleido" },
    { "python-tzdata", "tzdata" },
    { "python-flatbuffers", "flatbuffers" },
    { "python-xxhash", "xxhash" },
    { "python-lmdb", "lmdb" },
    { "faiss", "faiss-cpu" },
    { "pywin32-on-windows", "pywin32" },
    { "spacy-model-en_core_web_sm", "en-core-web-sm" },
    { "spacy-model-en_core_web_md", "en-core-web-md" },
};

constexpr const char *kCondaOnly[] = { "python", "cudatoolkit", "cuda-toolkit", "cuda-version", "cudnn", "nccl", "mkl",
    "mkl-service", "intel-openmp", "libgcc-ng", "libstdcxx-ng", "libgomp", "_libgcc_mutex", "_openmp_mutex", "openssl",
    "ca-certificates", "certifi-system", "libffi", "ncurses", "readline", "sqlite", "tk", "xz", "zlib", "bzip2",
    "libuuid", "tzdata-system", "ld_impl_linux-64", "libblas", "libcblas", "liblapack", "blas", "openblas",
    "libopenblas", "vc", "vs2015_runtime", "ucrt", "pytorch-cuda", "pytorch-mutex", "libprotobuf", "arrow-cpp",
    "libxgboost", "_py-xgboost-mutex", "libopencv", "graphviz", "libzlib", "libsqlite", "libnsl", "libxcrypt",
    "libexpat", "libgfortran-ng", "libgfortran5", "llvm-openmp", "libcxx", "cudatoolkit-dev", "magma", "libjpeg-turbo",
    "libpng", "freetype" };

const QHash<QString, QString> &condaToPip()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const NamePair &pair : kPairs) {
            t.insert(normalizeName(QString::fromLatin1(pair.conda)), QString::fromLatin1(pair.pip));
        }
        return t;
    }();
    return table;
}

const QHash<QString, QString> &pipToConda()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const NamePair &pair : kPairs) {
            const QString pip = normalizeName(QString::fromLatin1(pair.pip));
            if (!t.contains(pip))
                t.insert(pip, QString::fromLatin1(pair.conda));
        }
        return t;
    }();
    return table;
}

} // namespace

QString condaToPipName(QStringView condaName)
{
    const QString key = normalizeName(condaName);
    return normalizeName(condaToPip().value(key, key));
}

QString pipToCondaName(QStringView pipName)
{
    const QString key = normalizeName(pipName);
    return pipToConda().value(key, key);
}

bool isCondaOnlyPackage(QStringView condaName)
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name : kCondaOnly)
            set.insert(normalizeName(QString::fromLatin1(name)));
        return set;
    }();
    return names.contains(normalizeName(condaName));
}

} // namespace envlens::pep
