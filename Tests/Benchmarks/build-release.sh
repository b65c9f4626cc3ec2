#!/usr/bin/env bash
# Builds fazhi the way README's install section does (release, Swift runtime and Foundation linked into the
# binary) and prints the path of the binary. Progress goes to stderr.
#   FAZHI="$(Tests/Benchmarks/build-release.sh)"
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
flags=(-c release --package-path "$root" --product fazhi)
# Static linking of the Swift runtime is a Linux option; macOS links it from the system.
[[ "$(uname -s)" == "Linux" ]] && flags+=(--static-swift-stdlib)
swift build "${flags[@]}" >&2
echo "$(swift build "${flags[@]}" --show-bin-path)/fazhi"
