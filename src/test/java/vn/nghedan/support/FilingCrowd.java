package vn.nghedan.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.sandbox.TelegramUser;

/**
 * Many residents using the bot at once through the Bot API stand-in, each moving on the moment
 * the bot's reply reaches their chat, the way people tap through a prompt they expected: the
 * onboarding by deep link ({@code /start K1} → accept), then the quickest filing ({@code /new
 * <text>} → kind → topic → [similar: file anyway] → no files → public → confirm → "#number").
 *
 * <p>One thread drives everyone: it looks at a chat only when the stand-in says it changed, and
 * reads each bot message once. A message that is not the prompt the resident waits for (a copy
 * sent twice around a crash, an earlier prompt) is passed over, as a person would scroll past it.
 */
public final class FilingCrowd {

    public static final String KIND = "⚠️ Phản ánh sự việc";
    public static final String TOPIC = "Kinh tế, đất đai, quy hoạch, xây dựng, hạ tầng";
    public static final String ANYWAY = "➡️ Khác, vẫn gửi ý kiến mới";
    public static final String NO_FILES = "✅ Xong";
    public static final String PUBLIC = "👤 Công khai tên tôi";
    public static final String CONFIRM = "✅ Gửi";
    public static final String FILED = "Đã nhận ý kiến #";
    /** What a press on a used or stale button is answered with. */
    public static final String STALE = "đã cũ hoặc đã được dùng";

    public enum Stage {
        NOTICE,
        WELCOME,
        READY,
        KIND,
        TOPIC,
        FILES,
        ANONYMITY,
        CONFIRM,
        FILED,
        DONE
    }

    /** One resident: who, what they file, and how far they got. */
    public static final class Member {
        private final TelegramUser user;
        private final String neighbourhoodCode;
        private final String text;
        private Stage stage = Stage.NOTICE;
        private int lastRead;
        private long revisionRead = -1;
        private int welcomeMessageId;
        private int confirmMessageId;
        private String confirmData;
        private long startedAtMillis;
        private long confirmedAtMillis;
        private Instant filedAt;
        private Long number;

        Member(TelegramUser user, String neighbourhoodCode, String text) {
            this.user = user;
            this.neighbourhoodCode = neighbourhoodCode;
            this.text = text;
        }

        public TelegramUser user() {
            return user;
        }

        public String text() {
            return text;
        }

        public Stage stage() {
            return stage;
        }

        /** The #number the bot confirmed, or null before the confirmation arrived. */
        public Long number() {
            return number;
        }

        /** The last message of onboarding: everything after it belongs to the filing. */
        public int welcomeMessageId() {
            return welcomeMessageId;
        }

        /** From pressing confirm to the confirmation reaching the chat (stand-in clock). */
        public long confirmLatencyMillis() {
            return filedAt.toEpochMilli() - confirmedAtMillis;
        }

        /** From {@code /new} to the confirmation reaching the chat. */
        public long filingLatencyMillis() {
            return filedAt.toEpochMilli() - startedAtMillis;
        }

        @Override
        public String toString() {
            return user.id() + "@" + stage;
        }
    }

    private final BotApiStandIn api;
    private final List<Member> members;
    private int updates;

    private FilingCrowd(BotApiStandIn api, List<Member> members) {
        this.api = api;
        this.members = List.copyOf(members);
    }

