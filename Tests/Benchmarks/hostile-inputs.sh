#!/usr/bin/env bash
# Builds the hostile inputs of issue 10's denial-of-service list and prints, for each, fazhi's wall and CPU time
# (user + system: on a loaded machine the wall time mostly measures the queue), peak memory (maximum resident set size from /usr/bin/time -v), exit code and the first line of its message.
# Prints figures only; it never fails on them. The bounds the issue sets are printed beside each figure.
#
#   Tests/Benchmarks/hostile-inputs.sh                      # builds fazhi (release), runs every case
#   FAZHI=/path/to/fazhi Tests/Benchmarks/hostile-inputs.sh  # time this binary
#   Tests/Benchmarks/hostile-inputs.sh suggestions headings # only these cases
#
# Cases:
#   suggestions  validate: 10,000 unknown indicators, each asking for a 你是不是想写 (bound: ≤ 1 s)
#   headings     extract: 3.5 MB of heading-dense text (bound: peak memory ≤ 10× the input)
#   reference    draft --format docx --reference-doc: a zip bomb (styles.xml inflating to 1 GB), a 100 MB file
#                that is no zip, a styles.xml that is not well-formed (bound: refused, exit 2, little memory)
#   sizes        a 100 MB YAML file to validate, a 100 MB text behind a symlink to extract (bound: refused with
#                exit 2 before reading: memory far below the file size)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [[ -z "${FAZHI:-}" ]]; then
  echo "Building fazhi (release, as README installs it)…" >&2
  FAZHI="$("$ROOT/Tests/Benchmarks/build-release.sh")"
fi
[[ -x "$FAZHI" ]] || { echo "hostile-inputs: no fazhi binary at $FAZHI" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "hostile-inputs: needs GNU time at /usr/bin/time (apt-get install time)"; exit 0; }
CASES=("$@")
[[ ${#CASES[@]} -gt 0 ]] || CASES=(suggestions headings reference sizes)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fazhi-hostile.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
EXAMPLE="$ROOT/Examples/示例县-2025.yaml"

# measure LABEL BOUND COMMAND...: runs COMMAND (stdout discarded) and prints one row of figures.
measure() {
  local label=$1 bound=$2
  shift 2
  local code=0
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || code=$?
  local seconds cpu kb message
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$WORK/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$WORK/time.txt")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
  code=$(awk -F': ' '/Exit status/ { print $2 }' "$WORK/time.txt")
  message=$(grep -v '^$' "$WORK/stderr.txt" | head -1 | cut -c1-110 || true)
  printf '  %-40s %7s s (cpu %6s s) %8.1f MB  exit %-3s  %s\n' "$label" "$seconds" "$cpu" \
    "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" "$code" "$bound"
  [[ -z "$message" ]] || printf '      %s\n' "$message"
}

mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }

echo "fazhi: $FAZHI ($("$FAZHI" --version 2>/dev/null | head -1 || echo '?'))"
for case in "${CASES[@]}"; do
  case $case in
  suggestions)
    python3 - "$EXAMPLE" "$WORK/unknown.yaml" <<'PY'
import random, sys
# Names of the length of real indicator labels, built from the words labels use, so the length pruning of the
# suggestion search cannot skip them and about half sit within an edit or two of a label.
rng = random.Random(10)
words = "行政 复议 诉讼 应诉 执法 案件 受理 办结 纠错 败诉 出庭 负责人 规范性 文件 审查 备案 听证 决策 公开 申请 政务 服务 事项 培训 人次 普法 调解 纠纷 许可 处罚 检查".split()
text = open(sys.argv[1], encoding="utf-8").read()
head, _, rest = text.partition("主要指标:\n")
names = set()
while len(names) < 10000:
    names.add("".join(rng.choice(words) for _ in range(rng.randint(2, 6))) + str(rng.randint(0, 9)))
lines = "".join(f"  {name}: {rng.randint(1, 999)}\n" for name in sorted(names))
open(sys.argv[2], "w", encoding="utf-8").write(head + "主要指标:\n" + lines + rest)
PY
    echo
    echo "validate, 10,000 unknown indicators ($(mb "$WORK/unknown.yaml"))"
    measure "validate unknown.yaml" "bound ≤ 1 s" "$FAZHI" validate "$WORK/unknown.yaml"
    ;;
  headings)
    python3 - "$WORK/headings.txt" <<'PY'
