"""Builds the zip fixtures of tests/model at run time (no binaries in the repository).

usage: make_zips.py OUTDIR [CORPUS_MODEL_DIR...]

Writes OUTDIR/<case>.zip for every writer and every bad input listed in CASES below, plus, for each
corpus folder given, OUTDIR/corpus/<name>-root.zip (files at the top) and <name>-folder.zip (under
one top folder, as a browser download gives). Run by /usr/bin/python3 once per test process.
"""
import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

MLMODEL = """artifact_path: model
flavors:
  python_function:
    code: code
    env:
      conda: conda.yaml
      virtualenv: python_env.yaml
    loader_module: mlflow.sklearn
    model_path: model.pkl
    python_version: 3.10.14
  sklearn:
    code: code
    pickled_model: model.pkl
    sklearn_version: 1.3.2
mlflow_version: 2.12.1
"""
REQUIREMENTS = "mlflow==2.12.1\nscikit-learn==1.3.2\n"
CONDA = """channels:
- conda-forge
dependencies:
- python=3.10.14
- pip<=24.0
- pip:
  - mlflow==2.12.1
  - scikit-learn==1.3.2
name: mlflow-env
"""
PYTHON_ENV = "python: 3.10.14\nbuild_dependencies:\n- pip==24.0\ndependencies:\n- -r requirements.txt\n"
CODE = "import numpy as np\nfrom sklearn import svm\n"

MODEL = {
    "MLmodel": MLMODEL,
    "requirements.txt": REQUIREMENTS,
    "conda.yaml": CONDA,
    "python_env.yaml": PYTHON_ENV,
    "code/helpers.py": CODE,
    "model.pkl": "\x80\x04not really a pickle",
}


def write_tree(root, files):
    for name, text in files.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)


def python_zip(path, files, prefix="", compression=zipfile.ZIP_DEFLATED, **kwargs):
    with zipfile.ZipFile(path, "w", compression, **kwargs) as z:
        for name, text in files.items():
            z.writestr(prefix + name, text)


def infozip(out, tmp, *flags, streamed=False):
    src = os.path.join(tmp, "infozip-src")
    if not os.path.isdir(src):
        write_tree(os.path.join(src, "my-model"), MODEL)
    if streamed:
        # Writing to a pipe makes zip use data descriptors (sizes after the data).
        with open(out, "wb") as f:
            p = subprocess.Popen(["zip", "-q", "-r", *flags, "-", "my-model"], cwd=src, stdout=subprocess.PIPE)
            shutil.copyfileobj(p.stdout, f)
            if p.wait() != 0:
                raise SystemExit("zip failed")
    else:
        subprocess.run(["zip", "-q", "-r", *flags, out, "my-model"], cwd=src, check=True)


def jar(out, tmp):
    src = os.path.join(tmp, "jar-src")
    write_tree(src, MODEL)
    subprocess.run(["jar", "cfM", out, "-C", src, "."], check=True)


def sevenzip_style(out):
    # 7-Zip on Windows: explicit directory entries, FAT/NTFS host, NTFS time extra fields, UTF-8 flag.
    ntfs = struct.pack("<HHIHHQQQ", 0x000A, 32, 0, 1, 24, 132000000000000000, 132000000000000000,
                       132000000000000000)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for d in ("my-model/", "my-model/code/"):
            info = zipfile.ZipInfo(d)
            info.create_system = 0
            info.external_attr = 0x10
            info.extra = ntfs
            z.writestr(info, b"")
        for name, text in MODEL.items():
            info = zipfile.ZipInfo("my-model/" + name)
            info.create_system = 0
            info.compress_type = zipfile.ZIP_DEFLATED
            info.extra = ntfs
            info.flag_bits |= 0x800
            z.writestr(info, text)


def windows_explorer(out):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in MODEL.items():
            info = zipfile.ZipInfo("my-model\\" + name.replace("/", "\\"))
            info.create_system = 0
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


def zip64(out):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
        for name, text in MODEL.items():
            with z.open(zipfile.ZipInfo(name), "w", force_zip64=True) as f:
                f.write(text.encode())


def unsafe(out):
    with zipfile.ZipFile(out, "w") as z:
        for name, text in MODEL.items():
            z.writestr(name, text)
        z.writestr("../evil.txt", "x")
        z.writestr("/etc/evil.txt", "x")
        z.writestr("C:/evil.txt", "x")
        z.writestr("code/../../evil.py", "x")


