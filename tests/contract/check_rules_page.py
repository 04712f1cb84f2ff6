#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/rules.md keeps its promises: R1-R35 each stated once, in order, each with a 'Proved by' line,
and every test it names (`suite::function`) exists as a test function of tests/**/suite.cpp."""
import pathlib
import re
import sys


def main():
    root = pathlib.Path(sys.argv[1])
    text = (root / "docs/rules.md").read_text(encoding="utf-8")
    problems = []
    numbers = [int(n) for n in re.findall(r"^\*\*R(\d+)\*\*", text, re.MULTILINE)]
    if numbers != list(range(1, 36)):
        problems.append(f"rules stated: {numbers}, expected R1..R35 once each in order")
    blocks = re.split(r"^\*\*R\d+\*\*", text, flags=re.MULTILINE)[1:]
    for number, block in enumerate(blocks, 1):
        if "Proved by:" not in block:
            problems.append(f"R{number} says no 'Proved by:'")
    # ctest names: tests/ledger/tst_X.cpp is tst_ledger_X (tests/ledger/CMakeLists.txt), others keep the file's name.
    sources = {("tst_ledger_" + p.stem[4:] if p.parent.name == "ledger" else p.stem): p.read_text(encoding="utf-8")
               for p in root.glob("tests/**/tst_*.cpp")}
    for suite, function in re.findall(r"`(tst_\w+)::(\w+)`", text):
        if suite not in sources:
            problems.append(f"{suite}::{function}: no test source for {suite}")
        elif not re.search(rf"\bvoid\s+(\w+::)?{function}\(\)", sources[suite]):
            problems.append(f"{suite}::{function}: no such test function")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)" if problems else f"rules page: {len(numbers)} rules, every named test exists")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
