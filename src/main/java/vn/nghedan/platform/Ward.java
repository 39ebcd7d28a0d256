package vn.nghedan.platform;

import java.time.ZoneId;

/** Facts about the ward that hold whatever the machine's settings are. */
public final class Ward {

    /** The ward's time zone; every time shown to a person is in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Ward() {}
}
