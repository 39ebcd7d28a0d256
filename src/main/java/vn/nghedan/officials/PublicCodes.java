package vn.nghedan.officials;

import java.util.List;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;

/**
 * Khóm as the API names them: by their code within their ward ({@code K1}), beside the ward's code,
 * never by the key the database keeps ({@code AH.K1}).
 */
final class PublicCodes {

    private PublicCodes() {}

    static String local(String key, Neighbourhoods names) {
        return names.byCode(key).map(Neighbourhood::localCode).orElse(key);
    }

    static List<String> local(List<String> keys, Neighbourhoods names) {
        return keys.stream().map(key -> local(key, names)).toList();
    }

    static String ward(String key, Neighbourhoods names) {
        return names.wardOf(key).code();
    }
}
