#!/usr/bin/env bash
# 输出一致性检查：proves that a change (a refactor) leaves every output of fazhi byte-identical.
#
#   Tests/Benchmarks/identity-check.sh FAZHI_BINARY OUT_DIR        # capture all outputs of one binary
#   Tests/Benchmarks/identity-check.sh --compare DIR_A DIR_B       # compare two captures; exit 1 on any difference
#
# Typical use: capture with the release binary of main, capture with the refactored binary, compare:
#   Tests/Benchmarks/identity-check.sh /tmp/main/.build/release/fazhi /tmp/identity/before
#   Tests/Benchmarks/identity-check.sh .build/release/fazhi /tmp/identity/after
#   Tests/Benchmarks/identity-check.sh --compare /tmp/identity/before /tmp/identity/after
#
# Inputs, rebuilt in a fresh temp dir on every run (nothing is cached):
#   seeds/     the 5 real reports of ../shared/seeds (relative to the repo root; SEEDS_DIR overrides)
#   corpus/    300 reports from Tests/Benchmarks/make_corpus.py seeds corpus 300 (seeded random.Random, so the
#              same seeds give the same corpus; inputs.sha256 records every input so a compare also checks this)
#   examples/  Examples/*.yaml and Examples/broken/*.yaml
# fazhi runs with that temp dir as its working directory and relative paths only; any absolute path of the temp
# dir that still reaches an output (draft prints 「已生成 /abs/path」) is replaced by <WORK>.
#
# Captured into OUT_DIR (each command as NAME.stdout, NAME.stderr, NAME.rc; stable names, no timestamps):
#   meta/               --version, rules, indicators, schema
#   extract-json/       extract --format json of each of the 305 texts, one process per file (stdout)
#   extract-json-batch/ one extract --format json -o DIR of all 305 (the parallel batch path): files + run.*
#   extract-yaml/       one extract -o DIR of all 305: the .yaml files + run.*
#   validate/           validate --format json of every extracted YAML and every Examples YAML, one per process
#   validate-batch/     one validate --format json (and text) of all of them; a few --strict / --last runs
#   draft/              drafts of Examples/示例县-2025.yaml and 20 extracted YAMLs (5 seeds, 15 corpus files incl.
#                       GB18030 ones) in text, markdown, html, docx (--force, since extracted data has errors);
#                       .docx files kept as they are and unzipped (NAME.docx.unzipped/ + members.txt: order,
#                       compression, size, CRC, date); refused drafts without --allow-errors; flat template; --context
#   diff/               diff --format json: each seed's YAML against its own and the next seed's text, Examples
#                       against extracted YAMLs/texts and each other, 20 corpus pairs (yaml/txt mixes, same and
#                       different seed families); a few pairs also in text, markdown, html; one --fail-on
# The .docx output is currently byte-deterministic (fixed zip timestamps), so the raw .docx files are compared too;
# if a change only alters zip metadata, the *.docx files differ while every NAME.docx.unzipped/ member is identical.
#
# Needs bash, python3, sha256sum (or shasum). Takes about 30–60 s on 2 cores.
set -euo pipefail
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1
unset FAZHI_CATALOG 2>/dev/null || true

usage() {
  sed -n '4,5p' "$0" | sed 's/^# *//' >&2
  exit 64
}

