package illustrated.problem;

import java.util.Collection;
import java.util.Comparator;

/** "Did you mean …?" for ids and names. */
public final class Suggest {
    private Suggest() {
    }

    /** A hint naming the closest candidate, or listing a few when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return "there are none defined yet";
        }
        String best = candidates.stream().min(Comparator.comparingInt((String c) -> distance(wrong, c))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
        if (distance(wrong, best) <= Math.max(2, wrong.length() / 3)) {
            return "did you mean '" + best + "'?";
        }
        return "known: " + String.join(", ", candidates.stream().sorted().limit(12).toList())
                + (candidates.size() > 12 ? ", …" : "");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
