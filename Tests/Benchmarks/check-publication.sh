#!/usr/bin/env bash
# Real-program check of fazhi's publication formats: opens a .docx in LibreOffice and an .html in headless
# Chromium, prints both to PDF and PNG, and checks page size, page count and the text layer.
#
# Usage: Tests/Benchmarks/check-publication.sh REPORT.docx REPORT.html EXPECTED.txt [MIN_PAGES] [MAX_PAGES]
#   EXPECTED.txt  lines (title, headings, 落款, date) that must appear in both PDFs' text, in this order
#   MIN/MAX_PAGES allowed page count of each PDF (default 1 and 999)
# Environment:
#   OUT_DIR=DIR       keep the PDFs and PNGs there (default: a temporary folder, printed at the end)
#   REQUIRE_TOOLS=1   fail instead of skipping when soffice, chromium or poppler-utils are missing
#   MORE_DOCX="a.docx b.docx"  further fazhi .docx files (another 落款, another title) whose PDFs get the layout checks
# Layout checks (pdf_layout.py, from the PDFs' text coordinates): 22 lines of 28 characters, every ，、。 printed,
# one blank line under the title, 落款 and 成文日期 per GB/T 9704 7.3.5.2, restyling through styles.xml takes
# effect in LibreOffice, and Chromium's print shows "— N —" on every page.
#
# Sample input: FAZHI_WRITE_SAMPLES=/tmp/fazhi-samples swift test --filter writeSamples
#   then: Tests/Benchmarks/check-publication.sh /tmp/fazhi-samples/示例县.docx /tmp/fazhi-samples/示例县.html \
#         /tmp/fazhi-samples/示例县-expected.txt 1 3
# Tools (Debian): apt-get install -y libreoffice-writer-nogui poppler-utils chromium fonts-noto-cjk
set -euo pipefail

