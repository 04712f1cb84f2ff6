# SPDX-License-Identifier: GPL-3.0-or-later
# Debian package of both programs: cpack -G DEB in a build folder (see docs/readme/export.md).
set(CPACK_PACKAGE_NAME "unitalk-cabinet")
set(CPACK_PACKAGE_VENDOR "UniTalk")
set(CPACK_PACKAGE_CONTACT "UniTalk Cabinet maintainers <cabinet@unitalk.cloud>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "UniTalk finance cabinet: desktop client and ledger server")
set(CPACK_PACKAGE_DESCRIPTION
    "The UniTalk Cabinet desktop client (cabinet) shows the main, bonus and credit balances of UniTalk\n\
telephony projects, top-ups, credit requests, the referral program and statement export (CSV, PDF,\n\
XLSX). cabinet-server keeps the ledger and serves the REST API; a hardened systemd unit is included.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# dpkg-shlibdeps finds the libraries; the Qt plugins are loaded at run time, so they are named here
# (SQL drivers for the cache and the server, the platform plugins for the desktop client).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${CMAKE_CURRENT_BINARY_DIR}/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/conffiles" "/etc/default/cabinet-server\n")

set(CPACK_GENERATOR "DEB")
include(CPack)
