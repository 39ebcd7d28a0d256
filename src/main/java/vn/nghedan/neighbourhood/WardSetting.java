package vn.nghedan.neighbourhood;

import java.util.List;

/** One ward as configured under {@code nghedan.wards} (or the one ward of {@code nghedan.ward}). */
public record WardSetting(
        String code,
        String name,
        String issuingBody,
        String parentBody,
        String place,
        String documentNumber,
        List<KhomSetting> neighbourhoods) {

    public WardSetting {
        name = name == null || name.isBlank() ? code : name.strip();
        issuingBody = issuingBody == null ? "ỦY BAN NHÂN DÂN " + (name == null ? "" : name.toUpperCase()) : issuingBody;
        parentBody = parentBody == null ? "" : parentBody;
        place = place == null ? "" : place;
        documentNumber = documentNumber == null ? "" : documentNumber;
        neighbourhoods = neighbourhoods == null ? List.of() : List.copyOf(neighbourhoods);
    }
}
