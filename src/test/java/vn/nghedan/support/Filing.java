package vn.nghedan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nghedan.sandbox.SentMessage;

/** Filing through the bot the quickest way, for tests that need submissions to exist. */
public final class Filing {

    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

    private Filing() {}

    public static long numberIn(SentMessage m) {
        Matcher matcher = NUMBER.matcher(m.text());
        assertThat(matcher.find()).as("a #number in: %s", m.text()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** /new: a report, topic 1, the text, no files, name shown; returns the new #number. */
    public static long fileQuickly(Chat chat, String text) {
        return fileWith(chat, text, c -> {});
    }

    /**
     * /new: a report, topic 1, the text, then what {@code attach} sends at the files step (photos,
     * a location: each awaited by it), name shown; returns the new #number.
     */
    public static long fileWith(Chat chat, String text, Consumer<Chat> attach) {
        chat.send("/new");
        chat.press("⚠️ Phản ánh sự việc");
        chat.press("Kinh tế, đất đai, quy hoạch, xây dựng, hạ tầng");
        chat.expect("viết nội dung");
        chat.send(text);
        SentMessage next = chat.expect(m -> m.text() != null
                && (m.text().contains("gửi thêm ảnh") || m.text().contains("ý kiến tương tự")));
        if (next.text().contains("ý kiến tương tự")) {
            chat.press("➡️ Khác, vẫn gửi ý kiến mới");
            chat.expect("gửi thêm ảnh");
        }
        attach.accept(chat);
        chat.press("✅ Xong");
        chat.press("👤 Công khai tên tôi");
        chat.expect("kiểm tra lại");
        chat.press("✅ Gửi");
        return numberIn(chat.expect("Đã nhận ý kiến #"));
    }
}
