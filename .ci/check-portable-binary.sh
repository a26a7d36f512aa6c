#!/bin/sh
# Builds the portable Linux binary and proves it needs no Swift toolchain: lists the shared libraries it needs,
# fails if any of them comes from the toolchain, then runs it with the toolchain's library folder hidden (a
# private mount namespace puts an empty tmpfs over it; needs root or user namespaces, as in a container).
#
#   .ci/check-portable-binary.sh            # build with --static-swift-stdlib, then check
#   .ci/check-portable-binary.sh PATH       # check an existing binary (try .build/release/gen-image: it fails)
set -eu

if [ $# -ge 1 ]; then
    binary=$(readlink -f "$1")
fi
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then
    :
else
    # Linking Foundation statically needs `-lcurl`; without the -dev package there is no libcurl.so to find,
    # so point the linker at a symlink to the runtime library (the binary then needs libcurl.so.4, as before).
    libcurl=$(ldconfig -p | sed -n 's/.*libcurl\.so\.4 (.*) => //p' | head -1)
    mkdir -p .build/curl-link
    ln -sf "$libcurl" .build/curl-link/libcurl.so
    swift build -c release --static-swift-stdlib --product gen-image --scratch-path .build/static \
        -Xlinker -L"$PWD/.build/curl-link"
    binary=.build/static/release/gen-image
fi
toolchain=$(readlink -f "$(dirname "$(readlink -f "$(command -v swift)")")/../lib/swift/linux")

stripped=$(mktemp)
strip -o "$stripped" "$binary"
echo "binary: $binary: $(wc -c <"$binary") bytes, $(wc -c <"$stripped") after strip"
rm -f "$stripped"
echo "needed libraries:"
readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/  \1/p'
status=0
if readelf -d "$binary" | grep -E 'NEEDED.*\[lib(swift|Foundation|_Foundation|dispatch|BlocksRuntime)' >/dev/null; then
    echo "FAIL: it needs libraries from the Swift toolchain"
    status=1
fi

# A real request too, against the fake gateway (started outside the namespace, since it needs the toolchain).
gateway=""
for candidate in .build/release/fake-gateway .build/debug/fake-gateway; do
    if [ -x "$candidate" ]; then gateway=$candidate; break; fi
done
request=true
if [ -n "$gateway" ]; then
    port=$((20000 + $$ % 20000))
    "$gateway" --port "$port" >/dev/null 2>&1 &
    gateway_pid=$!
    trap 'kill $gateway_pid 2>/dev/null' EXIT
    sleep 1
    out=$(mktemp -d)
    request="APIYI_API_KEY=sk-portable NO_PROXY=127.0.0.1 GEN_IMAGE_BASE_URL=http://127.0.0.1:$port/v1 \
        '$binary' -p 'a cat' -m gpt-image-2 -f '$out/cat.png' --quiet"
fi

echo "running it with $toolchain hidden:"
if unshare -m sh -c "mount -t tmpfs none '$toolchain' && '$binary' --version && '$binary' --help >/dev/null \
    && '$binary' -p 'a cat' -m gpt-image-2 --dry-run >/dev/null 2>&1 && $request"; then
    echo "ok: runs without the toolchain (needs glibc, and libcurl.so.4 at run time)"
else
    echo "FAIL: it does not run without the toolchain"
    status=1
fi
exit $status
