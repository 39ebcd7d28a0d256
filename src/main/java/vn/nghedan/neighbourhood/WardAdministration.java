package vn.nghedan.neighbourhood;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Texts;

/**
 * A province admin's changes to its wards: names and headings, new wards and khóm, and the
 * reorganisations of 2025 — a khóm moves to another ward, a ward merges into another. A khóm keeps
 * its key when it moves, so its residents, submissions and history go with it; the codes it had
 * before keep finding it (deep links, posters, {@code ?ward=}), and its residents are told their
 * ward's new name once ({@link WardChanged}). Whoever calls checks that the caller is a province
 * admin; changes made here are not overwritten by the configuration at the next start.
 */
@Service
public class WardAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,16}");

    private final JdbcClient jdbc;
    private final Neighbourhoods neighbourhoods;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WardAdministration(JdbcClient jdbc, Neighbourhoods neighbourhoods, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.neighbourhoods = neighbourhoods;
        this.events = events;
        this.clock = clock;
    }

    /** What a province admin may set on a ward (blank fields keep their value). */
    public record WardEdit(String name, String issuingBody, String parentBody, String place, String documentNumber) {}

    /** Renames a ward or changes its document heading; residents hear of a new name once. */
    @Transactional
    public WardProfile edit(String code, WardEdit edit) {
        WardProfile ward = existing(code);
        String name = orKeep(edit.name(), ward.name(), "name", 100);
        Instant now = clock.instant();
        jdbc.sql("UPDATE ward SET name = ?, issuing_body = ?, parent_body = ?, place = ?, document_number = ?,"
                        + " source = 'CONSOLE' WHERE id = ?")
                .params(
                        name,
                        orKeep(edit.issuingBody(), ward.issuingBody(), "issuingBody", 200),
                        orKeep(edit.parentBody(), ward.parentBody(), "parentBody", 200),
                        orKeep(edit.place(), ward.place(), "place", 100),
                        orKeep(edit.documentNumber(), ward.documentNumber(), "documentNumber", 60),
                        ward.id())
                .update();
        if (!name.equals(ward.name())) {
            jdbc.sql("UPDATE ward SET former_name = ?, renamed_at = ? WHERE id = ?")
                    .params(ward.name(), DbTime.of(now), ward.id())
                    .update();
            events.publishEvent(new WardChanged(
                    List.copyOf(ward.codes()), name, ward.name(), "renamed:" + ward.id() + ":" + now.toEpochMilli()));
        }
        return reloaded(ward.code());
    }

    /** A new ward, with no khóm yet. */
    @Transactional
    public WardProfile create(String code, WardEdit edit) {
        String wanted = code(code, "code");
        if (neighbourhoods.ward(wanted).isPresent()
                || jdbc.sql("SELECT COUNT(*) FROM ward WHERE code = ?")
                                .param(wanted)
                                .query(Integer.class)
                                .single()
                        > 0) {
            throw new InvalidInputException("code", "a ward with code " + wanted + " exists");
        }
        String name = Texts.clean(edit.name());
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "name is required");
        }
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM ward")
                .query(Integer.class)
                .single();
        WardSetting s = new WardSetting(
                wanted, name, edit.issuingBody(), edit.parentBody(), edit.place(), edit.documentNumber(), List.of());
        jdbc.sql("INSERT INTO ward (code, name, issuing_body, parent_body, place, document_number, position, source,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'CONSOLE', ?)")
                .params(
                        wanted,
                        name,
                        Texts.clean(s.issuingBody()),
                        Texts.clean(s.parentBody()),
                        Texts.clean(s.place()),
                        Texts.clean(s.documentNumber()),
                        position,
                        DbTime.of(clock.instant()))
                .update();
        return reloaded(wanted);
    }

    /** A new khóm in a ward; its key is {@code <ward>.<code>} (or a free variant of it). */
    @Transactional
    public Neighbourhood addNeighbourhood(String wardCode, String localCode, String name) {
        WardProfile ward = existing(wardCode);
        String local = code(localCode, "code");
        String clean = Texts.clean(name);
        if (clean.isEmpty() || clean.length() > 100) {
            throw new InvalidInputException("name", "name is required (up to 100 characters)");
        }
        requireFree(ward, local);
        String key = freeKey(ward.code() + "." + local);
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM neighbourhood WHERE ward_id = ?")
                .param(ward.id())
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO neighbourhood (code, name, position, active, ward_id, local_code, source)"
                        + " VALUES (?, ?, ?, TRUE, ?, ?, 'CONSOLE')")
                .params(key, clean, position, ward.id(), local)
                .update();
        refresh();
        return neighbourhoods.byCode(key).orElseThrow();
    }

    /**
     * Moves a khóm, with its residents, submissions and history, into another ward, under its
     * code there ({@code newLocalCode}, or the one it has when that is free). Its old ward and
     * code keep finding it.
     */
    @Transactional
    public Neighbourhood move(String neighbourhoodCode, String toWardCode, String newLocalCode) {
        Neighbourhood n = neighbourhoods
                .byCode(neighbourhoodCode)
                .orElseThrow(() -> new NotFoundException("No neighbourhood " + neighbourhoodCode));
        WardProfile from = existing(n.ward());
        WardProfile to = existing(toWardCode);
        if (from.id() == to.id()) {
            throw new InvalidInputException("ward", "the khóm is in " + to.code() + " already");
        }
        String local = newLocalCode == null || newLocalCode.isBlank() ? n.localCode() : code(newLocalCode, "code");
        requireFree(to, local);
        moveRow(n, from, to, local);
        events.publishEvent(
                new WardChanged(List.of(n.code()), to.name(), from.name(), "moved:" + n.code() + ":" + to.code()));
        refresh();
        return neighbourhoods.byCode(n.code()).orElseThrow();
    }

    /**
     * Merges a ward into another: every khóm moves (keeping its code where free, else prefixed
     * with the old ward's code: {@code P4K1}); the old ward's code then finds the new one.
     */
    @Transactional
    public WardProfile merge(String fromWardCode, String intoWardCode) {
        WardProfile from = existing(fromWardCode);
        WardProfile into = existing(intoWardCode);
        if (from.id() == into.id()) {
            throw new InvalidInputException("into", "a ward cannot merge into itself");
        }
        List<String> taken = new ArrayList<>(
                into.neighbourhoods().stream().map(Neighbourhood::localCode).toList());
        for (Neighbourhood n : from.neighbourhoods()) {
            String local = taken.contains(n.localCode()) ? from.code() + n.localCode() : n.localCode();
            local = local.length() > 16 ? local.substring(0, 16) : local;
            taken.add(local);
            moveRow(n, from, into, local);
        }
        jdbc.sql("UPDATE ward SET active = FALSE, merged_into = ?, source = 'CONSOLE' WHERE id = ?")
                .params(into.id(), from.id())
                .update();
        events.publishEvent(new WardChanged(
                List.copyOf(from.codes()), into.name(), from.name(), "merged:" + from.code() + ":" + into.code()));
        refresh();
        return neighbourhoods.ward(into.code()).orElseThrow();
    }

    private void moveRow(Neighbourhood n, WardProfile from, WardProfile to, String local) {
        jdbc.sql("INSERT INTO neighbourhood_alias (ward_code, local_code, neighbourhood_code, moved_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(from.code(), n.localCode(), n.code(), DbTime.of(clock.instant()))
                .update();
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM neighbourhood WHERE ward_id = ?")
                .param(to.id())
                .query(Integer.class)
                .single();
        jdbc.sql("UPDATE neighbourhood SET ward_id = ?, local_code = ?, position = ?, source = 'CONSOLE'"
                        + " WHERE code = ?")
                .params(to.id(), local, position, n.code())
                .update();
    }

    private void requireFree(WardProfile ward, String local) {
        boolean taken = jdbc.sql("SELECT COUNT(*) FROM neighbourhood WHERE ward_id = ? AND local_code = ?")
                        .params(ward.id(), local)
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw new InvalidInputException("code", "ward " + ward.code() + " has a khóm " + local + " already");
        }
    }

    private String freeKey(String wanted) {
        String key = wanted;
        for (int i = 2;
                jdbc.sql("SELECT COUNT(*) FROM neighbourhood WHERE code = ?")
                                .param(key)
                                .query(Integer.class)
                                .single()
                        > 0;
                i++) {
            key = wanted + "~" + i;
        }
        return key;
    }

    private WardProfile existing(String code) {
        return neighbourhoods.ward(code).orElseThrow(() -> new NotFoundException("No ward " + code));
    }

    private WardProfile reloaded(String code) {
        refresh();
        return neighbourhoods.ward(code).orElseThrow();
    }

    /**
     * The snapshot read again now (this transaction sees its change) and once more when the
     * transaction ends, so a rollback leaves nothing of it in memory.
     */
    private void refresh() {
        neighbourhoods.reload();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    neighbourhoods.reload();
                }
            });
        }
    }

    private static String code(String raw, String field) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException(field, "a code is 1-16 letters and digits, like K1 or P4");
        }
        return code;
    }

    private static String orKeep(String value, String current, String field, int max) {
        if (value == null || value.isBlank()) {
            return current;
        }
        String clean = Texts.clean(value);
        if (clean.length() > max) {
            throw new InvalidInputException(field, field + " is longer than " + max + " characters");
        }
        return clean;
    }
}
