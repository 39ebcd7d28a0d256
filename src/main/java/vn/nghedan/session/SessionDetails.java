package vn.nghedan.session;

import java.time.Instant;
import java.util.List;

/** What an official gives when planning or editing a session. */
public record SessionDetails(
        String title,
        SessionKind kind,
        Instant startsAt,
        String venue,
        Double latitude,
        Double longitude,
        List<String> neighbourhoods,
        Instant submissionsCloseAt,
        String chair) {}
