# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that carries the project's strict defines and warnings;
# every target of the project links it (qBittorrent's CommonConfig idea).
add_library(cabinet_common INTERFACE)
target_compile_features(cabinet_common INTERFACE cxx_std_20)
target_compile_definitions(cabinet_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)
target_compile_options(cabinet_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
    -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
)
if(CABINET_WERROR)
    target_compile_options(cabinet_common INTERFACE -Werror)
endif()
