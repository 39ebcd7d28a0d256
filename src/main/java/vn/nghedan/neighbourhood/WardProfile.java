package vn.nghedan.neighbourhood;

import java.util.List;

/**
 * A ward (phường / xã) of the deployment: how its documents name it (Decree 30/2020 letterhead)
 * and its khóm.
 *
 * @param code letters and digits, e.g. {@code P4}; what deep links, the API and filters use
 * @param issuingBody e.g. {@code ỦY BAN NHÂN DÂN PHƯỜNG 4}
 * @param parentBody e.g. {@code UBND THÀNH PHỐ SA ĐÉC}
 * @param place the place written before the date, e.g. {@code Sa Đéc}
 * @param documentNumber e.g. {@code …/BC-UBND}
 * @param formerName the name residents knew it by before a rename or merge; {@code null} if none
 */
public record WardProfile(
        long id,
        String code,
        String name,
        String issuingBody,
        String parentBody,
        String place,
        String documentNumber,
        String formerName,
        List<Neighbourhood> neighbourhoods) {

    public WardProfile {
        neighbourhoods = List.copyOf(neighbourhoods);
    }

    /** The keys of its khóm. */
    public java.util.Set<String> codes() {
        return neighbourhoods.stream()
                .map(Neighbourhood::code)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
