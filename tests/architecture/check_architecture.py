#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The architecture's 'nevers' (docs/ARCHITECTURE.md), checked over the source tree.

Every rule names the folders it covers and what their #include lines may never name. Qt module
membership is not guessed: a header belongs to Qt Widgets or Qt Charts when the installed module's
include folder has a file of that name (passed by CMake from the Qt it builds with).
The repository is also self-contained: no text file points at a folder outside it.
Exit status 0 when every rule holds, 1 with one line per violation otherwise.
"""
import argparse
import pathlib
import re
import sys

SOURCE_SUFFIXES = {".h", ".hpp", ".cpp", ".cc"}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)

# The C++20 standard library and the C headers it carries (<cstdint> style and <stdint.h> style).
STD_HEADERS = set("""
algorithm any array atomic barrier bit bitset charconv chrono codecvt compare complex concepts
condition_variable coroutine deque exception execution expected filesystem format forward_list fstream
functional future initializer_list iomanip ios iosfwd iostream istream iterator latch limits list locale
map memory memory_resource mutex new numbers numeric optional ostream queue random ranges ratio regex
scoped_allocator semaphore set shared_mutex source_location span sstream stack stdexcept stop_token
streambuf string string_view strstream syncstream system_error thread tuple type_traits typeindex typeinfo
unordered_map unordered_set utility valarray variant vector version
cassert cctype cerrno cfenv cfloat cinttypes climits clocale cmath csetjmp csignal cstdarg cstddef cstdint
cstdio cstdlib cstring ctime cuchar cwchar cwctype
assert.h ctype.h errno.h fenv.h float.h inttypes.h limits.h locale.h math.h setjmp.h signal.h stdarg.h
stddef.h stdint.h stdio.h stdlib.h string.h time.h uchar.h wchar.h wctype.h
""".split())


def sources(root, folder):
    base = root / folder
    if not base.is_dir():
        return []
    return sorted(p for p in base.rglob("*") if p.suffix in SOURCE_SUFFIXES and p.is_file())


def includes(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    for match in INCLUDE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        yield line, match.group(1), match.group(2)


def module_headers(qt_include_dir, module):
    folder = pathlib.Path(qt_include_dir) / module
    names = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    return names


def names_module(header, module, module_names):
    """True when an #include names a header of this Qt module (<QtCharts/QChart>, <QChart>, <QtCharts>)."""
    first = header.split("/")[0]
    if first == module:
        return True
    return "/" not in header and header in module_names


def own_headers(root, folder):
    base = root / folder
    return {p.name for p in base.rglob("*.h")} if base.is_dir() else set()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--qt-include-dir", required=True, help="the folder holding QtWidgets/, QtCharts/ ...")
    args = parser.parse_args()
    root = pathlib.Path(args.source_dir).resolve()

    widgets = module_headers(args.qt_include_dir, "QtWidgets")
    charts = module_headers(args.qt_include_dir, "QtCharts")
    if not widgets or not charts:
        print(f"no QtWidgets/QtCharts headers under {args.qt_include_dir}: cannot check", file=sys.stderr)
        return 2

    violations = []

    def check(folders, allowed_here, forbidden, why):
        for folder in folders:
            for path in sources(root, folder):
                relative = path.relative_to(root).as_posix()
                if not allowed_here(relative):
                    continue
                for line, bracket, header in includes(path):
                    if forbidden(path, bracket, header):
                        violations.append(f"{relative}:{line}: #include {header}: {why}")

    product = ["app", "ui", "server", "translations", "bench", "tests"]

    # The client core has no widgets: the same code serves the GUI, the export command and the tests.
    check(["app"], lambda _: True,
          lambda _p, _b, h: names_module(h, "QtWidgets", widgets),
          "app/ (client core) never includes Qt Widgets")

    # Qt Charts is deprecated from Qt 6.10: it stays inside ui/charts so it can be replaced there alone.
    check(product, lambda rel: not rel.startswith("ui/charts/"),
          lambda _p, _b, h: names_module(h, "QtCharts", charts),
          "only ui/charts includes Qt Charts")

    # The rules and the refusals are plain C++: the standard library and their own folder only.
    for folder in ["server/ledger", "server/domain"]:
        mine = own_headers(root, folder)
        check([folder], lambda _: True,
              lambda _p, b, h, mine=mine: not ((b == "<" and h in STD_HEADERS) or (b == '"' and h in mine)),
              f"{folder} includes only the standard library and its own headers")

    # The store knows nothing of HTTP or of the use cases above it.
    upper = own_headers(root, "server/http") | own_headers(root, "server/application")
    store_own = own_headers(root, "server/store")
    http_libraries = ("httplib.h", "boost/beast", "boost/asio", "QtNetwork", "QtHttpServer")
    check(["server/store"], lambda _: True,
          lambda _p, _b, h: (h.split("/")[-1] in upper and h.split("/")[-1] not in store_own)
          or h.startswith(("http/", "application/", "server/http/", "server/application/"))
          or any(h.startswith(lib) for lib in http_libraries),
          "server/store never includes server/http, server/application or an HTTP library")

    # Only cabinet_charts (ui/charts/CMakeLists.txt) links Qt Charts.
    for path in sorted(root.rglob("CMakeLists.txt")):
        relative = path.relative_to(root).as_posix()
        if relative.startswith("build/") or relative == "ui/charts/CMakeLists.txt":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "Qt6::Charts" in line and not line.lstrip().startswith("#"):
                violations.append(f"{relative}:{number}: links Qt6::Charts: only cabinet_charts (ui/charts) may")

    # The repository stands alone: no document or source points to a folder outside it.
    outside = re.compile(r"\.\./shared/|/work/shared|/work/")
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if (not path.is_file() or relative.startswith(("build/", ".git")) or path.suffix in {".png", ".qm"}
                or relative == "tests/architecture/check_architecture.py"):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if outside.search(line):
                violations.append(f"{relative}:{number}: points outside the repository: {line.strip()[:100]}")

    for violation in violations:
        print(violation)
    print(f"{len(violations)} violation(s)" if violations else "architecture: every rule holds")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
