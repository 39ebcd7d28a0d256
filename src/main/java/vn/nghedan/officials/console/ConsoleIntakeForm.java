package vn.nghedan.officials.console;

import java.util.List;
import java.util.UUID;
import org.springframework.validation.Errors;
import vn.nghedan.platform.Texts;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.Submissions;
import vn.nghedan.submission.Topic;

/**
 * A submission an official types in for a resident who came to the office, wrote a letter or
 * phoned. Name and contact are optional (many prefer not to give them). {@code formKey} is made
 * when the empty form is shown, so a double click or a resent form files the submission once.
 */
public class ConsoleIntakeForm {

    /** How a resident can reach the ward without the bot. */
    static final List<Channel> OFFICE_CHANNELS = List.of(Channel.SPOKEN, Channel.WRITTEN, Channel.PHONE);

    static final int MAX_NAME = 100;
    static final int MAX_CONTACT = 200;

    private String authorName;
    private String contact;
    private String neighbourhood;
    private Kind kind;
    private Integer topic;
    private String text;
    private boolean anonymous;
    private Channel channel;
    private String formKey;

    static ConsoleIntakeForm blank() {
        ConsoleIntakeForm form = new ConsoleIntakeForm();
        form.channel = Channel.SPOKEN;
        form.kind = Kind.QUESTION;
        form.formKey = UUID.randomUUID().toString();
        return form;
    }

    /** Every field checked at once, each message beside its field; whether the khóm is theirs is the service's. */
    void validate(Errors errors) {
        if (neighbourhood == null || neighbourhood.isBlank()) {
            errors.rejectValue("neighbourhood", "console.error.required");
        }
        if (kind == null && !errors.hasFieldErrors("kind")) {
            errors.rejectValue("kind", "console.error.required");
        }
        if (topic == null && !errors.hasFieldErrors("topic")) {
            errors.rejectValue("topic", "console.error.required");
        } else if (topic != null && !Topic.isValid(topic)) {
            errors.rejectValue("topic", "console.filter.topic-range");
        }
        if (channel == null || !OFFICE_CHANNELS.contains(channel)) {
            if (!errors.hasFieldErrors("channel")) {
                errors.rejectValue("channel", "console.error.required");
            }
        }
        String cleanText = Texts.clean(text);
        if (!Texts.hasWords(cleanText)) {
            errors.rejectValue("text", "console.error.required");
        } else if (cleanText.codePointCount(0, cleanText.length()) > Submissions.MAX_TEXT) {
            errors.rejectValue("text", "console.error.too-long", new Object[] {Submissions.MAX_TEXT}, null);
        }
        tooLong(errors, "authorName", authorName, MAX_NAME);
        tooLong(errors, "contact", contact, MAX_CONTACT);
        if (formKey == null || !formKey.matches("[0-9a-f-]{36}")) {
            errors.reject("console.intake.form-expired");
        }
    }

    private static void tooLong(Errors errors, String field, String value, int max) {
        if (value != null && Texts.clean(value).length() > max) {
            errors.rejectValue(field, "console.error.too-long", new Object[] {max}, null);
        }
    }

    boolean identifiesAuthor() {
        return !Texts.clean(authorName).isEmpty() || !Texts.clean(contact).isEmpty();
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public void setNeighbourhood(String neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public Integer getTopic() {
        return topic;
    }

    public void setTopic(Integer topic) {
        this.topic = topic;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getFormKey() {
        return formKey;
    }

    public void setFormKey(String formKey) {
        this.formKey = formKey;
    }
}
