// SPDX-License-Identifier: GPL-3.0-or-later
// cabinet_fuzz_replay: the fuzz targets without libFuzzer, for the ordinary (gcc) build and its
// ctest. `cabinet_fuzz_replay <target> <file or folder>...` feeds every file, in name order, to the
// target's function, exactly as libFuzzer would; a violated invariant or a crash fails the test,
// and the file being replayed is named first. Committed seeds (fuzz/corpus/<target>) and every
// input that ever broke a target (fuzz/crashes/<target>) are replayed so.
#include "FuzzTarget.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace fuzz {

namespace {

std::map<std::string, Entry> &targets()
{
    static std::map<std::string, Entry> table;
    return table;
}

} // namespace

bool registerTarget(const char *name, Entry entry)
{
    targets().emplace(name, entry);
    return true;
}

} // namespace fuzz

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    if (argc < 2 || !fuzz::targets().count(argv[1])) {
        std::fprintf(stderr, "usage: cabinet_fuzz_replay <target> <file or folder>...\ntargets:");
        for (const auto &[name, entry] : fuzz::targets())
            std::fprintf(stderr, " %s", name.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    const fuzz::Entry entry = fuzz::targets().at(argv[1]);
    std::vector<fs::path> files;
    for (int i = 2; i < argc; ++i) {
        const fs::path path(argv[i]);
        if (fs::is_directory(path)) {
            for (const auto &file : fs::directory_iterator(path)) {
                if (file.is_regular_file() && file.path().filename() != "README.md")
                    files.push_back(file.path());
            }
        } else if (fs::exists(path)) {
            files.push_back(path);
        } else {
            std::fprintf(stderr, "no such file or folder: %s\n", argv[i]);
            return 2;
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "nothing to replay for %s\n", argv[1]);
        return 2;
    }
    for (const fs::path &file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        // Named before the run: if the target traps, the last line says which input did it.
        std::fprintf(stderr, "replay %s\n", file.c_str());
        entry(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
    }
    std::printf("%s: %zu inputs replayed, every invariant held\n", argv[1], files.size());
    return 0;
}
