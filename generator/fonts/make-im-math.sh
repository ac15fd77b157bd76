#!/bin/sh
# Makes im-math.woff2 ("IM Math"), the site's OpenType MATH font, from Latin Modern Math.
# Run once by hand; the output is committed (a third-party asset, like an image). The build never runs this.
#
# Source: Debian package fonts-lmodern 2.005-1 (all), file
#   /usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf
#   sha256 6075562b771f8b82f0c179e363389684f2dd09de30038269e2628e504bd7be0f
# Latin Modern Math 1.959 (GUST e-foundry), under the GUST Font License (assets/fonts/GUST-FONT-LICENSE.txt).
# Tools: Debian python3-fonttools (fontTools.subset, fontTools.ttLib) with brotli.
#
# What changes: glyphs outside the Unicode ranges below are dropped (the MATH table, all layout
# features, size variants and assembly parts of the kept glyphs stay), the family is renamed "IM Math"
# as the licence requests of derived works, and the file is WOFF2. im-math-codepoints.txt lists the
# code points the result maps (its cmap); a test checks that every character of every formula is in it.
#
# usage: generator/fonts/make-im-math.sh path/to/latinmodern-math.otf
set -eu
otf=${1:?usage: make-im-math.sh latinmodern-math.otf}
here=$(cd "$(dirname "$0")" && pwd)
assets="$here/../../assets/fonts"   # the published font; the code-point list stays here
py=/usr/bin/python3.11
echo "6075562b771f8b82f0c179e363389684f2dd09de30038269e2628e504bd7be0f  $otf" | sha256sum -c -
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$py -m fontTools.subset "$otf" \
  --unicodes='U+0020-007E,U+00A0-00FF,U+0131,U+0237,U+02C6-02DC,U+0300-036F,U+0391-03C9,U+03D1,U+03D5,U+03D6,U+03F0,U+03F1,U+03F5,U+2000-206F,U+20D0-20F0,U+2100-214F,U+2190-21FF,U+2200-22FF,U+2300-23FF,U+25A0-25FF,U+27C0-27FF,U+2980-29FF,U+2A00-2AFF,U+1D400-1D4CF,U+1D538-1D56B,U+1D6A8-1D755,U+1D7CE-1D7FF' \
  --layout-features='*' --notdef-outline --output-file="$tmp/subset.otf"
$py - "$tmp/subset.otf" "$tmp/renamed.otf" "$here/im-math-codepoints.txt" <<'PY'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
names = {1: "IM Math", 4: "IM Math", 6: "IMMath-Regular", 16: "IM Math"}
table = f["name"]
for rec in list(table.names):
    if rec.nameID in names:
        table.setName(names[rec.nameID], rec.nameID, rec.platformID, rec.platEncID, rec.langID)
    elif rec.nameID == 3:
        table.setName("IM Math: subset of Latin Modern Math 1.959 (GUST e-foundry)", 3,
                      rec.platformID, rec.platEncID, rec.langID)
if "CFF " in f:
    f["CFF "].cff.fontNames = ["IMMath-Regular"]
f.save(sys.argv[2])
with open(sys.argv[3], "w") as out:
    out.write("# code points mapped by im-math.woff2 (made by make-im-math.sh), hexadecimal, one a line\n")
    for cp in sorted(f.getBestCmap()):
        out.write("%04X\n" % cp)
PY
woff2_compress "$tmp/renamed.otf" >/dev/null
mv "$tmp/renamed.woff2" "$assets/im-math.woff2"
ls -l "$assets/im-math.woff2"
