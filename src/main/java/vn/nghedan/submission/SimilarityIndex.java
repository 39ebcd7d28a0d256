package vn.nghedan.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.SqlRows;
import vn.nghedan.platform.Texts;

/**
 * Finds open submissions of a neighbourhood that look like the same matter, through an inverted
 * index of folded words (so case, diacritics, đ, punctuation, NFC/NFD and word order don't
 * matter). A lookup reads only the postings of the query's rarest words, newest first and
 * capped, so it stays a few index range scans however many submissions a neighbourhood has; the
 * rarity of words comes from memory ({@link WordFrequencies}), and candidates are compared on
 * their stored folded text, so no candidate is normalised again.
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
    /** Words per INSERT: a 4,000-character text stays one or two statements, under any bind limit. */
    private static final int WORDS_PER_STATEMENT = 250;

    static final double MIN_JACCARD = 0.34;

    private final JdbcClient jdbc;
    private final WordFrequencies frequencies;

    SimilarityIndex(JdbcClient jdbc, WordFrequencies frequencies) {
        this.jdbc = jdbc;
        this.frequencies = frequencies;
    }

    static Set<String> contentWords(String text) {
        return contentWordsOfFolded(Texts.fold(text));
    }

    /** The content words of a text already folded ({@link Texts#fold}: words split by one space). */
    static Set<String> contentWordsOfFolded(String folded) {
        Set<String> words = new LinkedHashSet<>();
        if (folded == null || folded.isEmpty()) {
            return words;
        }
        for (String w : folded.split(" ")) {
            if (w.length() >= 2 && w.length() <= 60 && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Indexes a submission's words: two statements, whatever the length of the text. */
    void add(long submissionId, String neighbourhoodCode, String text) {
        List<String> words = new ArrayList<>(contentWords(text));
        for (int from = 0; from < words.size(); from += WORDS_PER_STATEMENT) {
            List<String> chunk = words.subList(from, Math.min(words.size(), from + WORDS_PER_STATEMENT));
            List<Object> postings = new ArrayList<>();
            List<Object> uses = new ArrayList<>();
            for (String word : chunk) {
                postings.add(neighbourhoodCode);
                postings.add(word);
                postings.add(submissionId);
                uses.add(neighbourhoodCode);
                uses.add(word);
            }
            jdbc.sql("INSERT INTO submission_word (neighbourhood_code, word, submission_id) VALUES "
                            + SqlRows.of("(?, ?, ?)", chunk.size()) + " ON CONFLICT DO NOTHING")
                    .params(postings)
                    .update();
            jdbc.sql("INSERT INTO word_frequency (neighbourhood_code, word, uses) VALUES "
                            + SqlRows.of("(?, ?, 1)", chunk.size())
                            + " ON CONFLICT (neighbourhood_code, word) DO UPDATE SET uses = word_frequency.uses + 1")
                    .params(uses)
                    .update();
        }
        frequencies.used(neighbourhoodCode, words);
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
        List<String> rarest = frequencies.rarest(neighbourhoodCode, query, QUERY_WORDS);
        if (rarest.isEmpty()) {
            return List.of();
        }
        // One round trip: the newest postings of each rare word, counted per submission. Every
        // subquery is named: PostgreSQL before 16 refuses one without a name.
        StringBuilder union = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (String word : rarest) {
            if (union.length() > 0) {
                union.append(" UNION ALL ");
            }
            union.append("SELECT submission_id FROM (SELECT submission_id FROM submission_word")
                    .append(" WHERE neighbourhood_code = ? AND word = ? ORDER BY submission_id DESC LIMIT ")
                    .append(POSTINGS_PER_WORD)
                    .append(") AS w")
                    .append(params.size() / 2);
            params.add(neighbourhoodCode);
            params.add(word);
        }
        params.add(Math.min(2, rarest.size()));
        List<Long> candidates = jdbc.sql("SELECT submission_id FROM (" + union + ") AS postings GROUP BY submission_id"
                        + " HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, submission_id DESC LIMIT " + CANDIDATES)
                .params(params)
                .query(Long.class)
                .list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        jdbc.sql("SELECT id, folded FROM submission WHERE id IN (:ids) AND status IN ('NEW', 'ACCEPTED')")
                .param("ids", candidates)
                .query(rs -> {
                    double score = jaccard(query, contentWordsOfFolded(rs.getString(2)));
                    if (score >= MIN_JACCARD) {
                        matches.add(new Match(rs.getLong(1), score));
                    }
                });
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::number));
        return matches.subList(0, Math.min(limit, matches.size()));
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
