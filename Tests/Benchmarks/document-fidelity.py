#!/usr/bin/env python3
"""Word and PDF input against text input, on the seed reports (issue 11, "Measure").

For each seed .txt: convert it with LibreOffice to .docx and to .pdf (`soffice --headless --convert-to`), extract
the three with `fazhi extract --format json`, and print, per seed and format, the share of the indicators found
from the text (id and value) that are found from the document, how many of the text's part items (title and text)
and facts (label and value) the document gives identically, and whether issuer, year and parts are the same.
With --throughput N, also times `fazhi extract` over N corpus reports (make_corpus.py) as text and as .docx
(written once by this script, one paragraph a line as LibreOffice's conversion gives, not timed; best of three
runs each) and prints the ratio. Use a release build for throughput (Tests/Benchmarks/build-release.sh).

Usage: document-fidelity.py FAZHI [SEEDS_DIR] [--throughput N] [--no-fidelity]
Needs soffice (libreoffice-writer-nogui), pdftotext (poppler-utils) and fonts-noto-cjk; prints why and exits 0
when they or the seeds are absent."""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent


def extract(fazhi: str, path: pathlib.Path) -> dict:
    run = subprocess.run([fazhi, "extract", "--format", "json", str(path)], capture_output=True, text=True)
    if run.returncode == 2 or not run.stdout:
        return {"error": run.stderr.strip()}
    return json.loads(run.stdout)


def part_items(report: dict) -> list:
    """Every item of every part as (part, area title, item title, text), in document order: what a clerk reuses."""
    items = []
    for area in report.get("achievements", []):
        items += [("achievements", area.get("title"), i.get("title"), i.get("text")) for i in area.get("items", [])]
    for part in ("firstResponsible", "nextYearPlans", "otherMatters"):
        items += [(part, None, i.get("title"), i.get("text")) for i in report.get(part, [])]
    items += [("shortcomings", None, i.get("problem"), i.get("cause")) for i in report.get("shortcomings", [])]
    return items


def summary(result: dict) -> dict:
    report = result.get("report") or {}
    meta = report.get("metadata", {})
    indicators = {(i["id"], json.dumps(i["quantity"], sort_keys=True)) for i in report.get("indicators", [])}
    facts = {(f["label"], json.dumps(f["quantity"], sort_keys=True)) for f in report.get("facts", [])}
    return {"issuer": meta.get("jurisdiction"), "year": meta.get("year"), "parts": result.get("parts", []),
            "indicators": indicators, "items": part_items(report), "facts": facts, "error": result.get("error")}


def identical_items(base: list, doc: list) -> int:
    """How many of the text's items the document gives word for word (a multiset match, order ignored)."""
    remaining = list(doc)
    count = 0
    for item in base:
        if item in remaining:
            remaining.remove(item)
            count += 1
    return count


def convert(files: list, fmt: str, outdir: pathlib.Path) -> None:
    for start in range(0, len(files), 200):
        subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir),
                        *map(str, files[start:start + 200])], check=True, capture_output=True)


def fidelity(fazhi: str, seeds: pathlib.Path, work: pathlib.Path) -> None:
    texts = sorted(seeds.glob("*.txt"))
    for fmt in ("docx", "pdf"):
        convert(texts, fmt, work)
    print(f"{'seed':<8} {'fmt':<5} {'indicators':>12} {'share':>7} {'items':>9} {'facts':>9}  same issuer/year/parts")
    total = {fmt: {"indicators": [0, 0], "items": [0, 0], "facts": [0, 0]} for fmt in ("docx", "pdf")}
    for text in texts:
        base = summary(extract(fazhi, text))
        for fmt in ("docx", "pdf"):
            doc = summary(extract(fazhi, work / (text.stem + "." + fmt)))
            if doc["error"]:
                print(f"{text.stem[:7]:<8} {fmt:<5} error: {doc['error']}")
                continue
            figures = {
                "indicators": (len(base["indicators"] & doc["indicators"]), len(base["indicators"])),
                "items": (identical_items(base["items"], doc["items"]), len(base["items"])),
                "facts": (len(base["facts"] & doc["facts"]), len(base["facts"])),
            }
            for key, (found, count) in figures.items():
                total[fmt][key][0] += found
                total[fmt][key][1] += count
            found, count = figures["indicators"]
            differ = [f"{k} {base[k]!r}→{doc[k]!r}" for k in ("issuer", "year", "parts") if base[k] != doc[k]]
            extra = len(doc["items"]) - figures["items"][0]
            print(f"{text.stem[:7]:<8} {fmt:<5} {found:>5}/{count:<6} {found / max(count, 1):>7.1%} "
                  f"{figures['items'][0]:>4}/{figures['items'][1]:<4} {figures['facts'][0]:>4}/{figures['facts'][1]:<4}  "
                  + ("yes" if not differ else "differ: " + ", ".join(differ))
                  + (f" ({extra} item(s) only in {fmt})" if extra else ""))
    for fmt, figures in total.items():
        print(f"all      {fmt:<5} " + "  ".join(
            f"{key} {found}/{count} {found / max(count, 1):.1%}" for key, (found, count) in figures.items()))


