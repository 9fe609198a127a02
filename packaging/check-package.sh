#!/usr/bin/env bash
# Checks maxmon's .deb packages the way a distribution would, and uses what
# they install:
#
#   check-package.sh DEB_DIR X.Y.Z PUBLIC_HEADERS_FILE
#
# DEB_DIR holds maxmon, libmaxmon-core0, libmaxmon-testing0 and libmaxmon-dev
# (_X.Y.Z_ARCH.deb); PUBLIC_HEADERS_FILE lists the headers libmaxmon-dev must
# install, one path below include/ a line (the build writes it).
#
#  - each package's control fields (name, version, section, maintainer,
#    homepage, the dependencies dpkg-shlibdeps and the components gave it)
#    and exactly the expected files;
#  - lintian without errors on each;
#  - the libraries' SONAMEs and shlibs, the binaries' RUNPATH ($ORIGIN only);
#  - desktop-file-validate, appstreamcli validate, man's warnings on the pages;
#  - from the unpacked tree (dpkg -x of all of them), without LD_LIBRARY_PATH:
#    maxmon-cli --version and maxmon --version print the version, maxmon
#    --self-test (offscreen) connects to its demo server and exits 0, and
#    --lang de gives other texts than --lang en, from the installed translations;
#  - maxmon-cli monitor: the service's commands exist and accept the example
#    config, the installed monitor serves /metrics and exits 0 on SIGTERM, and
#    (with promtool) the installed alerting rules and their tests pass and the
#    example scrape config is valid;
#  - the development files work: pkg-config maxmon-core, and a small CMake
#    project with find_package(Maxmon COMPONENTS Core Testing) builds and runs
#    against the unpacked tree.
#
# Used by the ctest maxmon_package (packaging/test-package.sh) and by
# scripts/package. Prints what it checks; exits 1 at the first failure.
set -euo pipefail

debs=$1 version=$2 headers=$3
appid=io.github.maxmon.Maxmon
arch=$(dpkg --print-architecture)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
libdir=usr/lib/$multiarch

