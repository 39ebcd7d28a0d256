package vn.nghedan.residentweb;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Ward;

/**
 * The private follow page: where the web author (or a web supporter) sees the status, the steps
 * and the ward's answer. It is the web channel's way of telling: nothing is sent anywhere.
 */
@Controller
class FollowPage {

    static final String PATH = "/y-kien/theo-doi/";

    private final WebFiling filing;
    private final WebSettings settings;

    FollowPage(WebFiling filing, WebSettings settings) {
        this.filing = filing;
        this.settings = settings;
    }

    @GetMapping(PATH + "{token}")
    String follow(
            @PathVariable String token,
            @RequestParam(name = "new", required = false) String justFiled,
            @RequestParam(required = false) String supported,
            @RequestParam(required = false) String erased,
            HttpServletResponse response,
            Model model) {
        // a private page: no caching by proxies, no Referer carrying the token elsewhere
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        var following = filing.follow(token);
        if (following.isEmpty()) {
            return unknown(response);
        }
        model.addAttribute("f", following.get());
        model.addAttribute("token", token);
        String url = settings.followUrl(token);
        // the resident keeps a whole link, even when the app does not know its public address
        model.addAttribute(
                "followUrl",
                url.startsWith("/")
                        ? ServletUriComponentsBuilder.fromCurrentContextPath()
                                .path(url)
                                .toUriString()
                        : url);
        model.addAttribute("zone", Ward.ZONE);
        model.addAttribute("justFiled", justFiled != null);
        model.addAttribute("supported", supported != null);
        model.addAttribute("erased", erased != null);
        return "residentweb/follow";
    }

    /**
     * The author erases their name, contact and photos from their submission (Decree 13). The
     * token in the path is the credential, as for reading; a supporter's link cannot do it (404).
     */
    @PostMapping(PATH + "{token}/xoa-thong-tin")
    String forget(@PathVariable String token, HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        try {
            filing.forgetAuthor(token);
        } catch (NotFoundException e) {
            return unknown(response);
        }
        return "redirect:" + PATH + token + "?erased";
    }

    /** A token never issued (or a supporter's, for erasing): the page that says so, as a 404. */
    private static String unknown(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "residentweb/unknown";
    }
}
