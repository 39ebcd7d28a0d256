package vn.nghedan.conversation;

import vn.nghedan.platform.Texts;
import vn.nghedan.submission.Submissions;

/** Why a text was not accepted, in the person's language: too long (with the limit), or no words. */
final class TextRefusal {

    private TextRefusal() {}

    static String explain(Turn turn, String raw, String noWordsKey) {
        String clean = Texts.clean(raw);
        int length = clean.codePointCount(0, clean.length());
        return length > Submissions.MAX_TEXT
                ? turn.t("text.too-long", Submissions.MAX_TEXT, length)
                : turn.t(noWordsKey);
    }
}
