/**
 * Shared infrastructure every feature uses: SQLite dialect and time storage, the ward's clock
 * and zone, text hygiene. Holds no feature logic.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.nghedan.platform;
