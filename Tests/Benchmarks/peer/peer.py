#!/usr/bin/env python3
"""The peer a user would otherwise script: PyYAML's C loader, jsonschema (Draft 7) with
Schemas/report.schema.json, and Jinja2 with standard.txt.j2. Processes N files in one process.

  peer.py validate FILE...          schema findings, exit 1 when any
  peer.py draft FILE... [-o DIR]    validate, then render each report as plain text (stdout, or DIR/<name>.txt)
"""
import re
import os
import sys

import jinja2
import jsonschema
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


class Loader(yaml.CSafeLoader):
    """CSafeLoader with YAML 1.2 core-schema scalars: dates stay strings, as the JSON schema expects
    (成文日期: 2026-02-20 is a string to fazhi and to yaml-language-server)."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def load(path):
    with open(path, "rb") as f:
        return yaml.load(f, Loader=Loader)


def make_validator():
    import json

    with open(os.path.join(ROOT, "Schemas", "report.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    return jsonschema.Draft7Validator(schema)


def validate(validator, path, data):
    findings = []
    for error in validator.iter_errors(data):
        where = ".".join(str(p) for p in error.absolute_path) or "(根)"
        findings.append(f"{path}: error: {where}: {error.message}")
    return findings


# --- context (mirrors Sources/FazhiKit/Rendering/TemplateContext.swift, the parts standard uses) ---

DIGITS = "零一二三四五六七八九"


def chinese(n):
    if n < 10:
        return DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")
    return str(n)


def number(n, level):
    return {1: chinese(n) + "、", 2: "（" + chinese(n) + "）", 3: f"{n}."}.get(level, f"（{n}）")


def sentence(text):
    text = text or ""
    return text if not text or text[-1] in "。！？；：" else text + "。"


def with_cue(text, cue="主要原因是"):
    """The 原因 with its cue, as fazhi's with_cue filter: none when the first clause already names the cause."""
    text = text or ""
    if not text:
        return text
    first = re.split("[，。；：,;:]", text, maxsplit=1)[0]
    if "原因" in first:
        return text
    enumerates = text.startswith(("一是", "一方面", "首先", "（一）", "(一)", "1."))
    return cue + ("：" if enumerates else "") + text


def width(text):
    w = 0
    for ch in text:
        c = ord(ch)
        wide = (0x1100 <= c <= 0x115F or 0x2010 <= c <= 0x2027 or 0x2E80 <= c <= 0x303E or 0x3041 <= c <= 0x33FF
                or 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xA000 <= c <= 0xA4CF or 0xAC00 <= c <= 0xD7A3
                or 0xF900 <= c <= 0xFAFF or 0xFE30 <= c <= 0xFE4F or 0xFF00 <= c <= 0xFF60 or 0xFFE0 <= c <= 0xFFE6
                or 0x1F300 <= c <= 0x1FAFF or 0x20000 <= c <= 0x3FFFD)
        w += 2 if wide else 1
    return w


