"""Differential oracle for EnvLens' PEP 440 engine: Debian's python3-packaging answers batched cases.

Reads JSON lines (one case per line, a list whose first item names the question) from the file
named by argv[1] (or stdin) and writes one JSON answer per line to stdout (as a one-item list), in the same order.
Run with /usr/bin/python3 only; the tests start exactly one process for all their cases.

Questions:
  ["version", text]           -> null if invalid, else [str, is_prerelease, is_postrelease,
                                  is_devrelease, local or null, public, base_version, major, minor, micro, epoch]
  ["compare", a, b]           -> -1, 0 or 1
  ["spec", text]              -> null if invalid, else [str, prereleases or "error"]
  ["contains", spec, v, pre]  -> true/false, or "error" when packaging raises; pre is null/true/false
  ["set", text]               -> null if invalid, else [str, prereleases or "error"]
  ["setcontains", set, v, pre]-> true/false or "error"
  ["speceq", a, b]            -> packaging's Specifier equality
  ["sat", [clauses], witness] -> with a witness: whether every clause admits it (prereleases=True);
                                  with null: the first version of a dense grid every clause admits, or null
"""

import json
import sys

from packaging.specifiers import InvalidSpecifier, Specifier, SpecifierSet
from packaging.version import InvalidVersion, Version


_GRID = None


def grid():
    global _GRID
    if _GRID is None:
        releases = ["0", "1", "2", "0.1", "1.1", "1.2", "2.1", "0.0.1", "1.0.1", "1.1.1"]
        pres = ["", "a0", "a1", "a2", "rc0", "rc1"]
        numbers = [None, 0, 1, 2]
        locals_ = ["", "+0a", "+a", "+a.0", "+1", "+2"]
        _GRID = [
            Version(f"{epoch}!{release}{pre}{'' if post is None else f'.post{post}'}"
                    f"{'' if dev is None else f'.dev{dev}'}{local}")
            for epoch in (0, 1) for release in releases for pre in pres
            for post in numbers for dev in numbers for local in locals_
        ]
    return _GRID


def answer(case):
    kind = case[0]
    if kind == "version":
        try:
            v = Version(case[1])
        except InvalidVersion:
            return None
        return [str(v), v.is_prerelease, v.is_postrelease, v.is_devrelease, v.local, v.public,
                v.base_version, v.major, v.minor, v.micro, v.epoch]
    if kind == "compare":
        a, b = Version(case[1]), Version(case[2])
        return -1 if a < b else (1 if a > b else 0)
    if kind in ("spec", "set"):
        try:
            s = Specifier(case[1]) if kind == "spec" else SpecifierSet(case[1])
        except InvalidSpecifier:
            return None
        try:
            pre = s.prereleases
        except InvalidVersion:
            pre = "error"
        return [str(s), pre]
    if kind in ("contains", "setcontains"):
        s = Specifier(case[1]) if kind == "contains" else SpecifierSet(case[1])
        try:
            return bool(s.contains(Version(case[2]), prereleases=case[3]))
        except InvalidVersion:
            return "error"
    if kind == "speceq":
        return Specifier(case[1]) == Specifier(case[2])
    if kind == "sat":
        specs = [Specifier(c) for c in case[1]]
        if case[2] is not None:
            w = Version(case[2])
            return all(s.contains(w, prereleases=True) for s in specs)
        for v in grid():
            if all(s.contains(v, prereleases=True) for s in specs):
                return str(v)
        return None
    raise ValueError(f"unknown question {kind!r}")


def main():
    source = open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin
    out = sys.stdout
    for line in source:
        line = line.rstrip("\n")
        if not line:
            continue
        # Wrapped in a list: Qt's JSON reader wants an array or object at the top.
        out.write(json.dumps([answer(json.loads(line))], ensure_ascii=True))
        out.write("\n")
    out.flush()


if __name__ == "__main__":
    main()
