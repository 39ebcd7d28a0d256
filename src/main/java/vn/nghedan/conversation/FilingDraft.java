package vn.nghedan.conversation;

import java.util.ArrayList;
import java.util.List;
import vn.nghedan.submission.Kind;

/** A submission being written, kept in the chat's state so it survives a restart. */
record FilingDraft(
        String id,
        Kind kind,
        Integer topic,
        String text,
        List<Inbound.FileRef> files,
        Double latitude,
        Double longitude,
        Boolean anonymous,
        boolean backToSummary) {

    FilingDraft {
        files = files == null ? new ArrayList<>() : new ArrayList<>(files);
    }

    static FilingDraft start(String id) {
        return new FilingDraft(id, null, null, null, List.of(), null, null, null, false);
    }

    FilingDraft withKind(Kind k) {
        return new FilingDraft(id, k, topic, text, files, latitude, longitude, anonymous, backToSummary);
    }

    FilingDraft withTopic(int t) {
        return new FilingDraft(id, kind, t, text, files, latitude, longitude, anonymous, backToSummary);
    }

    FilingDraft withText(String t) {
        return new FilingDraft(id, kind, topic, t, files, latitude, longitude, anonymous, backToSummary);
    }

    FilingDraft withFile(Inbound.FileRef f) {
        List<Inbound.FileRef> more = new ArrayList<>(files);
        more.add(f);
        return new FilingDraft(id, kind, topic, text, more, latitude, longitude, anonymous, backToSummary);
    }

    FilingDraft withLocation(double lat, double lon) {
        return new FilingDraft(id, kind, topic, text, files, lat, lon, anonymous, backToSummary);
    }

    FilingDraft withAnonymous(boolean a) {
        return new FilingDraft(id, kind, topic, text, files, latitude, longitude, a, backToSummary);
    }

    FilingDraft returningToSummary(boolean back) {
        return new FilingDraft(id, kind, topic, text, files, latitude, longitude, anonymous, back);
    }
}
