package vn.nghedan.residentweb;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Ward;

/** The JSON behind the resident page (CONTRACT.md "Residents without Telegram"); no credentials. */
@RestController
@RequestMapping("/api/public")
class PublicSubmissionApi {

    /**
     * The body as JSON values of any type, so a wrong type is answered with its field named
     * (a typed record would fail as a whole).
     */
    record Body(
            Object ward,
            Object neighbourhood,
            Object kind,
            Object topic,
            Object text,
            Object anonymous,
            Object name,
            Object contact) {}

    record SupportBody(Object contact) {}

    private final WebFiling filing;
    private final WebSettings settings;

    PublicSubmissionApi(WebFiling filing, WebSettings settings) {
        this.filing = filing;
        this.settings = settings;
    }

    @PostMapping(path = "/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> file(@RequestBody Body body, HttpServletRequest request) {
        WebSubmission submission = new WebSubmission(
                text(body.ward(), "ward"),
                text(body.neighbourhood(), "neighbourhood"),
                text(body.kind(), "kind"),
                body.topic() instanceof Number n ? n.toString() : text(body.topic(), "topic"),
                text(body.text(), "text"),
                flag(body.anonymous()),
                text(body.name(), "name"),
                text(body.contact(), "contact"));
        return created(filing.file(submission, List.of(), request.getRemoteAddr()));
    }

    /** "Me too" on a similar open submission instead of filing; a follow link to it comes back. */
    @PostMapping(path = "/submissions/{number}/support")
    ResponseEntity<Map<String, Object>> support(
            @PathVariable long number, @RequestBody(required = false) SupportBody body, HttpServletRequest request) {
        String contact = body == null ? null : text(body.contact(), "contact");
        return created(filing.support(number, contact, request.getRemoteAddr()));
    }

    /** Up to three open items of the khóm like this text: what the page offers to support. */
    @GetMapping("/similar")
    List<Map<String, Object>> similar(
            @RequestParam(required = false) String ward,
            @RequestParam String neighbourhood,
            @RequestParam String text) {
        return filing.similar(ward, neighbourhood, text).stream()
                .map(s -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("number", s.number());
                    item.put("reference", s.reference());
                    item.put("text", s.text());
                    item.put("supporters", s.supporters());
                    return item;
                })
                .toList();
    }

    @GetMapping("/follow/{token}")
    Map<String, Object> follow(@PathVariable String token) {
        Following f = filing.follow(token).orElseThrow(() -> new NotFoundException("No such follow link"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", f.number());
        body.put("reference", f.reference());
        body.put("status", f.status().name());
        body.put(
                "history",
                f.history().stream()
                        .map(step -> Map.of(
                                "at",
                                wardTime(step.at()),
                                "action",
                                step.action(),
                                "status",
                                step.status().name()))
                        .toList());
        if (f.answer() != null) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("text", f.answer().text());
            answer.put("answeredBy", f.answer().answeredBy());
            answer.put(
                    "answeredAt",
                    f.answer().at() == null ? null : wardTime(f.answer().at()));
            answer.put("commitment", f.answer().commitment());
            answer.put(
                    "deadline",
                    f.answer().deadline() == null ? null : f.answer().deadline().toString());
            body.put("answer", answer);
        }
        if (f.mergedInto() != null) {
            body.put("mergedInto", f.mergedInto());
        }
        if (f.meeting() != null) {
            Map<String, Object> session = new LinkedHashMap<>();
            session.put("title", f.meeting().title());
            session.put("startsAt", wardTime(f.meeting().startsAt()));
            session.put("venue", f.meeting().venue());
            body.put("session", session);
        }
        return body;
    }

    /** The author erases their name, contact and photos from the submission their link follows. */
    @PostMapping("/follow/{token}/forget")
    Map<String, Object> forget(@PathVariable String token) {
        WebFiling.Forgotten forgotten = filing.forgetAuthor(token);
        return Map.of("number", forgotten.number(), "erased", forgotten.erased());
    }

    /** As everywhere in the API: the ward's hour with its offset, not UTC. */
    private static OffsetDateTime wardTime(Instant at) {
        return at.atZone(Ward.ZONE).toOffsetDateTime();
    }

    private ResponseEntity<Map<String, Object>> created(WebFiling.Filed filed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", filed.number());
        body.put("reference", filed.reference());
        body.put("followUrl", settings.followUrl(filed.token()));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    private static String text(Object value, String field) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidInputException(field, field + " must be a string");
    }

    private static boolean flag(Object value) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        throw new InvalidInputException("anonymous", "anonymous must be true or false");
    }
}
