#!/usr/bin/env bash
# Times `fazhi validate` and `fazhi draft` on the bundled example against the peer a user would otherwise
# script: Python 3 with PyYAML's C loader, jsonschema (Draft7Validator, Schemas/report.schema.json) and Jinja2
# (Tests/Benchmarks/peer/standard.txt.j2). Prints figures only; it never fails on timings.
#
#   Tests/Benchmarks/validate-draft.sh            # 20 single runs, a batch of 200 copies
#   RUNS=50 BATCH=500 BATCH_RUNS=5 Tests/Benchmarks/validate-draft.sh
#   FAZHI=/path/to/fazhi Tests/Benchmarks/validate-draft.sh   # skip the build, time this binary
#
# Single: one report, one process, end to end (process start, catalog, template included); median of RUNS.
# Batch:  BATCH copies of the example; median of BATCH_RUNS, divided by BATCH.
#   validate: one call with all files, for both tools.
#   draft:    two fazhi forms against the peer's one process for all files:
#             (1) BATCH sequential `fazhi draft FILE` (what a user's shell loop does), text to a null sink, vs the
#                 peer writing all texts to a null sink;
#             (2) one `fazhi draft FILES… --output-dir DIR --force` vs `peer.py draft FILES… -o DIR`, both writing
#                 one .txt per report into a fresh folder.
#             fazhi draft also runs every validation rule before rendering; the peer checks the JSON schema only —
#             so each fazhi figure includes more work than the peer's.
# fazhi is built as README installs it (Tests/Benchmarks/build-release.sh: release, static Swift runtime).
# Uses hyperfine when installed, else a loop over `date +%s%N`.
set -euo pipefail

RUNS=${RUNS:-20}
BATCH=${BATCH:-200}
BATCH_RUNS=${BATCH_RUNS:-5}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PEER="$ROOT/Tests/Benchmarks/peer/peer.py"
EXAMPLE="$ROOT/Examples/示例县-2025.yaml"

# --- the peer's requirements -------------------------------------------------------------------------------
if ! command -v python3 >/dev/null 2>&1; then
  echo "validate-draft: python3 not found; the peer (Python 3 + PyYAML + jsonschema + Jinja2) cannot run. Skipped."
  exit 0
fi
if ! missing=$(python3 - <<'EOF' 2>&1
import importlib, sys
missing = []
for module in ("yaml", "jsonschema", "jinja2"):
    try:
        importlib.import_module(module)
    except ImportError:
        missing.append(module)
if "yaml" not in missing:
    import yaml
    if not hasattr(yaml, "CSafeLoader"):
        missing.append("yaml.CSafeLoader (PyYAML built without libyaml)")
if missing:
    print(", ".join(missing))
    sys.exit(1)
EOF
); then
  echo "validate-draft: the peer needs Python modules that are missing: $missing"
  echo "  install them with: python3 -m pip install pyyaml jsonschema jinja2   (PyYAML with libyaml for CSafeLoader)"
  echo "Skipped."
  exit 0
fi

# --- build ------------------------------------------------------------------------------------------------
if [[ -z "${FAZHI:-}" ]]; then
  echo "Building fazhi (release, as README installs it)…" >&2
  FAZHI="$("$ROOT/Tests/Benchmarks/build-release.sh")"