if [[ $# -lt 3 ]]; then
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  exit 64
fi
docx=$(realpath "$1")
html=$(realpath "$2")
expected=$(realpath "$3")
min_pages=${4:-1}
max_pages=${5:-999}
for file in "$docx" "$html" "$expected"; do
  [[ -f $file ]] || { echo "error: no such file: $file" >&2; exit 2; }
done

chromium_bin=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null; then chromium_bin=$candidate; break; fi
done
missing=()
command -v soffice >/dev/null || missing+=(soffice)
[[ -n $chromium_bin ]] || missing+=(chromium)
for tool in pdftoppm pdfinfo pdftotext python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "skipped: missing ${missing[*]} (apt-get install -y libreoffice-writer-nogui poppler-utils chromium fonts-noto-cjk)"
  [[ ${REQUIRE_TOOLS:-0} == 1 ]] && exit 1
  exit 0
fi

out=${OUT_DIR:-$(mktemp -d -t fazhi-publication.XXXXXX)}
mkdir -p "$out"
out=$(realpath "$out")
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
layout="python3 $(dirname "$(realpath "$0")")/pdf_layout.py"
soffice_pdf() { # DOCX → $out/NAME.pdf with LibreOffice; prints the PDF's path
  soffice -env:UserInstallation="file://$out/lo-profile" --headless --convert-to pdf --outdir "$out" "$1" \
    >>"$out/soffice.log" 2>&1 && [[ -s $out/$(basename "${1%.*}").pdf ]] && echo "$out/$(basename "${1%.*}").pdf"
}

# Checks one PDF: A4 pages, page count, expected lines in order in the text layer.
check_pdf() {
  local label=$1 pdf=$2
  local info pages size width height
  info=$(pdfinfo "$pdf")
  pages=$(awk '/^Pages:/ {print $2}' <<<"$info")
  size=$(awk -F': *' '/^Page size:/ {print $2}' <<<"$info")
  read -r width height < <(awk '/^Page size:/ {print $3, $5}' <<<"$info")
  echo "$label: $pages page(s), $size, $(stat -c %s "$pdf") bytes PDF"
  awk -v w="$width" -v h="$height" 'BEGIN { exit !(w >= 594.5 && w < 596 && h >= 841 && h < 843) }' ||
    fail "$label: page size $size is not A4 (595.3 x 841.9 pts)"
  ((pages >= min_pages && pages <= max_pages)) || fail "$label: $pages pages, expected $min_pages–$max_pages"
  # -layout keeps each printed line together; compare without whitespace, since lines wrap and CJK is spaced.
  local text rest line needle
  text=$(pdftotext -layout -enc UTF-8 "$pdf" - | tr -d ' \t\r\n\f' | sed 's/　//g')
  rest=$text
  while IFS= read -r line || [[ -n $line ]]; do
    needle=$(printf '%s' "$line" | tr -d ' \t\r' | sed 's/　//g')
    [[ -z $needle ]] && continue
    if [[ $rest == *"$needle"* ]]; then
      rest=${rest#*"$needle"}
    elif [[ $text == *"$needle"* ]]; then
      fail "$label: text out of order: $line"
    else
      fail "$label: text missing: $line"
    fi
  done <"$expected"
}

echo "== Word: $docx ($(stat -c %s "$docx") bytes)"
start=$(now_ms)
if docx_pdf=$(soffice_pdf "$docx"); then
  echo "LibreOffice conversion: $(($(now_ms) - start)) ms"
  check_pdf "docx→pdf" "$docx_pdf"
  $layout docx "$docx" "$docx_pdf" || fail "docx→pdf: layout (see above)"
  start=$(now_ms)
  pdftoppm -r 60 -png "$docx_pdf" "$out/docx-page"
  echo "pdftoppm: $(($(now_ms) - start)) ms → $(ls "$out"/docx-page-*.png | head -1)"
  # A secretary's restyle: Body and Heading1 changed in styles.xml alone must change the printed page.
  $layout restyle "$docx" "$out/restyled.docx"
  if restyled_pdf=$(soffice_pdf "$out/restyled.docx"); then
    $layout restyled "$docx" "$docx_pdf" "$restyled_pdf" || fail "restyling through styles.xml had no effect"
  else
    fail "LibreOffice could not convert the restyled copy (see $out/soffice.log)"
  fi
else
  fail "LibreOffice conversion failed (see $out/soffice.log)"
fi
for more in ${MORE_DOCX:-}; do
  echo "== Word: $more"
  if more_pdf=$(soffice_pdf "$more"); then
    $layout docx "$more" "$more_pdf" || fail "$(basename "$more"): layout (see above)"
  else
    fail "LibreOffice conversion of $more failed (see $out/soffice.log)"
  fi
done

echo "== HTML: $html ($(stat -c %s "$html") bytes)"
chrome=("$chromium_bin" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$out/chromium-profile")
start=$(now_ms)
if "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$out/html.pdf" "file://$html" >"$out/chromium-pdf.log" 2>&1 &&
  [[ -s $out/html.pdf ]]; then
  echo "Chromium print: $(($(now_ms) - start)) ms"
  check_pdf "html→pdf" "$out/html.pdf"
  $layout page-numbers "$out/html.pdf" || fail "html→pdf: page numbers (see above)"
  pdftoppm -r 60 -png "$out/html.pdf" "$out/html-page"
else
  fail "Chromium could not print the page (see $out/chromium-pdf.log)"
fi
start=$(now_ms)
if "${chrome[@]}" --hide-scrollbars --screenshot="$out/html-screen.png" --window-size=1240,1754 "file://$html" \
  >"$out/chromium-screenshot.log" 2>&1 && [[ -s $out/html-screen.png ]]; then
  echo "Chromium screenshot: $(($(now_ms) - start)) ms → $out/html-screen.png"
else
  fail "Chromium could not take a screenshot (see $out/chromium-screenshot.log)"
fi

echo "== output in $out"
if ((failures > 0)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
