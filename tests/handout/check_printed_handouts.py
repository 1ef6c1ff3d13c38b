#!/usr/bin/python3
"""Prints every example's HTML handout to PDF with headless Chromium on one paper size and
checks what a patient would hold: the page size, the number of pages, and that the text holds
every exercise's display name and every red flag of the golden Markdown handout.

usage: check_printed_handouts.py LIMBER CHROMIUM PDFTOTEXT PDFINFO SOURCE_DIR a4|letter
"""

import os
import re
import subprocess
import sys
import tempfile

# Pages of each example's handout, per paper. A change here is a change of layout: look at the
# pages (pdftoppm -png -r 60) before updating it.
EXPECTED_PAGES = {
    "a4": {"beginner-core": 3, "desk-neck": 3, "flare-up-day": 3, "one-liner": 1,
           "own-exercises": 2, "spine-mobility": 4},
    "letter": {"beginner-core": 3, "desk-neck": 3, "flare-up-day": 3, "one-liner": 1,
               "own-exercises": 2, "spine-mobility": 4},
}
PAGE_SIZE = {"a4": "595 x 842", "letter": "612 x 792"}


def squeeze(text):
    return " ".join(text.split())


def unescape_markdown(text):
    return re.sub(r"\\(.)", r"\1", text)


def expected_texts(golden):
    """The display names (#### N. Name) and the safety box's bullets (the red flags and the
    advice) of a golden Markdown handout."""
    names = [unescape_markdown(m) for m in re.findall(r"^#### \d+\. (.*)$", golden, re.M)]
    safety = golden.split("## Stay safe\n", 1)[1].split("## The exercises\n", 1)[0]
    flags = [unescape_markdown(m) for m in re.findall(r"^- (.*)$", safety, re.M)]
    return names, flags


def main():
    limber, chromium, pdftotext, pdfinfo, source_dir, paper = sys.argv[1:7]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, pages in sorted(EXPECTED_PAGES[paper].items()):
            html = os.path.join(tmp, name + ".html")
            pdf = os.path.join(tmp, name + ".pdf")
            with open(html, "wb") as out:
                subprocess.run([limber, "plan", os.path.join(source_dir, "examples", name + ".limber"),
                                "--format", "html", "--paper", paper],
                               stdout=out, stderr=subprocess.DEVNULL, check=True)
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                            "--no-pdf-header-footer", "--user-data-dir=" + os.path.join(tmp, "profile"),
                            "--print-to-pdf=" + pdf, "file://" + html],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                           timeout=60)
            info = subprocess.run([pdfinfo, pdf], capture_output=True, text=True, check=True).stdout
            found_pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
            size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
            found_size = "%d x %d" % (round(float(size.group(1))), round(float(size.group(2))))
            if found_size != PAGE_SIZE[paper]:
                failures.append("%s: page size %s, not %s" % (name, found_size, PAGE_SIZE[paper]))
            if found_pages != pages:
                failures.append("%s: %d pages, not %d" % (name, found_pages, pages))
            text = squeeze(subprocess.run([pdftotext, pdf, "-"], capture_output=True, text=True,
                                          check=True).stdout)
            with open(os.path.join(source_dir, "tests/handout/golden", name + ".md")) as f:
                golden_text = f.read()
            names, flags = expected_texts(golden_text)
            if not names:
                failures.append("%s: the golden handout lists no exercise" % name)
            # No page may end with a heading (and the notes right under it) whose exercises are
            # on the next page.
            headings = ["The exercises"] + [squeeze(unescape_markdown(m)) for m in re.findall(
                r"^### (.*)$", golden_text, re.M)]
            notes = [""] + [" " + squeeze(unescape_markdown(m)) for m in re.findall(
                r"^\*(.*)\*$", golden_text, re.M)]
            for page in range(1, found_pages):
                page_text = squeeze(subprocess.run(
                    [pdftotext, "-f", str(page), "-l", str(page), pdf, "-"],
                    capture_output=True, text=True, check=True).stdout)
                for heading in headings:
                    if any(page_text.endswith(heading + note) for note in notes):
                        failures.append("%s: page %d ends with the heading %r" %
                                        (name, page, heading))
            for wanted in names + flags:
                if squeeze(wanted) not in text:
                    failures.append("%s: the printed handout lacks %r" % (name, wanted))
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
