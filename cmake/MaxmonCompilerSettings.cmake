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

# Unity builds (the asan preset: CI builds from scratch, and one compiler run
# per batch of eight files instead of per file takes about half the time).
# GCC takes the .cpp files a batch includes for headers and warns about every
# class there that holds a type from an anonymous namespace; within one
# batch that is as harmless as in the .cpp file alone.
if(CMAKE_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-subobject-linkage)
endif()

# Release builds (the packages) hardened as Debian's dpkg-buildflags would:
# checked libc calls, stack protector, read-only relocations bound at start.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT MAXMON_SANITIZE AND NOT WIN32 AND NOT APPLE)
    add_compile_options($<$<CONFIG:Release,RelWithDebInfo>:-fstack-protector-strong>)
    add_compile_definitions($<$<CONFIG:Release,RelWithDebInfo>:_FORTIFY_SOURCE=2>)
    add_link_options($<$<CONFIG:Release,RelWithDebInfo>:LINKER:-z,relro,-z,now>)
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
