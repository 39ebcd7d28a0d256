package vn.nghedan.agenda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The project's realistic Vietnamese submissions, and the ways residents vary the same text. */
final class SampleSubmissions {

    record Sample(String kind, int topic, String text) {}

    private SampleSubmissions() {}

    static List<Sample> all() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(
                        SampleSubmissions.class.getResourceAsStream("/agenda/sample-submissions-vi.tsv")),
                StandardCharsets.UTF_8))) {
            List<Sample> samples = new ArrayList<>();
            reader.readLine(); // header: kind, topic, text
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t", 3);
                samples.add(new Sample(cells[0], Integer.parseInt(cells[1]), cells[2]));
            }
            return List.copyOf(samples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Typed without diacritics: "Đoạn đường" becomes "Doan duong". */
    static String withoutDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }

    /**
     * The same words in reverse order, except that a number stays after the word it belongs to:
     * people move "hẻm 12" or "khóm 1" around as a unit.
     */
    static String reordered(String text) {
        List<String> units = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (!units.isEmpty() && Character.isDigit(word.charAt(0))) {
                units.set(units.size() - 1, units.get(units.size() - 1) + " " + word);
            } else {
                units.add(word);
            }
        }
        Collections.reverse(units);
        return String.join(" ", units);
    }

    /** Decomposed Unicode, as some keyboards and macOS file names produce. */
    static String decomposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /** Shouted, with punctuation of its own. */
    static String shouted(String text) {
        return text.toUpperCase(Locale.ROOT).replace(",", " ,,") + "!!!";
    }

    /** One letter dropped from the end of the longest word: "nguy hiểm" becomes "nguy hiể". */
    static String withTypo(String text) {
        String[] words = text.split(" ");
        int longest = 0;
        for (int i = 0; i < words.length; i++) {
            if (letters(words[i]) > letters(words[longest])) {
                longest = i;
            }
        }
        String word = words[longest];
        int last = word.length() - 1;
        while (!Character.isLetter(word.charAt(last))) {
            last--;
        }
        words[longest] = word.substring(0, last) + word.substring(last + 1);
        return String.join(" ", words);
    }

    private static int letters(String word) {
        return (int) word.chars().filter(Character::isLetter).count();
    }
}
