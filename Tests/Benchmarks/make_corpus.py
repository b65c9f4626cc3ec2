#!/usr/bin/env python3
"""Makes a corpus of N reports by varying the seed reports: figures, place names and section order.

usage: make_corpus.py SEEDS_DIR OUT_DIR N
Every figure that is not a year gets a random value of the same length, the jurisdiction in the title is
replaced by a fictional 示例 name, and the achievements sections (lines opening with 二、 三、 … before the
closing parts) are shuffled as blocks. Output files are UTF-8 text; every tenth is GB18030 to exercise detection.
"""
import os
import random
import re
import sys

CHINESE = "一二三四五六七八九十"


def vary_numbers(text, rng):
    def repl(m):
        s = m.group(0)
        after = text[m.end(): m.end() + 1]
        if after in "年月日" or len(s) == 4 and s.startswith(("19", "20")):
            return s
        return "".join(str(rng.randint(1 if i == 0 else 0, 9)) for i in range(len(s)))

    return re.sub(r"\d+", repl, text)


def shuffle_sections(lines, rng):
    heads = [i for i, l in enumerate(lines) if len(l) > 2 and l[0] in CHINESE and l[1] == "、"]
    if len(heads) < 4:
        return lines
    blocks = [lines[heads[k]:heads[k + 1]] for k in range(1, len(heads) - 2)]
    rng.shuffle(blocks)
    return lines[:heads[1]] + [l for b in blocks for l in b] + lines[heads[-2]:]


def main():
    seeds_dir, out_dir, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seeds = [open(os.path.join(seeds_dir, f), encoding="utf-8").read() for f in sorted(os.listdir(seeds_dir))]
    names = ["松北区", "济宁高新区", "保定市", "洪山区", "五常市"]
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(20240601)
    for i in range(n):
        k = i % len(seeds)
        text = seeds[k].replace(names[k], f"示例{i}" + names[k][-1])
        lines = shuffle_sections(text.split("\n"), rng)
        text = vary_numbers("\n".join(lines), rng)
        path = os.path.join(out_dir, f"r{i:05d}.txt")
        if i % 10 == 9:
            open(path, "wb").write(text.encode("gb18030"))
        else:
            open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
