"""Oracle: what pip's own requirements parser reads from requirements files (Debian's python3-pip).

usage: oracle_pip_requirements.py CASES.json ANSWERS.json
CASES.json is a list of absolute paths of requirements.txt files; ANSWERS.json maps each to a list of
[file relative to the including folder, line, requirement text, is_constraint], -r/-c followed as pip does.
"""
import json
import os
import re
import sys

from pip._internal.network.session import PipSession
from pip._internal.req.req_file import parse_requirements

COMES_FROM = re.compile(r"^-[rc] (.*) \(line (\d+)\)$")


def main():
    cases = json.load(open(sys.argv[1]))
    session = PipSession()
    answers = {}
    for path in cases:
        base = os.path.dirname(path)
        rows = []
        try:
            for parsed in parse_requirements(path, session=session):
                m = COMES_FROM.match(parsed.comes_from)
                rows.append([os.path.relpath(m.group(1), base), int(m.group(2)), parsed.requirement,
                             bool(parsed.constraint)])
        except Exception as error:  # a file pip refuses: report it, the test then expects the same
            rows = {"error": str(error)}
        answers[path] = rows
    json.dump(answers, open(sys.argv[2], "w"))


if __name__ == "__main__":
    main()
