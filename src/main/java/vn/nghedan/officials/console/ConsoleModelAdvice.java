package vn.nghedan.officials.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.session.SessionKind;
import vn.nghedan.submission.AnswerForm;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.Topic;

/**
 * What every console page needs besides its own content: who is signed in, their neighbourhoods,
 * the language links and the fixed choices of the forms.
 */
@ControllerAdvice(annotations = ConsoleController.class)
class ConsoleModelAdvice {

    /**
     * The signed-in official as the templates see them. The templates hide what a role may not
     * do; the security chain and the services refuse it regardless.
     */
    record Viewer(
            String username, String name, Role role, boolean moderates, boolean wardAdmin, boolean provinceAdmin) {}

    /** Links to this same page in each language (after a form was posted: to the dashboard). */
    record LanguageLinks(String vi, String en) {}

    /** The fixed lists that select boxes and radio buttons offer, in their natural order. */
    record Choices(
            List<Status> statuses,
            List<Integer> topics,
            List<Kind> kinds,
            List<Channel> channels,
            List<Channel> officeChannels,
            List<AnswerForm> answerForms,
            List<SessionKind> sessionKinds,
            List<Role> roles) {}

    private static final Choices CHOICES = new Choices(
            List.of(Status.values()),
            IntStream.rangeClosed(Topic.FIRST, Topic.LAST).boxed().toList(),
            List.of(Kind.values()),
            List.of(Channel.values()),
            ConsoleIntakeForm.OFFICE_CHANNELS,
            List.of(AnswerForm.values()),
            List.of(SessionKind.values()),
            List.of(Role.WARD_ADMIN, Role.NEIGHBOURHOOD_HEAD, Role.VIEWER));

    /** A province admin may also make province admins. */
    private static final Choices PROVINCE_CHOICES = new Choices(
            CHOICES.statuses(),
            CHOICES.topics(),
            CHOICES.kinds(),
            CHOICES.channels(),
            CHOICES.officeChannels(),
            CHOICES.answerForms(),
            CHOICES.sessionKinds(),
            List.of(Role.values()));

    /**
     * A khóm as the console offers it: by key, named with its ward when the official sees several.
     *
     * @param localCode its code within the ward (what account pages show)
     */
    record KhomOption(String code, String name, String localCode, String ward) {}

    private final Neighbourhoods neighbourhoods;

    ConsoleModelAdvice(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @ModelAttribute("choices")
    Choices choices(@AuthenticationPrincipal OfficialUser user) {
        return user != null && user.scope().runsProvince() ? PROVINCE_CHOICES : CHOICES;
    }

    /** The neighbourhoods this official works with: a head's own, everyone else's the whole ward (or province). */
    @ModelAttribute("myNeighbourhoods")
    List<KhomOption> myNeighbourhoods(@AuthenticationPrincipal OfficialUser user) {
        if (user == null) {
            return List.of();
        }
        List<Neighbourhood> mine =
                neighbourhoods.all().stream().filter(n -> user.sees(n.code())).toList();
        boolean severalWards = mine.stream().map(Neighbourhood::ward).distinct().count() > 1;
        return mine.stream()
                .map(n -> new KhomOption(
                        n.code(),
                        severalWards
                                ? n.name() + " · "
                                        + neighbourhoods.wardOf(n.code()).name()
                                : n.name(),
                        n.localCode(),
                        n.ward()))
                .toList();
    }

    /** The wards a province admin may narrow a list to; empty for everyone else (they see one ward). */
    @ModelAttribute("myWards")
    List<vn.nghedan.neighbourhood.WardProfile> myWards(@AuthenticationPrincipal OfficialUser user) {
        if (user == null || !user.scope().runsProvince() || neighbourhoods.isSingleWard()) {
            return List.of();
        }
        return neighbourhoods.wards();
    }

    /** Each khóm this official sees by its key, as the pages name it (with its ward when they see several). */
    @ModelAttribute("khomLabels")
    java.util.Map<String, String> khomLabels(@AuthenticationPrincipal OfficialUser user) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        myNeighbourhoods(user).forEach(n -> labels.put(n.code(), n.name()));
        return labels;
    }

    @ModelAttribute("me")
    Viewer me(@AuthenticationPrincipal OfficialUser user) {
        if (user == null) {
            return null;
        }
        return new Viewer(
                user.getUsername(),
                user.shownName(),
                user.role(),
                user.scope().moderates(),
                user.scope().runsWard(),
                user.scope().runsProvince());
    }

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        return new LanguageLinks(link(request, "vi"), link(request, "en"));
    }

    private static String link(HttpServletRequest request, String language) {
        if (!"GET".equals(request.getMethod())) {
            return "/?lang=" + language;
        }
        String path = request.getRequestURI();
        try {
            return UriComponentsBuilder.fromPath(path)
                    .query(request.getQueryString())
                    .replaceQueryParam("lang", language)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException badlyEncodedQuery) {
            return path + "?lang=" + language;
        }
    }
}
