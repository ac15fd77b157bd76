#!/bin/sh
# Makes "IM Math", the site's OpenType MATH font, from Latin Modern Math: three WOFF2 faces of one family.
# Run by hand; the output is committed (a third-party asset, like an image). The build never runs this.
#
# Source: Debian package fonts-lmodern 2.005-1 (all), file
#   /usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf
#   sha256 6075562b771f8b82f0c179e363389684f2dd09de30038269e2628e504bd7be0f
# Latin Modern Math 1.959 (GUST e-foundry), under the GUST Font License (assets/fonts/GUST-FONT-LICENSE.txt).
# Tools: Debian python3-fonttools (fontTools.subset, fontTools.ttLib) with brotli, and woff2 (woff2_compress).
#
# What changes: glyphs outside the Unicode ranges below are dropped (the MATH table, all layout
# features, size variants and assembly parts of the kept glyphs stay), the family is renamed "IM Math"
# as the licence requests of derived works, and the result is cut into three faces:
#   assets/fonts/im-math.woff2          the code points in im-math-core.txt (every page with math loads it)
#   assets/fonts/im-math-symbols.woff2  the rest below U+1D400 (Latin-1, Greek, operators, arrows, ...)
#   assets/fonts/im-math-letters.woff2  the rest of the Mathematical Alphanumeric Symbols
# and the @font-face rules in assets/css/site.css between the "IM Math faces" markers are rewritten with
# each face's unicode-range, so that a browser downloads a face only for a page that uses it.
# im-math-codepoints.txt lists every code point the three faces map, with its face; SiteIT checks that
# each character of every formula is one of them, and in the first face.
#
# usage: generator/fonts/make-im-math.sh path/to/latinmodern-math.otf
set -eu
otf=${1:?usage: make-im-math.sh latinmodern-math.otf}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
py=/usr/bin/python3.11
echo "6075562b771f8b82f0c179e363389684f2dd09de30038269e2628e504bd7be0f  $otf" | sha256sum -c -
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$py - "$otf" "$tmp" "$here" "$repo" <<'PY'
import os, re, subprocess, sys
from fontTools.ttLib import TTFont
from fontTools import subset

otf, tmp, here, repo = sys.argv[1:5]
ALL = ("U+0020-007E,U+00A0-00FF,U+0131,U+0237,U+02C6-02DC,U+0300-036F,U+0391-03C9,U+03D1,U+03D5,U+03D6,"
       "U+03F0,U+03F1,U+03F5,U+2000-206F,U+20D0-20F0,U+2100-214F,U+2190-21FF,U+2200-22FF,U+2300-23FF,"
       "U+25A0-25FF,U+27C0-27FF,U+2980-29FF,U+2A00-2AFF,U+1D400-1D4CF,U+1D538-1D56B,U+1D6A8-1D755,U+1D7CE-1D7FF")

def parse(ranges):
    out = set()
    for part in ranges:
        part = part.strip().upper().removeprefix("U+")
        if not part:
            continue
        lo, _, hi = part.partition("-")
        out.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return out

def compact(cps):
    """U+XXXX and U+XXXX-YYYY runs, for unicode-range and fontTools."""
    runs, cps = [], sorted(cps)
    start = prev = cps[0]
    for c in cps[1:] + [None]:
        if c is not None and c == prev + 1:
            prev = c
            continue
        runs.append("U+%04X" % start if start == prev else "U+%04X-%04X" % (start, prev))
        if c is not None:
            start = prev = c
    return runs

source = TTFont(otf)
mapped = set(source.getBestCmap()) & parse(ALL.split(","))
core_wanted = set()
with open(os.path.join(here, "im-math-core.txt")) as f:
    for number, line in enumerate(f, 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cps = parse([line])
        if not cps & mapped or (len(cps) == 1 and not cps <= mapped):
            sys.exit("im-math-core.txt:%d: %s is not in Latin Modern Math or outside the ranges above" % (number, line))
        core_wanted |= cps & mapped  # a range may span holes (U+1D455 is U+210E)
faces = [("im-math", mapped & core_wanted),
         ("im-math-symbols", {c for c in mapped - core_wanted if c < 0x1D400}),
         ("im-math-letters", {c for c in mapped - core_wanted if c >= 0x1D400})]

names = {1: "IM Math", 4: "IM Math", 6: "IMMath-Regular", 16: "IM Math"}
for name, cps in faces:
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.notdef_outline = True
    font = TTFont(otf)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=cps)
    sub.subset(font)
    table = font["name"]
    for rec in list(table.names):
        if rec.nameID in names:
            table.setName(names[rec.nameID], rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID == 3:
            table.setName("IM Math: subset of Latin Modern Math 1.959 (GUST e-foundry)", 3,
                          rec.platformID, rec.platEncID, rec.langID)
    if "CFF " in font:
        font["CFF "].cff.fontNames = ["IMMath-Regular"]
    got = set(font.getBestCmap())
    assert got == cps, (name, sorted(cps ^ got)[:10])
    path = os.path.join(tmp, name + ".otf")
    font.save(path)
    subprocess.run(["woff2_compress", path], check=True, stdout=subprocess.DEVNULL)
    os.replace(os.path.join(tmp, name + ".woff2"), os.path.join(repo, "assets/fonts", name + ".woff2"))
    print("%-16s %4d code points %7d bytes" % (name, len(cps), os.path.getsize(os.path.join(repo, "assets/fonts", name + ".woff2"))))

with open(os.path.join(here, "im-math-codepoints.txt"), "w") as out:
    out.write("# code points mapped by IM Math (made by make-im-math.sh), hexadecimal, and the face that maps it\n")
    for name, cps in faces:
        for c in sorted(cps):
            out.write("%04X %s\n" % (c, name))

rules = ["/* IM Math faces: written by generator/fonts/make-im-math.sh from im-math-core.txt; do not edit */"]
for name, cps in faces:
    rules.append('@font-face { font-family: "IM Math"; font-style: normal; font-weight: 400; font-display: swap;\n'
                 "  src: url(../fonts/%s.woff2) format(\"woff2\");\n  unicode-range: %s; }" % (name, ", ".join(compact(cps))))
rules.append("/* end of IM Math faces */")
css_path = os.path.join(repo, "assets/css/site.css")
css = open(css_path).read()
block = re.compile(r"/\* IM Math faces: .*?/\* end of IM Math faces \*/", re.S)
if not block.search(css):
    sys.exit("assets/css/site.css: the IM Math faces markers are missing")
open(css_path, "w").write(block.sub(lambda m: "\n".join(rules), css))
PY
ls -l "$repo"/assets/fonts/im-math*.woff2
