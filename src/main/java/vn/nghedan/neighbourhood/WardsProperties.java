package vn.nghedan.neighbourhood;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The wards of a province's deployment ({@code nghedan.wards}); when given, the one-ward form
 * {@code nghedan.ward} is ignored.
 */
@ConfigurationProperties("nghedan")
public record WardsProperties(List<WardSetting> wards) {

    public WardsProperties {
        wards = wards == null ? List.of() : List.copyOf(wards);
    }
}
