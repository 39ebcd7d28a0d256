package vn.nghedan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.support.EndToEndTest;

/**
 * Nothing of the sandbox is open by accident: the web chat answers this machine only, the Bot API
 * stand-in listens on loopback only, both unless NGHEDAN_SANDBOX_PUBLIC=true; it keeps its own
 * database; with a bot token none of it exists.
 */
class SandboxExposureTest extends EndToEndTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void theWebChatAnswersThisMachineAndRefusesTheOfficeNetwork() throws Exception {
        MockMvc mvc = mvc();
        mvc.perform(get("/sandbox/api/personas").with(from("127.0.0.1"))).andExpect(status().isOk());
        mvc.perform(get("/sandbox/api/personas").with(from("::1"))).andExpect(status().isOk());

        mvc.perform(get("/sandbox").with(from("192.168.1.23"))).andExpect(status().isForbidden());
        mvc.perform(get("/sandbox/api/personas").with(from("192.168.1.23"))).andExpect(status().isForbidden());
        // Acting as the ward's official persona from another machine: refused before anything happens.
        int before = api.pendingUpdates();
        mvc.perform(post("/sandbox/api/chats/9001/text")
                        .with(from("10.0.0.7"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"/agenda\"}"))
                .andExpect(status().isForbidden());
        // A forwarded header is anyone's to write: it does not make a client local.
        mvc.perform(get("/sandbox/api/personas").with(from("192.168.1.23")).header("X-Forwarded-For", "127.0.0.1"))
                .andExpect(status().isForbidden());
        assertThat(api.pendingUpdates()).isEqualTo(before);
    }

    @Test
    void theStandInListensOnLoopbackOnlyUnlessPublic() throws Exception {
        Optional<InetAddress> lan = nonLoopbackAddress();
        try (StandInServer closed = StandInServer.start(new BotApiStandIn(), "1:t", 0, false);
                StandInServer open = StandInServer.start(new BotApiStandIn(), "1:t", 0, true)) {
            assertThat(getMe("127.0.0.1", closed.port())).isEqualTo(200);
            assertThat(getMe("127.0.0.1", open.port())).isEqualTo(200);
            if (lan.isPresent()) {
                String address = lan.get().getHostAddress();
                assertThatThrownBy(() -> new Socket(lan.get(), closed.port()).close())
                        .as("nothing listens for other machines")
                        .isInstanceOf(IOException.class);
                assertThat(getMe(address, open.port())).isEqualTo(200);
            }
        }
        // This very application's stand-in: loopback only.
        StandInServer running = context.getBean(StandInServer.class);
        assertThat(running.baseUrl()).startsWith("http://127.0.0.1:");
        if (lan.isPresent()) {
            assertThatThrownBy(() -> new Socket(lan.get(), running.port()).close())
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void theSandboxChainExistsHereBecauseThereIsNoToken() {
        assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsKey("sandbox");
    }

    @Test
    void withoutSettingsTheSandboxKeepsItsOwnDatabase() {
        // The application's real configuration files, read as at start
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Object.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off")
                .run()) {
            assertThat(app.getEnvironment().getProperty("spring.datasource.url"))
                    .isEqualTo("jdbc:sqlite:./data/sandbox.db");
            assertThat(app.getEnvironment().getProperty("nghedan.data-folder")).isEqualTo("./data/sandbox");
        }
    }

    private static int getMe(String host, int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/bot1:t/getMe"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    /** An IPv4 address of this machine that other machines could use, if it has one. */
    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
