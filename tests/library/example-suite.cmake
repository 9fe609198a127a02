# The ctest example_qttest_suite: proves that an outside project can use the
# installed package. It installs this build into a fresh prefix, copies
# examples/qttest-suite out of the source tree, configures it against that
# prefix only (CMAKE_PREFIX_PATH; no path into maxmon's source or build
# tree), builds it and runs its tests.
#
#   cmake -DBUILD_DIR=... -DEXAMPLE_DIR=... -DWORK_DIR=... -DGENERATOR=...
#         -DCXX_COMPILER=... [-DCXX_FLAGS=...] [-DCOMPILER_LAUNCHER=...]
#         -P example-suite.cmake
#
# CXX_FLAGS: the sanitizer flags of an ASan build, without which the example
# could not link against its libraries.

foreach(variable BUILD_DIR EXAMPLE_DIR WORK_DIR GENERATOR CXX_COMPILER)
    if(NOT ${variable})
        message(FATAL_ERROR "example-suite.cmake needs -D${variable}=...")
    endif()
endforeach()

# Runs a step; its output is shown when it fails (always with SHOW_OUTPUT).
function(run step)
    set(show OFF)
    if(ARGV1 STREQUAL "SHOW_OUTPUT")
        set(show ON)
        list(REMOVE_AT ARGN 0)
    endif()
    execute_process(COMMAND ${ARGN}
                    RESULT_VARIABLE result
                    OUTPUT_VARIABLE output
                    ERROR_VARIABLE output)
    if(show OR NOT result EQUAL 0)
        message("${output}")
    endif()
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "FAILED: ${step} (exit ${result})")
    endif()
    message(STATUS "${step}: ok")
endfunction()

set(prefix ${WORK_DIR}/prefix)
set(source ${WORK_DIR}/source)
set(build ${WORK_DIR}/build)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

# every component: the libraries, the headers, the CMake package, the .pc
run("cmake --install into ${prefix}" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
foreach(expected include/maxmon/testing/scriptedserver.h include/maxmon/websocketclient.h)
    if(NOT EXISTS ${prefix}/${expected})
        message(FATAL_ERROR "FAILED: the install has no ${expected}")
    endif()
endforeach()

# the example's own files only, away from maxmon's tree
file(COPY ${EXAMPLE_DIR}/ DESTINATION ${source})

set(configure_options -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
    -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
if(CXX_FLAGS)
    list(APPEND configure_options "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}")
endif()
if(COMPILER_LAUNCHER)
    list(APPEND configure_options -DCMAKE_CXX_COMPILER_LAUNCHER=${COMPILER_LAUNCHER})
endif()
run("configure the example against ${prefix}"
    ${CMAKE_COMMAND} -E env --unset=CMAKE_PREFIX_PATH
    ${CMAKE_COMMAND} -S ${source} -B ${build} ${configure_options})

# what it found is the installed package, nothing else
file(STRINGS ${build}/CMakeCache.txt found REGEX "^Maxmon_DIR:")
if(NOT found MATCHES "^Maxmon_DIR:PATH=${prefix}/")
    message(FATAL_ERROR "FAILED: the example found ${found}, not the package in ${prefix}")
endif()

run("build the example" ${CMAKE_COMMAND} --build ${build} --parallel 2)
run("the example's tests" SHOW_OUTPUT
    ${CMAKE_CTEST_COMMAND} --test-dir ${build} --output-on-failure --verbose)
file(REMOVE_RECURSE ${WORK_DIR})
