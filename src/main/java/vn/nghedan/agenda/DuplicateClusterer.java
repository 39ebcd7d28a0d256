package vn.nghedan.agenda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clusters near-duplicate submissions of one partition (one neighbourhood, one outcome) in
 * near-linear time, never comparing all pairs.
 *
 * <ol>
 *   <li>Submissions with the same numbers and the same set of folded content words are one matter
 *       outright: a hash map groups them.
 *   <li>Only groups that share a block (the same numbers) can still be near-duplicates.
 *       Within blocks of two or more groups, MinHash over the character trigrams of the content
 *       words puts each group into {@value #BANDS} buckets of {@value #ROWS} hashes each;
 *       trigrams rather than words so that a typo changes a few shingles, not a whole token.
 *   <li>Groups sharing a bucket are verified with {@link MatterSimilarity}, each against at most
 *       {@value #MAX_COMPARISONS} earlier members of the bucket, and joined with union–find.
 * </ol>
 *
 * <p>With 10 bands of 3 rows, two groups whose trigram sets have Jaccard index s share a bucket
 * with probability 1 − (1 − s³)¹⁰: 0.999 at s = 0.8 (a long text with a typo), 0.98 at 0.68 (a
 * four-word text with a typo), 0.91 at 0.6, and only 0.24 at 0.3, so few unrelated pairs are
 * verified. The comparison cap bounds a degenerate bucket (hundreds of distinct variants of one
 * text) at n × {@value #MAX_COMPARISONS} checks; union–find still joins the variants, because each
 * one finds a match among its predecessors.
 */
final class DuplicateClusterer {

    static final int BANDS = 10;
    static final int ROWS = 3;
    static final int MAX_COMPARISONS = 16;

    private static final int HASHES = BANDS * ROWS;
    private static final int GROUP_BITS = 24; // bucket entries pack the group index into the low bits
    private static final char WORD_START = '\u0002';
    private static final char WORD_END = '\u0003';
    private static final Comparator<AgendaCandidate> OLDEST_FIRST =
            Comparator.comparing(AgendaCandidate::createdAt).thenComparingLong(AgendaCandidate::number);

    private DuplicateClusterer() {}

    /**
     * The clusters of the given submissions, all of one partition. Each cluster lists its members
     * oldest first (then by number), so its first member is the primary.
     */
    static List<List<AgendaCandidate>> cluster(List<AgendaCandidate> candidates) {
        Groups groups = Groups.of(candidates);
        if (groups.count() >= 1 << GROUP_BITS) {
            throw new IllegalArgumentException("too many distinct submissions to cluster: " + groups.count());
        }
        UnionFind sameMatter = new UnionFind(groups.count());
        long[] buckets = bucketEntries(groups);
        Arrays.sort(buckets);
        verifyBuckets(buckets, groups, sameMatter);
        return clusters(candidates, groups, sameMatter);
    }

    /** Submissions grouped by exact matter, and the blocks their groups fall into. */
    private record Groups(
            int[] groupOfCandidate,
            List<MatterWords> matters,
            int[] blockOfGroup,
            int[] blockSizes,
            Vocabulary vocabulary) {

        static Groups of(List<AgendaCandidate> candidates) {
            Map<MatterKey, Integer> groupByKey = new HashMap<>(candidates.size() * 2);
            Map<String, Integer> blockByKey = new HashMap<>();
            List<MatterWords> matters = new ArrayList<>();
            List<Integer> blocks = new ArrayList<>();
            int[] groupOfCandidate = new int[candidates.size()];
            Vocabulary vocabulary = MatterWords.vocabulary();
            for (int i = 0; i < candidates.size(); i++) {
                AgendaCandidate candidate = candidates.get(i);
                MatterWords matter = MatterWords.of(candidate.text(), vocabulary);
                if (matter.isEmpty()) {
                    // A text of function words alone is its own matter; all such texts are not one.
                    groupOfCandidate[i] = matters.size();
                    matters.add(matter);
                    blocks.add(-1);
                    continue;
                }
                int block = blockByKey.computeIfAbsent(
                        matter.numbers(), k -> blockByKey.size());
                Integer group = groupByKey.putIfAbsent(new MatterKey(block, matter.words()), matters.size());
                if (group == null) {
                    group = matters.size();
                    matters.add(matter);
                    blocks.add(block);
                }
                groupOfCandidate[i] = group;
            }
            int[] blockOfGroup = blocks.stream().mapToInt(Integer::intValue).toArray();
            int[] blockSizes = new int[blockByKey.size()];
            for (int block : blockOfGroup) {
                if (block >= 0) {
                    blockSizes[block]++;
                }
            }
            return new Groups(groupOfCandidate, matters, blockOfGroup, blockSizes, vocabulary);
        }

        int count() {
            return matters.size();
        }

        /** Only a group that shares its block with another group can have a near-duplicate. */
        boolean mayHaveNearDuplicates(int group) {
            return blockOfGroup[group] >= 0 && blockSizes[blockOfGroup[group]] > 1;
        }
    }

    /** Same block and same content words: the same matter outright. */
    private record MatterKey(int block, int[] words) {
        @Override
        public boolean equals(Object other) {
            return other instanceof MatterKey key && key.block == block && Arrays.equals(key.words, words);
        }

        @Override
        public int hashCode() {
            return 31 * block + Arrays.hashCode(words);
        }
    }

    /** One entry per band per group: the band's hash in the high bits, the group in the low bits. */
    private static long[] bucketEntries(Groups groups) {
        long[] entries = new long[groups.count() * BANDS];
        int size = 0;
        long[] minHashes = new long[HASHES];
        long[][] wordMinHashes = new long[groups.vocabulary().size()][];
        for (int group = 0; group < groups.count(); group++) {
            if (!groups.mayHaveNearDuplicates(group)) {
                continue;
            }
            // The minimum over a text's trigrams is the minimum over its words' minima, and the
            // words repeat from text to text: hash each distinct word's trigrams once.
            Arrays.fill(minHashes, Long.MAX_VALUE);
            for (int word : groups.matters().get(group).words()) {
                if (wordMinHashes[word] == null) {
                    wordMinHashes[word] = minHash(groups.vocabulary().word(word));
                }
                long[] wordHashes = wordMinHashes[word];
                for (int h = 0; h < HASHES; h++) {
                    minHashes[h] = Math.min(minHashes[h], wordHashes[h]);
                }
            }
            for (int band = 0; band < BANDS; band++) {
                long key = mix(groups.blockOfGroup()[group] * 0x9E3779B97F4A7C15L + band);
                for (int row = 0; row < ROWS; row++) {
                    key = mix(key ^ minHashes[band * ROWS + row]);
                }
                entries[size++] = (key << GROUP_BITS) | group;
            }
        }
        return Arrays.copyOf(entries, size);
    }

    /** The {@value #HASHES} MinHash values of one word's character trigrams. */
    private static long[] minHash(String word) {
        long[] minHashes = new long[HASHES];
        Arrays.fill(minHashes, Long.MAX_VALUE);
        for (int middle = 0; middle < word.length(); middle++) {
            long trigram = mix(((long) charAt(word, middle - 1) << 32)
                    | ((long) charAt(word, middle) << 16)
                    | charAt(word, middle + 1));
            for (int h = 0; h < HASHES; h++) {
                minHashes[h] = Math.min(minHashes[h], mix(trigram + h * 0xC2B2AE3D27D4EB4FL));
            }
        }
        return minHashes;
    }

    /** The word's letters padded with start and end marks, so short words still give trigrams. */
    private static char charAt(String word, int index) {
        return index < 0 ? WORD_START : index >= word.length() ? WORD_END : word.charAt(index);
    }

    private static void verifyBuckets(long[] sortedEntries, Groups groups, UnionFind sameMatter) {
        int runStart = 0;
        for (int i = 1; i <= sortedEntries.length; i++) {
            if (i == sortedEntries.length || bucketOf(sortedEntries[i]) != bucketOf(sortedEntries[runStart])) {
                verifyBucket(sortedEntries, runStart, i, groups, sameMatter);
                runStart = i;
            }
        }
    }

    private static void verifyBucket(long[] entries, int from, int to, Groups groups, UnionFind sameMatter) {
        for (int i = from + 1; i < to; i++) {
            int group = groupOf(entries[i]);
            for (int j = i - 1; j >= Math.max(from, i - MAX_COMPARISONS); j--) {
                int earlier = groupOf(entries[j]);
                // Hashes of different blocks can collide: only a shared block makes a pair eligible.
                if (groups.blockOfGroup()[group] == groups.blockOfGroup()[earlier]
                        && !sameMatter.joined(group, earlier)
                        && MatterSimilarity.sameMatter(
                                groups.matters().get(group), groups.matters().get(earlier), groups.vocabulary())) {
                    sameMatter.join(group, earlier);
                }
            }
        }
    }

    private static long bucketOf(long entry) {
        return entry >>> GROUP_BITS;
    }

    private static int groupOf(long entry) {
        return (int) (entry & ((1 << GROUP_BITS) - 1));
    }

    /** The candidates gathered by cluster root with a counting sort; no map, no boxing. */
    private static List<List<AgendaCandidate>> clusters(
            List<AgendaCandidate> candidates, Groups groups, UnionFind sameMatter) {
        int[] clusterOfRoot = new int[groups.count()];
        Arrays.fill(clusterOfRoot, -1);
        int[] clusterOfCandidate = new int[candidates.size()];
        List<List<AgendaCandidate>> clusters = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int root = sameMatter.root(groups.groupOfCandidate()[i]);
            if (clusterOfRoot[root] < 0) {
                clusterOfRoot[root] = clusters.size();
                clusters.add(new ArrayList<>(1));
            }
            clusterOfCandidate[i] = clusterOfRoot[root];
        }
        for (int i = 0; i < candidates.size(); i++) {
            clusters.get(clusterOfCandidate[i]).add(candidates.get(i));
        }
        for (List<AgendaCandidate> members : clusters) {
            if (members.size() > 1) {
                members.sort(OLDEST_FIRST);
            }
        }
        return clusters;
    }

    /** Murmur3's 64-bit finaliser: a cheap, well-mixed hash of a long. */
    private static long mix(long value) {
        long x = value;
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        x ^= x >>> 33;
        return x;
    }

    /** Disjoint sets over group indices, with path halving and union by size. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int count) {
            parent = new int[count];
            size = new int[count];
            for (int i = 0; i < count; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int root(int element) {
            int x = element;
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        boolean joined(int a, int b) {
            return root(a) == root(b);
        }

        void join(int a, int b) {
            int rootA = root(a);
            int rootB = root(b);
            if (rootA == rootB) {
                return;
            }
            if (size[rootA] < size[rootB]) {
                int swap = rootA;
                rootA = rootB;
                rootB = swap;
            }
            parent[rootB] = rootA;
            size[rootA] += size[rootB];
        }
    }
}
