#!/usr/bin/env bash
# Renders `fazhi diff --format html` for the 示例县 example pair and screenshots it with headless Chromium, so a
# person (or an agent with an image viewer) can check the side-by-side view, the figures table and the SVG chart.
# Skips with a message when Chromium is absent (Debian: apt-get install -y chromium fonts-noto-cjk).
# Usage: Tests/Benchmarks/diff-html-check.sh [OUT_DIR]   (needs the diff command registered in FazhiCommand)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${1:-$(mktemp -d)}"
mkdir -p "$OUT"
CHROMIUM="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$CHROMIUM" ]]; then
  echo "skipped: Chromium not found (apt-get install -y chromium fonts-noto-cjk)"
  exit 0
fi
BIN="$(swift build -c release --show-bin-path)/fazhi"
[[ -x "$BIN" ]] || swift build -c release --product fazhi >/dev/null

cat >"$OUT/示例县-2024.yaml" <<'YAML'
年度: 2024
报告主体: 示例县
层级: 县级
导语: 2024年，示例县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。现将有关情况报告如下：
主要举措和成效:
  - 领域: 行政执法
    事项:
      - 标题: 深化行政执法体制改革
        内容: 全县共有行政执法人员六百余名，全部实行持证上岗，组织开展行政执法案卷评查活动，评查案卷一百余卷并逐卷反馈整改意见。
      - 标题: 规范涉企行政检查
        内容: 全面推行涉企检查计划管理，全年开展联合检查四十二次，减少入企检查一百余户次。
  - 领域: 行政决策
    事项:
      - 标题: 发挥法律顾问作用
        内容: 县政府法律顾问团队全年审查各类合同和规范性文件，提出法律意见建议，有效防范了政府法律风险。
  - 领域: 突发事件应对
    事项:
      - 标题: 完善应急预案体系
        内容: 修订完善县级专项应急预案十二件，组织开展综合应急演练八次。
主要指标:
  行政复议纠错率: 10%
  行政诉讼败诉率: 5%
  行政机关负责人出庭应诉率: 80%
  法律援助案件: 100
  人民调解成功率: 97.2%
  常务会议研究法治议题: 6
党政主要负责人履行推进法治建设第一责任人职责情况:
  - 标题: 带头履行第一责任人职责
    内容: 县政府召开常务会议专题研究法治政府建设工作6次，听取法治建设工作汇报。
存在的不足和原因:
  - 不足: 基层执法人员专业能力有待提升。
    原因: 培训针对性不强。
下一年度主要安排:
  - 标题: 推进执法监督
    内容: 将推进行政执法协调监督工作体系建设全面落实。
  - 标题: 建设智慧调解平台
    内容: 将建设县级智慧调解平台并接入全部乡镇。
YAML
cat >"$OUT/示例县-2025.yaml" <<'YAML'
年度: 2025
报告主体: 示例县
层级: 县级
导语: 2025年，示例县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。现将有关情况报告如下：
主要举措和成效:
  - 领域: 行政执法
    事项:
      - 标题: 深化行政执法体制改革
        内容: 全县共有行政执法人员六百余名，全部实行持证上岗，组织开展行政执法案卷评查活动，评查案卷一百余卷并逐卷反馈整改意见。
      - 标题: 推行柔性执法<script>alert(1)</script>
        内容: 推行包容审慎监管，对轻微违法行为依法不予处罚一百二十三件，2024年制定的清单已动态调整。
      - 标题: 强化执法监督
        内容: 推进了行政执法协调监督工作体系建设全面落实，实现县乡两级全覆盖。
  - 领域: 行政决策
    事项:
      - 标题: 发挥法律顾问的作用
        内容: 县政府法律顾问团队全年审查各类合同和规范性文件，提出法律意见建议，切实防范了政府法律风险。
  - 领域: 数字法治政府
    事项:
      - 标题: 建设智慧调解平台
        内容: 建设县级智慧调解平台并接入全部乡镇。
主要指标:
  行政复议纠错率: 12%
  行政诉讼败诉率: 3%
  行政机关负责人出庭应诉率: 95%
  法律援助案件: 180
  常务会议研究法治议题: 6
  政府常务会议会前学法: 12
党政主要负责人履行推进法治建设第一责任人职责情况:
  - 标题: 带头履行第一责任人职责
    内容: 县政府召开常务会议专题研究法治政府建设工作6次，部署年度重点任务。
存在的不足和原因:
  - 不足: 行政复议案件办理质量有待提高。
    原因: 复议人员力量不足。
下一年度主要安排:
  - 标题: 推进数字法治
    内容: 将推进行政执法监督平台与政务服务平台数据共享。
YAML

"$BIN" diff "$OUT/示例县-2025.yaml" "$OUT/示例县-2024.yaml" --format html -o "$OUT/diff.html" --force || [[ $? -eq 1 ]]
if grep -q "<script>alert" "$OUT/diff.html"; then echo "FAIL: unescaped <script> in the page"; exit 1; fi
if grep -Eq '(src|href)="https?://' "$OUT/diff.html"; then echo "FAIL: external request in the page"; exit 1; fi
"$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$OUT/diff.png" \
  --window-size=1400,2000 "file://$OUT/diff.html" 2>/dev/null
echo "html: $OUT/diff.html"
echo "png:  $OUT/diff.png ($(stat -c %s "$OUT/diff.png") bytes)"