fail() { echo "FAILED: $*"; exit 1; }
step() { echo "--- $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/maxmon-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root

deb_of() { echo "$debs/${1}_${version}_${arch}.deb"; }
field() { dpkg-deb --field "$(deb_of "$1")" "$2"; }
packages=(maxmon libmaxmon-core0 libmaxmon-testing0 libmaxmon-dev)

# --- the expected files of each package -------------------------------------
docs() { echo "usr/share/doc/$1/copyright usr/share/doc/$1/changelog.gz"; }
expected_maxmon=(
  usr/bin/maxmon
  usr/bin/maxmon-cli
  usr/share/applications/$appid.desktop
  usr/share/metainfo/$appid.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/$appid.svg
  usr/share/maxmon/translations/maxmon_de.qm
  usr/share/maxmon/translations/maxmon_en.qm
  usr/share/maxmon/translations/maxmon_ru.qm
  usr/share/man/man1/maxmon.1.gz
  usr/share/man/man1/maxmon-cli.1.gz
  usr/share/doc/maxmon/LICENSE
  usr/share/doc/maxmon/CHANGELOG.md
  usr/share/doc/maxmon/examples/monitor.json
  usr/lib/systemd/system/maxmon-monitor.service
  usr/share/maxmon/monitoring/prometheus.yml
  usr/share/maxmon/monitoring/maxmon-alerts.yml
  usr/share/maxmon/monitoring/maxmon-alerts.test.yml
  usr/share/maxmon/monitoring/grafana-dashboard.json
  $(docs maxmon)
)
for size in 16 22 24 32 48 64 128 256; do
  expected_maxmon+=("usr/share/icons/hicolor/${size}x${size}/apps/$appid.png")
done
expected_libmaxmon_core0=("$libdir/libmaxmon-core.so.$version" $(docs libmaxmon-core0))
expected_libmaxmon_testing0=("$libdir/libmaxmon-testing.so.$version" $(docs libmaxmon-testing0))
expected_libmaxmon_dev=(
  $(docs libmaxmon-dev)
  "$libdir/pkgconfig/maxmon-core.pc"
  "$libdir/cmake/Maxmon/MaxmonConfig.cmake"
  "$libdir/cmake/Maxmon/MaxmonConfigVersion.cmake"
  "$libdir/cmake/Maxmon/MaxmonCoreTargets.cmake"
  "$libdir/cmake/Maxmon/MaxmonTestingTargets.cmake"
)
while read -r header; do
  [[ -n $header ]] && expected_libmaxmon_dev+=("usr/include/$header")
done <"$headers"
# the per-configuration target files: names depend on the build type
expected_patterns_libmaxmon_dev="^$libdir/cmake/Maxmon/Maxmon(Core|Testing)Targets-[a-z]+\.cmake$"

# --- control fields, files and lintian, package by package -------------------
for package in "${packages[@]}"; do
  deb=$(deb_of "$package")
  [[ -f $deb ]] || fail "no $(basename "$deb") in $debs"
  step "$package: control fields"
  [[ $(field "$package" Package) == "$package" ]] || fail "Package is '$(field "$package" Package)'"
  [[ $(field "$package" Version) == "$version" ]] || fail "$package: Version is not $version"
  [[ -n $(field "$package" Maintainer) ]] || fail "$package: no Maintainer"
  [[ -n $(field "$package" Homepage) ]] || fail "$package: no Homepage"
  [[ $(field "$package" Description | wc -l) -gt 3 ]] || fail "$package: no long description"
  depends=$(field "$package" Depends)
  echo "Depends: $depends"
  case $package in
    maxmon)
      [[ $(field maxmon Section) == net ]] || fail "maxmon: Section is not net"
      for library in libqt6core6 libqt6widgets6 libqt6websockets6 libc6 "libmaxmon-core0 (= $version)"; do
        [[ $depends == *"$library"* ]] || fail "maxmon: Depends lacks $library"
      done ;;
    libmaxmon-core0 | libmaxmon-testing0)
      [[ $(field "$package" Section) == libs ]] || fail "$package: Section is not libs"
      for library in libqt6core6 libqt6websockets6 libc6; do
        [[ $depends == *"$library"* ]] || fail "$package: Depends lacks $library"
      done
      if [[ $package == libmaxmon-testing0 ]]; then
        [[ $depends == *"libmaxmon-core0 (= $version)"* ]] || fail "$package: Depends lacks libmaxmon-core0"
      fi
      dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./shlibs >"$work/shlibs" \
        || fail "$package: no shlibs file"
      grep -q "^${package%0} 0 $package (= $version)" "$work/shlibs" \
        || fail "$package: shlibs says '$(cat "$work/shlibs")'" ;;
    libmaxmon-dev)
      [[ $(field "$package" Section) == libdevel ]] || fail "libmaxmon-dev: Section is not libdevel"
      for dependency in "libmaxmon-core0 (= $version)" "libmaxmon-testing0 (= $version)" \
                        qt6-base-dev qt6-websockets-dev qt6-scxml-dev libexpected-dev; do
        [[ $depends == *"$dependency"* ]] || fail "libmaxmon-dev: Depends lacks $dependency"
      done ;;
  esac

  step "$package: installed files"
  mkdir -p "$work/$package"
  dpkg -x "$deb" "$work/$package"
  dpkg -x "$deb" "$root"
  list="expected_${package//-/_}[@]"
  expected=("${!list}")
  for file in "${expected[@]}"; do
    [[ -f $work/$package/$file && -s $work/$package/$file ]] || fail "$package: missing or empty: /$file"
  done
  pattern="expected_patterns_${package//-/_}"
  unexpected=$(comm -13 <(printf '%s\n' "${expected[@]}" | sort) \
                        <(cd "$work/$package" && find . -type f | sed 's|^\./||' | sort) \
               | { grep -Ev "${!pattern:-^$}" || true; })
  [[ -z $unexpected ]] || fail "$package: files nobody expects:"$'\n'"$unexpected"
  echo "${#expected[@]} files, as expected"

  step "$package: lintian"
  # --fail-on error: warnings are shown but do not fail the check
  lintian --fail-on error --info "$deb" || fail "lintian found errors in $package"
