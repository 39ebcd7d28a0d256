package vn.nghedan.officials.console;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.officials.accounts.Account;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.officials.api.ApiMessages;
import vn.nghedan.officials.api.ApiSecurityErrors;
import vn.nghedan.officials.core.ConflictException;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.officials.core.OfficialScopes;
import vn.nghedan.officials.core.SubmissionDetail;
import vn.nghedan.officials.security.LoginThrottle;
import vn.nghedan.officials.security.SecurityConfiguration;
import vn.nghedan.officials.security.SignInAccounts;
import vn.nghedan.officials.security.SignInAudit;
import vn.nghedan.officials.security.SignInGuard;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.Status;

/**
 * The submission pages in a web slice: the real controller, templates, security chain, texts
 * and error pages, with the services behind them mocked. The console's classes are imported by
 * name: the slice's own scan did not register them here.
 */
@WebMvcTest(controllers = {ConsoleSubmissionsController.class, ConsoleDeniedPage.class})
@Import({
    ConsoleSubmissionsController.class,
    ConsoleDeniedPage.class,
    ConsoleWebConfiguration.class,
    SecurityConfiguration.class,
    ApiSecurityErrors.class,
    ApiMessages.class,
    ConsoleModelAdvice.class,
    ConsoleExceptionHandler.class,
    SignInGuard.class,
    LoginThrottle.class,
    SignInAudit.class,
    OfficialScopes.class,
    ConsoleSubmissionsControllerSliceTest.WebSecurity.class
})
class ConsoleSubmissionsControllerSliceTest {

    private static final long NUMBER = 42;

    /** The slice does not switch web security on by itself; the chains are the application's. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class WebSecurity {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsoleSubmissionSearch search;

    @MockitoBean
    ConsoleSubmissionCsv csv;

    @MockitoBean
    ConsoleSubmissionDetails details;

    @MockitoBean
    ConsoleSubmissionAccess access;

    @MockitoBean
    ConsoleModeration moderation;

    @MockitoBean
    ConsoleAttachments attachments;

    @MockitoBean
    Sessions sessions;

    @MockitoBean
    AuditLog audit;

    @MockitoBean
    Neighbourhoods neighbourhoods;

    @MockitoBean
    SignInAccounts accounts;

    /** Asked on every console request whether the signed-in account still stands as it was. */
    @MockitoBean
    Accounts officialAccounts;

    private final OfficialUser head = official(Role.NEIGHBOURHOOD_HEAD);
    private final OfficialUser viewer = official(Role.VIEWER);

    @BeforeEach
    void theAccountsAreAsSignedIn() {
        when(officialAccounts.byUsername(any())).thenAnswer(call -> Optional.of(account(call.getArgument(0))));
        when(neighbourhoods.codesOf(WARD)).thenReturn(WARD_KHOM);
    }

    @BeforeEach
    void aSubmissionWithAScript() {
        when(neighbourhoods.all()).thenReturn(List.of(new Neighbourhood("K1", "Khóm 1")));
        ConsoleSubmissionView view = new ConsoleSubmissionView(
                detail("<script>alert(1)</script> đèn hỏng"), 3, "Khóm 1", List.of(), 0, List.of(), List.of(), null);
        when(details.open(eq(NUMBER), any())).thenReturn(view);
        when(details.view(eq(NUMBER), any())).thenReturn(view);
    }

    @Test
    void theResidentsTextIsEscapedAndTheFormsCarryTheVersion() throws Exception {
        mvc.perform(get("/console/submissions/" + NUMBER).with(user(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt; đèn hỏng")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)"))))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"3\"")))
                .andExpect(content().string(Matchers.containsString("/console/submissions/42/reject")));
    }

    @Test
    void viewersGetThePageWithoutForms() throws Exception {
        mvc.perform(get("/console/submissions/" + NUMBER).with(user(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/reject"))));
    }

    @Test
    void aRejectionWithoutReasonIsRefusedBesideTheFieldAndChangesNothing() throws Exception {
        mvc.perform(post("/console/submissions/" + NUMBER + "/reject")
                        .with(user(head))
                        .with(csrf())
                        .param("version", "3")
                        .param("reason", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Cần điền mục này.")));
        verify(moderation, never()).apply(anyLong(), any(), any(), any());
    }

    @Test
    void aStepOnAChangedSubmissionIsA409WithTheExplanation() throws Exception {
        doThrow(new ConflictException("console.moderation.changed-meanwhile", "#42", "08:00 01/12/2026", "lan"))
                .when(moderation)
                .apply(eq(NUMBER), eq(2), any(), any());

        mvc.perform(post("/console/submissions/" + NUMBER + "/accept")
                        .with(user(head))
                        .with(csrf())
                        .param("version", "2"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("CHƯA được lưu")));
    }

    @Test
    void aStepThatGoesThroughRedirectsToThePage() throws Exception {
        mvc.perform(post("/console/submissions/" + NUMBER + "/reopen")
                        .with(user(head))
                        .with(csrf())
                        .param("version", "3"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/submissions/42"));
        verify(moderation).apply(eq(NUMBER), eq(3), any(), any());
    }

    @Test
    void viewersPostsAreForbidden() throws Exception {
        mvc.perform(post("/console/submissions/" + NUMBER + "/reopen")
                        .with(user(viewer))
                        .with(csrf())
                        .param("version", "3"))
                .andExpect(status().isForbidden());
        verify(moderation, never()).apply(anyLong(), any(), any(), any());
    }

    @Test
    void anUnknownStepIsNotAPage() throws Exception {
        mvc.perform(post("/console/submissions/" + NUMBER + "/delete")
                        .with(user(head))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    private static final long WARD = 1;
    private static final Set<String> WARD_KHOM = Set.of("K1", "K2", "K3");

    /** The account of each official, as it stands: the head's is of K1. */
    private static Account account(String username) {
        Role role = Role.valueOf(username.toUpperCase(java.util.Locale.ROOT));
        Set<String> khom = role == Role.NEIGHBOURHOOD_HEAD ? Set.of("K1") : Set.of();
        return Account.open(username, "{noop}x", "Cán bộ", role, WARD, khom, null, Instant.now());
    }

    private static OfficialUser official(Role role) {
        Account account = account(role.name().toLowerCase(java.util.Locale.ROOT));
        Set<String> khom = role == Role.NEIGHBOURHOOD_HEAD ? account.neighbourhoodCodes() : WARD_KHOM;
        return OfficialUser.of(account, new OfficialScope(account.getUsername(), "Cán bộ", role, WARD, khom));
    }

    private static SubmissionDetail detail(String text) {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 20, 8, 0, 0, 0, ZoneOffset.ofHours(7));
        return new SubmissionDetail(
                NUMBER,
                "#" + NUMBER,
                Kind.COMPLAINT,
                5,
                null,
                "K1",
                text,
                Status.NEW,
                at,
                at,
                1,
                1,
                true,
                Channel.BOT,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                List.of(new SubmissionDetail.Step(at, "resident", "FILED", null, Status.NEW, "BOT")));
    }
}
