package vn.nghedan.officials.core;

import java.util.List;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;

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
}
