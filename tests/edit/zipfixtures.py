"""Builds the zip fixtures of tst_ziprewriter in one run: python3 zipfixtures.py OUTDIR.

Each archive exercises one thing a raw rewrite must keep: permissions, comments, extra fields,
data descriptors, zip64 records, UTF-8 names, Info-ZIP's extended timestamps."""
import io
import json
import os
import struct
import subprocess
import sys
import zipfile

out = sys.argv[1]


def info(name, perms=0o644, date=(2023, 5, 17, 10, 31, 2), comment=b""):
    zi = zipfile.ZipInfo(name, date)
    zi.external_attr = (0o100000 | perms) << 16
    zi.create_system = 3
    zi.comment = comment
    return zi


class Unseekable(io.RawIOBase):
    """Forces zipfile to write data descriptors, as streaming writers do."""

    def __init__(self, f):
        self.f = f

    def writable(self):
        return True

    def write(self, b):
        return self.f.write(b)

    def flush(self):
        self.f.flush()


MLMODEL = b"artifact_path: model\nflavors:\n  python_function:\n    env:\n      conda: conda.yaml\n"
REQS = b"mlflow==2.12.1\nnumpy==1.26.4\nscikit-learn==1.4.2\n"

# A model as mlflow's own zipfile-based packaging would leave it, with comments and perms.
with zipfile.ZipFile(os.path.join(out, "python.zip"), "w") as z:
    z.comment = b"archive comment kept"
    z.writestr(info("model/", 0o755), b"")
    z.writestr(info("model/MLmodel", comment=b"entry comment"), MLMODEL, zipfile.ZIP_DEFLATED)
    z.writestr(info("model/requirements.txt", 0o600), REQS, zipfile.ZIP_DEFLATED)
    z.writestr(info("model/model.pkl"), os.urandom(50000), zipfile.ZIP_STORED)
    z.writestr(info("model/code/ünïcode.py", 0o755), b"print('hi')\n" * 100, zipfile.ZIP_DEFLATED)

# Data descriptors after each entry (streamed archive).
with open(os.path.join(out, "descriptor.zip"), "wb") as f:
    with zipfile.ZipFile(Unseekable(f), "w") as z:
        z.writestr(info("MLmodel"), MLMODEL, zipfile.ZIP_DEFLATED)
        z.writestr(info("requirements.txt"), REQS, zipfile.ZIP_DEFLATED)
        z.writestr(info("conda.yaml"), b"name: env\ndependencies:\n- python=3.11\n", zipfile.ZIP_DEFLATED)

# zip64 local headers (force_zip64) and zip64 end records (more than 65535 entries).
with zipfile.ZipFile(os.path.join(out, "zip64.zip"), "w") as z:
    for name, data in (("MLmodel", MLMODEL), ("requirements.txt", REQS)):
        with z.open(info(name), "w", force_zip64=True) as w:
            w.write(data)
    for i in range(66000):
        z.writestr(info("code/f%05d.py" % i), b"", zipfile.ZIP_STORED)

# Info-ZIP: extended timestamp and Unix uid/gid extra fields, archive comment, stored + deflated.
src = os.path.join(out, "infozip-src")
os.makedirs(os.path.join(src, "model"), exist_ok=True)
for name, data in (("MLmodel", MLMODEL), ("requirements.txt", REQS), ("weights.bin", os.urandom(20000))):
    with open(os.path.join(src, "model", name), "wb") as f:
        f.write(data)
os.chmod(os.path.join(src, "model", "weights.bin"), 0o640)
subprocess.run(["zip", "-q", "-r", os.path.join(out, "infozip.zip"), "model"], cwd=src, check=True)
subprocess.run(["zip", "-q", "-z", os.path.join(out, "infozip.zip")], input=b"made by zip\n", check=True)
# Streamed by Info-ZIP to a pipe: descriptors with signatures.
with open(os.path.join(out, "infozip-stream.zip"), "wb") as f:
    subprocess.run(["zip", "-q", "-r", "-", "model"], cwd=src, stdout=f, check=True)

