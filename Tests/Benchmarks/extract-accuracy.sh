#!/usr/bin/env bash
# 提取准确率：builds fazhi, extracts the seed reports to JSON and scores them against the gold annotations.
# usage: Tests/Benchmarks/extract-accuracy.sh [SEEDS_DIR]   (default: ../shared/seeds next to the package)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seeds="${1:-$root/../shared/seeds}"
gold="$root/Tests/FazhiKitTests/Fixtures/gold"
if [ ! -d "$seeds" ]; then
  echo "找不到种子语料目录 $seeds，跳过" >&2
  exit 0
fi
fazhi="$("$root/Tests/Benchmarks/build-release.sh" 2>/dev/null)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# Exit 1 only means some extraction is partial; the scorer reports what matters.
"$fazhi" extract --format json --force -o "$out/" "$seeds"/*.txt 2>"$out/stderr.log" || true
python3 "$root/Tests/Benchmarks/score_extraction.py" "$out" "$gold"
