"""Checks that a .ts file translates every user string of the sources, with the same placeholders,
under the context the code asks for at run time.

Runs lupdate on a copy of the .ts file (the committed file is never touched), then reports each
message still unfinished, each translation whose %1..%99 placeholders differ from its source, each
lupdate warning, and each source construct whose run-time context lupdate cannot see: a local
`QString tr(...)` wrapper (lupdate files its strings under the enclosing class or namespace, not
the context the wrapper passes), translate() or QT_TRANSLATE_NOOP() with a context that is not a
string literal, and a macro around a translation function (lupdate skips the strings of both).
tests/app/tst_translations checks the same at run time.
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
# A tr() of our own instead of Q_OBJECT or Q_DECLARE_TR_FUNCTIONS.
LOCAL_TR = re.compile(r"\bQString\s+tr\s*\(")
# A context lupdate cannot read: anything but a string literal as the first argument.
HIDDEN_CONTEXT = re.compile(r"\b(?:Q(?:Core|Gui|)Application::translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)"
                            r"\s*\(\s*(?![\s\"])")
# lupdate does not expand macros, so strings passed through one are never extracted.
MACRO = re.compile(r"^\s*#\s*define\s+\w+\([^)]*\)[^\n]*\b(?:QT_TR_NOOP|QT_TRANSLATE_NOOP|QT_TR_N_NOOP|tr|translate)\s*\(",
                   re.M)
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)


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


def source_problems(sources_list):
    found = []
    for line in Path(sources_list).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("-"):
            continue
        text = COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), Path(line).read_text(encoding="utf-8"))
        for pattern, what in ((LOCAL_TR, "a local tr() wrapper (use Q_DECLARE_TR_FUNCTIONS or Q_OBJECT)"),
                              (HIDDEN_CONTEXT, "a translation context that is not a string literal"),
                              (MACRO, "a macro around a translation function (lupdate does not expand it)")):
            for m in pattern.finditer(text):
                found.append(f"{line}:{text.count(chr(10), 0, m.start()) + 1}: {what}")
    return found


def lupdate_warnings(output):
    # lupdate prints progress lines ("Updating", "Found ...") and one line per warning, "file:line: text".
    return [line for line in output.splitlines() if re.match(r"^\S+:\d+: ", line)]


def main():
    lupdate, sources, ts = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / Path(ts).name
        shutil.copyfile(ts, copy)
        run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "@" + sources,
                              "-ts", str(copy)], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        found = [f"lupdate: {w}" for w in lupdate_warnings(run.stdout + run.stderr)]
        found += source_problems(sources)
        found += problems(copy)
    for line in found:
        print(line)
    print(f"{len(found)} problem(s) in {ts}; update it with the update_translations target or lupdate")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