# --- compare ------------------------------------------------------------------------------------------------
compare() {
  local a="$1" b="$2"
  for d in "$a" "$b"; do
    [ -d "$d" ] || { echo "identity-check: 不是目录：$d" >&2; exit 2; }
  done
  tmp="$(mktemp -d)"
  trap 'rm -rf "${tmp:-}"' EXIT
  (cd "$a" && find . -type f | LC_ALL=C sort) >"$tmp/a"
  (cd "$b" && find . -type f | LC_ALL=C sort) >"$tmp/b"
  LC_ALL=C comm -12 "$tmp/a" "$tmp/b" >"$tmp/common"
  LC_ALL=C comm -23 "$tmp/a" "$tmp/b" >"$tmp/only_a"
  LC_ALL=C comm -13 "$tmp/a" "$tmp/b" >"$tmp/only_b"
  : >"$tmp/differ"
  while IFS= read -r f; do
    cmp -s "$a/$f" "$b/$f" || printf '%s\n' "$f" >>"$tmp/differ"
  done <"$tmp/common"
  local n_common n_differ n_only_a n_only_b
  n_common=$(wc -l <"$tmp/common")
  n_differ=$(wc -l <"$tmp/differ")
  n_only_a=$(wc -l <"$tmp/only_a")
  n_only_b=$(wc -l <"$tmp/only_b")
  echo "A: $a ($(wc -l <"$tmp/a") files)"
  echo "B: $b ($(wc -l <"$tmp/b") files)"
  echo "compared:  $n_common"
  echo "identical: $((n_common - n_differ))"
  echo "differing: $n_differ"
  sed -n '1,10s|^\./|  |p' "$tmp/differ"
  [ "$n_differ" -le 10 ] || echo "  … and $((n_differ - 10)) more"
  if [ "$n_only_a" -gt 0 ]; then
    echo "only in A: $n_only_a"
    sed -n '1,5s|^\./|  |p' "$tmp/only_a"
  fi
  if [ "$n_only_b" -gt 0 ]; then
    echo "only in B: $n_only_b"
    sed -n '1,5s|^\./|  |p' "$tmp/only_b"
  fi
  if [ "$n_differ" -gt 0 ]; then
    local f
    f="$(head -n 1 "$tmp/differ")"
    echo "--- first difference: ${f#./} (first 40 lines)"
    if grep -Iq . "$a/$f" 2>/dev/null && grep -Iq . "$b/$f" 2>/dev/null; then
      diff -u --label "A/${f#./}" --label "B/${f#./}" "$a/$f" "$b/$f" | head -n 40 || true
    else
      cmp "$a/$f" "$b/$f" 2>&1 | head -n 3 || true
      echo "(binary; sizes $(wc -c <"$a/$f") vs $(wc -c <"$b/$f") bytes)"
    fi
  fi
  if [ "$n_differ" -eq 0 ] && [ "$n_only_a" -eq 0 ] && [ "$n_only_b" -eq 0 ]; then
    echo "IDENTICAL"
    return 0
  fi
  echo "DIFFERENT"
  return 1
}

if [ "${1:-}" = "--compare" ]; then
  [ $# -eq 3 ] || usage
  compare "$2" "$3"
  exit $?
fi
[ $# -eq 2 ] || usage
case "$1" in -*) usage ;; esac

# --- capture ------------------------------------------------------------------------------------------------
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fazhi="$1"
case "$fazhi" in /*) ;; */*) fazhi="$PWD/$fazhi" ;; *) fazhi="$(command -v "$fazhi" || true)" ;; esac
[ -n "$fazhi" ] && [ -x "$fazhi" ] && [ -f "$fazhi" ] || { echo "identity-check: 找不到可执行的 fazhi：$1" >&2; exit 2; }
seeds="${SEEDS_DIR:-$root/../shared/seeds}"
if [ ! -d "$seeds" ]; then
  echo "identity-check: 找不到种子语料目录 $seeds（仓库根目录旁的 ../shared/seeds；可用 SEEDS_DIR=… 指定）" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "identity-check: 需要 python3（生成语料、解压 docx）" >&2; exit 2; }
if command -v sha256sum >/dev/null; then sha() { sha256sum "$@"; }; else sha() { shasum -a 256 "$@"; }; fi

out="$2"
if [ -e "$out" ] && [ -n "$(ls -A "$out" 2>/dev/null)" ]; then
  echo "identity-check: 输出目录 $out 已存在且不为空；请换一个目录或先删除" >&2
  exit 2
fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
work_physical="$(cd "$work" && pwd -P)"
start=$SECONDS

