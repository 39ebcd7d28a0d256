package vn.nghedan.residentweb;

/**
 * The page's form as posted (field names are the page's: {@code khom} for the khóm). Mutable
 * for Spring's binding; {@code website} is the honeypot people never see, {@code challenge} the
 * signed render time, {@code confirmed} set once similar matters were shown.
 */
class FilingForm {

    private String ward;
    private String khom;
    private String kind;
    private String topic;
    private String text;
    private boolean anonymous;
    private String name;
    private String contact;
    private String website;
    private String challenge;
    private boolean confirmed;

    WebSubmission submission() {
        return new WebSubmission(ward, khom, kind, topic, text, anonymous, name, contact);
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getKhom() {
        return khom;
    }

    public void setKhom(String khom) {
        this.khom = khom;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
