#!/bin/sh
# Builds the release bundle and proves it runs where it says.
#
#   .ci/release.sh [OUTDIR]        # default: .build/dist
#
# 1. Builds the portable binary: `swift build -c release --static-swift-stdlib`, with the commit and the day
#    recorded for `--version`. Swift's runtime and Foundation are linked in; the system must give glibc,
#    libstdc++, libgcc_s and libcurl.so.4 (the script prints the exact versions it needs).
# 2. Strips it and writes OUTDIR/gen-image-VERSION-linux-ARCH.tar.gz (the binary, README.md, LICENSE and
#    completion scripts for bash, zsh and fish) and OUTDIR/SHA256SUMS.
# 3. Unpacks the bundle into a temporary folder and runs it there with the Swift toolchain's libraries hidden
#    and /proc hidden (a private mount namespace: needs root or user namespaces): --version, --help, a dry run
#    and a real request to the fake gateway on 127.0.0.1. Exits non-zero if any of that fails.
set -eu
cd "$(dirname "$0")/.."
root=$PWD
out=${1:-.build/dist}
mkdir -p "$out"
out=$(cd "$out" && pwd)

version=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/ImageAPIClient/Core/GenImageVersion.swift)
arch=$(uname -m)
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit+changes"; fi
day=$(date -u +%Y-%m-%d)
name="gen-image-$version-linux-$arch"

echo "building $name (commit $commit)"
swift build -c release --static-swift-stdlib --product gen-image --scratch-path .build/static \
    -Xcc "-DGI_BUILD_COMMIT=\"$commit\"" -Xcc "-DGI_BUILD_DATE=\"$day\""
binary=.build/static/release/gen-image

stage=$(mktemp -d)
unpacked=$(mktemp -d)
gateway_pid=""
cleanup() {
    [ -n "$gateway_pid" ] && kill "$gateway_pid" 2>/dev/null || true
    rm -rf "$stage" "$unpacked"
}
trap cleanup EXIT

mkdir -p "$stage/$name/completions"
strip -o "$stage/$name/gen-image" "$binary"
cp README.md LICENSE "$stage/$name/"
for shell in bash zsh fish; do
    "$binary" completions "$shell" >"$stage/$name/completions/gen-image.$shell"
done
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
(cd "$out" && sha256sum "$name.tar.gz" >SHA256SUMS)
echo "wrote $out/$name.tar.gz ($(wc -c <"$out/$name.tar.gz") bytes) and $out/SHA256SUMS"

# What it needs from the system, measured.
bundled="$stage/$name/gen-image"
echo "binary: $(wc -c <"$binary") bytes, $(wc -c <"$bundled") stripped"
echo "needed libraries:"
readelf -d "$bundled" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/  \1/p'
status=0
if readelf -d "$bundled" | grep -E 'NEEDED.*\[lib(swift|Foundation|_Foundation|dispatch|BlocksRuntime)' >/dev/null; then
    echo "FAIL: it needs libraries from the Swift toolchain"
    status=1
fi
for family in GLIBC GLIBCXX CXXABI GCC; do
    newest=$(objdump -T "$bundled" | grep -o "${family}_[0-9.]*" | sort -u -V | tail -1)
    [ -n "$newest" ] && echo "  newest symbol version: $newest"
done

# The bundle as a user gets it: the README's install lines, run as written in a fresh home, then the installed
# binary run with the toolchain and /proc hidden.
home="$unpacked/home"
mkdir -p "$home"
cp "$out/$name.tar.gz" "$out/SHA256SUMS" "$home/"
(
    cd "$home" && export HOME="$home"
    sha256sum -c SHA256SUMS >/dev/null
    tar -xzf "$name.tar.gz"
    install -D -m 755 "$name/gen-image" ~/.local/bin/gen-image
)
installed="$home/.local/bin/gen-image"
toolchain=$(readlink -f "$(dirname "$(readlink -f "$(command -v swift)")")/../lib/swift/linux")

swift build --product fake-gateway >/dev/null
port=$((20000 + $$ % 20000))
"$root/.build/debug/fake-gateway" --port "$port" >/dev/null 2>&1 &
gateway_pid=$!
sleep 1
echo "running the installed bundle with $toolchain and /proc hidden:"
if unshare -m sh -c "mount -t tmpfs none '$toolchain' && mount -t tmpfs none /proc && cd '$home' \
    && '$installed' --version && '$installed' --help >/dev/null \
    && '$installed' -p 'a cat' -m gpt-image-2 --dry-run >/dev/null 2>&1 \
    && APIYI_API_KEY=sk-release NO_PROXY=127.0.0.1 GEN_IMAGE_BASE_URL=http://127.0.0.1:$port/v1 \
        '$installed' -p 'a cat' -m gpt-image-2 -f cat.png --quiet \
    && test -s cat.png"; then
    echo "ok: the bundle runs without the toolchain and without /proc"
else
    echo "FAIL: the installed bundle does not run with the toolchain and /proc hidden"
    status=1
fi
exit $status
