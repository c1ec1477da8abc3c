"""Writes data/radicals.txt from Unicode's EquivalentUnifiedIdeograph.txt (Debian's unicode-data
package ships it in /usr/share/unicode/):

    python3 data/radicals.py /usr/share/unicode/EquivalentUnifiedIdeograph.txt > data/radicals.txt
"""
import re
import sys

HEADER = """\
# CJK Radicals Supplement (U+2E80..U+2EFF) and the unified ideograph each stands for, one pair a
# line: the radical, a space, the ideograph. PDF text extraction returns these radicals for the
# ideographs they look like (公⺠社會 for 公民社會), and NFKC, which folds the Kangxi radicals
# (U+2F00..U+2FDF), leaves them alone; the normaliser folds them with this table.
# Source: {version} (© Unicode, Inc., Unicode License v3,
# https://www.unicode.org/terms_of_use.html), from Debian's unicode-data package.
# Written by data/radicals.py; do not edit by hand.
"""

source = open(sys.argv[1], encoding="utf-8").read()
version = source.splitlines()[0].lstrip("# ").strip()
print(HEADER.format(version=version), end="")
for first, last, ideograph in re.findall(r"^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*([0-9A-F]{4,6})", source, re.M):
    for radical in range(int(first, 16), int(last or first, 16) + 1):
        if 0x2E80 <= radical <= 0x2EFF:
            print(f"{chr(radical)} {chr(int(ideograph, 16))}")