def encrypted(out, tmp):
    src = os.path.join(tmp, "enc-src")
    write_tree(src, MODEL)
    subprocess.run(["zip", "-q", "-r", "-P", "secret", out, "."], cwd=src, check=True)


def crc_corrupt(out):
    data = io.BytesIO()
    python_zip(data, MODEL, compression=zipfile.ZIP_STORED)
    raw = bytearray(data.getvalue())
    at = raw.find(b"mlflow==2.12.1\nscikit")
    raw[at] = ord("M")
    open(out, "wb").write(bytes(raw))


def truncated(out):
    data = io.BytesIO()
    python_zip(data, MODEL)
    raw = data.getvalue()
    open(out, "wb").write(raw[: len(raw) // 2])


def bombs(out):
    files = dict(MODEL)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            if name != "requirements.txt":
                z.writestr(name, text)
        # 12 MiB requirements.txt: over the text cap. 4 MiB of zeros as code: ratio ~1000:1.
        z.writestr("requirements.txt", REQUIREMENTS + "#" * (12 * 1024 * 1024))
        z.writestr("code/bomb.py", b"\0" * (4 * 1024 * 1024))


def several(out):
    with zipfile.ZipFile(out, "w") as z:
        for top in ("model-a/", "model-b/"):
            for name, text in MODEL.items():
                z.writestr(top + name, text)


def with_metadata_copy(out):
    with zipfile.ZipFile(out, "w") as z:
        for name, text in MODEL.items():
            z.writestr("m/" + name, text)
        for name in ("MLmodel", "conda.yaml", "requirements.txt", "python_env.yaml"):
            z.writestr("m/metadata/" + name, MODEL[name])
        z.writestr("__MACOSX/m/._MLmodel", "junk")


def mlruns(out):
    python_zip(out, MODEL, prefix="mlruns/1/models/m-0123456789abcdef0123456789abcdef/artifacts/")


def no_mlmodel(out):
    python_zip(out, {"requirements.txt": REQUIREMENTS})


def unsupported_method(out):
    data = io.BytesIO()
    python_zip(data, MODEL, compression=zipfile.ZIP_STORED)
    raw = bytearray(data.getvalue())
    # Mark every entry as method 99 (AES) in both the local and central headers.
    for sig, off in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = raw.find(sig)
        while at >= 0:
            raw[at + off: at + off + 2] = struct.pack("<H", 99)
            at = raw.find(sig, at + 4)
    open(out, "wb").write(bytes(raw))


def zip_folder(out, folder, prefix):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for dirpath, _dirs, names in os.walk(folder):
            for name in sorted(names):
                full = os.path.join(dirpath, name)
                z.write(full, prefix + os.path.relpath(full, folder).replace(os.sep, "/"))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tmp = tempfile.mkdtemp(dir=out)
    p = lambda n: os.path.join(out, n + ".zip")
    python_zip(p("python-deflated"), MODEL, prefix="my-model/")
    python_zip(p("python-stored-root"), MODEL, compression=zipfile.ZIP_STORED)
    infozip(p("infozip"), tmp)
    infozip(p("infozip-streamed"), tmp, streamed=True)
    infozip(p("infozip-zip64"), tmp, "-fz")
    with open(p("infozip-stdin"), "wb") as f:  # `echo x | zip - -`: one entry named "-", data descriptor
        subprocess.run(["zip", "-q", "-", "-"], input=b"x\n", stdout=f, check=True)
    if shutil.which("jar"):
        jar(p("jar"), tmp)
    sevenzip_style(p("sevenzip-style"))
    windows_explorer(p("windows-backslash"))
    zip64(p("python-zip64"))
    unsafe(p("unsafe-names"))
    encrypted(p("encrypted"), tmp)
    crc_corrupt(p("crc-corrupt"))
    truncated(p("truncated"))
    bombs(p("bombs"))
    several(p("several-models"))
    with_metadata_copy(p("metadata-copy"))
    mlruns(p("mlruns"))
    no_mlmodel(p("no-mlmodel"))
    unsupported_method(p("unsupported-method"))
    open(p("empty-file"), "wb").close()
    python_zip(p("empty-archive"), {})
    open(p("not-a-zip"), "wb").write(b"this is plain text, not an archive\n")
    corpus_out = os.path.join(out, "corpus")
    os.makedirs(corpus_out, exist_ok=True)
    for folder in sys.argv[2:]:
        name = os.path.basename(os.path.normpath(folder))
        zip_folder(os.path.join(corpus_out, name + "-root.zip"), folder, "")
        zip_folder(os.path.join(corpus_out, name + "-folder.zip"), folder, name + "/")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
