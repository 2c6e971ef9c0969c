#!/usr/bin/env bash
# The Debian package, as an admin would get it: built with `cpack -G DEB` from this build tree, its dependencies
# checked against this machine, unpacked into a throwaway root, and the installed files run: consentdesk --version
# and --help (no display), consentdesk-cli --help, and consentdesk --demo on the offscreen platform until its
# window is shown. The desktop entry and AppStream metadata pass their validators; icons and man pages are where
# the desktop and man look for them.
#   check-deb.sh <source dir> <build dir> <version>
set -uo pipefail
source_dir=$1 build_dir=$2 version=$3
app_id=org.consentdesk.ConsentDesk

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
step() { echo "--- $*"; }

work=$(mktemp -d "$build_dir/tests/deb-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$HOME"

step "cpack -G DEB"
if ! (cd "$build_dir" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
deb=$(ls "$work"/out/consentdesk_"$version"_*.deb 2>/dev/null | head -n 1)
if [[ -z $deb ]]; then
    ls -la "$work/out" >&2
    echo "FAIL: no consentdesk_${version}_*.deb" >&2
    exit 1
fi
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

step "control fields"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
[[ $(dpkg-deb -f "$deb" Package) == consentdesk ]] || fail "Package is not consentdesk"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "Version is not $version"
[[ $(dpkg-deb -f "$deb" Section) == admin ]] || fail "Section is not admin"
# From dpkg-shlibdeps (the programs' libraries), and the ones loaded at run time that it cannot see.
for needed in 'libqt6widgets6' 'libqt6networkauth6' 'libqt6keychain1' 'libspdlog1' 'libc6' \
    'libsecret-1-0' 'qt6-svg-plugins | libqt6svg6 (<< 6.5)'; do
    [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed"
done
# Qt's own translations: without them the standard buttons (OK, Cancel, Close) stay English in every language.
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
[[ $recommends == *qt6-translations-l10n* ]] || fail "Recommends lacks qt6-translations-l10n"

step "dependencies satisfied by this machine"
# Virtual packages the installed ones provide (libspdlog1.10 provides libspdlog1.10-fmt9, for instance).
provided=" $(dpkg-query -W -f='${Status}|${Provides}\n' | awk -F'|' '/install ok installed/ {print $2}' |
    tr ',' '\n' | sed -E 's/^ *([^ (]+).*/\1/' | sort -u | tr '\n' ' ') "
satisfied() { # "name (op version)" installed, or provided when unversioned?
    local name op wanted installed
    name=$(sed -E 's/^ *([^ (]+).*/\1/' <<<"$1")
    installed=$(dpkg-query -W -f='${Status} ${Version}\n' "$name" 2>/dev/null | awk '/install ok installed/ {print $4}' | head -n 1)
    if [[ -z $installed ]]; then
        [[ $1 != *"("* && $provided == *" $name "* ]]
        return
    fi
    if [[ $1 =~ \(([<>=]+)\ *([^\)]+)\) ]]; then
        op=${BASH_REMATCH[1]} wanted=${BASH_REMATCH[2]}
        case $op in '>=') op=ge ;; '<=') op=le ;; '<<') op=lt ;; '>>') op=gt ;; '=') op=eq ;; esac
        dpkg --compare-versions "$installed" "$op" "$wanted" || return 1
    fi
}
IFS=',' read -ra groups <<<"$depends"
for group in "${groups[@]}"; do
    ok=0
    IFS='|' read -ra alternatives <<<"$group"
    for alternative in "${alternatives[@]}"; do
        if satisfied "${alternative%:any}"; then
            ok=1
            break
        fi
    done
    ((ok)) || fail "dependency not installed here: $group"
done

step "unpack into a throwaway root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
while read -r path; do
    [[ $path == ./usr/* || $path == ./ || $path == ./usr/ ]] || fail "file outside /usr: $path"
done < <(dpkg-deb -c "$deb" | awk '{print $6}')
for program in consentdesk consentdesk-cli consentdesk-sandbox; do
    [[ -x $root/usr/bin/$program ]] || fail "/usr/bin/$program is not installed"
    file -L "$root/usr/bin/$program" | grep -q 'stripped' && ! file -L "$root/usr/bin/$program" | grep -q 'not stripped' ||
        fail "/usr/bin/$program is not stripped"
done

step "the installed programs run"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
out=$("$root/usr/bin/consentdesk" --version 2>&1) || fail "consentdesk --version exited $?"
[[ $out == "consentdesk $version" ]] || fail "consentdesk --version said: $out"
out=$("$root/usr/bin/consentdesk" --help 2>&1) || fail "consentdesk --help without a display exited $?: $out"
[[ $out == *"--demo"* && $out == *"Usage:"* ]] || fail "consentdesk --help without a display said: $out"
out=$("$root/usr/bin/consentdesk-cli" --help 2>&1) || fail "consentdesk-cli --help exited $?"
[[ $out == *"Usage: consentdesk-cli"* && $out == *"requests grant"* ]] || fail "consentdesk-cli --help said: $out"
out=$("$root/usr/bin/consentdesk-cli" --version 2>&1) || fail "consentdesk-cli --version exited $?"
[[ $out == "consentdesk-cli $version" ]] || fail "consentdesk-cli --version said: $out"
# The demo tenant in the installed app: its sandbox, fixture and window, offscreen; --quit-after-start leaves
# with 0 once the main window is on screen.
out=$(QT_QPA_PLATFORM=offscreen timeout 120 "$root/usr/bin/consentdesk" --demo --quit-after-start 2>&1)
status=$?
[[ $status == 0 ]] || fail "consentdesk --demo --quit-after-start exited $status: $out"
[[ $out == *"consentdesk: window shown: ConsentDesk"* ]] || fail "consentdesk --demo did not show its window: $out"
echo "$out" | grep 'window shown'

step "desktop entry, AppStream metadata, icons, man pages"
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
grep -q "^Exec=consentdesk$" "$desktop" || fail "the desktop entry does not start consentdesk"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the AppStream metadata has no release $version"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || fail "metainfo launchable"
[[ -f $root/usr/share/icons/hicolor/scalable/apps/$app_id.svg ]] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256 512; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if [[ ! -f $png ]]; then
        fail "no ${size}x${size} icon"
    elif ! file "$png" | grep -q "PNG image data, $size x $size"; then
        fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
    fi
done
for page in consentdesk consentdesk-cli; do
    man=$root/usr/share/man/man1/$page.1.gz
    if [[ ! -f $man ]]; then
        fail "no man page $page(1)"
        continue
    fi
    title=${page^^}
    zgrep -q "^\.TH $title 1 .*\"ConsentDesk $version\"" "$man" || fail "$page(1) has no .TH line for $version"
done
zgrep -q -- '--demo' "$root/usr/share/man/man1/consentdesk.1.gz" || fail "consentdesk(1) lacks the options"
zgrep -q '^\.SS requests grant' "$root/usr/share/man/man1/consentdesk-cli.1.gz" ||
    fail "consentdesk-cli(1) lacks the commands' own help"

if ((failures > 0)); then
    echo "$failures check(s) of the .deb failed" >&2
    exit 1
fi
echo "The .deb installs and runs: all checks passed"
