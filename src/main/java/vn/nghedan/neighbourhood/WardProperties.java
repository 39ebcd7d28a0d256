package vn.nghedan.neighbourhood;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The ward as configured in {@code config/application.yml}: its names for documents, its khóm. */
@ConfigurationProperties("nghedan.ward")
public record WardProperties(
        String name,
        String issuingBody,
        String parentBody,
        String place,
        String documentNumber,
        List<Neighbourhood> neighbourhoods) {

    public WardProperties {
        name = name == null ? "Phường" : name;
        issuingBody = issuingBody == null ? "ỦY BAN NHÂN DÂN " + name.toUpperCase() : issuingBody;
        parentBody = parentBody == null ? "" : parentBody;
        place = place == null ? "" : place;
        documentNumber = documentNumber == null ? "" : documentNumber;
        neighbourhoods = neighbourhoods == null ? List.of() : List.copyOf(neighbourhoods);
    }
}
