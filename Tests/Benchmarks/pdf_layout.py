#!/usr/bin/env python3
"""GB/T 9704 layout checks on a PDF's text coordinates (pdftotext -bbox), for check-publication.sh.

  pdf_layout.py docx REPORT.docx REPORT.pdf     LibreOffice's PDF of a fazhi .docx: 22 lines of 28 characters,
                                                every ，、。 of the text printed, the title in the lines fazhi
                                                broke it into (GB/T 9704 7.3.1), one blank line under the title,
                                                落款 and 成文日期 per GB/T 9704 7.3.5.2
  pdf_layout.py restyle REPORT.docx OUT.docx    writes a copy whose Body style is 四号 and Heading1 is 二号
  pdf_layout.py restyled REPORT.docx BEFORE.pdf AFTER.pdf   the restyled copy's PDF shows both changes
  pdf_layout.py page-numbers REPORT.pdf         "— N —" on every page, right on odd pages and left on even ones

Prints one line per figure; exits 1 when a check fails. Standard library only.
"""
import re
import statistics
import subprocess
import sys
import zipfile
from html import unescape

POINTS_PER_MM = 72 / 25.4
MARGIN_LEFT = 28 * POINTS_PER_MM
MARGIN_RIGHT = 26 * POINTS_PER_MM
BODY = 16.0  # 三号, the unit of 右空二字
failures = []


def fail(message):
    print("FAIL: " + message)
    failures.append(message)


def width(text):
    """Body characters: Chinese one, half-width characters one half."""
    return sum(0.5 if ord(c) < 0x2000 else 1 for c in text)


def pages(pdf):
    """[(page width, [line])], a line being {x0, x1, y0, y1, text} of words sharing a baseline."""
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    result = []
    for page in re.finditer(r'<page width="([\d.]+)"[^>]*>(.*?)</page>', html, re.S):
        lines = []
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                             page.group(2)):
            x0, y0, x1, y1 = (float(v) for v in m.group(1, 2, 3, 4))
            text = unescape(m.group(5))
            line = next((l for l in lines if abs(l["y1"] - y1) < 2), None)
            if line is None:
                lines.append({"x0": x0, "x1": x1, "y0": y0, "y1": y1, "text": text})
            else:
                line.update(x0=min(line["x0"], x0), x1=max(line["x1"], x1), y0=min(line["y0"], y0),
                            text=line["text"] + text)
        result.append((float(page.group(1)), sorted(lines, key=lambda l: l["y1"])))
    return result


def paragraphs(docx):
    """[(style, text)] of the .docx's paragraphs."""
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    result = []
    for p in re.findall(r"<w:p>.*?</w:p>", xml, re.S):
        style = re.search(r'<w:pStyle w:val="([^"]+)"', p)
        text = "".join(unescape(t) for t in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p))
        result.append((style.group(1) if style else None, text))
    return result


def check_grid(all_pages):
    """22 lines a page (a 28.95 pt pitch) and 28 characters in a full line."""
    pitches, counts = [], []
    for page_width, lines in all_pages:
        right = page_width - MARGIN_RIGHT
        body = [l for l in lines if 18 < l["y1"] - l["y0"] < 23]
        pitches += [b["y1"] - a["y1"] for a, b in zip(body, body[1:]) if 28 < b["y1"] - a["y1"] < 30]
        counts += [width(l["text"]) for l in body if abs(l["x0"] - MARGIN_LEFT) < 2 and l["x1"] > right - 4]
    pitch = statistics.median(pitches)
    lines_per_page = (841.89 - (37 + 35) * POINTS_PER_MM) / pitch
    full = sum(1 for c in counts if c >= 27.5)
    print(f"grid: line pitch {pitch:.2f} pt = {lines_per_page:.1f} lines a page; {full} of {len(counts)} full lines "
          f"hold 28 characters (the rest 27: a mark that may not start a line took its character along)")
    if round(lines_per_page) != 22:
        fail(f"{lines_per_page:.1f} lines a page, expected 22")
    if not counts or statistics.mode(round(c) for c in counts) != 28 or max(counts) > 28.5:
        fail("full lines do not hold 28 characters")


def check_punctuation(paras, all_pages):
    text = "".join(t for _, t in paras)
    printed = "".join(l["text"] for _, lines in all_pages for l in lines)
    for mark in "，、。":
        expected, found = text.count(mark), printed.count(mark)
        print(f"punctuation {mark}: {found} of {expected} printed")
        if found != expected:
            fail(f"{expected - found} of {expected} 「{mark}」 missing from the PDF")


