package illustrated.math;

import java.util.Map;

/**
 * MathML's {@code mathvariant} as characters: MathML Core (Chromium) ignores the attribute except for
 * {@code normal}, so a bold W must be the character 𝐖 (U+1D416), not {@code <mi mathvariant="bold">W</mi>}.
 * Maps Latin letters, digits and Greek to the Mathematical Alphanumeric Symbols block (Unicode 15, §22.2).
 */
public final class MathVariants {
    /** Greek in the order of the block: capitals, ϴ in the gap of U+03A2, ∇, small letters, ∂ and six variants. */
    private static final String GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡϴΣΤΥΦΧΨΩ∇αβγδεζηθικλμνξοπρςστυφχψω∂ϵϑϰϕϱϖ";

    /** Variant: first capital Latin letter, first digit (0 if none), first Greek letter (0 if none). */
    private record Block(int latin, int digit, int greek) {
    }

    private static final Map<String, Block> BLOCKS = Map.ofEntries(
            Map.entry("bold", new Block(0x1D400, 0x1D7CE, 0x1D6A8)),
            Map.entry("italic", new Block(0x1D434, 0, 0x1D6E2)),
            Map.entry("bold-italic", new Block(0x1D468, 0, 0x1D71C)),
            Map.entry("script", new Block(0x1D49C, 0, 0)),
            Map.entry("bold-script", new Block(0x1D4D0, 0, 0)),
            Map.entry("fraktur", new Block(0x1D504, 0, 0)),
            Map.entry("double-struck", new Block(0x1D538, 0x1D7D8, 0)),
            Map.entry("bold-fraktur", new Block(0x1D56C, 0, 0)),
            Map.entry("sans-serif", new Block(0x1D5A0, 0x1D7E2, 0)),
            Map.entry("bold-sans-serif", new Block(0x1D5D4, 0x1D7EC, 0x1D756)),
            Map.entry("sans-serif-italic", new Block(0x1D608, 0, 0)),
            Map.entry("sans-serif-bold-italic", new Block(0x1D63C, 0, 0x1D790)),
            Map.entry("monospace", new Block(0x1D670, 0x1D7F6, 0)));

    /** Letters that Unicode encoded before the block (the block has holes where they would be). */
    private static final Map<String, String> HOLES = Map.ofEntries(
            Map.entry("italic h", "\u210E"),
            Map.entry("script B", "\u212C"), Map.entry("script E", "\u2130"), Map.entry("script F", "\u2131"),
            Map.entry("script H", "\u210B"), Map.entry("script I", "\u2110"), Map.entry("script L", "\u2112"),
            Map.entry("script M", "\u2133"), Map.entry("script R", "\u211B"), Map.entry("script e", "\u212F"),
            Map.entry("script g", "\u210A"), Map.entry("script o", "\u2134"),
            Map.entry("fraktur C", "\u212D"), Map.entry("fraktur H", "\u210C"), Map.entry("fraktur I", "\u2111"),
            Map.entry("fraktur R", "\u211C"), Map.entry("fraktur Z", "\u2128"),
            Map.entry("double-struck C", "\u2102"), Map.entry("double-struck H", "\u210D"),
            Map.entry("double-struck N", "\u2115"), Map.entry("double-struck P", "\u2119"),
            Map.entry("double-struck Q", "\u211A"), Map.entry("double-struck R", "\u211D"),
            Map.entry("double-struck Z", "\u2124"));

    private MathVariants() {
    }

    /** Whether {@code text} is one character of the Mathematical Alphanumeric Symbols (or a letter-like one of them). */
    static boolean isAlphanumeric(String text) {
        int c = text.codePointAt(0);
        return text.length() == Character.charCount(c) && (c >= 0x1D400 && c <= 0x1D7FF || c >= 0x2100 && c <= 0x214F);
    }

    /** Whether {@code variant} is one this class maps. */
    static boolean known(String variant) {
        return BLOCKS.containsKey(variant);
    }

    /**
     * {@code text} in {@code variant}, or null if a character of it has no such variant (then the
     * caller keeps the attribute, for the stylesheet's fallback).
     */
    public static String map(String text, String variant) {
        Block b = BLOCKS.get(variant);
        if (b == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String hole = HOLES.get(variant + " " + Character.toString(c));
            int g = GREEK.indexOf(c);
            if (hole != null) {
                out.append(hole);
            } else if (c >= 'A' && c <= 'Z') {
                out.appendCodePoint(b.latin + c - 'A');
            } else if (c >= 'a' && c <= 'z') {
                out.appendCodePoint(b.latin + 26 + c - 'a');
            } else if (c >= '0' && c <= '9' && b.digit != 0) {
                out.appendCodePoint(b.digit + c - '0');
            } else if (g >= 0 && b.greek != 0) {
                out.appendCodePoint(b.greek + g);
            } else if (c == ' ' || c == '\u00A0') {
                out.appendCodePoint(c);
            } else {
                return null;
            }
        }
        return out.toString();
    }
}