def right(line, margin, line_width=28):
    free = (line_width - margin) * 2 - width(line)
    if free <= 0:
        return line
    return "　" * (free // 2) + (" " if free % 2 else "") + line


def paragraphs(text):
    return [line.strip() for line in str(text or "").splitlines() if line.strip()]


def items(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [{"title": "", "paragraphs": paragraphs(value)}] if value.strip() else []
    out = []
    for element in value:
        if isinstance(element, dict):
            out.append({"title": str(element.get("标题") or "").strip(), "paragraphs": paragraphs(element.get("内容"))})
        else:
            out.append({"title": "", "paragraphs": paragraphs(element)})
    return out


class Catalog:
    """Area titles from Schemas/catalog/framework-*.yaml (fazhi prints the framework's standard title)."""

    def __init__(self):
        folder = os.path.join(ROOT, "Schemas", "catalog")
        self.frameworks = {}
        for name in sorted(os.listdir(folder)):
            if name.startswith("framework-") and name.endswith(".yaml"):
                with open(os.path.join(folder, name), "rb") as f:
                    spec = yaml.load(f, Loader=yaml.CSafeLoader)
                lookup = {}
                for area in spec["areas"]:
                    for key in [area["title"], area["short"]] + area.get("aliases", []):
                        lookup.setdefault(key.replace(" ", ""), area["title"])
                    lookup.setdefault(area["id"], area["title"])
                self.frameworks[str(spec["id"])] = lookup
        with open(os.path.join(folder, "parts.yaml"), "rb") as f:
            self.headings = {p["id"]: p["heading"] for p in yaml.load(f, Loader=yaml.CSafeLoader)["parts"]}

    def area_title(self, framework, name):
        return self.frameworks.get(framework, {}).get(str(name).replace(" ", ""), name)


def context(data, catalog):
    year = int(data.get("年度") or 0)
    jurisdiction = str(data.get("报告主体") or "")
    framework = str(data.get("纲要") or ("2021" if year >= 2021 else "2015"))
    recipients = data.get("主送") or []
    if isinstance(recipients, str):
        recipients = [r.strip() for r in recipients.replace("，", "、").split("、") if r.strip()]
    issuer = data.get("落款") or (
        jurisdiction if data.get("层级") == "部门" or jurisdiction.endswith(("政府", "委员会")) else jurisdiction + "人民政府")
    date = ""
    if data.get("成文日期"):
        y, m, d = (int(x) for x in str(data["成文日期"]).split("-"))
        date = f"{y}年{m}月{d}日"
    areas = []
    for area in data.get("主要举措和成效") or []:
        title = area.get("标题") or catalog.area_title(framework, area.get("领域", ""))
        areas.append({"title": title, "summaryParagraphs": paragraphs(area.get("概述")), "items": items(area.get("事项"))})
    shortcomings = []
    for s in data.get("存在的不足和原因") or []:
        if isinstance(s, dict):
            shortcomings.append({"problem": str(s.get("不足", "")).strip(), "cause": str(s.get("原因") or "").strip()})
        else:
            shortcomings.append({"problem": str(s).strip(), "cause": ""})
    h = catalog.headings
    return {
        "indent": "　　",
        "title": data.get("标题") or f"{jurisdiction}{year}年度法治政府建设情况报告",
        "recipients": "、".join(recipients),
        "issuer": issuer,
        "date": date,
        "preambleParagraphs": paragraphs(data.get("导语")),
        "headings": {
            "achievements": h["achievements"], "shortcomings": h["shortcomings"],
            "firstResponsible": h["first_responsible"], "plans": h["next_year"], "other": h["other"],
        },
        "achievements": areas,
        "shortcomings": shortcomings,
        "parts": {
            "firstResponsible": items(data.get("党政主要负责人履行推进法治建设第一责任人职责情况")),
            "plans": items(data.get("下一年度主要安排")),
            "other": items(data.get("其他需要报告的情况")),
        },
    }


def make_template():
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined, autoescape=False)
    env.filters.update(number=number, sentence=sentence, right=right, with_cue=with_cue)
    return env.get_template("standard.txt.j2")


def main(argv):
    if len(argv) < 3 or argv[1] not in ("validate", "draft"):
        print(__doc__.strip(), file=sys.stderr)
        return 64
    mode, args = argv[1], argv[2:]
    out_dir = None
    if "-o" in args:
        i = args.index("-o")
        out_dir = args[i + 1]
        args = args[:i] + args[i + 2:]
    validator = make_validator()
    failed = False
    if mode == "validate":
        for path in args:
            findings = validate(validator, path, load(path))
            if findings:
                failed = True
                print("\n".join(findings))
        print(f"检查了 {len(args)} 个文件", file=sys.stderr)
        return 1 if failed else 0
    catalog = Catalog()
    template = make_template()
    for path in args:
        data = load(path)
        findings = validate(validator, path, data)
        if findings:
            print("\n".join(findings), file=sys.stderr)
            failed = True
            continue
        text = template.render(context(data, catalog))
        if out_dir:
            name = os.path.splitext(os.path.basename(path))[0] + ".txt"
            with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
                f.write(text)
        else:
            sys.stdout.write(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