import random, sys
# A published report of nothing but headings of every level, 3.5 MB.
out = ["示例县人民政府关于2025年度法治政府建设情况的报告", ""]
levels = ["{}、推进依法行政工作", "（{}）健全行政执法监督机制", "{}.落实行政执法责任制", "（{}）开展案卷评查"]
numerals = "一二三四五六七八九十"
size, i = 0, 0
while size < 3_500_000:
    level = levels[i % 4]
    marker = numerals[i % 10] if i % 4 < 2 else str(i % 10 + 1)
    line = level.format(marker)
    out.append(line)
    size += len(line.encode()) + 1
    i += 1
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out) + "\n")
# For contrast, the same size in lines of about 380 bytes (under the line limit): headings with text, and prose.
rng = random.Random(2)
words = "推进 依法 行政 工作 全年 办理 案件 复议 诉讼 执法 监督 规范 文件 审查 备案 公开 服务 事项".split()
for name, lead in (("headed", lambda i: f"（{numerals[i % 10]}）"), ("prose", lambda i: "")):
    out, size, i = out[:1] + [""], 0, 0
    while size < 3_500_000:
        line = lead(i) + "".join(rng.choice(words) for _ in range(60)) + f"，办结{rng.randint(1, 999)}件。"
        out.append(line)
        size += len(line.encode()) + 1
        i += 1
    open(sys.argv[1].replace("headings", name), "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
    echo
    echo "extract, heading-dense text ($(mb "$WORK/headings.txt"), $(wc -l <"$WORK/headings.txt") lines) and" \
      "3.5 MB in $(wc -l <"$WORK/headed.txt") lines"
    for name in headings headed prose; do
      input_kb=$(($(stat -c %s "$WORK/$name.txt") / 1024))
      measure "extract $name.txt" "bound ≤ $((input_kb * 10 / 1024)) MB (10× input)" \
        "$FAZHI" extract "$WORK/$name.txt" -o "$WORK/$name.yaml" --force
    done
    ;;
  reference)
    python3 - "$WORK" <<'PY'
import sys, zipfile
work = sys.argv[1]
def docx(path, styles_writer):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>')
        styles_writer(z)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def bomb(z):
    with z.open("word/styles.xml", "w", force_zip64=True) as f:
        f.write(f'<?xml version="1.0"?><w:styles {W}>'.encode())
        block = b" " * (1 << 20)
        for _ in range(1024):
            f.write(block)
        f.write(b"</w:styles>")
docx(f"{work}/bomb.docx", bomb)
docx(f"{work}/malformed.docx", lambda z: z.writestr("word/styles.xml",
     f'<?xml version="1.0"?><w:styles {W}><w:style w:styleId="Normal"><w:name w:val="Normal"/></w:styles>'))
with open(f"{work}/large.docx", "wb") as f:
    block = b"not a zip " * 104858
    for _ in range(100):
        f.write(block)
PY
    echo
    echo "draft --format docx --reference-doc (bomb $(mb "$WORK/bomb.docx") → 1 GB styles.xml; non-zip $(mb "$WORK/large.docx"))"
    for name in bomb large malformed; do
      measure "reference $name.docx" "bound: exit 2, ≤ 100 MB" "$FAZHI" draft "$EXAMPLE" --format docx \
        --reference-doc "$WORK/$name.docx" -o "$WORK/out-$name.docx" --force
    done
    ;;
  sizes)
    python3 - "$EXAMPLE" "$WORK" <<'PY'
import sys
example = open(sys.argv[1], encoding="utf-8").read()
with open(f"{sys.argv[2]}/huge.yaml", "w", encoding="utf-8") as f:
    f.write(example)
    filler = "# 注释" + "填充" * 500 + "\n"
    while f.tell() < 100 * 1048576:
        f.write(filler * 100)
with open(f"{sys.argv[2]}/huge.txt", "w", encoding="utf-8") as f:
    line = "一、推进依法行政，全年办理行政复议案件126件。\n"
    while f.tell() < 100 * 1048576:
        f.write(line * 1000)
PY
    ln -s "$WORK/huge.txt" "$WORK/link.txt"
    echo
    echo "size limits before reading ($(mb "$WORK/huge.yaml") YAML, $(mb "$WORK/huge.txt") text behind a symlink)"
    measure "validate huge.yaml" "bound: exit 2, ≪ 100 MB" "$FAZHI" validate "$WORK/huge.yaml"
    measure "extract link.txt → huge.txt" "bound: exit 2, ≪ 100 MB" "$FAZHI" extract "$WORK/link.txt" \
      -o "$WORK/link.yaml" --force
    ;;
  *) echo "hostile-inputs: unknown case $case (suggestions, headings, reference, sizes)" >&2; exit 64 ;;
  esac
done
