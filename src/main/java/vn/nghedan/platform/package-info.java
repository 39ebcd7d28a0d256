/**
 * Shared infrastructure every feature uses: the two database engines (SQLite dialect, each
 * engine's converters and connection settings, time storage), the ward's clock and zone, text
 * hygiene. Holds no feature logic.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.nghedan.platform;