# Inputs.
mkdir -p "$work/seeds" "$work/examples/broken"
cp "$seeds"/* "$work/seeds/"
cp "$root"/Examples/*.yaml "$work/examples/"
cp "$root"/Examples/broken/*.yaml "$work/examples/broken/"
cd "$work"
python3 "$root/Tests/Benchmarks/make_corpus.py" seeds corpus 300
texts=(seeds/*.txt corpus/*.txt)
examples=(examples/*.yaml examples/broken/*.yaml)
[ "${#texts[@]}" -eq 305 ] || echo "identity-check: 注意：文本数为 ${#texts[@]}，不是 305" >&2
sha "${texts[@]}" "${examples[@]}" >"$out/inputs.sha256"

# Replaces the temp dir's absolute path (either spelling) by <WORK>, in place.
normalize() {
  local f
  for f in "$@"; do
    if [ -s "$f" ] && LC_ALL=C grep -qF -e "$work" -e "$work_physical" "$f"; then
      LC_ALL=C sed -i.bak -e "s|$work_physical|<WORK>|g" -e "s|$work|<WORK>|g" "$f" && rm -f "$f.bak"
    fi
  done
}
# run PREFIX CMD...: CMD's stdout, stderr and exit code into PREFIX.stdout/.stderr/.rc
run() {
  local prefix="$1"
  shift
  mkdir -p "$(dirname "$prefix")"
  local rc=0
  "$@" >"$prefix.stdout" 2>"$prefix.stderr" </dev/null || rc=$?
  echo "$rc" >"$prefix.rc"
  normalize "$prefix.stdout" "$prefix.stderr"
}
# name FILE: a flat, stable name for an input file (examples/broken/x.yaml → examples__broken__x.yaml)
name() { local s="${1//\//__}"; printf '%s' "$s"; }

# meta
run "$out/meta/version" "$fazhi" --version
run "$out/meta/rules" "$fazhi" rules
run "$out/meta/indicators" "$fazhi" indicators
run "$out/meta/schema" "$fazhi" schema

# extract, one process per file, JSON to stdout
for t in "${texts[@]}"; do
  run "$out/extract-json/$(name "$t")" "$fazhi" extract --format json "$t"
done
# extract in batch: JSON files and YAML files
run "$out/extract-json-batch/run" "$fazhi" extract --format json -o extracted-json/ "${texts[@]}"
cp -R extracted-json "$out/extract-json-batch/files"
run "$out/extract-yaml/run" "$fazhi" extract -o extracted/ "${texts[@]}"
cp -R extracted "$out/extract-yaml/files"
yamls=(extracted/*.yaml)

# validate, one process per file, and in batch
for y in "${yamls[@]}" "${examples[@]}"; do
  run "$out/validate/$(name "$y")" "$fazhi" validate --format json "$y"
done
run "$out/validate-batch/all.json" "$fazhi" validate --format json "${yamls[@]}" "${examples[@]}"
run "$out/validate-batch/all.text" "$fazhi" validate "${yamls[@]}" "${examples[@]}"
run "$out/validate-batch/examples.strict.json" "$fazhi" validate --format json --strict "${examples[@]}"
run "$out/validate-batch/examples.quiet.text" "$fazhi" validate --quiet "${examples[@]}"
run "$out/validate-batch/example.last-r00002.json" "$fazhi" validate --format json --last extracted/r00002.yaml \
  "examples/示例县-2025.yaml"
run "$out/validate-batch/r00005.last-r00000.json" "$fazhi" validate --format json --last extracted/r00000.yaml \
  extracted/r00005.yaml

# drafts: the example, the 5 seeds, 15 corpus files (i = 7 + 19k: every seed family, both encodings)
drafted=("examples/示例县-2025.yaml")
for s in seeds/*.txt; do
  b="${s##*/}"
  drafted+=("extracted/${b%.txt}.yaml")
done
for k in $(seq 0 14); do drafted+=("extracted/$(printf 'r%05d' $((7 + 19 * k))).yaml"); done
for fmt in text markdown html docx; do
  mkdir -p "drafts/$fmt" "drafts-flat/$fmt" "drafts-refused/$fmt"
  run "$out/draft/$fmt/run" "$fazhi" draft "${drafted[@]}" --output-dir "drafts/$fmt" --format "$fmt" --force --allow-errors
  cp -R "drafts/$fmt" "$out/draft/$fmt/files"
  run "$out/draft/$fmt-flat/run" "$fazhi" draft "examples/示例县-2025.yaml" "${drafted[1]}" \
    --output-dir "drafts-flat/$fmt" --format "$fmt" --template flat --force --allow-errors
  cp -R "drafts-flat/$fmt" "$out/draft/$fmt-flat/files"
  run "$out/draft/$fmt-refused/run" "$fazhi" draft "${drafted[@]:0:4}" --output-dir "drafts-refused/$fmt" --format "$fmt"
  cp -R "drafts-refused/$fmt" "$out/draft/$fmt-refused/files"
