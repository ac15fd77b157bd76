package illustrated.content;

import illustrated.problem.Problem;
import illustrated.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the special syntax out of an article body (see generator/docs/authoring.md) and leaves placeholders,
 * remembering the source line of each, so that later errors can point at the author's line.
 */
public final class BodyParser {
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern DISPLAY_CLOSE = Pattern.compile("^\\$\\$\\s*(?:\\{#eq:([A-Za-z0-9_-]+)\\})?\\s*$");
    private static final Pattern BLOCK_OPEN = Pattern.compile("^:::\\s*(figure|table|references)\\s*([A-Za-z0-9-]*)\\s*$");
    private static final Pattern XREF = Pattern.compile("\\[\\[(fig|tab|eq|val|cite):([^\\]\\s]*)\\]\\]");
    private static final Pattern ANY_XREF = Pattern.compile("\\[\\[([a-z]*):?([^\\]]*)\\]\\]");

    private BodyParser() {
    }

    public static ParsedBody parse(Article a, Problems problems) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        List<String> lines = a.body();
        boolean inFence = false;
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = a.bodyStart() + i;
            Matcher fm = FENCE.matcher(line);
            if (fm.matches()) {
                if (!inFence) {
                    inFence = true;
                    fence = fm.group(1);
                } else if (line.trim().startsWith(fence)) {
                    inFence = false;
                }
                emit(md, map, line, lineNo);
                continue;
            }
            if (inFence) {
                emit(md, map, line, lineNo);
                continue;
            }
            if (line.trim().equals("$$") || (line.startsWith("$$") && !line.trim().endsWith("$$"))) {
                // display math block: until a line "$$" optionally followed by {#eq:label}
                StringBuilder tex = new StringBuilder(line.trim().substring(2).trim());
                int start = lineNo;
                int j = i + 1;
                String label = null;
                boolean closed = false;
                for (; j < lines.size(); j++) {
                    Matcher cm = DISPLAY_CLOSE.matcher(lines.get(j).trim());
                    if (cm.matches()) {
                        label = cm.group(1);
                        closed = true;
                        break;
                    }
                    if (tex.length() > 0) {
                        tex.append('\n');
                    }
                    tex.append(lines.get(j));
                }
                if (!closed) {
                    problems.add(new Problem(a.source(), start, "display math opened with $$ is never closed",
                            "everything after it would be read as LaTeX", "add a line $$ after the formula"));
                    return new ParsedBody(a, md.toString(), tokens, map);
                }
                // the token's line is where its LaTeX starts: the line after a "$$" that stands alone
                int texLine = line.trim().equals("$$") ? start + 1 : start;
                Token t = new Token(tokens.size(), Token.Kind.DISPLAY_MATH, label, tex.toString(), texLine);
                tokens.add(t);
                block(md, map, t, start);
                i = j;
                continue;
            }
            if (line.startsWith("$$") && line.trim().endsWith("$$") && line.trim().length() > 4) {
                String tex = line.trim();
                tex = tex.substring(2, tex.length() - 2).trim();
                Token t = new Token(tokens.size(), Token.Kind.DISPLAY_MATH, null, tex, lineNo);
                tokens.add(t);
                block(md, map, t, lineNo);
                continue;
            }
            Matcher bm = BLOCK_OPEN.matcher(line.trim());
            if (line.startsWith(":::")) {
                if (!bm.matches()) {
                    problems.add(Problem.at(a.source(), lineNo, "unknown block '" + line.trim() + "'",
                            "blocks are '::: figure <id>', '::: table <id>' or '::: references', closed by ':::'"));
                    continue;
                }
                String kind = bm.group(1);
                String id = bm.group(2);
                if (!kind.equals("references") && id.isEmpty()) {
                    problems.add(Problem.at(a.source(), lineNo, "'::: " + kind + "' needs a figure id",
                            "write '::: " + kind + " my-figure-id'"));
                }
                StringBuilder content = new StringBuilder();
                int j = i + 1;
                boolean closed = false;
                for (; j < lines.size(); j++) {
                    if (lines.get(j).trim().equals(":::")) {
                        closed = true;
                        break;
                    }
                    content.append(inline(a, lines.get(j), a.bodyStart() + j, tokens, problems)).append('\n');
                }
                if (!closed) {
                    problems.add(Problem.at(a.source(), lineNo, "'::: " + kind + "' block is never closed",
                            "add a line ':::' after the caption"));
                    return new ParsedBody(a, md.toString(), tokens, map);
                }
                Token.Kind k = switch (kind) {
                    case "figure" -> Token.Kind.FIGURE;
                    case "table" -> Token.Kind.TABLE;
                    default -> Token.Kind.REFERENCES;
                };
                Token t = new Token(tokens.size(), k, id.isEmpty() ? null : id, content.toString().strip(), lineNo);
                tokens.add(t);
                block(md, map, t, lineNo);
                i = j;
                continue;
            }
            // inline math may run on over the soft line breaks of its paragraph
            String merged = line;
            int j = i;
            while (unclosedDollar(merged) && j + 1 < lines.size() && !lines.get(j + 1).isBlank()
                    && !lines.get(j + 1).startsWith(":::") && !lines.get(j + 1).trim().startsWith("$$")) {
                j++;
                merged = merged + "\n" + lines.get(j);
            }
            emit(md, map, inline(a, merged, lineNo, tokens, problems), lineNo);
            i = j;
        }
        return new ParsedBody(a, md.toString(), tokens, map);
    }

    /** Appends {@code text} and a line break; its k-th line came from the article's line {@code line + k}. */
    private static void emit(StringBuilder md, List<Integer> map, String text, int line) {
        md.append(text).append('\n');
        int k = 0;
        map.add(line);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            map.add(line + ++k);
        }
    }

    /** A block's placeholder on a paragraph of its own (three lines, all from the block's first line). */
    private static void block(StringBuilder md, List<Integer> map, Token t, int line) {
        md.append('\n').append(t.marker()).append("\n\n");
        map.add(line);
        map.add(line);
        map.add(line);
    }

    /** Replaces inline math and cross-references in one line (skipping code spans). */
    static String inline(Article a, String line, int lineNo, List<Token> tokens, Problems problems) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int ticks = 0;
                while (i + ticks < line.length() && line.charAt(i + ticks) == '`') {
                    ticks++;
                }
                String fenceStr = "`".repeat(ticks);
                int end = line.indexOf(fenceStr, i + ticks);
                int stop = end < 0 ? line.length() : end + ticks;
                out.append(line, i, stop);
                i = stop;
                continue;
            }
            if (c == '\\' && i + 1 < line.length()) {
                out.append(c).append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '$') {
                int end = closingDollar(line, i + 1);
                if (end < 0) {
                    problems.add(Problem.at(a.source(), lineNo, "inline math opened with $ at column " + (i + 1)
                            + " is not closed on the same line", "close it with $, or write \\$ for a dollar sign"));
                    out.append(line.substring(i));
                    break;
                }
                Token t = new Token(tokens.size(), Token.Kind.INLINE_MATH, null, line.substring(i + 1, end), lineNo);
                tokens.add(t);
                out.append(t.marker());
                i = end + 1;
                continue;
            }
            if (c == '[' && line.startsWith("[[", i)) {
                Matcher m = XREF.matcher(line);
                if (m.find(i) && m.start() == i) {
                    Token.Kind k = switch (m.group(1)) {
                        case "fig" -> Token.Kind.FIG_REF;
                        case "tab" -> Token.Kind.TAB_REF;
                        case "eq" -> Token.Kind.EQ_REF;
                        case "val" -> Token.Kind.VALUE;
                        default -> Token.Kind.CITE;
                    };
                    Token t = new Token(tokens.size(), k, m.group(2), m.group(), lineNo);
                    tokens.add(t);
                    out.append(t.marker());
                    i = m.end();
                    continue;
                }
                Matcher any = ANY_XREF.matcher(line);
                if (any.find(i) && any.start() == i) {
                    problems.add(Problem.at(a.source(), lineNo, "unknown reference '" + any.group() + "'",
                            "references are [[fig:id]], [[tab:id]], [[eq:label]], [[val:figure-id/value]] or [[cite:key]]"));
                    out.append(any.group());
                    i = any.end();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Whether a line opens inline math that it does not close (code spans and \\$ skipped). */
    static boolean unclosedDollar(String line) {
        boolean open = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`' && !open) {
                int end = line.indexOf('`', i + 1);
                if (end < 0) {
                    return false;
                }
                i = end;
            } else if (c == '$') {
                open = !open;
            }
        }
        return open;
    }

    private static int closingDollar(String line, int from) {
        for (int j = from; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '\\') {
                j++;
                continue;
            }
            if (c == '$') {
                return j;
            }
        }
        return -1;
    }
}
