# The bench-smoke test of one benchmark: runs it with --smoke (about a
# second of each measurement) and checks that it finished and printed
# figures with numbers. No threshold on any number: timing on a shared CI
# machine proves nothing; scripts/bench is where the targets are judged.
#
#   cmake -DBENCH=path/to/bench_x "-DARGS=--smoke;..." -P smoke.cmake
execute_process(COMMAND ${BENCH} ${ARGS}
                RESULT_VARIABLE result
                OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
message("${err}")
message("${out}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${BENCH} exited with ${result}")
endif()
string(REGEX MATCHALL "\"maxmon\":-?[0-9]" numbers "${out}")
list(LENGTH numbers count)
if(count EQUAL 0)
    message(FATAL_ERROR "${BENCH} printed no figure with a number")
endif()
if(out MATCHES "\"maxmon\":null")
    message(FATAL_ERROR "${BENCH} printed a figure without a number")
endif()
message("${count} figures")
