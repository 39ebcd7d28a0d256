package vn.nghedan.agenda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import vn.nghedan.platform.Texts;

/**
 * The folded words of many texts as small integers, each distinct token (the text between spaces
 * and control characters) folded by {@link Texts#words} only once.
 *
 * <p>Texts folds through regular expressions, several microseconds for a 100-character text,
 * while a Vietnamese text is made of a few thousand distinct syllables: a compile of 100,000
 * submissions finds nearly every token already folded. Tokens are looked up by their characters
 * in place (no substring per token), and the ids let clustering compare integers. The words are
 * the same as folding the whole text, because a token separator is never part of a word. One
 * instance per partition: not thread-safe.
 */
final class Vocabulary {

    private final ToIntFunction<String> classifier;
    private final Map<String, Integer> idOfWord = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final List<Integer> kinds = new ArrayList<>();
    private String[] tokens = new String[1 << 12];
    private int[][] wordsOfToken = new int[1 << 12][];
    private int tokenCount;

    /** @param classifier a kind for each new word, remembered with it (see {@link #kind}) */
    Vocabulary(ToIntFunction<String> classifier) {
        this.classifier = classifier;
    }

    /** The ids of the text's folded words, in order: {@code Texts.words(text)} as ids. */
    int[] wordIds(String text) {
        int[] ids = new int[8];
        int count = 0;
        int length = text.length();
        int start = 0;
        while (start < length) {
            while (start < length && isSeparator(text.charAt(start))) {
                start++;
            }
            int end = start;
            int hash = 0;
            while (end < length && !isSeparator(text.charAt(end))) {
                hash = 31 * hash + text.charAt(end++); // String.hashCode, which grow() relies on
            }
            if (end > start) {
                for (int id : wordsOfToken(text, start, end, hash)) {
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, count * 2);
                    }
                    ids[count++] = id;
                }
            }
            start = end;
        }
        return Arrays.copyOf(ids, count);
    }

    String word(int id) {
        return words.get(id);
    }

    int kind(int id) {
        return kinds.get(id);
    }

    int size() {
        return words.size();
    }

    /** Open addressing on the token's characters; a token seen before costs no allocation. */
    private int[] wordsOfToken(String text, int start, int end, int hash) {
        int mask = tokens.length - 1;
        int length = end - start;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String token = tokens[slot];
            if (token == null) {
                return add(slot, text.substring(start, end));
            }
            if (token.length() == length && text.regionMatches(start, token, 0, length)) {
                return wordsOfToken[slot];
            }
        }
    }

    private int[] add(int slot, String token) {
        int[] ids = Texts.words(token).stream().mapToInt(this::idOf).toArray();
        tokens[slot] = token;
        wordsOfToken[slot] = ids;
        if (++tokenCount * 2 > tokens.length) {
            grow();
        }
        return ids;
    }

    private int idOf(String word) {
        return idOfWord.computeIfAbsent(word, w -> {
            words.add(w);
            kinds.add(classifier.applyAsInt(w));
            return words.size() - 1;
        });
    }

    private void grow() {
        String[] oldTokens = tokens;
        int[][] oldWords = wordsOfToken;
        tokens = new String[oldTokens.length * 2];
        wordsOfToken = new int[oldTokens.length * 2][];
        int mask = tokens.length - 1;
        for (int i = 0; i < oldTokens.length; i++) {
            if (oldTokens[i] != null) {
                int slot = spread(oldTokens[i].hashCode()) & mask;
                while (tokens[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                tokens[slot] = oldTokens[i];
                wordsOfToken[slot] = oldWords[i];
            }
        }
    }

    /**
     * Tokens end at ASCII spaces and control characters, which are never part of a folded word;
     * other separators stay inside a token and folding splits there. (Character.isWhitespace
     * costs a table lookup for every Vietnamese letter, outside Latin-1.)
     */
    private static boolean isSeparator(char c) {
        return c <= ' ';
    }

    private static int spread(int hash) {
        return (hash ^ (hash >>> 16)) * 0x45D9F3B;
    }
}
