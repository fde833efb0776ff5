"""Oracle of tst_ziprewriter: python3 zipcheck.py CASES.json prints one JSON list of problems.

Each case: {"original": path, "rewritten": path, "replaced": {name: base64}, "added": [[name,
base64]...], "removed": [names]}. Unchanged entries must keep every recorded attribute and their
raw local header + data bytes (the central directory's extra fields too, but for the offset in a
zip64 field); the archive must pass testzip()."""
import base64
import json
import struct
import sys
import zipfile


def raw_entry(f, zi):
    f.seek(zi.header_offset)
    head = f.read(30)
    n, m = struct.unpack("<HH", head[26:30])
    return head + f.read(n + m + zi.compress_size)


def split_zip64(extra):
    """The extra fields but the zip64 one (whose offset a rewrite moves), and whether it was there."""
    rest, zip64, at = b"", False, 0
    while at + 4 <= len(extra):
        kind, size = struct.unpack("<HH", extra[at:at + 4])
        if kind == 1:
            zip64 = True
        else:
            rest += extra[at:at + 4 + size]
        at += 4 + size
    return rest + extra[at:], zip64


def check(case):
    problems = []
    orig = zipfile.ZipFile(case["original"])
    new = zipfile.ZipFile(case["rewritten"])
    bad = new.testzip()
    if bad is not None:
        problems.append("testzip failed at %s" % bad)
    replaced = {k: base64.b64decode(v) for k, v in case["replaced"].items()}
    added = [(k, base64.b64decode(v)) for k, v in case["added"]]
    removed = set(case["removed"])
    expected = [zi.filename for zi in orig.infolist() if zi.filename not in removed] + [k for k, _ in added]
    if [zi.filename for zi in new.infolist()] != expected:
        problems.append("entry names or order differ")
    if new.comment != orig.comment:
        problems.append("archive comment differs")
    by_name = {zi.filename: zi for zi in new.infolist()}
    orig_file = open(case["original"], "rb")
    new_file = open(case["rewritten"], "rb")
    for zi in orig.infolist():
        if zi.filename in removed:
            continue
        nz = by_name.get(zi.filename)
        if nz is None:
            problems.append("missing " + zi.filename)
            continue
        keep = ["external_attr", "create_system", "create_version", "comment"]
        if zi.filename in replaced:
            if new.read(nz) != replaced[zi.filename]:
                problems.append("wrong content for replaced " + zi.filename)
        else:
            keep += ["date_time", "flag_bits", "compress_type", "CRC", "compress_size", "file_size",
                     "extract_version", "internal_attr"]
            if split_zip64(zi.extra) != split_zip64(nz.extra):
                problems.append("extra differs for " + zi.filename)
            if raw_entry(orig_file, zi) != raw_entry(new_file, nz):
                problems.append("raw bytes differ for " + zi.filename)
        for attr in keep:
            if getattr(zi, attr) != getattr(nz, attr):
                problems.append("%s differs for %s" % (attr, zi.filename))
    for name, data in added:
        nz = by_name.get(name)
        if nz is None or new.read(nz) != data:
            problems.append("wrong added entry " + name)
        elif (nz.external_attr >> 16) != 0o100644:
            problems.append("added entry mode %o" % (nz.external_attr >> 16))
    return problems


with open(sys.argv[1]) as f:
    cases = json.load(f)
print(json.dumps([check(c) for c in cases]))
