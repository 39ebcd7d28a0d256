package vn.nghedan.resident;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person talking to the bot (or entered by an official). Personal data stays until the
 * resident asks to be forgotten; consent is required before anything is stored beyond the id.
 */
@Table("resident")
public class Resident {

    @Id
    private Long id;

    private Long telegramUserId;
    private Long chatId;
    private String displayName;
    private String language;
    private String neighbourhoodCode;
    private Instant consentedAt;
    private boolean remindersEnabled;
    private Instant unreachableAt;
    private Instant forgottenAt;
    private String contact;
    private Instant createdAt;

    @Version
    private Integer version;

    Resident() {}

    static Resident fromTelegram(long telegramUserId, long chatId, String displayName, String language, Instant now) {
        Resident r = new Resident();
        r.telegramUserId = telegramUserId;
        r.chatId = chatId;
        r.displayName = displayName;
        r.language = language;
        r.remindersEnabled = true;
        r.createdAt = now;
        return r;
    }

    /** A person on a channel other than Telegram: no Telegram id, their chat key from {@link ChatAddresses}. */
    static Resident atAddress(long chatKey, String displayName, String language, Instant now) {
        Resident r = new Resident();
        r.chatId = chatKey;
        r.displayName = displayName;
        r.language = language;
        r.remindersEnabled = true;
        r.createdAt = now;
        return r;
    }

    static Resident offline(String displayName, String contact, String neighbourhoodCode, Instant now) {
        Resident r = new Resident();
        r.displayName = displayName;
        r.contact = contact;
        r.neighbourhoodCode = neighbourhoodCode;
        r.language = "vi";
        r.remindersEnabled = false;
        r.createdAt = now;
        return r;
    }

    public void consent(Instant now) {
        this.consentedAt = now;
        this.forgottenAt = null;
    }

    public void chooseNeighbourhood(String code) {
        this.neighbourhoodCode = code;
    }

    public void switchLanguage(String language) {
        this.language = language;
    }

    public void reminders(boolean enabled) {
        this.remindersEnabled = enabled;
    }

    public void markUnreachable(Instant now) {
        this.unreachableAt = now;
    }

    public void markReachable() {
        this.unreachableAt = null;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    /** Decree 13/2023: personal data erased, consent withdrawn; the row stays as an anonymous id. */
    public void forget(Instant now) {
        this.displayName = null;
        this.contact = null;
        this.consentedAt = null;
        this.remindersEnabled = false;
        this.forgottenAt = now;
    }

    public boolean hasConsented() {
        return consentedAt != null;
    }

    /** Whether broadcast messages (announcements, reminders) may go to this resident. */
    public boolean acceptsBroadcasts() {
        return hasConsented() && remindersEnabled && unreachableAt == null && chatId != null;
    }

    public Long getId() {
        return id;
    }

    public Long getTelegramUserId() {
        return telegramUserId;
    }

    public Long getChatId() {
        return chatId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getLanguage() {
        return language;
    }

    public String getNeighbourhoodCode() {
        return neighbourhoodCode;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public boolean isRemindersEnabled() {
        return remindersEnabled;
    }

    public Instant getUnreachableAt() {
        return unreachableAt;
    }

    public Instant getForgottenAt() {
        return forgottenAt;
    }

    public String getContact() {
        return contact;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    Integer getVersion() {
        return version;
    }

    /** A resident as stored (see {@link ResidentRowsImpl}). */
    static Resident restore(
            Long id,
            Long telegramUserId,
            Long chatId,
            String displayName,
            String language,
            String neighbourhoodCode,
            Instant consentedAt,
            boolean remindersEnabled,
            Instant unreachableAt,
            Instant forgottenAt,
            String contact,
            Instant createdAt,
            Integer version) {
        Resident r = new Resident();
        r.id = id;
        r.telegramUserId = telegramUserId;
        r.chatId = chatId;
        r.displayName = displayName;
        r.language = language;
        r.neighbourhoodCode = neighbourhoodCode;
        r.consentedAt = consentedAt;
        r.remindersEnabled = remindersEnabled;
        r.unreachableAt = unreachableAt;
        r.forgottenAt = forgottenAt;
        r.contact = contact;
        r.createdAt = createdAt;
        r.version = version;
        return r;
    }

    /** After it was written: the id it was given and the version it now has. */
    void written(Long id, Integer version) {
        this.id = id;
        this.version = version;
    }
}
