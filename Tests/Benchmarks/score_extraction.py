#!/usr/bin/env python3
"""Compares `fazhi extract --format json` output with the gold annotations.

usage: score_extraction.py JSON_DIR GOLD_DIR
Prints precision / recall / F1 per seed and overall for headings, parts and catalog indicators, and the metadata
fields that differ. Matching rules are the same as Tests/FazhiKitTests/Extraction/GoldAnnotation.swift.
"""
import json
import os
import sys

import yaml

PUNCT = set(" \u3000,，。、；;：:“”\"（）()《》")


def key(text):
    return "".join(c for c in text if c not in PUNCT)


def same_heading(a, b):
    x, y = key(a), key(b)
    if x == y:
        return True
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return len(short) >= 8 and long_.startswith(short)


def flatten(headings):
    for h in headings:
        yield h
        yield from flatten(h.get("children", []))


def score_headings(extracted, gold):
    tp, used, start = 0, set(), 0
    for h in extracted:
        for j in range(start, min(len(gold), start + 12)):
            if j in used:
                continue
            if gold[j][0] == h["level"] and same_heading(gold[j][1], h["text"]):
                used.add(j)
                tp += 1
                start = j + 1
                break
    return tp, len(extracted), len(gold)


def score_indicators(extracted, gold):
    tp = sum(1 for v in extracted if v["id"] in gold and abs(float(gold[v["id"]]) - float(v["quantity"]["value"])) < 1e-4)
    return tp, len(extracted), len(gold)


def prf(tp, ext, gold):
    p = tp / ext if ext else (1.0 if gold == 0 else 0.0)
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def fmt(counts):
    p, r, f = prf(*counts)
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} ({counts[0]}/{counts[1]}/{counts[2]})"


def date(d):
    return "~" if not d else f"{d['year']:04d}-{d['month']:02d}-{d['day']:02d}"


def main():
    json_dir, gold_dir = sys.argv[1], sys.argv[2]
    totals = {"headings": [0, 0, 0], "parts": [0, 0, 0], "indicators": [0, 0, 0]}
    meta_ok = meta_all = 0
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".yaml"):
            continue
        stem = name[:-5]
        gold = yaml.safe_load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        path = os.path.join(json_dir, stem + ".json")
        result = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {"headings": [], "parts": []}
        report = result.get("report") or {}
        gold_headings = [(int(h.split(" ", 1)[0]), h.split(" ", 1)[1]) for h in gold["headings"]]
        h = score_headings(list(flatten(result.get("headings", []))), gold_headings)
        parts = set(result.get("parts", []))
        p = (len(parts & set(gold["parts"])), len(parts), len(gold["parts"]))
        i = score_indicators(report.get("indicators", []), gold.get("indicators") or {})
        m = report.get("metadata", {})
        found = {
            "title": m.get("title") or "~", "jurisdiction": m.get("jurisdiction") or "~", "year": str(m.get("year", "~")),
            "level": m.get("level") or "~", "framework": str(m.get("framework", "~")), "date": date(m.get("date")),
            "publishedDate": date(m.get("publishedDate")),
        }
        expected = {k: ("~" if gold.get(k) is None else str(gold.get(k))) for k in found}
        bad = [f"{k}: 应为 {expected[k]}，提取为 {found[k]}" for k in found if expected[k] != found[k]]
        meta_all += len(found)
        meta_ok += len(found) - len(bad)
        for k, c in (("headings", h), ("parts", p), ("indicators", i)):
            totals[k] = [a + b for a, b in zip(totals[k], c)]
        print(f"{stem}")
        print(f"  标题     {fmt(h)}")
        print(f"  部分     {fmt(p)}")
        print(f"  目录指标 {fmt(i)}")
        print(f"  元数据   {len(found) - len(bad)}/{len(found)} 项一致" + ("" if not bad else "：" + "；".join(bad)))
    print("合计")
    for k, label in (("headings", "标题    "), ("parts", "部分    "), ("indicators", "目录指标")):
        print(f"  {label} {fmt(totals[k])}")
    print(f"  元数据   {meta_ok}/{meta_all} 项一致")


if __name__ == "__main__":
    main()
