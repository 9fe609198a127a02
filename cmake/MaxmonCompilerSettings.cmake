# Compiler settings shared by every maxmon target: strict Qt string casts,
# warnings, optional -Werror and sanitizers.

add_compile_definitions(
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
                        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(MAXMON_WERROR)
        add_compile_options(-Werror)
    endif()
endif()

if(MAXMON_SANITIZE)
    set(_maxmon_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${_maxmon_san})
    add_link_options(${_maxmon_san})
endif()

if(MAXMON_FUZZ)
    # coverage instrumentation for all code, so libFuzzer can steer by it;
    # only the fuzz targets link libFuzzer's main
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