# Central directory offsets held in zip64 extra fields (the 32-bit field 0xFFFFFFFF), as some
# streaming writers store them even for small archives: a rewrite must move the 64-bit values.
def zip64_offsets(path):
    data = open(path, "rb").read()
    end = data.rindex(b"PK\x05\x06")
    count, size, start = struct.unpack("<HII", data[end + 10:end + 20])
    central, at = b"", start
    for _ in range(count):
        fixed = bytearray(data[at:at + 46])
        n, m, k = struct.unpack("<HHH", fixed[28:34])
        offset = struct.unpack("<I", fixed[42:46])[0]
        name, extra, comment = data[at + 46:at + 46 + n], data[at + 46 + n:at + 46 + n + m], \
            data[at + 46 + n + m:at + 46 + n + m + k]
        extra = struct.pack("<HHQ", 1, 8, offset) + extra
        fixed[6:8] = struct.pack("<H", 45)
        fixed[30:32] = struct.pack("<H", len(extra))
        fixed[42:46] = struct.pack("<I", 0xFFFFFFFF)
        central += bytes(fixed) + name + extra + comment
        at += 46 + n + m + k
    tail = bytearray(data[end:])
    tail[12:16] = struct.pack("<I", len(central))
    open(path, "wb").write(data[:start] + central + bytes(tail))


with zipfile.ZipFile(os.path.join(out, "zip64-offsets.zip"), "w") as z:
    z.comment = b"offsets in zip64 fields"
    z.writestr(info("MLmodel"), MLMODEL, zipfile.ZIP_DEFLATED)
    z.writestr(info("requirements.txt"), REQS, zipfile.ZIP_DEFLATED)
    z.writestr(info("model.pkl", comment=b"weights"), os.urandom(3000), zipfile.ZIP_STORED)
zip64_offsets(os.path.join(out, "zip64-offsets.zip"))

# Entry names in every encoding a reader meets: ASCII, flagged UTF-8, unflagged UTF-8 (Linux and
# macOS writers) and unflagged code page 437 (DOS and Windows writers). zipfile writes non-ASCII
# names flagged, so the unflagged bytes are patched in over same-length ASCII placeholders.
RAW_NAMES = [b"MLmodel", "code/\u00fcn\u00efcode.py".encode(), b"code/utf8-@@.py", b"code/cp437-########.py"]
PATCHES = {b"@@": "\u00e9".encode(), b"########": bytes([0x80, 0x82, 0x9c, 0xa5, 0xb0, 0xe1, 0xea, 0xfe])}
with zipfile.ZipFile(os.path.join(out, "names.zip"), "w") as z:
    for raw in RAW_NAMES:
        z.writestr(info(raw.decode()), b"x = 1\n", zipfile.ZIP_DEFLATED)
data = open(os.path.join(out, "names.zip"), "rb").read()
for placeholder, replacement in PATCHES.items():
    assert data.count(placeholder) == 2
    data = data.replace(placeholder, replacement)
open(os.path.join(out, "names.zip"), "wb").write(data)
expected = []
for raw in RAW_NAMES:
    for placeholder, replacement in PATCHES.items():
        raw = raw.replace(placeholder, replacement)
    try:
        expected.append(raw.decode("utf-8"))
    except UnicodeDecodeError:
        expected.append(raw.decode("cp437"))
with open(os.path.join(out, "names.json"), "w") as f:
    json.dump(expected, f)

# A big stored model for the kill test.
with zipfile.ZipFile(os.path.join(out, "big.zip"), "w") as z:
    z.writestr(info("MLmodel"), MLMODEL, zipfile.ZIP_DEFLATED)
    with z.open(info("model.pkl"), "w") as w:
        for _ in range(96):
            w.write(os.urandom(1 << 20))
    z.writestr(info("requirements.txt"), REQS, zipfile.ZIP_DEFLATED)
