package vn.nghedan.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.Texts;

/**
 * Finds open submissions of a neighbourhood that look like the same matter, through an inverted
 * index of folded words (so case, diacritics, đ, punctuation, NFC/NFD and word order don't
 * matter). A lookup reads only the postings of the query's rarest words, newest first and
 * capped, so it stays a few index range scans however many submissions a neighbourhood has.
 */
@Component
class SimilarityIndex {

    /** Words that say nothing about the matter (folded). */
    private static final Set<String> STOP_WORDS = Set.of(
            "va", "cua", "la", "co", "khong", "duoc", "cho", "nguoi", "dan", "de", "nghi", "xin", "hoi", "toi",
            "phuong", "khom", "the", "nay", "nhu", "nao", "thi", "ma", "cac", "nhung", "mot", "da", "dang", "se", "rat",
            "lai", "di", "tai", "ve", "voi", "trong", "khi", "den", "tu", "bi", "em", "anh", "chi", "gia", "dinh",
            "chung", "ai", "gi", "sao", "oi", "vay", "roi", "nua", "cung", "hay", "hoac", "neu", "vi", "nen", "ban",
            "lam", "xem", "xet", "hien", "nam", "thang", "ngay", "nhieu", "qua", "can", "muon");

    private static final int QUERY_WORDS = 6;
    private static final int POSTINGS_PER_WORD = 200;
    private static final int CANDIDATES = 20;
    static final double MIN_JACCARD = 0.34;

    private final JdbcClient jdbc;

    SimilarityIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Set<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : Texts.words(text)) {
            if (w.length() >= 2 && w.length() <= 60 && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    void add(long submissionId, String neighbourhoodCode, String text) {
        for (String word : contentWords(text)) {
            jdbc.sql("INSERT INTO submission_word (neighbourhood_code, word, submission_id) VALUES (?, ?, ?)"
                            + " ON CONFLICT DO NOTHING")
                    .params(neighbourhoodCode, word, submissionId)
                    .update();
            jdbc.sql("INSERT INTO word_frequency (neighbourhood_code, word, uses) VALUES (?, ?, 1)"
                            + " ON CONFLICT (neighbourhood_code, word) DO UPDATE SET uses = word_frequency.uses + 1")
                    .params(neighbourhoodCode, word)
                    .update();
        }
    }

    /** Closed submissions leave the index; frequencies stay as an estimate of rarity. */
    void remove(long submissionId) {
        jdbc.sql("DELETE FROM submission_word WHERE submission_id = ?")
                .param(submissionId)
                .update();
    }

    void replace(long submissionId, String neighbourhoodCode, String text) {
        remove(submissionId);
        add(submissionId, neighbourhoodCode, text);
    }

    /** Up to {@code limit} open submissions most like the text, best first, with their score. */
    List<Match> similar(String neighbourhoodCode, String text, int limit) {
        Set<String> query = contentWords(text);
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> rarest = rarestWords(neighbourhoodCode, query);
        if (rarest.isEmpty()) {
            return List.of();
        }
        // One round trip: the newest postings of each rare word, counted per submission.
        StringBuilder union = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (String word : rarest) {
            if (union.length() > 0) {
                union.append(" UNION ALL ");
            }
            union.append("SELECT submission_id FROM (SELECT submission_id FROM submission_word")
                    .append(" WHERE neighbourhood_code = ? AND word = ? ORDER BY submission_id DESC LIMIT ")
                    .append(POSTINGS_PER_WORD)
                    .append(")");
            params.add(neighbourhoodCode);
            params.add(word);
        }
        params.add(Math.min(2, rarest.size()));
        List<Long> candidates = jdbc.sql("SELECT submission_id FROM (" + union + ") GROUP BY submission_id"
                        + " HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, submission_id DESC LIMIT " + CANDIDATES)
                .params(params)
                .query(Long.class)
                .list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        jdbc.sql("SELECT id, text FROM submission WHERE id IN (:ids) AND status IN ('NEW', 'ACCEPTED')")
                .param("ids", candidates)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list()
                .forEach(row -> {
                    double score = jaccard(query, contentWords((String) row[1]));
                    if (score >= MIN_JACCARD) {
                        matches.add(new Match((Long) row[0], score));
                    }
                });
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::number));
        return matches.subList(0, Math.min(limit, matches.size()));
    }

    private List<String> rarestWords(String neighbourhoodCode, Set<String> words) {
        Map<String, Integer> uses = new HashMap<>();
        jdbc.sql("SELECT word, uses FROM word_frequency WHERE neighbourhood_code = :code AND word IN (:words)")
                .param("code", neighbourhoodCode)
                .param("words", words)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .forEach(e -> uses.put(e.getKey(), e.getValue()));
        return words.stream()
                .filter(uses::containsKey)
                .sorted(Comparator.comparingInt(uses::get))
                .limit(QUERY_WORDS)
                .toList();
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    record Match(long number, double score) {}
}
