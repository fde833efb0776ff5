"""The Python half of bench_pep440: the same PEP 440 work with packaging, timed.

argv: versions file, specifiers file (one per line, UTF-8). Prints one JSON object:
seconds per phase and checksums, so the C++ side can check both did the same work and agree.
"""

import json
import sys
import time

from packaging.specifiers import Specifier
from packaging.version import Version


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        texts = f.read().split("\n")[:-1]
    with open(sys.argv[2], encoding="utf-8") as f:
        spec_texts = f.read().split("\n")[:-1]
    n = len(texts)
    out = {}

    start = time.perf_counter()
    versions = [Version(t) for t in texts]
    out["parse"] = time.perf_counter() - start

    start = time.perf_counter()
    less = 0
    for i in range(n):
        if versions[i] < versions[(i * 7 + 1) % n]:
            less += 1
    out["compare"] = time.perf_counter() - start
    out["less"] = less

    start = time.perf_counter()
    specs = [Specifier(t) for t in spec_texts]
    out["specparse"] = time.perf_counter() - start

    m = len(specs)
    start = time.perf_counter()
    contained = 0
    for i in range(n):
        if specs[i % m].contains(versions[i]):
            contained += 1
    out["contains"] = time.perf_counter() - start
    out["contained"] = contained
    print(json.dumps(out))


if __name__ == "__main__":
    main()
