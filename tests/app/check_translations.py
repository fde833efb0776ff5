"""Checks that a .ts file translates every user string of the sources, with the same placeholders.

Runs lupdate on a copy of the .ts file (the committed file is never touched), then reports each
message still unfinished and each translation whose %1..%99 placeholders differ from its source.
Usage: check_translations.py LUPDATE SOURCES_LIST TS_FILE
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(\d{1,2})")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def problems(ts_path):
    found = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            where = f"{name}: {source!r}"
            if kind == "unfinished":
                found.append(f"untranslated: {where}")
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            for form in forms:
                if placeholders(form) != placeholders(source):
                    found.append(f"placeholders differ: {where} -> {form!r}")
    return found


def main():
    lupdate, sources, ts = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / Path(ts).name
        shutil.copyfile(ts, copy)
        run = subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "@" + sources,
                              "-ts", str(copy)], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        found = problems(copy)
    for line in found:
        print(line)
    print(f"{len(found)} problem(s) in {ts}; update it with the update_translations target or lupdate")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
