package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.view.InternalResourceViewResolver;

/** The web chat's JSON calls, each turning into the update a Telegram client would send. */
class SandboxWebControllerTest {

    private final BotApiStandIn standIn = new BotApiStandIn();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(
                    new SandboxWebController(standIn, Personas.preset(9001)))
            .setViewResolvers(new InternalResourceViewResolver("/templates/", ".html"))
            .build();

    @Test
    void thePageAndThePresetCast() throws Exception {
        mvc.perform(get("/sandbox")).andExpect(status().isOk()).andExpect(view().name("sandbox"));
        mvc.perform(get("/sandbox/api/personas"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].name").value("Cô Lan"))
                .andExpect(jsonPath("$[3].official").value(true))
                .andExpect(jsonPath("$[3].id").value(9001));
        mvc.perform(post("/sandbox/api/personas")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" Bà Năm \"}"))
                .andExpect(jsonPath("$.id").value(1004))
                .andExpect(jsonPath("$.name").value("Bà Năm"));
        mvc.perform(post("/sandbox/api/personas")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("name: required"));
    }

    @Test
    void whatAPersonaSendsBecomesUpdatesFromThem() throws Exception {
        mvc.perform(post("/sandbox/api/chats/1002/text")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"<script>alert('x')</script> đường ngập\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updateId").value(1));
        mvc.perform(multipart("/sandbox/api/chats/1002/photo")
                        .file(new MockMultipartFile("file", "o-ga.jpg", "image/jpeg", new byte[] {1, 2, 3})))
                .andExpect(status().isOk());
        mvc.perform(multipart("/sandbox/api/chats/1002/document")
                        .file(new MockMultipartFile("file", "đơn.pdf", "application/pdf", new byte[] {4})))
                .andExpect(status().isOk());
        mvc.perform(post("/sandbox/api/chats/1002/location")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"latitude\":10.2915,\"longitude\":105.7585}"))
                .andExpect(status().isOk());
        mvc.perform(post("/sandbox/api/chats/1002/location")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"latitude\":100,\"longitude\":105}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("latitude: a number from -90 to 90"));
        for (String upload : new String[] {"photo", "document"}) {
            // Sent as JSON instead of a form: refused, nothing injected (was a 500 with a trace in the log).
            mvc.perform(post("/sandbox/api/chats/1002/" + upload)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("bad_request"))
                    .andExpect(jsonPath("$.message").value("file: send a multipart/form-data upload"));
        }
        mvc.perform(post("/sandbox/api/chats/5555/text")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"x\"}"))
                .andExpect(status().isNotFound());

        JsonNode updates = standIn.call("getUpdates", Params.json("{}")).result();
        assertThat(updates).hasSize(4);
        assertThat(updates.get(0)
                        .path("message")
                        .path("from")
                        .path("first_name")
                        .asText())
                .isEqualTo("Chú Ba");
        assertThat(updates.get(0).path("message").path("text").asText()).startsWith("<script>");
        assertThat(updates.get(1)
                        .path("message")
                        .path("photo")
                        .get(0)
                        .path("file_size")
                        .asInt())
                .isEqualTo(3);
        assertThat(updates.get(2)
                        .path("message")
                        .path("document")
                        .path("file_name")
                        .asText())
                .isEqualTo("đơn.pdf");
        assertThat(updates.get(3)
                        .path("message")
                        .path("location")
                        .path("longitude")
                        .asDouble())
                .isEqualTo(105.7585);
    }

    @Test
    void theChatShowsBothSidesAndThenOnlyWhatChanged() throws Exception {
        standIn.injectText(TelegramUser.of(1001, "Cô Lan"), "/start");
        standIn.call(
                "sendMessage",
                Params.json(
                        "{\"chat_id\":1001,\"text\":\"Đồng ý?\",\"reply_markup\":{\"inline_keyboard\":"
                                + "[[{\"text\":\"Đồng ý\",\"callback_data\":\"consent:yes\"},{\"text\":\"Trang\",\"url\":\"https://example.org\"}]]}}"));
        standIn.call("sendLocation", Params.json("{\"chat_id\":1001,\"latitude\":10.5,\"longitude\":105.5}"));

        String first = mvc.perform(get("/sandbox/api/chats/1001/messages?after=0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messages", hasSize(3)))
                .andExpect(jsonPath("$.messages[0].fromBot").value(false))
                .andExpect(jsonPath("$.messages[0].text").value("/start"))
                .andExpect(jsonPath("$.messages[1].buttons[0][0].data").value("consent:yes"))
                .andExpect(jsonPath("$.messages[1].buttons[0][1].url").value("https://example.org"))
                .andExpect(jsonPath("$.messages[2].kind").value("location"))
                .andExpect(jsonPath("$.messages[2].latitude").value(10.5))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long revision = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(first)
                .path("revision")
                .asLong();

        mvc.perform(post("/sandbox/api/chats/1001/callbacks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"messageId\":2,\"data\":\"consent:yes\"}"))
                .andExpect(status().isOk());
        standIn.call("editMessageText", Params.json("{\"chat_id\":1001,\"message_id\":2,\"text\":\"Cảm ơn cô\"}"));

        mvc.perform(get("/sandbox/api/chats/1001/messages?after=3&since=" + revision))
                .andExpect(jsonPath("$.messages", hasSize(1)))
                .andExpect(jsonPath("$.messages[0].messageId").value(2))
                .andExpect(jsonPath("$.messages[0].text").value("Cảm ơn cô"))
                .andExpect(jsonPath("$.messages[0].edited").value(true))
                .andExpect(jsonPath("$.messages[0].buttons", hasSize(0)));
        JsonNode press =
                standIn.call("getUpdates", Params.json("{}")).result().get(1).path("callback_query");
        assertThat(press.path("data").asText()).isEqualTo("consent:yes");
        assertThat(press.path("message").path("message_id").asInt()).isEqualTo(2);
    }

    @Test
    void documentsTheBotSentDownloadUnderTheirName() throws Exception {
        standIn.call(
                "sendDocument",
                new Params(
                        Params.json("{\"chat_id\":9001}").recorded(),
                        java.util.Map.of(
                                "document", new UploadedFile("Chương trình.docx", new byte[] {80, 75, 3, 4}))));

        mvc.perform(get("/sandbox/api/chats/9001/documents/1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("UTF-8''Ch%C6%B0%C6%A1ng")))
                .andExpect(content().bytes(new byte[] {80, 75, 3, 4}));
        mvc.perform(get("/sandbox/api/chats/9001/documents/2")).andExpect(status().isNotFound());
        assertThat(standIn.awaitMessageCount(9001, 1, Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void theScriptNeverWritesHtml() throws IOException {
        String script =
                Files.readString(Path.of("src/main/resources/static/sandbox/sandbox.js"), StandardCharsets.UTF_8);
        assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        assertThat(script).contains("textContent");
    }
}
