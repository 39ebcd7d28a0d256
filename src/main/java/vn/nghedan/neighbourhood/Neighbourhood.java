package vn.nghedan.neighbourhood;

/**
 * A khóm / ấp / tổ dân phố.
 *
 * @param code its key, stored with every resident, submission, session and account that concerns
 *     it; opaque to people. For the khóm of the deployment's first ward it is the local code itself
 *     ({@code K1}, as before wards existed); for other wards' {@code <ward>.<khóm>} ({@code AH.K1});
 *     it never changes, even when the khóm moves to another ward
 * @param name the name people use ({@code Khóm 1})
 * @param ward the code of the ward it belongs to ({@code P4})
 * @param localCode the code people use within the ward ({@code K1})
 */
public record Neighbourhood(String code, String name, String ward, String localCode) {

    /** A khóm of the deployment's one ward, whose key is its local code. */
    public Neighbourhood(String code, String name) {
        this(code, name, "", code);
    }
}
