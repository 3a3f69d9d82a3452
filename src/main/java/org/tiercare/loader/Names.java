package org.tiercare.loader;

import java.util.Collection;
import java.util.Locale;

/** Message helpers: list the valid choices and guess what a typo meant. */
final class Names {

    private static final int MAX_LISTED = 25;

    private Names() {}

    /** "a, b, c" — long lists (facilities loaded from CSV) are cut so messages stay readable. */
    static String list(Collection<String> names) {
        if (names.isEmpty()) return Text.get("list.none");
        if (names.size() <= MAX_LISTED) return Text.join(names);
        return Text.get("list.more", Text.join(names.stream().limit(MAX_LISTED).toList()), names.size() - MAX_LISTED);
    }

    /** " (did you mean 'x'?)" when one choice is close to what was written, else "". */
    static String didYouMean(String written, Collection<String> choices) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : choices) {
            int d = c.equalsIgnoreCase(written) ? 0 : distance(written.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestD) { bestD = d; best = c; }
        }
        // Short names (ids like H1) are all one edit apart, so a guess there would be noise.
        int allowed = written.length() < 4 ? 0 : Math.max(1, written.length() / 4);
        return best != null && bestD <= allowed ? Text.get("didYouMean", best) : "";
    }

    /** Edit distance counting a swap of neighbours as one edit (the commonest typo: warmpu). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