def title_lines(docx):
    """The title paragraph's lines as fazhi broke them (w:br between lines)."""
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    title = next((p for p in re.findall(r"<w:p>.*?</w:p>", xml, re.S) if '<w:pStyle w:val="Title"/>' in p), None)
    if title is None:
        return []
    return ["".join(unescape(t) for t in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", part))
            for part in re.split(r"<w:br/>", title)]


def check_title_lines(docx, all_pages):
    """The title prints in exactly the lines fazhi planned: no line of it wrapped again, none broken mid-word."""
    planned = [line for line in title_lines(docx) if line]
    printed = [l["text"].replace(" ", "") for l in all_pages[0][1][:len(planned)]]
    print("title: " + " / ".join(printed))
    if printed != [line.replace(" ", "") for line in planned]:
        fail(f"the title printed as {printed}, planned as {planned}")


def check_title_gap(paras, all_pages):
    """One blank line between the title's last line and 主送 (GB/T 9704 7.3.2)."""
    recipients = next((t for s, t in paras if s == "Recipients"), None)
    if recipients is None:
        print("title: no 主送, gap not checked")
        return
    lines = all_pages[0][1]
    index = next((i for i, l in enumerate(lines) if l["text"].startswith(recipients[:6])), None)
    if not index:
        fail("主送 not found on page 1")
        return
    title, main = lines[index - 1], lines[index]
    gap = ((main["y0"] + main["y1"]) - (title["y0"] + title["y1"])) / 2 / 28.95 - 1
    print(f"title: {gap:.2f} blank lines between the title and 主送")
    if abs(gap - 1) > 0.25:
        fail(f"{gap:.2f} blank lines under the title, expected 1")


def check_closing(paras, all_pages):
    """落款 右空二字 and the date two characters right of it, or the date 右空二字 (GB/T 9704 7.3.5.2)."""
    signature = [t for s, t in paras if s == "Signature"]
    date = next((t for s, t in paras if s == "Date"), None)
    if not signature or date is None:
        print("closing: no 落款 and date, not checked")
        return
    page_width, lines = all_pages[-1]
    right = page_width - MARGIN_RIGHT
    found = {}
    for name, text in (("落款", signature[0]), ("date", date)):
        line = next((l for l in lines if l["text"].replace(" ", "") == text.replace(" ", "")), None)
        if line is None:
            fail(f"{name} 「{text}」 not found on the last page")
            return
        found[name] = line
    sig, day = found["落款"], found["date"]
    sig_right, date_right = (right - sig["x1"]) / BODY, (right - day["x1"]) / BODY
    offset = (day["x0"] - sig["x0"]) / BODY
    print(f"closing: 落款 右空 {sig_right:.2f} characters, date 右空 {date_right:.2f}, date starts {offset:.2f} "
          f"characters right of the 落款, {(day['y1'] - sig['y1']) / 28.95:.2f} lines below")
    if abs(offset - 2) > 0.3:
        fail(f"the date starts {offset:.2f} characters right of the 落款, expected 2")
    if min(sig_right, date_right) < 1.7 or abs(min(sig_right, date_right) - 2) > 0.3:
        fail("neither the 落款 nor the date stands 右空二字")
    if abs((day["y1"] - sig["y1"]) / 28.95 - 1) > 0.2:
        fail("the date is not on the line under the 落款")


def restyle(docx, out):
    """Body → 四号 (14 pt), Heading1 → 二号 (22 pt), by editing styles.xml only."""
    source = zipfile.ZipFile(docx)
    styles = source.read("word/styles.xml").decode("utf-8")

    def resize(style_id, half_points, xml):
        pattern = r'(<w:style [^>]*w:styleId="%s">.*?)(</w:style>)' % style_id
        def edit(m):
            body = re.sub(r'<w:sz w:val="\d+"/><w:szCs w:val="\d+"/>', "", m.group(1))
            size = f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
            body = body.replace("</w:rPr>", size + "</w:rPr>") if "<w:rPr>" in body else body + f"<w:rPr>{size}</w:rPr>"
            return body + m.group(2)
        return re.sub(pattern, edit, xml, count=1, flags=re.S)

    styles = resize("Heading1", 44, resize("Body", 28, styles))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = styles.encode("utf-8") if item.filename == "word/styles.xml" else source.read(item.filename)
            target.writestr(item, data)


def glyph_heights(pdf, starts):
    """Height of the first line starting with each prefix in `starts`."""
    lines = [l for _, page in pages(pdf) for l in page]
    return [next((l["y1"] - l["y0"] for l in lines if l["text"].startswith(s)), 0) for s in starts]


def check_restyled(docx, before, after):
    paras = paragraphs(docx)
    starts = [next(t for s, t in paras if s == style)[:4] for style in ("Body", "Heading1")]
    (body0, head0), (body1, head1) = (glyph_heights(p, starts) for p in (before, after))
    print(f"restyle: body line {body0:.1f} → {body1:.1f} pt high, heading 1 {head0:.1f} → {head1:.1f} pt high")
    if not body1 or not (body1 < body0 * 0.95):
        fail("changing the Body style did not shrink the body text")
    if not head1 or not (head1 > head0 * 1.2):
        fail("changing the Heading1 style did not enlarge the level-1 heading")


def check_page_numbers(pdf):
    all_pages = pages(pdf)
    for number, (page_width, lines) in enumerate(all_pages, 1):
        marks = [l for l in lines if re.fullmatch(r"[—–-]+\s*%d\s*[—–-]+" % number, l["text"].replace(" ", ""))]
        if not marks:
            fail(f"page {number}: no page number — {number} —")
            continue
        mark = marks[-1]
        side = "right" if mark["x0"] + mark["x1"] > page_width else "left"
        if side != ("right" if number % 2 else "left"):
            fail(f"page {number}: page number on the {side}")
    print(f"page numbers: checked on {len(all_pages)} page(s)")


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 64
    command = argv[1]
    if command == "docx" and len(argv) == 4:
        paras, all_pages = paragraphs(argv[2]), pages(argv[3])
        check_grid(all_pages)
        check_punctuation(paras, all_pages)
        check_title_lines(argv[2], all_pages)
        check_title_gap(paras, all_pages)
        check_closing(paras, all_pages)
    elif command == "restyle" and len(argv) == 4:
        restyle(argv[2], argv[3])
    elif command == "restyled" and len(argv) == 5:
        check_restyled(argv[2], argv[3], argv[4])
    elif command == "page-numbers" and len(argv) == 3:
        check_page_numbers(argv[2])
    else:
        print(__doc__)
        return 64
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