    /**
     * {@code count} residents with Telegram ids from {@code firstId}, spread over Khóm 1–5, each
     * with a distinct realistic text (a sample, with the resident's own alley and group number).
     */
    public static FilingCrowd of(BotApiStandIn api, long firstId, int count) {
        List<String> samples = sampleTexts();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = samples.get(i % samples.size()) + " (hẻm " + (i + 1) + ", tổ " + (i % 12 + 1) + ")";
            members.add(new Member(TelegramUser.of(firstId + i, "Cư dân " + i), "K" + (i % 5 + 1), text));
        }
        return new FilingCrowd(api, members);
    }

    /**
     * {@code count} residents of Khóm 1 with Telegram ids from {@code firstId} who all report the
     * same matter in nearly the same words (a flooded street after a storm: the normal case, not
     * the odd one), so each is offered the similar matters already filed and files anyway.
     */
    public static FilingCrowd sameMatter(BotApiStandIn api, long firstId, int count) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "Đường Nguyễn Trãi đoạn trước chợ ngập sâu sau mưa, nước tràn vào nhà dân, cống thoát nước"
                    + " bị nghẹt rác" + (i % 3 == 0 ? "" : " (nhà số " + (i + 1) + ")");
            members.add(new Member(TelegramUser.of(firstId + i, "Cư dân " + i), "K1", text));
        }
        return new FilingCrowd(api, members);
    }

    public List<Member> members() {
        return members;
    }

    /** Updates (messages and presses) the crowd has sent the bot. */
    public int updates() {
        return updates;
    }

    /** How many have seen their confirmation so far. */
    public int filed() {
        return (int) members.stream().filter(m -> m.number != null).count();
    }

    /** Everyone sends {@code /start K<n>} at once; answers when all were welcomed. */
    public void onboard(Duration timeout) throws InterruptedException {
        for (Member m : members) {
            api.injectText(m.user, "/start " + m.neighbourhoodCode);
            updates++;
        }
        driveUntil(() -> members.stream().allMatch(m -> m.stage == Stage.READY), timeout);
    }

    /** Everyone starts filing at once with {@code /new <text>}: the burst. */
    public void startFiling() {
        for (Member m : members) {
            m.stage = Stage.KIND;
            m.startedAtMillis = System.currentTimeMillis();
            api.injectText(m.user, "/new " + m.text);
            updates++;
        }
    }

    /** Everyone files and the call returns when all have their #number. */
    public void fileAll(Duration timeout) throws InterruptedException {
        startFiling();
        driveUntil(() -> members.stream().allMatch(m -> m.stage == Stage.DONE), timeout);
    }

    /** Those who pressed confirm and have heard nothing yet. */
    public List<Member> waitingForConfirmation() {
        return members.stream().filter(m -> m.stage == Stage.FILED).toList();
    }

    /** The person taps the same confirm button again, as people do when nothing seems to happen. */
    public void pressConfirmAgain(Member m) {
        api.injectCallback(m.user, m.confirmMessageId, m.confirmData);
        updates++;
    }

    /**
     * Lets everyone react to what the bot sent until {@code done} holds; an AssertionError naming
     * the residents still waiting (with a transcript) if that takes longer than {@code timeout}.
     */
    public void driveUntil(BooleanSupplier done, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.getAsBoolean()) {
            boolean progressed = false;
            for (Member m : members) {
                progressed |= look(m);
            }
            if (done.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(stuck(timeout));
            }
            // Give the bot a moment before looking again (even after progress: under a steady
            // stream of replies a pass without a pause would take a whole core from the app).
            Thread.sleep(progressed ? 1 : 3);
        }
    }

    private boolean look(Member m) {
        long revision = api.chatRevision(m.user.id());
        if (revision == m.revisionRead) {
            return false;
        }
        m.revisionRead = revision;
        for (SentMessage message : api.messagesTo(m.user.id())) {
            if (message.messageId() > m.lastRead) {
                m.lastRead = message.messageId();
                react(m, message);
            }
        }
        return true;
    }

    private void react(Member m, SentMessage message) {
        switch (m.stage) {
            case NOTICE -> {
                if (has(message, "✅ Tôi đồng ý")) {
                    press(m, message, "✅ Tôi đồng ý");
                    m.stage = Stage.WELCOME;
                }
            }
            case WELCOME -> {
                if (message.text() != null && message.text().startsWith("Chào mừng")) {
                    m.welcomeMessageId = message.messageId();
                    m.stage = Stage.READY;
                }
            }
            case KIND -> step(m, message, KIND, Stage.TOPIC);
            case TOPIC -> step(m, message, TOPIC, Stage.FILES);
            case FILES -> {
                if (has(message, NO_FILES)) {
                    press(m, message, NO_FILES);
                    m.stage = Stage.ANONYMITY;
                } else if (has(message, ANYWAY)) {
                    // Similar matters of the neighbourhood were offered: this one is new anyway.
                    press(m, message, ANYWAY);
                }
            }
            case ANONYMITY -> step(m, message, PUBLIC, Stage.CONFIRM);
            case CONFIRM -> {
                if (has(message, CONFIRM)) {
                    m.confirmMessageId = message.messageId();
                    m.confirmData = message.button(CONFIRM).data();
                    m.confirmedAtMillis = System.currentTimeMillis();
                    press(m, message, CONFIRM);
                    m.stage = Stage.FILED;
                }
            }
            case FILED -> {
                if (message.text() != null && message.text().contains(FILED)) {
                    m.number = Filing.numberIn(message);
                    m.filedAt = message.sentAt();
                    m.stage = Stage.DONE;
                }
            }
            default -> {
                // READY and DONE wait for nothing.
            }
        }
    }

    private void step(Member m, SentMessage message, String label, Stage next) {
        if (has(message, label)) {
            press(m, message, label);
            m.stage = next;
        }
    }

    private void press(Member m, SentMessage message, String label) {
        api.injectCallback(m.user, message.messageId(), message.button(label).data());
        updates++;
    }

    private static boolean has(SentMessage message, String label) {
        return message.allButtons().stream().anyMatch(b -> b.label().equals(label));
    }

    private String stuck(Duration timeout) {
        List<Member> waiting = members.stream()
                .filter(m -> m.stage != Stage.READY && m.stage != Stage.DONE)
                .toList();
        return waiting.size() + " residents still waiting after " + timeout + ": "
                + waiting.stream().limit(20).map(Member::toString).collect(Collectors.joining(", "))
                + waiting.stream()
                        .limit(2)
                        .map(m -> "\n--- chat " + m.user.id() + ":\n" + api.transcript(m.user.id()))
                        .collect(Collectors.joining());
    }

    /** The project's realistic Vietnamese submissions (test resource), texts only. */
    public static List<String> sampleTexts() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(FilingCrowd.class.getResourceAsStream("/agenda/sample-submissions-vi.tsv")),
                StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1) // header: kind, topic, text
                    .map(line -> line.split("\t", 3))
                    .filter(cells -> cells.length == 3)
                    .map(cells -> cells[2])
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
