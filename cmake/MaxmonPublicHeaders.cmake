# Public headers of maxmon's libraries.
#
#   maxmon_public_headers(<target> [SUBDIR <dir>] HEADERS <header>...)
#
# Each header stays next to its .cpp in the source tree and is installed as
# <prefix>/include/maxmon/[<dir>/]<name>.h, which is how every user, maxmon's
# own code included, includes it: #include <maxmon/websocketclient.h>. In the
# build tree a forwarding header in ${MAXMON_INCLUDE_DIR}/maxmon/ includes the
# real one, so the same include line works before and after installation (as
# KDE's ECM does it). The headers are collected in the global property
# MAXMON_PUBLIC_HEADERS (source paths) for the API reference, and their
# installed paths below include/ in MAXMON_INSTALLED_HEADERS for the package
# check. Generated headers are added to both with maxmon_generated_header().

set(MAXMON_INCLUDE_DIR ${PROJECT_BINARY_DIR}/include)

function(maxmon_public_headers target)
    cmake_parse_arguments(ARG "" "SUBDIR;COMPONENT" "HEADERS" ${ARGN})
    set(subdir maxmon)
    if(ARG_SUBDIR)
        set(subdir maxmon/${ARG_SUBDIR})
    endif()
    if(NOT ARG_COMPONENT)
        set(ARG_COMPONENT libmaxmon-dev)
    endif()
    foreach(header ${ARG_HEADERS})
        get_filename_component(absolute ${header} ABSOLUTE)
        get_filename_component(name ${header} NAME)
        # relative, so that the build tree can move and ccache can share
        # objects between checkouts
        file(RELATIVE_PATH target_path ${MAXMON_INCLUDE_DIR}/${subdir} ${absolute})
        file(CONFIGURE OUTPUT ${MAXMON_INCLUDE_DIR}/${subdir}/${name}
             CONTENT "#include \"${target_path}\" // forwarding header, build tree only\n")
        set_property(GLOBAL APPEND PROPERTY MAXMON_PUBLIC_HEADERS ${absolute})
        set_property(GLOBAL APPEND PROPERTY MAXMON_INSTALLED_HEADERS ${subdir}/${name})
    endforeach()
    target_sources(${target} PRIVATE ${ARG_HEADERS})
    install(FILES ${ARG_HEADERS}
            DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/${subdir}
            COMPONENT ${ARG_COMPONENT})
endfunction()

# A header generated into ${MAXMON_INCLUDE_DIR}/maxmon/[<dir>/] and installed.
function(maxmon_generated_header path)
    cmake_parse_arguments(ARG "" "COMPONENT" "" ${ARGN})
    if(NOT ARG_COMPONENT)
        set(ARG_COMPONENT libmaxmon-dev)
    endif()
    file(RELATIVE_PATH relative ${MAXMON_INCLUDE_DIR} ${path})
    get_filename_component(directory ${relative} DIRECTORY)
    install(FILES ${path} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/${directory}
            COMPONENT ${ARG_COMPONENT})
    set_property(GLOBAL APPEND PROPERTY MAXMON_PUBLIC_HEADERS ${path})
    set_property(GLOBAL APPEND PROPERTY MAXMON_INSTALLED_HEADERS ${relative})
endfunction()