done

step "libraries and binaries"
for library in core testing; do
  file=$root/$libdir/libmaxmon-$library.so.$version
  readelf -d "$file" | grep -q "SONAME.*\[libmaxmon-$library.so.0\]" \
    || fail "libmaxmon-$library has no SONAME libmaxmon-$library.so.0"
  [[ $(readlink "$root/$libdir/libmaxmon-$library.so.0") == "libmaxmon-$library.so.$version" ]] \
    || fail "libmaxmon-$library.so.0 is not a link to the library"
  [[ $(readlink "$work/libmaxmon-dev/$libdir/libmaxmon-$library.so") == "libmaxmon-$library.so.0" ]] \
    || fail "libmaxmon-dev has no libmaxmon-$library.so link"
done
for binary in usr/bin/maxmon usr/bin/maxmon-cli; do
  runpath=$(readelf -d "$root/$binary" | sed -n 's/.*R\(UN\)\?PATH.*\[\(.*\)\]/\2/p')
  [[ $runpath == "\$ORIGIN/../lib/$multiarch" ]] \
    || fail "$binary: RUNPATH is '$runpath': only \$ORIGIN/../lib/$multiarch (maxmon's libraries)"
done
echo "SONAMEs, links and RUNPATHs as expected"

step "desktop-file-validate, appstreamcli validate"
desktop-file-validate "$root/usr/share/applications/$appid.desktop" \
  || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$appid.metainfo.xml" \
  || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$appid.metainfo.xml" \
  || fail "the metainfo has no <release> for $version"
zcat "$root/usr/share/doc/maxmon/changelog.gz" | head -1 | grep -q "^maxmon ($version)" \
  || fail "changelog.gz does not start with version $version"

if command -v man >/dev/null; then
  step "man pages"
  for page in maxmon maxmon-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
      man --warnings -E UTF-8 -l -Tutf8 -Z "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "man $page: $warnings"
  done
  echo "no warnings"
fi

step "the installed binaries"
# Nothing from the build tree or the caller's settings: only what the packages
# installed, and Qt from the system.
run() {
  env -u LD_LIBRARY_PATH HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" QT_QPA_PLATFORM=offscreen "$@"
}
mkdir -p "$work/home"
out=$(run "$root/usr/bin/maxmon-cli" --version) || fail "maxmon-cli --version exited $?"
[[ $out == "maxmon-cli $version" ]] || fail "maxmon-cli --version printed '$out'"
echo "$out"
out=$(run "$root/usr/bin/maxmon" --version) || fail "maxmon --version exited $?"
[[ $out == "maxmon $version" ]] || fail "maxmon --version printed '$out'"
echo "$out"
run timeout 120 "$root/usr/bin/maxmon" --self-test || fail "maxmon --self-test"

