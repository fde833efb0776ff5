"""The Python half of bench_pep508: the same PEP 508 work with packaging, timed.

argv: requirements file (one per line, UTF-8). Prints one JSON object: seconds per phase and checksums.
"""

import json
import sys
import time

from packaging.requirements import Requirement

ENV = {
    "python_version": "3.10", "python_full_version": "3.10.12", "implementation_name": "cpython",
    "implementation_version": "3.10.12", "platform_python_implementation": "CPython", "sys_platform": "linux",
    "os_name": "posix", "platform_system": "Linux", "platform_machine": "x86_64",
    "platform_release": "6.1.0-18-amd64", "platform_version": "#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)",
    "extra": "",
}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        texts = f.read().split("\n")[:-1]
    out = {}

    start = time.perf_counter()
    reqs = [Requirement(t) for t in texts]
    out["parse"] = time.perf_counter() - start

    start = time.perf_counter()
    out["strlen"] = sum(len(str(r)) for r in reqs)
    out["str"] = time.perf_counter() - start

    start = time.perf_counter()
    out["true"] = sum(1 for r in reqs if r.marker is not None and r.marker.evaluate(ENV))
    out["evaluate"] = time.perf_counter() - start
    print(json.dumps(out))


if __name__ == "__main__":
    main()
