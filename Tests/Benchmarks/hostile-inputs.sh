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
#   headings     extract: 3.5 MB of heading-dense text (bare markers, over the line limit; a marker heading per
#                line; ten 一是…十是… items per paragraph), of ordinary prose (the 示例县 example as a published
#                report, repeated) and of that prose in GB18030 (bound: peak memory less that of extracting a tiny
#                report ≤ 10× the input; CPU seconds per MB printed beside it, to compare each shape with prose)
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
  LAST_KB=$kb
  LAST_CPU=$cpu
  code=$(awk -F': ' '/Exit status/ { print $2 }' "$WORK/time.txt")
  # The first line of the message, cut at 60 characters (cut -c counts bytes and splits a Chinese character).
  message=$(grep -v '^$' "$WORK/stderr.txt" | head -1 | python3 -c 'import sys; print(sys.stdin.read().rstrip()[:60])' || true)
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
    python3 - "$WORK" "$EXAMPLE" <<'PY'
import random, sys
work, example = sys.argv[1], sys.argv[2]
def write(name, lines, encoding="utf-8"):
    open(f"{work}/{name}.txt", "w", encoding=encoding).write("\n".join(lines) + "\n")
def fill(lines, make, size=3_500_000):
    total, i = sum(len(l.encode()) + 1 for l in lines), 0
    while total < size:
        line = make(i)
        lines.append(line)
        total += len(line.encode()) + 1
        i += 1
    return lines
title = "示例县人民政府关于2025年度法治政府建设情况的报告"
numerals = "一二三四五六七八九十"
# A published report of nothing but headings of every level, 3.5 MB: far more lines than a report has, so it is
# refused at ReportExtractor.maximumLines (what happens to the issue's input today).
levels = ["{}、推进依法行政工作", "（{}）健全行政执法监督机制", "{}.落实行政执法责任制", "（{}）开展案卷评查"]
write("headings", fill([title, ""], lambda i: levels[i % 4].format(numerals[i % 10] if i % 4 < 2 else str(i % 10 + 1))))
# Heading-dense text within the line limit: a marker heading on every line of about 380 bytes (headed), and
# paragraphs of ten 一是…十是… items each (ordinals: ten outline nodes per line).
rng = random.Random(2)
words = "推进 依法 行政 工作 全年 办理 案件 复议 诉讼 执法 监督 规范 文件 审查 备案 公开 服务 事项".split()
write("headed", fill([title, ""], lambda i: f"（{numerals[i % 10]}）" + "".join(rng.choice(words) for _ in range(60))
                                            + f"，办结{rng.randint(1, 999)}件。"))
ordinals = [numerals[k] + "是" for k in range(10)]
write("ordinals", fill([title, "", "一、主要举措和成效"], lambda i: "；".join(
    ordinals[k] + "".join(rng.choice(words) for _ in range(6)) + f"，办结{rng.randint(1, 999)}件" for k in range(10)) + "。"))
# Ordinary prose: the sections and paragraphs of the bundled 示例县 example (fictional) written out as a published
# report, repeated to 3.5 MB; and the same text saved as GB18030.
sections, current = [], None
lines = open(example, encoding="utf-8").read().split("\n")
for n, line in enumerate(lines):
    if line.startswith("  - 领域: "):
        current = (line.split(": ", 1)[1], [])
        sections.append(current)
    elif line.strip().startswith("- 标题: ") and current and n + 2 < len(lines) and "内容: |" in lines[n + 1]:
        current[1].append((line.split(": ", 1)[1], lines[n + 2].strip()))
def numeral(n):
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else numerals[tens - 1]) + ("十" if tens else "") + (numerals[ones - 1] if ones else "")
prose = [title, "", "中共示例市委、示例市人民政府："]
def section(i):
    name, items = sections[i % len(sections)]
    return [f"{numeral(i % 99 + 1)}、{name}"] + [f"（{numeral(k + 1)}）{t}。{body}" for k, (t, body) in enumerate(items)]
size, i = 0, 0
while size < 3_500_000:
    block = section(i)
    prose += block
    size += sum(len(l.encode()) + 1 for l in block)
    i += 1
prose += ["特此报告。", "示例县人民政府", "2026年2月20日"]
write("prose", prose)
write("prose-gb18030", prose, encoding="gb18030")
write("tiny", [title, "", "一、主要举措和成效", "（一）" + sections[0][1][0][0] + "。" + sections[0][1][0][1]])
PY
    echo
    echo "extract, 3.5 MB inputs; peak memory less that of a tiny report, as a multiple of the input's bytes" \
      "(bound: ≤ 10×; the heading-only file has $(wc -l <"$WORK/headings.txt") lines, over the line limit)"
    measure "extract tiny.txt" "(the run the others are measured against)" \
      "$FAZHI" extract "$WORK/tiny.txt" -o "$WORK/tiny.yaml" --force
    tiny_kb=$LAST_KB
    for name in headings headed ordinals prose prose-gb18030; do
      bytes=$(stat -c %s "$WORK/$name.txt")
      measure "extract $name.txt ($(wc -l <"$WORK/$name.txt") lines)" "" \
        "$FAZHI" extract "$WORK/$name.txt" -o "$WORK/$name.yaml" --force
      # CPU seconds per MB of input, to set a shape's cost per byte beside ordinary prose's.
      awk -v k="$LAST_KB" -v t="$tiny_kb" -v b="$bytes" -v c="$LAST_CPU" 'BEGIN { printf "      %.1f MB input, peak − tiny = %.1f MB = %.1f× the input (bound ≤ 10×); cpu %.2f s per MB\n",
        b / 1048576, (k - t) / 1024, (k - t) * 1024 / b, c / (b / 1048576) }'
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
