#pragma once

#include <QString>
#include <QStringView>

namespace envlens::pep {

// Package names differ between conda channels and PyPI for a few dozen well-known projects (pytorch/torch,
// py-xgboost/xgboost, pytables/tables, msgpack-python/msgpack, matplotlib-base/matplotlib, opencv/opencv-python,
// ...). Both functions return PEP 503-normalised names; names not in the table map to themselves.
QString condaToPipName(QStringView condaName);
QString pipToCondaName(QStringView pipName);

// Conda packages with no PyPI counterpart at all: the interpreter, compilers, CUDA and system libraries
// (python, cudatoolkit, mkl, libgcc-ng, openssl, ...). A pip-vs-conda comparison should skip them.
bool isCondaOnlyPackage(QStringView condaName);

} // namespace envlens::pep
