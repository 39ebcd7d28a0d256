package vn.nghedan.neighbourhood;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.platform.Texts;

/**
 * The deployment's wards and their khóm. The configured ones are written to the database at
 * start (see {@link WardImport}), so submissions can reference them; reads come from an
 * in-memory snapshot, renewed when a province admin changes a ward.
 */
// Made at start even though the app initialises lazily: the configured neighbourhoods must be in
// the database before anyone files, and a broken ward configuration should stop the start.
@Lazy(false)
@Service
public class Neighbourhoods {

    private static final Logger log = LoggerFactory.getLogger(Neighbourhoods.class);

    private final JdbcClient jdbc;
    private final WardProperties oneWard;
    private final WardsProperties wards;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile Directory directory = Directory.EMPTY;

    Neighbourhoods(
            JdbcClient jdbc,
            WardProperties oneWard,
            WardsProperties wards,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.oneWard = oneWard;
        this.wards = wards;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @PostConstruct
    void importConfiguration() {
        boolean oneWardForm = wards.wards().isEmpty();
        if (!oneWardForm && !oneWard.neighbourhoods().isEmpty()) {
            log.info("nghedan.wards is set: the one-ward settings under nghedan.ward are not used");
        }
        List<WardSetting> configured = oneWardForm ? List.of(oneWard.asWard()) : wards.wards();
        transaction.executeWithoutResult(status -> new WardImport(jdbc, clock).run(configured, oneWardForm));
        reload();
    }

    /** Reads the wards and khóm again (after a province admin changed them). */
    void reload() {
        directory = Directory.read(jdbc);
    }

    /** Active khóm of every ward: ward by ward, each in configured order. */
    public List<Neighbourhood> all() {
        return directory.all;
    }

    /** Finds a khóm by its key, ignoring case and blanks ({@code k1} finds {@code K1}). */
    public Optional<Neighbourhood> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(directory.byKey.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Finds a khóm as people name it: by ward code and local code, the ward optional when the
     * deployment has one. Codes it had before it moved to another ward still find it; so does its
     * key.
     */
    public Optional<Neighbourhood> find(String wardCode, String localCode) {
        if (localCode == null || localCode.isBlank()) {
            return Optional.empty();
        }
        String local = localCode.strip().toUpperCase(Locale.ROOT);
        if (wardCode == null || wardCode.isBlank()) {
            if (isSingleWard()) {
                return all().stream().filter(n -> n.localCode().equals(local)).findFirst();
            }
            return byCode(local);
        }
        String ward = wardCode.strip().toUpperCase(Locale.ROOT);
        Optional<WardProfile> named = ward(ward);
        Optional<Neighbourhood> current = named.filter(w -> w.code().equals(ward))
                .flatMap(w -> w.neighbourhoods().stream()
                        .filter(n -> n.localCode().equals(local))
                        .findFirst());
        // Codes from before a move or a merge: the khóm that had them.
        Optional<Neighbourhood> former =
                current.isPresent() ? current : Optional.ofNullable(directory.aliases.get(ward + "_" + local));
        return former.isPresent()
                ? former
                : named.flatMap(w -> w.neighbourhoods().stream()
                        .filter(n -> n.localCode().equals(local))
                        .findFirst());
    }

    public String nameOf(String code) {
        return byCode(code).map(Neighbourhood::name).orElse(code);
    }

    // --- wards ---------------------------------------------------------------------------------

    /** The wards, in configured order. */
    public List<WardProfile> wards() {
        return directory.wards;
    }

    /** True for a deployment of one ward, which asks residents and officials nothing about wards. */
    public boolean isSingleWard() {
        return directory.wards.size() <= 1;
    }

    /** The deployment's ward when it has one; the first ward otherwise. */
    public WardProfile ward() {
        return directory.wards.isEmpty() ? Directory.NO_WARD : directory.wards.get(0);
    }

    /** A ward by its code (case ignored); a ward merged into another is found by its old code too. */
    public Optional<WardProfile> ward(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(directory.wardsByCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<WardProfile> wardById(long id) {
        return directory.wards.stream().filter(w -> w.id() == id).findFirst();
    }

    /** The ward of a khóm (by key); the first ward for an unknown key. */
    public WardProfile wardOf(String neighbourhoodCode) {
        return byCode(neighbourhoodCode).flatMap(n -> ward(n.ward())).orElse(ward());
    }

    /** The keys of a ward's khóm. */
    public Set<String> codesOf(long wardId) {
        return wardById(wardId).map(WardProfile::codes).orElse(Set.of());
    }

    /**
     * Wards a resident means by what they typed: every word typed begins a word of the ward's
     * name, former name or place, diacritics and case ignored, and "phường"/"xã" optional
     * ({@code "phuong 4"} and {@code "4"} find Phường 4 but not Phường 14; {@code "an hoa"} finds
     * Phường An Hòa); or the ward's code. Exact names first.
     */
    public List<WardProfile> searchWards(String typed) {
        List<String> wanted = new ArrayList<>(Texts.words(typed));
        wanted.removeIf(GENERIC_WORDS::contains);
        if (wanted.isEmpty()) {
            return List.of();
        }
        String joined = String.join(" ", wanted);
        List<WardProfile> found = new ArrayList<>();
        for (WardProfile w : directory.wards) {
            List<String> words = new ArrayList<>(Texts.words(w.name()));
            words.addAll(Texts.words(w.formerName()));
            words.addAll(Texts.words(w.place()));
            boolean all = wanted.stream().allMatch(t -> words.stream().anyMatch(word -> word.startsWith(t)));
            if (all || w.code().equalsIgnoreCase(joined)) {
                found.add(w);
            }
        }
        found.sort(Comparator.comparing(
                (WardProfile w) -> !(bareName(w).equals(joined) || w.code().equalsIgnoreCase(joined))));
        return found;
    }

    /** Words that say what kind of place it is, not which one. */
    private static final Set<String> GENERIC_WORDS = Set.of("phuong", "xa", "p", "thi", "tran", "dac", "khu");

    private static String bareName(WardProfile w) {
        List<String> words = new ArrayList<>(Texts.words(w.name()));
        words.removeIf(GENERIC_WORDS::contains);
        return String.join(" ", words);
    }

    /** The snapshot every read uses; replaced whole, never changed. */
    private record Directory(
            List<WardProfile> wards,
            Map<String, WardProfile> wardsByCode,
            List<Neighbourhood> all,
            Map<String, Neighbourhood> byKey,
            Map<String, Neighbourhood> aliases) {

        static final WardProfile NO_WARD = new WardProfile(0, "", "", "", "", "", "", null, List.of());
        static final Directory EMPTY = new Directory(List.of(), Map.of(), List.of(), Map.of(), Map.of());

        static Directory read(JdbcClient jdbc) {
            record Row(long wardId, Neighbourhood n) {}
            List<Row> khom = jdbc.sql("SELECT n.ward_id, n.code, n.name, w.code, n.local_code FROM neighbourhood n"
                            + " JOIN ward w ON w.id = n.ward_id WHERE n.active = TRUE ORDER BY n.position, n.code")
                    .query((rs, i) -> new Row(
                            rs.getLong(1),
                            new Neighbourhood(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))))
                    .list();
            Map<Long, List<Neighbourhood>> khomOf = new LinkedHashMap<>();
            khom.forEach(r ->
                    khomOf.computeIfAbsent(r.wardId(), id -> new ArrayList<>()).add(r.n()));
            List<WardProfile> wards = jdbc.sql("SELECT id, code, name, issuing_body, parent_body, place,"
                            + " document_number, former_name FROM ward WHERE active = TRUE AND code <> ''"
                            + " ORDER BY position, id")
                    .query((rs, i) -> new WardProfile(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            khomOf.getOrDefault(rs.getLong(1), List.of())))
                    .list();
            Map<String, WardProfile> byCode = new LinkedHashMap<>();
            wards.forEach(w -> byCode.put(w.code(), w));
            // A ward merged into another: its old code finds the one it became part of.
            Map<Long, WardProfile> byId = new LinkedHashMap<>();
            wards.forEach(w -> byId.put(w.id(), w));
            jdbc.sql("SELECT code, merged_into FROM ward WHERE active = FALSE AND merged_into IS NOT NULL")
                    .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .list()
                    .forEach(e -> {
                        WardProfile into = byId.get(e.getValue());
                        if (into != null) {
                            byCode.putIfAbsent(e.getKey(), into);
                        }
                    });
            List<Neighbourhood> all =
                    wards.stream().flatMap(w -> w.neighbourhoods().stream()).toList();
            Map<String, Neighbourhood> byKey = new LinkedHashMap<>();
            all.forEach(n -> byKey.put(n.code().toUpperCase(Locale.ROOT), n));
            Map<String, Neighbourhood> aliases = new LinkedHashMap<>();
            jdbc.sql("SELECT ward_code, local_code, neighbourhood_code FROM neighbourhood_alias")
                    .query((rs, i) -> Map.entry(rs.getString(1) + "_" + rs.getString(2), rs.getString(3)))
                    .list()
                    .forEach(e -> {
                        Neighbourhood n = byKey.get(e.getValue().toUpperCase(Locale.ROOT));
                        if (n != null) {
                            aliases.put(e.getKey(), n);
                        }
                    });
            return new Directory(List.copyOf(wards), Map.copyOf(byCode), all, Map.copyOf(byKey), Map.copyOf(aliases));
        }
    }
}
