# The release date of PROJECT_VERSION, read from CHANGELOG.md's heading
# "## [X.Y.Z] - YYYY-MM-DD", for the Debian changelog and the AppStream
# <release>. The version itself stays in project(VERSION) alone; a version
# without a CHANGELOG.md entry stops the configuration, so a release cannot
# ship without saying what changed.
#
# Sets MAXMON_RELEASE_DATE (2026-11-25) and MAXMON_RELEASE_DATE_RFC2822
# (Wed, 25 Nov 2026 00:00:00 +0000, as Debian changelogs want it).

set(_changelog "${PROJECT_SOURCE_DIR}/CHANGELOG.md")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_changelog}")
file(STRINGS "${_changelog}" _heading
     REGEX "^## \\[${PROJECT_VERSION}\\] - [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$")
if(NOT _heading)
    message(FATAL_ERROR "CHANGELOG.md has no heading '## [${PROJECT_VERSION}] - YYYY-MM-DD' "
                        "for the version in project(): add the release's entry.")
endif()
string(REGEX REPLACE ".* - " "" MAXMON_RELEASE_DATE "${_heading}")

# Day of the week by Sakamoto's method (0 = Sunday): CMake has no date parser.
string(SUBSTRING "${MAXMON_RELEASE_DATE}" 0 4 _y)
string(SUBSTRING "${MAXMON_RELEASE_DATE}" 5 2 _m)
string(SUBSTRING "${MAXMON_RELEASE_DATE}" 8 2 _d)
math(EXPR _m "${_m}") # drop a leading zero
math(EXPR _d "${_d}")
math(EXPR _index "${_m} - 1")
set(_offsets 0 3 2 5 0 3 5 1 4 6 2 4)
list(GET _offsets ${_index} _t)
set(_yy ${_y})
if(_m LESS 3)
    math(EXPR _yy "${_y} - 1")
endif()
math(EXPR _dow "(${_yy} + ${_yy} / 4 - ${_yy} / 100 + ${_yy} / 400 + ${_t} + ${_d}) % 7")
set(_days Sun Mon Tue Wed Thu Fri Sat)
set(_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(GET _days ${_dow} _dayName)
list(GET _months ${_index} _monthName)
if(_d LESS 10)
    set(_d "0${_d}")
endif()
set(MAXMON_RELEASE_DATE_RFC2822 "${_dayName}, ${_d} ${_monthName} ${_y} 00:00:00 +0000")