DOCX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>',
    "word/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>',
}


def write_docx(text_path: pathlib.Path, out_path: pathlib.Path) -> None:
    """The text as a Word document the way LibreOffice's conversion gives it (one paragraph a line, runs of
    LibreOffice's size), written directly: converting 2,000 files with soffice takes most of an hour."""
    from xml.sax.saxutils import escape
    import zipfile
    raw = text_path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    paragraphs = []
    for line in text.splitlines():
        if not line.strip():
            paragraphs.append("<w:p/>")
            continue
        style = '<w:pPr><w:pStyle w:val="1"/></w:pPr>' if line[:2] in HEADING_STARTS else ""
        paragraphs.append(f'<w:p>{style}<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
                          f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                + "".join(paragraphs) + "<w:sectPr/></w:body></w:document>")
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in DOCX_PARTS.items():
            archive.writestr(name, content)
        archive.writestr("word/document.xml", document)


HEADING_STARTS = {c + "、" for c in "一二三四五六七八九十"}


def best_of(runs: int, command: list) -> float:
    """The fastest of `runs` wall-clock timings (the first run also warms the page cache)."""
    timings = []
    for _ in range(runs):
        start = time.monotonic()
        subprocess.run(command, capture_output=True)
        timings.append(time.monotonic() - start)
    return min(timings)


def throughput(fazhi: str, seeds: pathlib.Path, work: pathlib.Path, count: int) -> None:
    corpus = work / "corpus"
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(seeds), str(corpus), str(count)], check=True)
    texts = sorted(corpus.glob("*.txt"))
    docx = work / "corpus-docx"
    docx.mkdir()
    for text in texts:
        write_docx(text, docx / (text.stem + ".docx"))
    documents = sorted(docx.glob("*.docx"))
    timings = {}
    for name, files in (("text", texts), ("docx", documents)):
        out = work / ("out-" + name)
        timings[name] = best_of(3, [fazhi, "extract", "--format", "json", "-o", str(out) + "/", *map(str, files)])
        print(f"{name:<5} {len(files)} files {timings[name]:.2f} s ({1000 * timings[name] / len(files):.2f} ms/file)")
    print(f"docx / text: {timings['docx'] / timings['text']:.2f}× (target ≤ 3×)")


def main() -> int:
    args = sys.argv[1:]
    count = 0
    with_fidelity = "--no-fidelity" not in args
    args = [a for a in args if a != "--no-fidelity"]
    if "--throughput" in args:
        index = args.index("--throughput")
        count = int(args[index + 1])
        del args[index:index + 2]
    if not args:
        print(__doc__)
        return 64
    fazhi = args[0]
    seeds = pathlib.Path(args[1] if len(args) > 1 else HERE / "../../../shared/seeds")
    if not seeds.is_dir():
        print(f"找不到种子语料目录 {seeds}，跳过")
        return 0
    for tool in ("soffice", "pdftotext"):
        if not shutil.which(tool):
            print(f"没有 {tool}，跳过（apt install libreoffice-writer-nogui poppler-utils fonts-noto-cjk）")
            return 0
    with tempfile.TemporaryDirectory() as work:
        if with_fidelity:
            fidelity(fazhi, seeds, pathlib.Path(work))
        if count:
            throughput(fazhi, seeds, pathlib.Path(work), count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
