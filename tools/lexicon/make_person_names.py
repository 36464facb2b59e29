#!/usr/bin/env python3
"""Derive the Japanese person-name lexicon (src/AiDocTools.Core/Data/ja/person-names.txt) from IPADIC.

IPADIC's Noun.name.csv (Debian package mecab-ipadic, EUC-JP) lists surnames (姓) and given names (名) with readings.
The module needs the written forms, to tell that 近藤 + 俊輔 is a family name and a given name, and one katakana
reading each, to write a speaker's canonical name in Latin script (高橋 → タカハシ → Takahashi). Where IPADIC gives a
name several readings (光: ヒカリ, ヒカル, アキラ), the entry with the lowest cost wins, the one MeCab itself would
choose; a tie goes to the reading that sorts first. Output: one name a line, `s<TAB>surname<TAB>reading` or
`g<TAB>given name<TAB>reading`, sorted, so a regeneration from the same package gives the same file byte for byte.
The file is committed, so a machine without the package builds.

Usage: python3 tools/lexicon/make_person_names.py [IPADIC_DIR] > src/AiDocTools.Core/Data/ja/person-names.txt
       (IPADIC_DIR defaults to /usr/share/mecab/dic/ipadic; the licence notice is copied beside the output by hand
       from /usr/share/doc/mecab-ipadic/copyright into Data/ja/IPADIC-NOTICE.txt)
"""
import csv
import re
import sys
from pathlib import Path

# Only names written in kanji (with 々): a kana given name (さやか, ひかり) is
# too often an ordinary word to stand alone as evidence of a person.
WRITTEN = re.compile(r"^[\u4E00-\u9FFF々]{1,4}$")

# The reading column is katakana; an entry without one (*) cannot be romanised and is left out.
READING = re.compile(r"^[\u30A1-\u30FCー]+$")


def main():
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/mecab/dic/ipadic")
    best = {}
    with open(folder / "Noun.name.csv", encoding="euc_jp", newline="") as f:
        for row in csv.reader(f):
            surface, cost, kind, reading = row[0], int(row[3]), row[7], row[11]
            if kind not in ("姓", "名") or not WRITTEN.match(surface) or not READING.match(reading):
                continue
            key = ("s" if kind == "姓" else "g", surface)
            if key not in best or (cost, reading) < best[key]:
                best[key] = (cost, reading)
    out = sys.stdout
    out.reconfigure(encoding="utf-8", newline="\n")
    for (kind, surface), (_, reading) in sorted(best.items()):
        out.write(f"{kind}\t{surface}\t{reading}\n")


if __name__ == "__main__":
    main()
