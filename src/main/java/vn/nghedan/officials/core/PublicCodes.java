package vn.nghedan.officials.core;

import java.util.List;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.platform.Texts;

/**
 * Khóm as the API names them: by their code within their ward ({@code K1}), beside the ward's code,
 * never by the key the database keeps ({@code AH.K1}).
 *
 * <p>Public because {@code api} uses it.
 */
public final class PublicCodes {

    private PublicCodes() {}

    public static String local(String key, Neighbourhoods names) {
        return names.byCode(key).map(Neighbourhood::localCode).orElse(key);
    }

    public static List<String> local(List<String> keys, Neighbourhoods names) {
        return keys.stream().map(key -> local(key, names)).toList();
    }

    public static String ward(String key, Neighbourhoods names) {
        return names.wardOf(key).code();
    }

    /** A khóm as the API shows it: its ward's code and its code there. */
    public record Shown(String ward, String khom) {}

    /** The key as the API shows it; without names (console pages) the key itself and no ward. */
    public static Shown shown(String key, Neighbourhoods names) {
        return names == null ? new Shown(null, key) : new Shown(ward(key, names), local(key, names));
    }

    /** A ward named in a request ({@code ?ward=}, {@code "ward":}); an unknown one is 400 naming the field. */
    public static WardProfile knownWard(String code, Neighbourhoods names) {
        return names.ward(code)
                .orElseThrow(() ->
                        new LocalizedInvalidInput("ward", "officials.error.unknown-ward", Texts.shorten(code, 20)));
    }
}
