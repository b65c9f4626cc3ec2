#!/usr/bin/env bash
# Times `fazhi diff` on generated report pairs of 1×, 4× and 16× normal length (≈10k characters × k each) and
# prints the growth ratios (near-linear means time ratio ≈ size ratio, within 1.5×). For contrast it runs Python's
# difflib.SequenceMatcher on the same pair's prose in the same run and prints its ratio and time.
# Usage: Tests/Benchmarks/diff-scaling.sh [--skip-build]   (needs the diff command registered in FazhiCommand)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${1:-}" != "--skip-build" ]]; then
  BIN="$(Tests/Benchmarks/build-release.sh 2>/dev/null)"
else
  BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/fazhi"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$BIN" "$WORK" <<'PY'
import difflib, random, subprocess, sys, time

binary, work = sys.argv[1], sys.argv[2]
WORDS = ("行政 执法 复议 应诉 诉讼 调解 纠纷 普法 宣传 决策 合法 审查 备案 规范 文件 清理 公开 政务 服务 事项 许可 "
         "监管 检查 信用 监督 督察 考核 培训 人员 案卷 评查 处罚 强制 听证 论证 评估 风险 法律 顾问 援助 基层 乡镇 街道 "
         "社区 村居 网格 平台 数据 共享 系统 建设 推进 完善 健全 落实 强化 深化 优化 提升 开展 组织 召开 研究 部署 制定 "
         "修订 出台 印发 实施 推行 创新 改革 机制 制度 体系 能力 水平 质量 效率 标准 流程 环节 责任 清单 目录 台账 问题 "
         "整改 反馈 通报 约谈 问责 企业 群众 市场 主体 营商 环境 投诉 举报 办结 回访 满意 人大 政协 建议 提案 代表 委员 "
         "应急 预案 演练 处置 安全 生产 生态 环保 食品 药品 交通 城管 自然 资源 住建 教育 卫生 医保 民政 人社 农业 水利 "
         "文旅 市场 税务 公安 司法 财政 审计 统计 信访 矛盾 排查 化解 诉源 治理 枫桥 经验 法治 政府 示范 创建 项目 专题 "
         "讲座 旁听 庭审 会前 学法 述法 党委 常委 常务 会议 议题 全县 全年 累计 同比 增长 下降 覆盖 达到 实现 完成").split()

def sentence(rng):
    n = rng.randint(8, 22)
    words = [rng.choice(WORDS) for _ in range(n)]
    if rng.random() < 0.5:
        words.insert(rng.randint(1, n - 1), f"{rng.randint(2, 9999)}{rng.choice('件次项个名场')}")
    text = "".join(words)
    cut = rng.randint(6, max(7, len(text) - 6))
    return text[:cut] + "，" + text[cut:] + "。"

def paragraph(rng, size=300):
    out = ""
    while len(out) < size:
        out += sentence(rng)
    return out

def report(year, paragraphs):
    lines = [f"年度: {year}", "报告主体: 示例县", "层级: 县级", "主要举措和成效:", "  - 领域: 行政执法", "    事项:"]
    for i, p in enumerate(paragraphs):
        lines += [f"      - 标题: 第{i + 1}项工作", f"        内容: {p}"]
    lines += ["存在的不足和原因:", "  - 不足: 基层执法力量不足。", "    原因: 编制有限。",
              "下一年度主要安排:", "  - 标题: 推进执法监督", "    内容: 将推进行政执法监督平台建设。"]
    return "\n".join(lines) + "\n"

def mutate(rng, text):
    chars = list(text)
    for _ in range(max(1, len(chars) // 40)):
        i = rng.randrange(len(chars))
        if chars[i] not in "，。":
            chars[i] = rng.choice("的了和并")
    return "".join(chars)

results = []
for k in (1, 4, 16):
    rng = random.Random(k)
    last = [paragraph(rng) for _ in range(33 * k)]          # ≈ 10k characters × k
    this = []
    for p in last:
        r = rng.random()
        this.append(p if r < 0.3 else mutate(rng, p) if r < 0.5 else paragraph(rng))
    lp, tp = f"{work}/last-{k}.yaml", f"{work}/this-{k}.yaml"
    open(lp, "w").write(report(2024, last))
    open(tp, "w").write(report(2025, this))
    chars = sum(map(len, this))
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        proc = subprocess.run([binary, "diff", tp, lp, "--format", "json"], capture_output=True)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            sys.exit(f"fazhi diff failed ({proc.returncode}): {proc.stderr.decode()[:500]}")
    import json
    share = json.loads(proc.stdout)["reuse"]["share"]
    a, b = "".join(this), "".join(last)
    t0 = time.perf_counter()
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    dt = time.perf_counter() - t0
    results.append((k, chars, min(times), share, ratio, dt))

print(f"{'size':>5} {'chars':>8} {'fazhi diff (s)':>15} {'reuse share':>12} {'difflib ratio':>14} {'difflib (s)':>12}")
for k, chars, t, share, ratio, dt in results:
    print(f"{k:>4}× {chars:>8} {t:>15.3f} {share:>12.3f} {ratio:>14.3f} {dt:>12.3f}")
print("growth (time ratio / size ratio; ≤ 1.5 is near-linear):")
ok = True
for (k0, c0, t0, *_), (k1, c1, t1, *_) in zip(results, results[1:]):
    growth = (t1 / t0) / (c1 / c0)
    ok &= growth <= 1.5
    print(f"  {k0}× → {k1}×: time ×{t1 / t0:.2f} for size ×{c1 / c0:.2f} → {growth:.2f}")
(k0, c0, t0, *_), (k1, c1, t1, *_) = results[0], results[-1]
print(f"  1× → 16× overall: {(t1 / t0) / (c1 / c0):.2f}  ({'near-linear' if ok else 'SUPERLINEAR'})")
PY
