package vn.nghedan.officials.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.StringJoiner;
import org.springframework.format.annotation.DateTimeFormat;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Status;

/**
 * The submission list's filters as the page's GET form sends them. A JavaBean rather than a
 * record so that a value of the wrong type lands in the form's errors instead of failing the page.
 * {@code page} counts from 1, as people do.
 */
public class ConsoleSubmissionFilter {

    private Status status;
    private Integer topic;
    private String ward;
    private String neighbourhood;
    private Long session;
    private Channel channel;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private String q;
    private Integer page;

    /** The filters as a query string for links (paging, CSV); {@code page} only when given. */
    public String query(Integer page) {
        StringJoiner query = new StringJoiner("&");
        add(query, "status", status);
        add(query, "topic", topic);
        add(query, "ward", blankToNull(ward));
        add(query, "neighbourhood", blankToNull(neighbourhood));
        add(query, "session", session);
        add(query, "channel", channel);
        add(query, "from", from);
        add(query, "to", to);
        add(query, "q", blankToNull(q));
        add(query, "page", page);
        return query.toString();
    }

    /** 1 for a missing or nonsensical page. */
    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    /** Strictly encoded: a "+" or "&" typed in the search box survives the round trip. */
    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Integer getTopic() {
        return topic;
    }

    public void setTopic(Integer topic) {
        this.topic = topic;
    }

    /** A ward's code: the province admin's narrowing to one ward (a khóm narrows further). */
    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public void setNeighbourhood(String neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
