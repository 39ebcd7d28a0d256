package vn.nghedan.support;

import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests of a province's deployment: the whole app as in {@link EndToEndTest}, serving
 * the eleven wards of {@code province.properties} from one bot, console and API. Phường 4 (P4)
 * and Phường An Hòa (AH) both have a khóm K1, which the isolation tests rely on. All subclasses
 * share this one context.
 */
@TestPropertySource(locations = "classpath:province.properties", encoding = "UTF-8")
public abstract class ProvinceTest extends EndToEndTest {}
