# The installed CMake package (find_package(Maxmon COMPONENTS Core Testing))
# and the pkg-config file of maxmon's libraries, both in the libmaxmon-dev
# component.
#
# Version policy (MaxmonConfigVersion.cmake): while the major version is 0,
# a minor version may change the API and ABI, so find_package(Maxmon 0.2)
# accepts 0.2.x only (SameMinorVersion); from 1.0 on, any 1.y with y at
# least the one asked for (SameMajorVersion). The SONAME follows the major
# version (libmaxmon-core.so.0); the Debian packages of a 0.x version depend
# on exactly that version (see packaging/CMakeLists.txt).

include(CMakePackageConfigHelpers)

set(MAXMON_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Maxmon)
set(MAXMON_QT_MIN_VERSION 6.4)

install(EXPORT MaxmonCoreTargets
        NAMESPACE Maxmon::
        DESTINATION ${MAXMON_CMAKE_DIR}
        COMPONENT libmaxmon-dev)

configure_package_config_file(
    ${PROJECT_SOURCE_DIR}/cmake/MaxmonConfig.cmake.in
    ${PROJECT_BINARY_DIR}/MaxmonConfig.cmake
    INSTALL_DESTINATION ${MAXMON_CMAKE_DIR})
if(PROJECT_VERSION_MAJOR EQUAL 0)
    set(compatibility SameMinorVersion)
else()
    set(compatibility SameMajorVersion)
endif()
write_basic_package_version_file(
    ${PROJECT_BINARY_DIR}/MaxmonConfigVersion.cmake
    VERSION ${PROJECT_VERSION}
    COMPATIBILITY ${compatibility})
install(FILES ${PROJECT_BINARY_DIR}/MaxmonConfig.cmake
              ${PROJECT_BINARY_DIR}/MaxmonConfigVersion.cmake
        DESTINATION ${MAXMON_CMAKE_DIR}
        COMPONENT libmaxmon-dev)

# The .pc file finds its prefix from where it is installed, so that the
# same file is right in /usr (the .deb) and in any other prefix.
file(RELATIVE_PATH MAXMON_PC_PREFIX_FROM_PCDIR
     /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
string(REGEX REPLACE "/$" "" MAXMON_PC_PREFIX_FROM_PCDIR "${MAXMON_PC_PREFIX_FROM_PCDIR}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/maxmon-core.pc.in
               ${PROJECT_BINARY_DIR}/maxmon-core.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/maxmon-core.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
        COMPONENT libmaxmon-dev)
