#!/usr/bin/env python3
"""Makes tiercare's bundled chart and report font: a subset of Noto Sans CJK SC (SIL OFL 1.1), renamed
"Tiercare Sans SC" and converted to TrueType outlines.

Why: charts are drawn by Java and report.html is read in browsers on machines that often have no Chinese
font (CI servers, containers, minimal Linux desktops); a font inside the jar makes Chinese text
render everywhere. The subset keeps the jar small: ASCII, Latin-1, the punctuation and symbols tiercare
writes, every character of the message bundles, the metric registry, the report code and the bundled
scenarios, and the 3,755 characters of GB2312 level 1 (the most common Chinese characters, close to the
3,500 of level 1 of the Table of General Standard Chinese Characters, which is not available offline), so
that most facility and zone names a planner writes also render.

Why TrueType outlines (glyf) rather than the original CFF: HtmlReport embeds a further subset holding only
the glyphs one page uses, made in Java by org.tiercare.report.FontSubset, which is simple for glyf outlines
and would need a CFF compiler otherwise.

Run from the repository root with Debian's python3-fonttools (4.38) and fonts-noto-cjk installed:

    /usr/bin/python3 src/main/fonts/subset.py

It writes src/main/resources/org/tiercare/fonts/TiercareSansSC-Regular.ttf. The output is reproducible:
same source font, same characters, same bytes (timestamps are copied from the source font).
"""
import argparse
import glob
import os
import re
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SOURCE_FAMILY = "Noto Sans CJK SC"
OUT = "src/main/resources/org/tiercare/fonts/TiercareSansSC-Regular.ttf"
FAMILY = "Tiercare Sans SC"
PS_NAME = "TiercareSansSC-Regular"

# Punctuation and symbols of Chinese and English text and of the charts, beyond Latin-1.
PUNCTUATION = ("，。；：（）“”‘’、–—−×∝★·…→←↑↓≤≥±≈≠°%‰《》〈〉【】「」『』！？～·　"
               "０１２３４５６７８９％＋－／＝＜＞")

# Text files whose characters must all be in the font: what tiercare itself writes on charts and pages,
# and the bundled scenarios (their names are drawn as given).
SOURCES = [
    "src/main/resources/org/tiercare/text/*.properties",
    "src/main/java/org/tiercare/metric/*.java",
    "src/main/java/org/tiercare/report/*.java",
    "scenarios/**/*.yaml",
    "scenarios/**/*.csv",
]

# Quadratic approximation error when converting the cubic CFF outlines, in font units (1000 per em):
# a tenth of a pixel at 100 px, invisible at chart sizes.
MAX_ERR = 1.0


def gb2312_level1():
    """The 3,755 characters of GB2312 level 1: byte pairs 0xB0A1-0xD7F9 (row 55 ends at 0xF9)."""
    chars = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # the unassigned tail of row 55
    return chars


def repository_text(root):
    chars = set()
    for pattern in SOURCES:
        for path in sorted(glob.glob(os.path.join(root, pattern), recursive=True)):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            # .properties files may hold \\uXXXX escapes
            text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
            chars.update(text)
    return chars


def wanted_codepoints(root):
    chars = set(chr(c) for c in range(0x20, 0x7F)) | set(chr(c) for c in range(0xA0, 0x100))
    chars |= set(PUNCTUATION) | gb2312_level1() | repository_text(root)
    return sorted(ord(c) for c in chars if ord(c) >= 0x20)


def open_source(path):
    """The Simplified Chinese face of the collection."""
    from fontTools.ttLib import TTCollection
    n = len(TTCollection(path, lazy=True).fonts)
    for i in range(n):
        font = TTFont(path, fontNumber=i, recalcTimestamp=False)
        if font["name"].getDebugName(1) == SOURCE_FAMILY:
            return font
    sys.exit(f"no face named {SOURCE_FAMILY} in {path}")


def cff_to_glyf(font):
    """Replaces the CFF table with glyf/loca quadratic outlines (the fontTools otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    outlines = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        outlines[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = outlines
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: the CID names (cid01234) are of no use and cost space
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font, source_version):
    """A subset is a Modified Version under the OFL: it gets its own name (Noto is a Google trademark)."""
    name = font["name"]
    copyright_ = name.getDebugName(0)
    license_ = name.getDebugName(13)
    license_url = name.getDebugName(14)
    name.names = []
    records = {
        0: copyright_,
        1: FAMILY,
        2: "Regular",
        3: f"{source_version};tiercare;{PS_NAME}",
        4: f"{FAMILY} Regular",
        5: f"Version {source_version}",
        6: PS_NAME,
        10: f"Subset of {SOURCE_FAMILY} {source_version} (Adobe and Google, SIL OFL 1.1) for the charts and "
            "reports of tiercare, with TrueType outlines; made by src/main/fonts/subset.py.",
        13: license_,
        14: license_url,
    }
    for nid, text in records.items():
        name.setName(text, nid, 3, 1, 0x409)
        name.setName(text, nid, 1, 0, 0)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--source", default=SOURCE)
    p.add_argument("--root", default=".", help="repository root")
    p.add_argument("--out", default=OUT)
    a = p.parse_args()

    font = open_source(a.source)
    source_version = font["name"].getDebugName(5).split(";")[0].replace("Version ", "")
    codepoints = wanted_codepoints(a.root)

    opts = subset.Options()
    opts.layout_features = []          # charts and pages need no OpenType layout for CJK and simple Latin
    opts.drop_tables += ["BASE", "VORG", "vhea", "vmtx", "GSUB", "GPOS", "GDEF", "DSIG"]
    opts.hinting = False
    opts.desubroutinize = True
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.glyph_names = False
    opts.recalc_timestamp = False
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=codepoints)
    sub.subset(font)

    cff_to_glyf(font)
    rename(font, source_version)
    # Only the (3,1) format 4 and (0,3) Unicode BMP subtables: every character kept is in the BMP.
    cmap = font["cmap"]
    cmap.tables = [t for t in cmap.tables if t.format == 4]

    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    font.save(a.out)
    missing = [c for c in codepoints if c not in font.getBestCmap()]
    print(f"{a.out}: {os.path.getsize(a.out)} bytes, {len(font.getGlyphOrder())} glyphs, "
          f"{len(codepoints)} characters asked, {len(missing)} not in the source font: "
          + "".join(chr(c) for c in missing))


if __name__ == "__main__":
    main()
