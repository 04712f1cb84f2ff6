# SPDX-License-Identifier: GPL-3.0-or-later
# The Python that runs the contract and architecture checks: Debian's /usr/bin/python3 first, because
# scripts/install-deps.sh installs python3-jsonschema and python3-yaml for it (another python3 earlier
# on PATH may lack them).
find_program(CABINET_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(CABINET_PYTHON3 NAMES python3 REQUIRED)
