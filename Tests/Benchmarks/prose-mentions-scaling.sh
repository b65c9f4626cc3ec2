#!/usr/bin/env bash
# Issue 10: validate must stay linear in the number of figures in one text field. Builds a report whose 导语 is
# 200 KB and then 1 MB of sentences full of catalog figures (fictional 示例县 prose) and prints validate's wall
# time for each (bound: ≤ 1 s for 1 MB). Prints figures only; it never fails on them.
#
#   Tests/Benchmarks/prose-mentions-scaling.sh                      # builds fazhi (release) first
#   FAZHI=/path/to/fazhi Tests/Benchmarks/prose-mentions-scaling.sh  # time this binary
#   SIZES="200 1024 2048" Tests/Benchmarks/prose-mentions-scaling.sh # sizes in KB
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [[ -z "${FAZHI:-}" ]]; then
  echo "Building fazhi (release, as README installs it)…" >&2
  FAZHI="$("$ROOT/Tests/Benchmarks/build-release.sh")"
fi
[[ -x "$FAZHI" ]] || { echo "prose-mentions-scaling: no fazhi binary at $FAZHI" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fazhi-prose.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
echo "fazhi: $FAZHI"
printf '  %-10s %10s %9s %10s\n' "导语" "bytes" "figures" "seconds"
for kb in ${SIZES:-200 1024}; do
  python3 - "$kb" "$WORK/big-$kb.yaml" <<'PY'
import random, sys
kb, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(kb)
# Sentences that bind figures to catalog indicators, so every figure is a prose mention the rules check; the
# numbers vary so that the texts of the figures repeat only sometimes.
templates = [
    "全年共收到行政复议申请{a}件，依法受理{b}件，审结{c}件。",
    "办理行政应诉案件{a}件，行政机关负责人出庭应诉率达{p}%。",
    "组织国家工作人员旁听庭审{a}人次，举办法治讲座{b}场次。",
    "全年办结各类行政许可事项{a}件，政务服务事项网上可办率达到{p}%。",
]
body, size = [], 0
while size < kb * 1024:
    t = rng.choice(templates)
    s = t.format(a=rng.randint(100, 999), b=rng.randint(10, 99), c=rng.randint(10, 99), p=rng.randint(90, 99))
    body.append(s)
    size += len(s.encode())
text = "".join(body)
lines = [text[i:i + 80] for i in range(0, len(text), 80)]
with open(path, "w", encoding="utf-8") as f:
    f.write("年度: 2025\n报告主体: 示例县\n导语: |\n")
    for line in lines:
        f.write("  " + line + "\n")
    f.write("主要指标:\n  行政复议受理: 100\n  行政机关负责人出庭应诉率: 100%\n")
PY
  bytes=$(stat -c %s "$WORK/big-$kb.yaml")
  figures=$(grep -o '[0-9][0-9]*' "$WORK/big-$kb.yaml" | wc -l)
  start=$(date +%s.%N)
  "$FAZHI" validate "$WORK/big-$kb.yaml" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  printf '  %-10s %10s %9s %10.2f\n' "${kb} KB" "$bytes" "$figures" "$(echo "$end - $start" | bc)"
done
