package vn.nghedan.agenda;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a submission is about, reduced to compare it with others: its folded content words as a
 * sorted set of vocabulary ids (so case, diacritics, NFC/NFD, punctuation and word order no longer
 * matter) and the numbers it mentions, kept apart because they name places, dates and amounts
 * exactly.
 *
 * @param numbers the numbers mentioned, without leading zeros, sorted and space-separated
 * @param words the distinct content words' ids, ascending
 */
record MatterWords(String numbers, int[] words) {

    /**
     * Folded function words and request formulas (tôi, đề nghị, xin hỏi, kính gửi, phường…) that
     * nearly every submission carries and that say nothing about the matter. Folding merges
     * homographs, so a syllable stays here only when its folded form is almost always the
     * function word: "den" (đến but also đèn, lamp), "do" (do but also đổ, to dump), "nao" (nào
     * but also nạo, to dredge), "on" (ơn but also ồn, noisy) and "the" (thế but also thẻ, card)
     * are kept as content; "cho" (for) is dropped although it also folds chợ (market).
     */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "ah", "ai", "anh", "ap", "ay", "bi", "cac", "can", "cho", "chua", "chung", "co", "cua", "da", "dan",
            "dang", "de", "duoc", "em", "gi", "giup", "gui", "hay", "hoi", "khi", "khom", "khong", "kinh", "la", "lai",
            "lam", "len", "ma", "minh", "moi", "mong", "mot", "muon", "nay", "nen", "nghi", "nguoi", "nhe", "nhu",
            "nhung", "nua", "o", "oi", "phuong", "qua", "ra", "rat", "roi", "sao", "se", "tai", "thi", "toi", "tren",
            "trong", "tu", "u", "va", "vao", "vay", "ve", "vi", "viec", "voi", "vui", "xem", "xet", "xin");

    /**
     * Words after which a number names the ward or a neighbourhood ("khóm 1", "ấp 3", "tổ 5",
     * "phường 4"). Clustering already happens within one neighbourhood, so such a number is
     * dropped rather than allowed to keep "hẻm 12 khóm 1" apart from "hẻm 12".
     */
    private static final Set<String> PLACE_WORDS = Set.of("khom", "ap", "to", "phuong");

    // Kinds of words, as the vocabulary remembers them (bit flags).
    private static final int CONTENT = 0;
    private static final int STOP = 1;
    private static final int NUMBER = 2;
    private static final int PLACE = 4;

    /** A vocabulary that knows which of its words are function words, numbers and place words. */
    static Vocabulary vocabulary() {
        return new Vocabulary(MatterWords::kindOf);
    }

    static MatterWords of(String text, Vocabulary vocabulary) {
        int[] folded = vocabulary.wordIds(text);
        TreeSet<String> numbers = new TreeSet<>();
        int[] words = new int[folded.length];
        int count = 0;
        for (int i = 0; i < folded.length; i++) {
            int kind = vocabulary.kind(folded[i]);
            if ((kind & NUMBER) != 0) {
                if (i == 0 || (vocabulary.kind(folded[i - 1]) & PLACE) == 0) {
                    numbers.add(withoutLeadingZeros(vocabulary.word(folded[i])));
                }
            } else if ((kind & STOP) == 0) {
                words[count++] = folded[i];
            }
        }
        return new MatterWords(String.join(" ", numbers), distinctSorted(words, count));
    }

    /** True when nothing but function words and numbers is left: such a text never clusters. */
    boolean isEmpty() {
        return words.length == 0;
    }

    private static int kindOf(String word) {
        if (isNumber(word)) {
            return NUMBER;
        }
        return (STOP_WORDS.contains(word) ? STOP : CONTENT) | (PLACE_WORDS.contains(word) ? PLACE : CONTENT);
    }

    private static int[] distinctSorted(int[] words, int count) {
        Arrays.sort(words, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || words[i] != words[distinct - 1]) {
                words[distinct++] = words[i];
            }
        }
        return Arrays.copyOf(words, distinct);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String withoutLeadingZeros(String number) {
        int start = 0;
        while (start < number.length() - 1 && number.charAt(start) == '0') {
            start++;
        }
        return number.substring(start);
    }
}
