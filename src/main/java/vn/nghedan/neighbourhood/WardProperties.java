package vn.nghedan.neighbourhood;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one-ward form of the configuration ({@code nghedan.ward}), as every deployment had it before
 * wards: still valid, a deployment of one ward. {@code code} is optional: without it the ward's
 * initials and number are used ({@code Phường 4} → {@code P4}).
 */
@ConfigurationProperties("nghedan.ward")
public record WardProperties(
        String code,
        String name,
        String issuingBody,
        String parentBody,
        String place,
        String documentNumber,
        List<KhomSetting> neighbourhoods) {

    public WardProperties {
        name = name == null ? "Phường" : name;
        neighbourhoods = neighbourhoods == null ? List.of() : List.copyOf(neighbourhoods);
    }

    WardSetting asWard() {
        return new WardSetting(code, name, issuingBody, parentBody, place, documentNumber, neighbourhoods);
    }
}
