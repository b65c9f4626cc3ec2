#!/usr/bin/env bash
# fazhi review on 60 / 600 / 2,000 generated reports (make_corpus.py from the seeds, text; plus .docx copies of a
# tenth when soffice is present): wall time, per-report time and peak memory, and the same reports through
# `extract` + `validate` batches and one `diff` per pair for comparison. Prints figures; never a unit test.
#   Tests/Benchmarks/review-scaling.sh [FAZHI_BINARY] [SIZES...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fazhi="${1:-$("$root/Tests/Benchmarks/build-release.sh")}"
shift || true
sizes=("${@:-60 600 2000}")
seeds="${SEEDS_DIR:-$root/../shared/seeds}"
[ -d "$seeds" ] || { echo "review-scaling: seeds folder $seeds is absent; set SEEDS_DIR" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
measure() { # label, command...: prints seconds and peak MB
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  read -r secs kb < <(tail -n 1 "$work/time")
  echo "$label $secs $((kb / 1024))"
}
printf '%-8s %-22s %10s %12s %10s\n' files step seconds "ms/report" "peak MB"
for n in ${sizes[@]}; do
  python3 "$root/Tests/Benchmarks/make_corpus.py" "$seeds" "$work/this-$n" "$n" >/dev/null
  python3 "$root/Tests/Benchmarks/make_corpus.py" "$seeds" "$work/last-$n" "$n" >/dev/null
  for step in review extract validate diff; do
    case $step in
      review) line=$(measure review "$fazhi" review "$work/this-$n" --last "$work/last-$n" --format json -o "$work/review-$n.json") ;;
      extract) mkdir -p "$work/yaml-$n"; line=$(measure extract "$fazhi" extract "$work/this-$n"/* -o "$work/yaml-$n/" --force) ;;
      validate) line=$(measure validate "$fazhi" validate "$work/yaml-$n"/*.yaml --format json) ;;
      # diff takes one pair a call: one process per report (its start-up included).
      diff) line=$(measure diff bash -c 'for f in "$1"/*; do "$3" diff "$f" "$2/${f##*/}" --format json >/dev/null || true; done' _ \
        "$work/this-$n" "$work/last-$n" "$fazhi") ;;
    esac
    read -r label secs mb <<<"$line"
    printf '%-8s %-22s %10s %12.2f %10s\n' "$n" "$label" "$secs" "$(awk -v s="$secs" -v n="$n" 'BEGIN{print s*1000/n}')" "$mb"
  done
done
