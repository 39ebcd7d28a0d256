package vn.nghedan.submission;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.AfterCommit;

/**
 * How many submissions of each neighbourhood used each content word, held in memory so that a
 * similar-matter lookup picks its rarest words without a query. The table {@code word_frequency}
 * stays the durable copy (written with each filing); a neighbourhood's counts are read from it
 * once, at its first lookup, and a filing adds its words here when its transaction commits.
 *
 * <p>The counts are an estimate of rarity and only decide which words a lookup tries first: they
 * may be off by a filing that committed while its neighbourhood was being read, by a filing
 * rolled back to a savepoint, or (several instances on one database) by the other instances'
 * filings until a restart. Words are never forgotten, as in the table.
 */
@Component
class WordFrequencies {

    private final JdbcClient jdbc;
    private final Map<String, Map<String, Integer>> byNeighbourhood = new ConcurrentHashMap<>();

    WordFrequencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code max} of the words that the neighbourhood has used, least used first. */
    List<String> rarest(String neighbourhoodCode, Set<String> words, int max) {
        Map<String, Integer> uses = byNeighbourhood.computeIfAbsent(neighbourhoodCode, this::load);
        // Counts only grow and words are never removed, so a word kept by the filter has a count.
        return words.stream()
                .filter(uses::containsKey)
                .sorted(Comparator.comparingInt(uses::get))
                .limit(max)
                .toList();
    }

    /** A submission of the neighbourhood used these words (counted once the filing commits). */
    void used(String neighbourhoodCode, Collection<String> words) {
        AfterCommit.run(() -> count(neighbourhoodCode, words));
    }

    private void count(String neighbourhoodCode, Collection<String> words) {
        Map<String, Integer> uses = byNeighbourhood.get(neighbourhoodCode);
        if (uses == null) {
            return; // not read yet: the first lookup reads the table, which has these words
        }
        for (String word : words) {
            uses.merge(word, 1, Integer::sum);
        }
    }

    private Map<String, Integer> load(String neighbourhoodCode) {
        Map<String, Integer> uses = new ConcurrentHashMap<>();
        jdbc.sql("SELECT word, uses FROM word_frequency WHERE neighbourhood_code = ?")
                .param(neighbourhoodCode)
                .query(rs -> {
                    uses.put(rs.getString(1), rs.getInt(2));
                });
        return uses;
    }
}
