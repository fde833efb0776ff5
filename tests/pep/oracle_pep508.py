#!/usr/bin/python3
"""Differential oracle for EnvLens' PEP 508 engine: Debian's python3-packaging answers every case.

Reads JSON lines from argv[1] and writes one JSON line per case to argv[2], in order. Cases:
  {"t": "req", "s": text, "envs": [env, ...]}      -> Requirement(text): validity, parts, str(); the
                                                     requirement's marker evaluated against each env
  {"t": "marker", "s": text, "envs": [env, ...]}   -> Marker(text): validity, str(), evaluate(env) for each env
An env is a complete marker environment dict, "extra" included. One process answers all cases.
"""
import json
import sys

from packaging._tokenizer import ParserSyntaxError
from packaging.markers import Marker
from packaging.requirements import Requirement


def failure(exc):
    cause = exc.__cause__ if isinstance(exc.__cause__, ParserSyntaxError) else None
    if isinstance(exc, ParserSyntaxError):
        cause = exc
    if cause is not None:
        return {"ok": False, "syntax": True, "msg": cause.message, "col": cause.span[0] + 1}
    return {"ok": False, "syntax": False, "msg": "%s: %s" % (type(exc).__name__, exc)}


def evaluations(marker, envs):
    out = []
    for env in envs:
        try:
            out.append(bool(marker.evaluate(env)))
        except Exception:  # packaging raises KeyError, UndefinedComparison, InvalidVersion...
            out.append(None)
    return out


def answer_requirement(case):
    try:
        req = Requirement(case["s"])
    except Exception as exc:  # InvalidRequirement, InvalidSpecifier, SyntaxError, ValueError
        return failure(exc)
    return {
        "ok": True,
        "str": str(req),
        "name": req.name,
        "extras": sorted(req.extras),
        "spec": str(req.specifier),
        "url": req.url or "",
        "marker": str(req.marker) if req.marker is not None else None,
        "eval": evaluations(req.marker, case["envs"]) if req.marker is not None else [],
    }


def answer_marker(case):
    try:
        marker = Marker(case["s"])
    except Exception as exc:
        return failure(exc)
    return {"ok": True, "str": str(marker), "eval": evaluations(marker, case["envs"])}


def main():
    with open(sys.argv[1], encoding="utf-8") as cases, open(sys.argv[2], "w", encoding="utf-8") as answers:
        for line in cases:
            case = json.loads(line)
            answer = answer_requirement(case) if case["t"] == "req" else answer_marker(case)
            answers.write(json.dumps(answer) + "\n")


if __name__ == "__main__":
    main()