step "maxmon-cli monitor: the service, its config, the monitoring files"
unit=$root/usr/lib/systemd/system/maxmon-monitor.service
grep -q '^DynamicUser=yes$' "$unit" || fail "maxmon-monitor.service: no DynamicUser=yes"
grep -q '^NoNewPrivileges=yes$' "$unit" || fail "maxmon-monitor.service: not hardened"
# what the unit runs, run from the unpacked tree: the example config passes --check
while read -r command; do
  command=${command#*=}
  [[ -x $root${command%% *} ]] || fail "maxmon-monitor.service runs ${command%% *}, not in the package"
  [[ $command == /usr/bin/maxmon-cli* ]] || continue
  command=${command//\/etc\/maxmon\/monitor.json/$root/usr/share/doc/maxmon/examples/monitor.json}
  run $root$command --check || fail "maxmon-monitor.service: $command --check"
done < <(grep -E '^Exec(Start|StartPre)=' "$unit")
# the installed monitor serves metrics and stops with SIGTERM
echo '{"listen": "127.0.0.1:0"}' >"$work/monitor.json"
# env execs the monitor: $! is its process, the one SIGTERM must reach
env -u LD_LIBRARY_PATH HOME="$work/home" "$root/usr/bin/maxmon-cli" monitor \
  --config "$work/monitor.json" >"$work/monitor.out" 2>"$work/monitor.err" &
monitor=$!
for _ in $(seq 100); do [[ -s $work/monitor.out ]] && break; sleep 0.1; done
metrics=$(head -1 "$work/monitor.out")
[[ $metrics == http://127.0.0.1:*/metrics ]] || fail "maxmon-cli monitor printed '$metrics': $(cat "$work/monitor.err")"
hostport=${metrics#http://}; hostport=${hostport%/metrics}
exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}"
printf 'GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n' >&3
timeout 5 grep -q '^maxmon_monitor_targets 0' <&3 || fail "maxmon-cli monitor: no metrics on $metrics"
exec 3<&-
kill -TERM "$monitor"
wait "$monitor" || fail "maxmon-cli monitor exited $? after SIGTERM"
echo "the unit's commands run, the example config passes --check, /metrics answers"
if command -v promtool >/dev/null; then
  (cd "$root/usr/share/maxmon/monitoring" && promtool check rules maxmon-alerts.yml \
     && promtool test rules maxmon-alerts.test.yml) || fail "promtool on the installed rules"
  sed "s|/usr/share/maxmon|$root/usr/share/maxmon|" "$root/usr/share/maxmon/monitoring/prometheus.yml" \
    >"$work/prometheus.yml"
  promtool check config "$work/prometheus.yml" || fail "promtool check config on the example"
fi
python3 -m json.tool "$root/usr/share/maxmon/monitoring/grafana-dashboard.json" >/dev/null \
  || fail "the Grafana dashboard is not JSON"

# The translations from /usr/share/maxmon/translations (relative to the binary)
for binary in maxmon maxmon-cli; do
  english=$(run "$root/usr/bin/$binary" --lang en --help 2>&1)
  german=$(run "$root/usr/bin/$binary" --lang de --help 2>&1)
  [[ $german != *"no translation"* ]] || fail "$binary --lang de: $german"
  [[ $german != "$english" ]] || fail "$binary --lang de --help is the English text"
done
echo "--lang de: German help texts"

step "the development files"
pc=$(PKG_CONFIG_PATH=$root/$libdir/pkgconfig pkg-config --cflags --libs maxmon-core) \
  || fail "pkg-config maxmon-core"
[[ $pc == *"-I$root/$libdir/pkgconfig/../../../include"* || $pc == *"-I$root/usr/include"* ]] \
  || fail "pkg-config maxmon-core gives '$pc'"
echo "pkg-config: $pc"
project=$work/consumer
mkdir -p "$project"
cat >"$project/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.22)
project(consumer LANGUAGES CXX)
find_package(Maxmon 0.2 REQUIRED COMPONENTS Core Testing)
add_executable(consumer main.cpp)
target_link_libraries(consumer PRIVATE Maxmon::Core Maxmon::Testing)
CMAKE
cat >"$project/main.cpp" <<'CPP'
#include <maxmon/version.h>
#include <maxmon/websocketclient.h>

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    maxmon::WebSocketClient client;
    std::printf("%s %s\n", MAXMON_VERSION, qPrintable(maxmon::libraryVersion()));
    return client.state() == maxmon::ConnectionState::Disconnected ? 0 : 1;
}
CPP
cmake -S "$project" -B "$project/build" -G Ninja -DCMAKE_PREFIX_PATH="$root/usr" \
  ${MAXMON_CHECK_CXX_FLAGS:+-DCMAKE_CXX_FLAGS="$MAXMON_CHECK_CXX_FLAGS"} \
  >"$work/consumer.log" 2>&1 || { cat "$work/consumer.log"; fail "find_package(Maxmon)"; }
cmake --build "$project/build" >>"$work/consumer.log" 2>&1 \
  || { cat "$work/consumer.log"; fail "a project linking Maxmon::Core and Maxmon::Testing"; }
out=$(run "$project/build/consumer") || fail "the consumer exited $?"
[[ $out == "$version $version" ]] || fail "the consumer printed '$out'"
echo "find_package(Maxmon $version COMPONENTS Core Testing): builds and runs"

echo "OK: ${packages[*]} $version"
