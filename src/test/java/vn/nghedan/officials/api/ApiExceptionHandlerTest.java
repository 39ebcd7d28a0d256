package vn.nghedan.officials.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nghedan.officials.core.LocalizedInvalidInput;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.submission.IllegalTransitionException;
import vn.nghedan.submission.Status;

/** The API's error answers, one by one, against a controller that fails on purpose. */
// The console's advices serve only its pages; this slice is about the API's.
@WebMvcTest(
        controllers = ApiExceptionHandlerTest.FailingApi.class,
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.nghedan\\.officials\\.console\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({ApiExceptionHandlerTest.FailingApi.class, ApiMessages.class})
class ApiExceptionHandlerTest {

    @Autowired
    MockMvc mvc;

    record Probe(Status status, Integer count, LocalDate day) {}

    @RestController
    static class FailingApi {

        @PostMapping("/api/probe")
        Probe echo(@RequestBody Probe probe) {
            return probe;
        }

        @GetMapping("/api/probe")
        String query(@RequestParam int count, @RequestParam(required = false) Status status) {
            return "ok";
        }

        @GetMapping("/api/invalid")
        String invalid() {
            throw new InvalidInputException("title", "title is required");
        }

        @GetMapping("/api/localized")
        String localized() {
            throw new LocalizedInvalidInput("size", "officials.list.size-range", "200");
        }

        @GetMapping("/api/transition")
        String transition() {
            throw new IllegalTransitionException(Status.ANSWERED, "reject");
        }

        @GetMapping("/api/missing")
        String missing() {
            throw new NotFoundException("No submission #7");
        }

        @GetMapping("/api/boom")
        String boom() {
            throw new IllegalStateException("secret internals at db.sqlite line 42");
        }

        @GetMapping("/api/busy")
        String busy() {
            throw new org.springframework.transaction.CannotCreateTransactionException(
                    "The database stayed busy for 30000 ms; try again");
        }

        @GetMapping("/console/boom")
        String consoleBoom() {
            throw new IllegalStateException("a console failure");
        }
    }

    @Test
    void malformedJsonIs400OnTheBody() throws Exception {
        mvc.perform(post("/api/probe").contentType(MediaType.APPLICATION_JSON).content("{\"count\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void aMissingBodyIs400OnTheBody() throws Exception {
        mvc.perform(post("/api/probe").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingIt() throws Exception {
        mvc.perform(post("/api/probe").contentType(MediaType.APPLICATION_JSON).content("{\"count\": \"three\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("count"));
        mvc.perform(post("/api/probe").contentType(MediaType.APPLICATION_JSON).content("{\"day\": \"31/12/2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("day"));
    }

    /** Well-formed JSON with a number the field cannot hold: the field is named, not the body. */
    @Test
    void aNumberOutOfRangeIs400NamingIt() throws Exception {
        for (String number : new String[] {"99999999999999999999", "1e30", "-3000000000"}) {
            mvc.perform(post("/api/probe")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"count\": " + number + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("count"))
                    .andExpect(jsonPath("$.message")
                            .value("Giá trị của 'count' vượt quá giới hạn cho phép (quá lớn hoặc quá nhỏ)."));
        }
        mvc.perform(post("/api/probe")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"count\": 1e30}"))
                .andExpect(
                        jsonPath("$.message").value("The value of 'count' is out of range (too large or too small)."));
    }

    @Test
    void anUnknownEnumValueIs400ListingTheAllowedOnes() throws Exception {
        mvc.perform(post("/api/probe").contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"OPEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("ACCEPTED")));
        mvc.perform(get("/api/probe?count=1&status=OPEN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void queryParametersMissingOrOfTheWrongTypeAre400NamingThem() throws Exception {
        mvc.perform(get("/api/probe"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("count"));
        mvc.perform(get("/api/probe?count=many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("count"));
    }

    @Test
    void domainFailuresKeepTheirMeaning() throws Exception {
        mvc.perform(get("/api/invalid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("title"))
                .andExpect(jsonPath("$.message").value("title is required"));
        mvc.perform(get("/api/transition"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"))
                .andExpect(jsonPath("$.field").doesNotExist());
        mvc.perform(get("/api/missing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
    }

    @Test
    void ourOwnMessagesFollowTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/localized")).andExpect(jsonPath("$.message").value("Cỡ trang (size) phải từ 1 đến 200."));
        mvc.perform(get("/api/localized").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.message").value("The page size (size) must be 1 to 200."));
    }

    @Test
    void springsOwnFailuresKeepTheirStatus() throws Exception {
        mvc.perform(delete("/api/probe"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.error").value("method_not_allowed"))
                .andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("POST")));
        mvc.perform(post("/api/probe").contentType(MediaType.TEXT_PLAIN).content("count=1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("unsupported_media_type"));
        mvc.perform(get("/api/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
    }

    @Test
    void theUnexpectedIsA500WithoutDetails() throws Exception {
        MvcResult result = mvc.perform(get("/api/boom").accept(MediaType.TEXT_HTML))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.error").value("internal_error"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).doesNotContain("secret", "Exception", "at ");
    }

    @Test
    void aBusyDatabaseIsA503WithRetryAfter() throws Exception {
        MvcResult result = mvc.perform(get("/api/busy"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.error").value("service_unavailable"))
                .andExpect(jsonPath("$.message").isNotEmpty())
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).doesNotContain("30000", "Exception");
    }

    @Test
    void outsideTheApiItStepsAside() {
        assertThatThrownBy(() -> mvc.perform(get("/console/boom"))).hasRootCauseMessage("a console failure");
    }
}
