package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.nghedan.officials.TestOfficials;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.NewAccount;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.officials.security.SignInAccounts;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.Traces;

/**
 * "Forget this resident" in the console, for a person entered at the office: a ward admin's
 * action, audited without naming them; afterwards the database holds nothing of them but their
 * submission's text.
 */
class ConsoleResidentErasureTest extends EndToEndTest {

    private static final String NAME = "Qwxzyv Officevisitor";
    private static final String PHONE = "0918 246 357";

    @Autowired
    WebApplicationContext context;

    @Autowired
    ConsoleIntake intake;

    @Autowired
    Accounts accounts;

    @Autowired
    SignInAccounts officials;

    @Autowired
    Submissions submissions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aWardAdminForgetsAPersonEnteredAtTheOfficeAndOnlyTheTextStays() throws Exception {
        OfficialUser admin = (OfficialUser) officials.loadUserByUsername("admin");
        ConsoleIntakeForm form = new ConsoleIntakeForm();
        form.setAuthorName(NAME);
        form.setContact(PHONE);
        form.setNeighbourhood("K2");
        form.setKind(Kind.PROPOSAL);
        form.setTopic(2);
        form.setText("Đề nghị lắp thêm đèn chiếu sáng ở bến đò Khóm 2");
        form.setChannel(Channel.SPOKEN);
        form.setFormKey(UUID.randomUUID().toString());
        long number = intake.file(form, "K2", admin).getId();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();

        mvc.perform(get("/console/submissions/" + number).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("/console/submissions/" + number + "/forget-author")));

        // Not a viewer's or a khóm head's to do.
        UserDetails viewer = account("viewer", Role.VIEWER, Set.of());
        UserDetails head = account("head", Role.NEIGHBOURHOOD_HEAD, Set.of("K2"));
        for (UserDetails someone : List.of(viewer, head)) {
            mvc.perform(post("/console/submissions/" + number + "/forget-author")
                            .with(user(someone))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(submissions.get(number).getAuthorName()).isEqualTo(NAME);

        mvc.perform(post("/console/submissions/" + number + "/forget-author")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/submissions/" + number));

        Submission after = submissions.get(number);
        assertThat(after.getText()).isEqualTo("Đề nghị lắp thêm đèn chiếu sáng ở bến đò Khóm 2");
        assertThat(after.getAuthorName()).isNull();
        assertThat(after.getContact()).isNull();
        assertThat(after.getResidentId()).isNull();
        assertThat(after.getNeighbourhoodCode()).isEqualTo("K2");
        assertThat(Traces.inDatabase(dataSource, List.of("Qwxzyv", "Officevisitor", "246 357", "246357")))
                .isEmpty();
        assertThat(jdbc.sql("SELECT actor || ' ' || action || ' ' || target FROM audit_log WHERE action = ?"
                                + " AND target = ?")
                        .params("RESIDENT_FORGOTTEN", "#" + number)
                        .query(String.class)
                        .list())
                .containsExactly("admin RESIDENT_FORGOTTEN #" + number);

        // Nobody is left to forget: said so, nothing else happens.
        mvc.perform(post("/console/submissions/" + number + "/forget-author")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'RESIDENT_FORGOTTEN' AND target = ?")
                        .param("#" + number)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aWardAdminErasesAWebAuthorWhoHasNoResidentBehindThem() throws Exception {
        OfficialUser admin = (OfficialUser) officials.loadUserByUsername("admin");
        long number = submissions
                .file(new NewSubmission(
                        null,
                        "K3",
                        Kind.COMPLAINT,
                        5,
                        "Rác đổ trộm ở bờ kênh Khóm 3 mỗi đêm",
                        false,
                        Channel.WEB,
                        "Vyxqor Webperson",
                        "0917 531 246",
                        null,
                        null,
                        List.of(),
                        null,
                        "web"))
                .number();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();

        mvc.perform(post("/console/submissions/" + number + "/forget-author")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", Matchers.containsString("Đã xóa dữ liệu cá nhân")));

        Submission after = submissions.get(number);
        assertThat(after.getText()).isEqualTo("Rác đổ trộm ở bờ kênh Khóm 3 mỗi đêm");
        assertThat(after.getAuthorName()).isNull();
        assertThat(after.getContact()).isNull();
        assertThat(after.getEvents())
                .anySatisfy(e -> assertThat(e.actor() + " " + e.action()).isEqualTo("admin AUTHOR_FORGOTTEN"));
        assertThat(Traces.inDatabase(dataSource, List.of("Vyxqor", "Webperson", "531 246", "531246")))
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'RESIDENT_FORGOTTEN' AND target = ?")
                        .param("#" + number)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private UserDetails account(String prefix, Role role, Set<String> neighbourhoods) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(
                new NewAccount(username, "a-long-enough-password", null, role, neighbourhoods, null, null),
                TestOfficials.operator("admin"));
        return officials.loadUserByUsername(username);
    }
}
