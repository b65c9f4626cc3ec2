#!/usr/bin/env bash
# 提取吞吐量：builds fazhi in release mode, makes 2,000 reports by varying the seeds, and times
# `fazhi extract` in batch over 500 / 1,000 / 2,000 files against one `wc -m` pass over the same files.
# Prints seconds, the time ratio to wc -m, and peak memory (Maximum resident set size from /usr/bin/time -v).
# Targets: ≤ 10× wc -m, < 100 MB peak, time linear in the number of files.
# usage: Tests/Benchmarks/extract-throughput.sh [SEEDS_DIR]
#        FAZHI=/path/to/fazhi Tests/Benchmarks/extract-throughput.sh   # time a binary already built (e.g. before a change)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seeds="${1:-$root/../shared/seeds}"
if [ ! -d "$seeds" ]; then
  echo "找不到种子语料目录 $seeds，跳过" >&2
  exit 0
fi
if [ ! -x /usr/bin/time ]; then
  echo "需要 GNU time（/usr/bin/time）：apt-get install -y time" >&2
  exit 2
fi
fazhi="${FAZHI:-$("$root/Tests/Benchmarks/build-release.sh" 2>/dev/null)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/Tests/Benchmarks/make_corpus.py" "$seeds" "$work/corpus" 2000
ls "$work/corpus" | sort >"$work/all.txt"

seconds() { # elapsed wall-clock seconds from a /usr/bin/time -v log
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}
peak_mb() {
  awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"
}

printf "%-7s %-9s %-10s %-9s %-8s %-12s %s\n" 文件数 字符数 extract秒 "wc -m秒" 倍数 峰值内存MB 每文件毫秒
for n in 500 1000 2000; do
  head -n "$n" "$work/all.txt" | sed "s|^|$work/corpus/|" >"$work/list.txt"
  mapfile -t files <"$work/list.txt"
  rm -rf "$work/out"
  # Warm the page cache so both tools read from memory.
  cat "${files[@]}" >/dev/null
  /usr/bin/time -v "$fazhi" extract --format json -o "$work/out/" "${files[@]}" 2>"$work/extract.log" >/dev/null || true
  /usr/bin/time -v wc -m "${files[@]}" >"$work/wc.out" 2>"$work/wc.log"
  chars="$(tail -n 1 "$work/wc.out" | awk '{print $1}')"
  te="$(seconds "$work/extract.log")"
  tw="$(seconds "$work/wc.log")"
  ratio="$(awk -v a="$te" -v b="$tw" 'BEGIN { if (b < 0.01) b = 0.01; printf "%.1f", a / b }')"
  per="$(awk -v a="$te" -v n="$n" 'BEGIN { printf "%.2f", a * 1000 / n }')"
  printf "%-10s %-12s %-11s %-10s %-9s %-14s %s\n" "$n" "$chars" "$te" "$tw" "$ratio" "$(peak_mb "$work/extract.log")" "$per"
done
