#!/usr/bin/env bash
# fazhi review's HTML page opened in Chromium: a folder of 60 submissions (generated from ../shared/seeds when
# present, else copies of the bundled examples under 60 names), reviewed to one page, then a screenshot and a
# print-to-PDF whose text layer must show the title, the overview, the charts' headings and every unit's section.
#   Tests/Benchmarks/check-review-page.sh FAZHI_BINARY OUT_DIR   (REQUIRE_TOOLS=1 fails when chromium is absent)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fazhi="$1"
out="$2"
mkdir -p "$out/材料"
seeds="${SEEDS_DIR:-$root/../shared/seeds}"
if [ -d "$seeds" ]; then
  python3 "$root/Tests/Benchmarks/make_corpus.py" "$seeds" "$out/材料" 60 >/dev/null
else
  echo "check-review-page: $seeds 不存在，改用内置示例生成 60 份材料"
  for i in $(seq 1 60); do
    sed "s/^报告主体: .*/报告主体: 示例${i}县/" "$root/Examples/示例县-2025.yaml" > "$out/材料/示例${i}县.yaml"
  done
fi
"$fazhi" review "$out/材料" -o "$out/审核结果.html" --force || [ $? -eq 1 ]
units=$(grep -c '<section id="u' "$out/审核结果.html")
[ "$units" -eq 60 ] || { echo "check-review-page: 页面中有 $units 个单位，应为 60" >&2; exit 1; }
if ! command -v chromium >/dev/null; then
  echo "check-review-page: 未安装 chromium，跳过浏览器检查"
  [ "${REQUIRE_TOOLS:-0}" = "1" ] && exit 1
  exit 0
fi
chromium --headless --no-sandbox --disable-gpu --window-size=1280,1600 --screenshot="$out/审核结果.png" \
  "file://$out/审核结果.html" >/dev/null 2>&1
chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$out/审核结果.pdf" "file://$out/审核结果.html" >/dev/null 2>&1
[ -s "$out/审核结果.png" ] || { echo "check-review-page: 没有得到截图" >&2; exit 1; }
pdftotext -layout "$out/审核结果.pdf" "$out/审核结果.txt"
for phrase in 法治政府建设情况报告审核结果 总览 得分分布 各单位详情; do
  grep -q "$phrase" "$out/审核结果.txt" || { echo "check-review-page: PDF 中找不到「$phrase」" >&2; exit 1; }
done
echo "check-review-page: 60 个单位，截图 $(stat -c %s "$out/审核结果.png") 字节，PDF $(pdfinfo "$out/审核结果.pdf" | awk '/^Pages/{print $2}') 页"
