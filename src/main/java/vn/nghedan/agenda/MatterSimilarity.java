package vn.nghedan.agenda;

/**
 * How alike two submissions' content words are: a Jaccard index on the two word sets in which a
 * word one typo away from a word of the other set counts as half a match.
 */
final class MatterSimilarity {

    /**
     * Two submissions (same neighbourhood, same numbers) are the same matter from this similarity
     * on. Rewritten without diacritics, in NFD, in another case or word order they score 1.0; a
     * typo in one word of a ten-word text leaves 0.9, two typos 0.82, a typo in a four-word text
     * 0.78; a resident's own paraphrase merges when about 70% of the words of both are shared.
     * Different matters score far lower: at most 0.24 between any two of the 33 sample submissions
     * (two questions about health insurance), 0.3–0.44 for three problems of the same street
     * sharing its name, and 0.65 for the shortest such pair ("Đường Trần Hưng Đạo gần chợ nhiều ổ
     * gà" and "… thiếu đèn").
     */
    static final double SAME_MATTER = 0.7;

    /**
     * A word matches a one-edit variant (one letter added, dropped, changed, or two swapped) only
     * when the longer of the two has at least this many letters: folded Vietnamese syllables of
     * 2–3 letters are mostly other real words one edit away (hem/hen, ga/ghe), not typos.
     */
    static final int MIN_TYPO_WORD_LENGTH = 4;

    /**
     * A one-edit match is weaker evidence than an exact one: folded Vietnamese syllables one
     * letter apart are often different words (nhieu/thieu for nhiều/thiếu, nuoc/nuoi for
     * nước/nuôi), so such a pair counts half, enough to absorb a typo in a text that shares
     * everything else, too little to join two short texts that share only a street name.
     */
    static final double TYPO_MATCH = 0.5;

    private MatterSimilarity() {}

    static boolean sameMatter(MatterWords a, MatterWords b, Vocabulary vocabulary) {
        return of(a.words(), b.words(), vocabulary) >= SAME_MATTER;
    }

    /**
     * Similarity of two ascending sets of distinct word ids, from 0 (nothing shared) to 1. When even
     * counting every possible typo match could not reach {@link #SAME_MATTER}, typo matches are
     * not looked for and the exact-word Jaccard index is returned.
     */
    static double of(int[] a, int[] b, Vocabulary vocabulary) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        boolean[] matchedA = new boolean[a.length];
        boolean[] matchedB = new boolean[b.length];
        int exact = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                matchedA[i++] = true;
                matchedB[j++] = true;
                exact++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        // Typo matches can add at most this much: skip the slow pass when even that cannot help.
        double possible = exact + TYPO_MATCH * Math.min(a.length - exact, b.length - exact);
        if (jaccard(possible, a.length, b.length) < SAME_MATTER) {
            return jaccard(exact, a.length, b.length);
        }
        return jaccard(exact + TYPO_MATCH * typoMatches(a, matchedA, b, matchedB, vocabulary), a.length, b.length);
    }

    private static double jaccard(double shared, int sizeA, int sizeB) {
        return (double) shared / (sizeA + sizeB - shared);
    }

    private static int typoMatches(int[] a, boolean[] matchedA, int[] b, boolean[] matchedB, Vocabulary vocabulary) {
        int matches = 0;
        for (int i = 0; i < a.length; i++) {
            if (matchedA[i]) {
                continue;
            }
            for (int j = 0; j < b.length; j++) {
                if (!matchedB[j] && oneTypoApart(vocabulary.word(a[i]), vocabulary.word(b[j]))) {
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        return matches;
    }

    /** Damerau–Levenshtein distance exactly 1 between two different words long enough to count. */
    static boolean oneTypoApart(String x, String y) {
        if (Math.max(x.length(), y.length()) < MIN_TYPO_WORD_LENGTH || Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        int start = 0;
        while (start < shorter.length() && shorter.charAt(start) == longer.charAt(start)) {
            start++;
        }
        if (shorter.length() < longer.length()) {
            return shorter.regionMatches(start, longer, start + 1, shorter.length() - start);
        }
        if (start == shorter.length()) {
            return false; // equal words are exact matches, not typos
        }
        return shorter.regionMatches(start + 1, longer, start + 1, shorter.length() - start - 1)
                || start + 1 < shorter.length()
                        && shorter.charAt(start) == longer.charAt(start + 1)
                        && shorter.charAt(start + 1) == longer.charAt(start)
                        && shorter.regionMatches(start + 2, longer, start + 2, shorter.length() - start - 2);
    }
}