done
run "$out/draft/stdout/example.text" "$fazhi" draft "examples/示例县-2025.yaml"
run "$out/draft/stdout/example.markdown" "$fazhi" draft "examples/示例县-2025.yaml" --format markdown
run "$out/draft/stdout/example.context" "$fazhi" draft "examples/示例县-2025.yaml" --context
run "$out/draft/stdout/${drafted[1]##*/}.context" "$fazhi" draft "${drafted[1]}" --context --force --allow-errors
run "$out/draft/output-file/run" "$fazhi" draft "examples/示例县-2025.yaml" -o drafts/示例县-2025.docx
cp drafts/示例县-2025.docx "$out/draft/output-file/示例县-2025.docx"
# Unzip every .docx next to itself: members as files, and their order and metadata.
python3 - "$out/draft" <<'EOF'
import os, sys, zipfile
for dirpath, _, files in sorted(os.walk(sys.argv[1])):
    for f in sorted(files):
        if not f.endswith(".docx"):
            continue
        path = os.path.join(dirpath, f)
        target = path + ".unzipped"
        with zipfile.ZipFile(path) as z:
            rows = []
            for info in z.infolist():
                rows.append(f"{info.filename}\t{info.compress_type}\t{info.file_size}\t{info.CRC:08x}\t"
                            + "%04d-%02d-%02d %02d:%02d:%02d" % info.date_time)
                dest = os.path.join(target, "members", info.filename)
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with open(dest, "wb") as w:
                    w.write(z.read(info))
        with open(os.path.join(target, "members.txt"), "w", encoding="utf-8") as w:
            w.write("\n".join(rows) + "\n")
EOF

# diff pairs
pairs=()
seed_names=()
for s in seeds/*.txt; do b="${s##*/}"; seed_names+=("${b%.txt}"); done
n=${#seed_names[@]}
for i in $(seq 0 $((n - 1))); do
  pairs+=("extracted/${seed_names[$i]}.yaml" "seeds/${seed_names[$(((i + 1) % n))]}.txt")
  pairs+=("extracted/${seed_names[$i]}.yaml" "seeds/${seed_names[$i]}.txt")
done
pairs+=("examples/示例县-2025.yaml" "extracted/${seed_names[0]}.yaml")
pairs+=("extracted/r00001.yaml" "examples/示例县-2025.yaml")
pairs+=("examples/示例县-2025.yaml" "seeds/${seed_names[2]}.txt")
pairs+=("corpus/r00009.txt" "examples/示例县-2025.yaml")
for e in examples/broken/*.yaml; do pairs+=("$e" "examples/示例县-2025.yaml"); done
for k in $(seq 0 19); do
  a=$((10 + 14 * k))
  if [ $((k % 2)) -eq 0 ]; then b=$((a - 5)); else b=$((a - 7)); fi
  ra=$(printf 'r%05d' "$a")
  rb=$(printf 'r%05d' "$b")
  case $((k % 4)) in
    0) pairs+=("extracted/$ra.yaml" "extracted/$rb.yaml") ;;
    1) pairs+=("extracted/$ra.yaml" "corpus/$rb.txt") ;;
    2) pairs+=("corpus/$ra.txt" "extracted/$rb.yaml") ;;
    3) pairs+=("corpus/$ra.txt" "corpus/$rb.txt") ;;
  esac
done
for ((p = 0; p < ${#pairs[@]}; p += 2)); do
  this="${pairs[$p]}"
  last="${pairs[$((p + 1))]}"
  prefix="$out/diff/$(printf '%02d' $((p / 2)))__$(name "$this")__$(name "$last")"
  run "$prefix.json" "$fazhi" diff --format json "$this" "$last"
  if [ "$p" -eq 0 ] || [ "$p" -eq 20 ] || [ "$p" -eq 40 ]; then
    run "$prefix.text" "$fazhi" diff --no-color "$this" "$last"
    run "$prefix.markdown" "$fazhi" diff --format markdown "$this" "$last"
    run "$prefix.html" "$fazhi" diff --format html "$this" "$last"
  fi
done
run "$out/diff/fail-on" "$fazhi" diff --format json --fail-on reuse=30% --fail-on dropped-parts=1 \
  "extracted/${seed_names[0]}.yaml" "seeds/${seed_names[0]}.txt"

files=$(find "$out" -type f | wc -l)
echo "identity-check: $files files in $out ($((SECONDS - start)) s)" >&2
