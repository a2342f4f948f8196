#!/usr/bin/env python3
"""Prepares the fonts nianbao embeds in its print, PDF and preview output.

Source: the Fandol fonts (FandolFang, FandolHei, FandolKai, FandolSong; GPL-3 with font exception) from
Debian's texlive-lang-chinese package. They are OpenType/CFF; Chromium embeds CFF fonts as Type 3, three
times larger, so each is subset to GB2312 + ASCII + the punctuation reports use, and its outlines are
converted to TrueType (quadratic) with cu2qu.

Usage (Debian, once; the results are committed under resources/fonts):
    apt-get download texlive-lang-chinese && dpkg-deb -x texlive-lang-chinese_*.deb x
    apt-get install python3-fonttools
    /usr/bin/python3 scripts/prepare-fonts.py x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol resources/fonts
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

FONTS = {
    "FandolFang-Regular.otf": "NianbaoFang.ttf",
    "FandolHei-Regular.otf": "NianbaoHei.ttf",
    "FandolKai-Regular.otf": "NianbaoKai.ttf",
    "FandolSong-Bold.otf": "NianbaoSongBold.ttf",
}


def gb2312() -> set[int]:
    chars = set(range(0x20, 0x7F))
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    chars.update(range(0x3000, 0x3040))  # CJK punctuation
    chars.update(range(0xFF00, 0xFFF0))  # full-width forms
    chars.update(ord(c) for c in "—–‘’“”…·•※№℃")
    return chars


def to_truetype(font: TTFont) -> None:
    """CFF outlines to TrueType quadratic outlines (after fontTools' Snippets/otf2ttf.py)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    glyf.compile(font)  # computes bounding boxes
    font["maxp"].recalc(font)


def main(src: str, out: str) -> None:
    keep = gb2312()
    Path(out).mkdir(parents=True, exist_ok=True)
    for name, target in FONTS.items():
        font = TTFont(Path(src) / name)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        sub = subset.Subsetter(options)
        sub.populate(unicodes=keep)
        sub.subset(font)
        to_truetype(font)
        font.save(Path(out) / target)
        print(f"{target}: {(Path(out) / target).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
