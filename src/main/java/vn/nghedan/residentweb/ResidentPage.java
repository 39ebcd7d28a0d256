package vn.nghedan.residentweb;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.SubmissionSummary;
import vn.nghedan.submission.Submissions;
import vn.nghedan.submission.Topic;

/**
 * {@code /y-kien}: the resident page. Plain HTML forms that work without JavaScript (the script
 * only makes photos small and shows similar matters before sending); a post answers with a
 * redirect to the private follow page, or with the form again saying what to fix.
 */
@Controller
class ResidentPage {

    static final String PATH = "/y-kien";

    private final WebFiling filing;
    private final FormChallenge challenge;
    private final Neighbourhoods neighbourhoods;
    private final WebMessages messages;

    ResidentPage(WebFiling filing, FormChallenge challenge, Neighbourhoods neighbourhoods, WebMessages messages) {
        this.filing = filing;
        this.challenge = challenge;
        this.neighbourhoods = neighbourhoods;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String khom, @RequestParam(required = false) String ward, Model model) {
        FilingForm form = new FilingForm();
        Optional<WardProfile> chosen =
                neighbourhoods.isSingleWard() ? Optional.of(neighbourhoods.ward()) : neighbourhoods.ward(ward);
        if (chosen.isEmpty()) {
            // A province's page: the ward first (a QR poster's link names it and skips this).
            model.addAttribute("wards", neighbourhoods.wards());
            model.addAttribute("unknown", ward != null && !ward.isBlank());
            return "residentweb/wards";
        }
        form.setWard(chosen.get().code());
        form.setKhom(neighbourhoods
                .find(chosen.get().code(), khom)
                .map(Neighbourhood::localCode)
                .orElse(null));
        return form(model, form, null, null, List.of());
    }

    @PostMapping(PATH)
    String file(
            @ModelAttribute FilingForm form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        FormChallenge.Verdict verdict = challenge.check(form.getChallenge(), form.getWebsite());
        if (verdict != FormChallenge.Verdict.PASSED) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, null, messages.text("web.challenge." + verdict.name()), List.of());
        }
        if (!form.isConfirmed()) {
            List<SubmissionSummary> similar = filing.similar(form.getWard(), form.getKhom(), form.getText());
            if (!similar.isEmpty()) {
                form.setConfirmed(true);
                return form(model, form, null, null, similar);
            }
        }
        try {
            WebFiling.Filed filed = filing.file(form.submission(), photos(photos), request.getRemoteAddr());
            return seeOther(response, FollowPage.PATH + filed.token() + "?new");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, e.field(), messages.invalid(e), List.of());
        } catch (TooFastException e) {
            response.setStatus(429);
            return form(model, form, null, messages.text(e.messageKey()), List.of());
        }
    }

    /** "Me too" from the page: supports the item and opens its follow page. */
    @PostMapping(PATH + "/ung-ho")
    String support(
            @RequestParam long number,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String challenge,
            @RequestParam(required = false) String website,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        FilingForm form = new FilingForm();
        form.setContact(contact);
        if (this.challenge.check(challenge, website) == FormChallenge.Verdict.INVALID) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, null, messages.text("web.challenge.INVALID"), List.of());
        }
        try {
            WebFiling.Filed filed = filing.support(number, contact, request.getRemoteAddr());
            return seeOther(response, FollowPage.PATH + filed.token() + "?supported");
        } catch (InvalidInputException | NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String message = e instanceof InvalidInputException invalid
                    ? messages.invalid(invalid)
                    : messages.text("web.not-found");
            return form(model, form, null, message, List.of());
        } catch (TooFastException e) {
            response.setStatus(429);
            return form(model, form, null, messages.text(e.messageKey()), List.of());
        }
    }

    /** 303: the browser asks for the follow page with GET, and a reload does not post again. */
    private static String seeOther(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
        return null; // handled: the response is the redirect
    }

    private String form(Model model, FilingForm form, String field, String message, List<SubmissionSummary> similar) {
        form.setChallenge(challenge.issue());
        form.setWebsite("");
        model.addAttribute("form", form);
        WardProfile ward = neighbourhoods.ward(form.getWard()).orElse(neighbourhoods.ward());
        form.setWard(ward.code());
        model.addAttribute("neighbourhoods", ward.neighbourhoods());
        model.addAttribute("ward", ward.name());
        model.addAttribute("kinds", Kind.values());
        List<Integer> topics = new ArrayList<>();
        for (int t = Topic.FIRST; t <= Topic.LAST; t++) {
            topics.add(t);
        }
        model.addAttribute("topics", topics);
        model.addAttribute("maxText", Submissions.MAX_TEXT);
        model.addAttribute("errorField", field);
        model.addAttribute("error", message);
        model.addAttribute("similar", similar);
        model.addAttribute("maxPhotos", WebFiling.MAX_PHOTOS);
        return "residentweb/form";
    }

    private static List<Photo> photos(List<MultipartFile> files) {
        List<Photo> photos = new ArrayList<>();
        if (files == null) {
            return photos;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty()) {
                continue; // a file field left empty still posts a part
            }
            try {
                photos.add(new Photo(file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return photos;
    }
}
