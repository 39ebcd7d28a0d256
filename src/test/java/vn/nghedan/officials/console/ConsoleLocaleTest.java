package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ConsoleTestSupport;

/** Vietnamese unless the official picks English; the API keeps answering by Accept-Language. */
class ConsoleLocaleTest extends ConsoleTestSupport {

    @Test
    void theConsoleIsVietnameseWhateverTheBrowserSaysUntilEnglishIsChosen() {
        Session admin = signIn(ADMIN);

        Reply vietnamese = admin.get("/console/submissions");
        Reply english = admin.get("/console/submissions?lang=en");
        Reply stillEnglish = admin.get("/");
        Reply backToVietnamese = admin.get("/?lang=vi");

        assertThat(vietnamese.body()).contains("lang=\"vi\"", "Ý kiến người dân");
        assertThat(english.body()).contains("lang=\"en\"", "Download (CSV)");
        assertThat(english.header("Set-Cookie")).contains(ConsoleLocaleResolver.COOKIE + "=en");
        assertThat(stillEnglish.body()).contains("Overview", "Sign out");
        assertThat(backToVietnamese.body()).contains("Tổng quan");
    }

    @Test
    void theLanguageLinksKeepTheFilters() {
        Session admin = signIn(ADMIN);

        Reply page = admin.get("/console/submissions?status=NEW&q=ngap+nuoc");

        assertThat(page.body()).contains("href=\"/console/submissions?status=NEW&amp;q=ngap+nuoc&amp;lang=en\"");
    }

    @Test
    void theApiStillFollowsAcceptLanguage() {
        Reply english = send("GET", "/api/submissions?size=0", ADMIN, null, null, "Accept-Language", "en");
        Reply vietnamese = send("GET", "/api/submissions?size=0", ADMIN, null, null, "Accept-Language", "vi");
        Reply none = get("/api/submissions?size=0", ADMIN);

        assertThat(english.json().get("message").asString()).startsWith("The page size");
        assertThat(vietnamese.json().get("message").asString()).startsWith("Cỡ trang");
        assertThat(none.json().get("message").asString()).startsWith("Cỡ trang");
    }
}
