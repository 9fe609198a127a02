#!/usr/bin/env bash
# The ctest maxmon_package: packages this build tree as .debs with cpack and
# checks them with check-package.sh.
#
#   test-package.sh CPACK BUILD_DIR VERSION [CXX_FLAGS]
#
# It packages the binaries of the build under test (the asan preset's in CI):
# no second build, so it takes seconds, and what it checks (files, lintian,
# metadata, the installed binaries starting from their installed layout) does
# not depend on the compiler flags. Their ASan runtime is on this machine, and
# ctest hands down the sanitizer options; CXX_FLAGS (the sanitizer flags of
# such a build) are passed on to the project that the check builds against
# the unpacked libraries. scripts/package runs the same checks on the release
# packages.
#
# Exits 77 (ctest: skipped) when a packaging tool is missing.
set -euo pipefail

cpack=$1 build=$2 version=$3
export MAXMON_CHECK_CXX_FLAGS=${4:-}
here=$(cd "$(dirname "$0")" && pwd)

for tool in dpkg dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli pkg-config; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIPPED: $tool is missing (scripts/deps installs the packaging tools)"
    exit 77
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/maxmon-package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Only the DEB generator, into our own directory: ctest may run this while
# other tests use the build tree. gzip instead of the package's xz: four
# times faster on the big ASan binaries, and nothing checked depends on it.
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" \
    -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAILED: cpack could not make the .debs"
  exit 1
fi
"$here/check-package.sh" "$work/out" "$version" "$build/installed-headers.txt"
