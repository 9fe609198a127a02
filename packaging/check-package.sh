#!/usr/bin/env bash
# Checks a maxmon .deb the way a distribution would, and starts what it
# installs:
#
#   check-package.sh maxmon_X.Y.Z_ARCH.deb X.Y.Z
#
#  - the control fields (name, version, section, maintainer, homepage, the
#    dependencies dpkg-shlibdeps computed) and exactly the expected files;
#  - lintian without errors (overrides only in packaging/maxmon.lintian-overrides,
#    each with its reason);
#  - desktop-file-validate, appstreamcli validate, man's warnings on the pages;
#  - from the unpacked tree (dpkg -x), without LD_LIBRARY_PATH: maxmon-cli
#    --version and maxmon --version print the version, maxmon --self-test
#    (offscreen) connects to its demo server and exits 0, and --lang de gives
#    other texts than --lang en, from the installed translations.
#
# Used by the ctest maxmon_package (packaging/test-package.sh) and by
# scripts/package. Prints what it checks; exits 1 at the first failure.
set -euo pipefail

deb=$1 version=$2
appid=io.github.maxmon.Maxmon
here=$(cd "$(dirname "$0")" && pwd)

fail() { echo "FAILED: $*"; exit 1; }
step() { echo "--- $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/maxmon-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root

step "control fields of $(basename "$deb")"
field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == maxmon ]] || fail "Package is '$(field Package)', not maxmon"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', not $version"
[[ $(field Section) == net ]] || fail "Section is '$(field Section)', not net"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ -n $(field Homepage) ]] || fail "no Homepage"
depends=$(field Depends)
for library in libqt6core6 libqt6widgets6 libqt6websockets6 libc6; do
  [[ $depends == *"$library"* ]] || fail "Depends lacks $library (shlibdeps?): $depends"
done
description=$(field Description)
[[ $(wc -l <<<"$description") -gt 3 ]] || fail "no long description"
echo "Depends: $depends"

step "installed files (dpkg -x)"
dpkg -x "$deb" "$root"
expected=(
  usr/bin/maxmon
  usr/bin/maxmon-cli
  usr/share/applications/$appid.desktop
  usr/share/metainfo/$appid.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/$appid.svg
  usr/share/maxmon/translations/maxmon_de.qm
  usr/share/maxmon/translations/maxmon_ru.qm
  usr/share/man/man1/maxmon.1.gz
  usr/share/man/man1/maxmon-cli.1.gz
  usr/share/doc/maxmon/LICENSE
  usr/share/doc/maxmon/CHANGELOG.md
  usr/share/doc/maxmon/changelog.gz
  usr/share/doc/maxmon/copyright
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$appid.png")
done
if [[ -f $here/maxmon.lintian-overrides ]]; then
  expected+=(usr/share/lintian/overrides/maxmon)
fi
for file in "${expected[@]}"; do
  [[ -f $root/$file && -s $root/$file ]] || fail "missing or empty: /$file"
done
[[ -x $root/usr/bin/maxmon && -x $root/usr/bin/maxmon-cli ]] || fail "binaries not executable"
unexpected=$(comm -13 <(printf '%s\n' "${expected[@]}" | sort) \
                      <(cd "$root" && find . -type f | sed 's|^\./||' | sort))
[[ -z $unexpected ]] || fail "files nobody expects in the package:"$'\n'"$unexpected"
for size in 16 22 24 32 48 64 128 256; do
  file "$root/usr/share/icons/hicolor/${size}x${size}/apps/$appid.png" \
    | grep -q "PNG image data, $size x $size" || fail "the ${size}x${size} icon is not ${size}x${size}"
done
if command -v readelf >/dev/null; then
  for binary in maxmon maxmon-cli; do
    ! readelf -d "$root/usr/bin/$binary" | grep -qE 'RPATH|RUNPATH' \
      || fail "$binary has an RPATH/RUNPATH: it must find Qt from the system"
  done
fi
echo "${#expected[@]} files, as expected"

step "lintian"
# --fail-on error: warnings are shown but do not fail the check
if ! lintian --fail-on error --info "$deb"; then
  fail "lintian found errors"
fi

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
# Nothing from the build tree or the caller's settings: only what the package
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

# The translations from /usr/share/maxmon/translations (relative to the binary)
for binary in maxmon maxmon-cli; do
  english=$(run "$root/usr/bin/$binary" --lang en --help 2>&1)
  german=$(run "$root/usr/bin/$binary" --lang de --help 2>&1)
  [[ $german != *"no translation"* ]] || fail "$binary --lang de: $german"
  [[ $german != "$english" ]] || fail "$binary --lang de --help is the English text"
done
echo "--lang de: German help texts"

echo "OK: $(basename "$deb")"
