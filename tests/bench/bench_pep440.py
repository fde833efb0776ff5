"""The Python half of bench_pep440: the same PEP 440 work with packaging, timed.

argv: versions file, specifiers file (one per line, UTF-8). Prints one JSON object:
CPU seconds per phase ("<phase>_wall": wall seconds) and checksums, so the C++ side can check both did the same work and agree.
"""

import json
import sys
import time

from packaging.specifiers import Specifier
from packaging.version import Version


class Phase:
    """CPU and wall time of one phase, like the C++ side's PhaseTimer."""

    def __init__(self, out, name):
        self.out = out
        self.name = name

    def __enter__(self):
        self.cpu = time.process_time()
        self.wall = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.out[self.name] = time.process_time() - self.cpu
        self.out[self.name + "_wall"] = time.perf_counter() - self.wall


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        texts = f.read().split("\n")[:-1]
    with open(sys.argv[2], encoding="utf-8") as f:
        spec_texts = f.read().split("\n")[:-1]
    n = len(texts)
    out = {}

    with Phase(out, "parse"):
        versions = [Version(t) for t in texts]

    with Phase(out, "compare"):
        less = 0
        for i in range(n):
            if versions[i] < versions[(i * 7 + 1) % n]:
                less += 1
    out["less"] = less

    with Phase(out, "specparse"):
        specs = [Specifier(t) for t in spec_texts]

    m = len(specs)
    with Phase(out, "contains"):
        contained = 0
        for i in range(n):
            if specs[i % m].contains(versions[i]):
                contained += 1
    out["contained"] = contained
    print(json.dumps(out))


if __name__ == "__main__":
    main()