fi
[[ -x "$FAZHI" ]] || { echo "validate-draft: no fazhi binary at $FAZHI" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fazhi-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

FILES=()
for i in $(seq -w 1 "$BATCH"); do
  cp "$EXAMPLE" "$WORK/r$i.yaml"
  FILES+=("$WORK/r$i.yaml")
done
SINGLE="$WORK/r$(seq -w 1 "$BATCH" | head -1).yaml"
printf '%s\n' "${FILES[@]}" >"$WORK/files.txt"
cat >"$WORK/draft-each.sh" <<EOF
while read -r f; do "$FAZHI" draft "\$f" >/dev/null || exit 1; done <"$WORK/files.txt"
EOF
cat >"$WORK/draft-batch-fazhi.sh" <<EOF
rm -rf "$WORK/out-fazhi" && mkdir "$WORK/out-fazhi"
xargs -d '\n' "$FAZHI" draft --force --allow-errors --output-dir "$WORK/out-fazhi" <"$WORK/files.txt" 2>/dev/null
EOF
cat >"$WORK/draft-batch-peer.sh" <<EOF
rm -rf "$WORK/out-peer" && mkdir "$WORK/out-peer"
xargs -d '\n' python3 "$PEER" draft -o "$WORK/out-peer" <"$WORK/files.txt"
EOF

# --- sanity: both tools accept the example and draft the same text --------------------------------------
"$FAZHI" validate -q "$SINGLE" >/dev/null 2>&1 && fazhi_ok=clean || fazhi_ok="exit $?"
python3 "$PEER" validate "$SINGLE" >/dev/null 2>&1 && peer_ok=clean || peer_ok="exit $?"
"$FAZHI" draft "$SINGLE" >"$WORK/fazhi.txt" 2>/dev/null || true
python3 "$PEER" draft "$SINGLE" >"$WORK/peer.txt" 2>/dev/null || true
if cmp -s "$WORK/fazhi.txt" "$WORK/peer.txt"; then
  same="identical ($(wc -c <"$WORK/fazhi.txt") bytes)"
else
  same="DIFFERENT ($(diff "$WORK/fazhi.txt" "$WORK/peer.txt" | grep -c '^[<>]') differing lines)"
fi

# --- timing -----------------------------------------------------------------------------------------------
# median_ms RUNS COMMAND...: median wall time of COMMAND in milliseconds (output discarded, exit status ignored).
if command -v hyperfine >/dev/null 2>&1; then
  TIMER="hyperfine $(hyperfine --version | cut -d' ' -f2)"
  median_ms() {
    local runs=$1
    shift
    local json="$WORK/hf.json"
    local quoted
    quoted=$(printf '%q ' "$@")
    hyperfine --shell=none --warmup 2 --runs "$runs" --ignore-failure --style none --export-json "$json" \
      "$quoted" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.3f" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1000))' "$json"
  }
else
  TIMER="date +%s%N loop"
  median_ms() {
    local runs=$1
    shift
    "$@" >/dev/null 2>&1 || true
    local times=() start end
    for ((r = 0; r < runs; r++)); do
      start=$(date +%s%N)
      "$@" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      times+=($((end - start)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END {
      m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f\n", m / 1e6 }'
  }
fi

per() { awk -v t="$1" -v n="$2" 'BEGIN { printf "%.3f", t / n }'; }
ratio() { awk -v p="$1" -v f="$2" 'BEGIN { printf "%.1f×", p / f }'; }

echo "Timing ($TIMER): single = median of $RUNS runs; batch = $BATCH copies, median of $BATCH_RUNS runs…" >&2
v1_f=$(median_ms "$RUNS" "$FAZHI" validate "$SINGLE")
v1_p=$(median_ms "$RUNS" python3 "$PEER" validate "$SINGLE")
d1_f=$(median_ms "$RUNS" "$FAZHI" draft "$SINGLE")
d1_p=$(median_ms "$RUNS" python3 "$PEER" draft "$SINGLE")
vb_f=$(per "$(median_ms "$BATCH_RUNS" "$FAZHI" validate "${FILES[@]}")" "$BATCH")
vb_p=$(per "$(median_ms "$BATCH_RUNS" python3 "$PEER" validate "${FILES[@]}")" "$BATCH")
db_f=$(per "$(median_ms "$BATCH_RUNS" bash "$WORK/draft-each.sh")" "$BATCH")
db_p=$(per "$(median_ms "$BATCH_RUNS" python3 "$PEER" draft "${FILES[@]}")" "$BATCH")
dd_f=$(per "$(median_ms "$BATCH_RUNS" bash "$WORK/draft-batch-fazhi.sh")" "$BATCH")
dd_p=$(per "$(median_ms "$BATCH_RUNS" bash "$WORK/draft-batch-peer.sh")" "$BATCH")
if diff -rq "$WORK/out-fazhi" "$WORK/out-peer" >/dev/null 2>&1 && [[ $(ls "$WORK/out-fazhi" | wc -l) -eq $BATCH ]]; then
  batch_same="identical"
else
  batch_same="DIFFERENT"
fi

# --- report -----------------------------------------------------------------------------------------------
cat <<EOF

fazhi validate/draft vs Python peer (PyYAML CSafeLoader + jsonschema Draft7Validator + Jinja2)
  fazhi:  $FAZHI ($("$FAZHI" --version 2>/dev/null || echo '?'))
  peer:   Python $(python3 -c 'import sys; print(sys.version.split()[0])'), $(python3 -c '
from importlib.metadata import version
print(", ".join(f"{m} {version(m)}" for m in ("PyYAML", "jsonschema", "Jinja2")))')
  input:  Examples/示例县-2025.yaml ($(wc -c <"$EXAMPLE") bytes); validate: fazhi $fazhi_ok, peer $peer_ok
  draft:  plain text, fazhi and peer output $same; batch folders $batch_same
  timer:  $TIMER; single = median of $RUNS; batch = $BATCH copies, median of $BATCH_RUNS, per report

                                        fazhi (ms)   peer (ms)   peer/fazhi
EOF
row() { printf '  %-36s %10s  %10s  %10s\n' "$1" "$2" "$3" "$(ratio "$3" "$2")"; }
row "validate, single report" "$v1_f" "$v1_p"
row "validate, batch (one call)" "$vb_f" "$vb_p"
row "draft, single report" "$d1_f" "$d1_p"
row "draft, batch ($BATCH calls vs one)" "$db_f" "$db_p"
row "draft, batch (one call, --output-dir)" "$dd_f" "$dd_p"
cat <<EOF

  Batch draft, first row: fazhi runs one process per report, the peer one process for all — fazhi pays
  process start $BATCH times, the peer once (both print to a null sink). Second row: one process each,
  both writing $BATCH files into a fresh folder — the like-for-like comparison, used for the target.
  fazhi's figures include all its validation rules; the peer checks the JSON schema only.
EOF
awk -v v1="$(ratio "$v1_p" "$v1_f")" -v d1="$(ratio "$d1_p" "$d1_f")" -v vb="$(ratio "$vb_p" "$vb_f")" \
  -v db="$(ratio "$dd_p" "$dd_f")" 'BEGIN {
  s = (v1 + 0 >= 5 && d1 + 0 >= 5) ? "met" : "NOT met"
  b = (vb + 0 >= 1 && db + 0 >= 1) ? "met" : "NOT met"
  printf "\n  Targets: single report ≥ 5× faster: %s (validate %s, draft %s); batch not slower per report: %s (validate %s, draft %s)\n", s, v1, d1, b, vb, db
}'
