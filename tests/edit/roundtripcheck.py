# The oracle of tst_modelwriter's corpus round trips: reads the cases (JSON) named by argv[1] and
# prints, per case, the list of problems found with pip's requirements reader, PyYAML, zipfile and
# `unzip -t` (an empty list when the written model is right).
import json, subprocess, sys, yaml, zipfile
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from pip._internal.req.req_file import get_file_content, preprocess

def pip_lines(path):
    return [line for _, line in preprocess(get_file_content(path, None)[1])]

def pip_list(doc):
    for d in (doc or {}).get("dependencies") or []:
        if isinstance(d, dict) and "pip" in d:
            return d["pip"]
    return None

def without_pip(doc):
    if not isinstance(doc, dict):
        return doc
    deps = ["<pip>" if isinstance(d, dict) and "pip" in d else d for d in doc.get("dependencies") or []]
    return dict(doc, dependencies=deps)

def name_of(text):
    try:
        return canonicalize_name(Requirement(text).name)
    except Exception:
        return None

def bare(line):
    at = -1 if line.startswith("-") else line.find(" -")
    return line[:at].strip() if at > 0 else line

out = []
for c in json.load(open(sys.argv[1])):
    problems = []
    if c.get("req"):
        lines = pip_lines(c["req"])
        if lines != c["req_lines"]:
            problems.append("pip reads %r, envlens %r" % (lines, c["req_lines"]))
        for line in lines:
            if not line.startswith("-") and "://" not in line and not line.startswith("."):
                try:
                    Requirement(bare(line))
                except Exception as e:
                    problems.append("packaging refuses %r: %s" % (line, e))
        if c["added"] not in lines and not c["locked"]:
            problems.append("added line missing")
        if not c["locked"] and c["removed"] and any(name_of(bare(l)) == c["removed"] for l in lines):
            problems.append("removed package still listed")
    if c.get("conda_old"):
        old, new = yaml.safe_load(open(c["conda_old"])), yaml.safe_load(open(c["conda_new"]))
        if without_pip(old) != without_pip(new):
            problems.append("conda.yaml changed outside its pip list")
        old_pip, new_pip = pip_list(old), pip_list(new)
        if c["conda_expect"] == "same":
            expected = old_pip
        elif c["conda_expect"] == "requirements":
            expected = [bare(l) for l in pip_lines(c["req"])]
        else:
            expected = [p for p in old_pip if name_of(p) != c["removed"]]
            if c["added"] not in expected:
                expected.append(c["added"])
            expected, new_pip = sorted(expected), sorted(new_pip or [])
        if new_pip != expected:
            problems.append("conda pip list %r, expected %r" % (new_pip, expected))
    if c.get("zip_new"):
        test = subprocess.run(["/usr/bin/unzip", "-tq", c["zip_new"]], capture_output=True, text=True)
        if test.returncode != 0:
            problems.append("unzip -t: " + test.stdout + test.stderr)
        a, b = zipfile.ZipFile(c["zip_old"]), zipfile.ZipFile(c["zip_new"])
        old_names = a.namelist()
        new_names = b.namelist()
        if new_names[:len(old_names)] != old_names:
            problems.append("entry order changed")
        for name in old_names:
            if name not in c["changed"] and a.read(name) != b.read(name):
                problems.append("entry changed: " + name)
            if name not in c["changed"] and a.getinfo(name).date_time != b.getinfo(name).date_time:
                problems.append("timestamp changed: " + name)
    out.append(problems)
print(json.dumps(out))
