package illustrated.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers' labels for the machine keys of a dataset. A simulation names its values for the prose
 * ({@code [[val:figure/empty-share-d2]]}) and sometimes its series ({@code d100}); the data panel
 * shows them as "empty share, D = 2" and "D = 100". A name that is not a key (it has a space, a
 * capital or a symbol, as "class 1" or "ReLU" has) is already a label and is shown as it is.
 *
 * <p>The rules: words are separated by hyphens and common abbreviations written out; "d12" and "t10"
 * after the first word are the dimension D and the length T, and start a qualifier after a comma;
 * "scale0-5" is "scale 0.5"; "96h" is "96 h"; "lambda1" is "λ₁".
 */
final class DataLabels {
    /** What a simulation may name a value or series: lower-case letters, digits and hyphens. */
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Pattern WORD_NUMBER = Pattern.compile("([a-z]+)(\\d+)");
    private static final Pattern NUMBER_UNIT = Pattern.compile("(\\d+)([a-z]+)");
    private static final Pattern DIMENSION = Pattern.compile("([dt])(\\d+)");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("abs", "absolute"), Map.entry("approx", "approximation"), Map.entry("cov", "covariance"),
            Map.entry("cum", "cumulative"), Map.entry("eps", "epsilon"), Map.entry("relu", "ReLU"),
            Map.entry("sq", "square"), Map.entry("svd", "SVD"),
            Map.entry("dim", "dimension"), Map.entry("dims", "dimensions"), Map.entry("gd", "gradient descent"),
            Map.entry("knn", "k-NN"), Map.entry("len", "length"), Map.entry("lr", "learning rate"),
            Map.entry("lstm", "LSTM"), Map.entry("max", "maximum"), Map.entry("mc", "Monte Carlo"),
            Map.entry("min", "minimum"), Map.entry("mse", "MSE"), Map.entry("pc", "PC"), Map.entry("rnn", "RNN"),
            Map.entry("sd", "standard deviation"), Map.entry("seq", "sequence"), Map.entry("var", "variance"),
            Map.entry("vocab", "vocabulary"), Map.entry("xy", "x and y"));
    private static final String SUBSCRIPTS = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089";

    private DataLabels() {
    }

    /** The label of a quotable value's name. */
    static String value(String key) {
        return KEY.matcher(key).matches() ? humanize(key, false) : key;
    }

    /** The label of a series' name; a lone "d100" is the dimension D = 100. */
    static String series(String name) {
        return KEY.matcher(name).matches() ? humanize(name, true) : name;
    }

    private static String humanize(String key, boolean loneDimension) {
        String[] tokens = key.split("-");
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            Matcher dim = DIMENSION.matcher(t);
            if (dim.matches() && (i > 0 || loneDimension && tokens.length == 1)) {
                flush(groups, group);
                groups.add(dim.group(1).toUpperCase(java.util.Locale.ROOT) + " = " + dim.group(2));
                continue;
            }
            String word;
            Matcher wn = WORD_NUMBER.matcher(t);
            Matcher nu = NUMBER_UNIT.matcher(t);
            if (wn.matches() && wn.group(1).equals("lambda")) {
                word = "\u03BB" + subscript(wn.group(2));
            } else if (wn.matches() && wn.group(1).equals("pc")) {
                word = "PC" + wn.group(2);
            } else if (wn.matches()) {
                String number = wn.group(2);
                // "scale0-5": the next token is the fraction
                if (i + 1 < tokens.length && tokens[i + 1].matches("\\d+")) {
                    number += "." + tokens[++i];
                }
                word = WORDS.getOrDefault(wn.group(1), wn.group(1)) + " " + number;
            } else if (nu.matches()) {
                word = nu.group(1) + " " + nu.group(2);
            } else {
                word = WORDS.getOrDefault(t, t);
            }
            if (group.length() > 0) {
                group.append(' ');
            }
            group.append(word);
        }
        flush(groups, group);
        return String.join(", ", groups);
    }

    private static void flush(List<String> groups, StringBuilder group) {
        if (group.length() > 0) {
            groups.add(group.toString());
            group.setLength(0);
        }
    }

    private static String subscript(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append(SUBSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
