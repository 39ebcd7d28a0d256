package vn.nghedan.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.nghedan.platform.TelegramIds;

/** The people a sandbox user can play: three residents, one ward official, and any they add. */
final class Personas {

    /** The official persona's Telegram id when ADMIN_TELEGRAM_IDS names none. */
    static final long DEFAULT_OFFICIAL_ID = 9001;

    record Persona(long id, String name, boolean official) {

        TelegramUser asTelegramUser() {
            return TelegramUser.of(id, name);
        }
    }

    static final long FIRST_RESIDENT_ID = 1001;

    private final List<Persona> personas = new CopyOnWriteArrayList<>();

    private Personas() {}

    /** The preset cast; the official's id is the first of the configured official Telegram ids. */
    static Personas preset(long officialId) {
        Personas cast = new Personas();
        cast.personas.add(new Persona(FIRST_RESIDENT_ID, "Cô Lan", false));
        cast.personas.add(new Persona(FIRST_RESIDENT_ID + 1, "Chú Ba", false));
        cast.personas.add(new Persona(FIRST_RESIDENT_ID + 2, "Anh Tư", false));
        cast.personas.add(new Persona(officialId, "Cán bộ phường", true));
        return cast;
    }

    /** The first id of ADMIN_TELEGRAM_IDS, or 9001 when it has none (a typo no longer stops the sandbox). */
    static long firstOfficialId(String officialIds) {
        return TelegramIds.parse(officialIds).ids().stream().findFirst().orElse(DEFAULT_OFFICIAL_ID);
    }

    List<Persona> all() {
        return List.copyOf(personas);
    }

    Optional<Persona> find(long id) {
        return personas.stream().filter(persona -> persona.id() == id).findFirst();
    }

    /** A new resident with the next free id after the preset ones. */
    synchronized Persona add(String name) {
        long id = FIRST_RESIDENT_ID;
        while (find(id).isPresent()) {
            id++;
        }
        Persona persona = new Persona(id, name, false);
        personas.add(persona);
        return persona;
    }
}
