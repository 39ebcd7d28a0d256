package vn.nghedan.sandbox;

import java.io.IOException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sandbox web chat: a page where a person plays residents and officials, and the JSON calls it
 * makes — each action becomes the Telegram update a real client would send.
 */
@Controller
@Conditional(NoBotTokenCondition.class)
@RequestMapping("/sandbox")
class SandboxWebController {

    static final int MAX_NAME = 64;

    record NewPersona(String name) {}

    record TextInput(String text) {}

    record PressInput(Integer messageId, String data) {}

    record LocationInput(Double latitude, Double longitude) {}

    record Injected(int updateId) {}

    private final BotApiStandIn standIn;
    private final Personas personas;

    SandboxWebController(BotApiStandIn standIn, Personas personas) {
        this.standIn = standIn;
        this.personas = personas;
    }

    @GetMapping({"", "/"})
    String page() {
        return "sandbox";
    }

    @GetMapping("/api/personas")
    @ResponseBody
    List<Personas.Persona> personas() {
        return personas.all();
    }

    @PostMapping("/api/personas")
    @ResponseBody
    Personas.Persona addPersona(@RequestBody NewPersona input) {
        String name = required(input.name(), "name").strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name: at most " + MAX_NAME + " characters");
        }
        return personas.add(name);
    }

    @GetMapping("/api/chats/{chatId}/messages")
    @ResponseBody
    SandboxChatView.Page messages(
            @PathVariable long chatId,
            @RequestParam(defaultValue = "0") int after,
            @RequestParam(defaultValue = "0") long since) {
        return SandboxChatView.page(standIn, persona(chatId).id(), after, since);
    }

    @PostMapping("/api/chats/{chatId}/text")
    @ResponseBody
    Injected text(@PathVariable long chatId, @RequestBody TextInput input) {
        String text = required(input.text(), "text");
        if (text.length() > MessageMethods.MAX_TEXT) {
            throw new IllegalArgumentException("text: at most " + MessageMethods.MAX_TEXT + " characters");
        }
        return new Injected(standIn.injectText(persona(chatId).asTelegramUser(), text));
    }

    @PostMapping("/api/chats/{chatId}/callbacks")
    @ResponseBody
    Injected press(@PathVariable long chatId, @RequestBody PressInput input) {
        if (input.messageId() == null) {
            throw new IllegalArgumentException("messageId: required");
        }
        String data = required(input.data(), "data");
        return new Injected(standIn.injectCallback(persona(chatId).asTelegramUser(), input.messageId(), data));
    }

    @PostMapping("/api/chats/{chatId}/photo")
    @ResponseBody
    Injected photo(
            @PathVariable long chatId,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String caption)
            throws IOException {
        return new Injected(standIn.injectPhoto(
                persona(chatId).asTelegramUser(), nonEmpty(file).getBytes(), caption));
    }

    @PostMapping("/api/chats/{chatId}/document")
    @ResponseBody
    Injected document(
            @PathVariable long chatId,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String caption)
            throws IOException {
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "tệp"
                        : file.getOriginalFilename();
        String type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
        return new Injected(standIn.injectDocument(
                persona(chatId).asTelegramUser(), nonEmpty(file).getBytes(), name, type, caption));
    }

    @PostMapping("/api/chats/{chatId}/location")
    @ResponseBody
    Injected location(@PathVariable long chatId, @RequestBody LocationInput input) {
        if (input.latitude() == null || Math.abs(input.latitude()) > 90) {
            throw new IllegalArgumentException("latitude: a number from -90 to 90");
        }
        if (input.longitude() == null || Math.abs(input.longitude()) > 180) {
            throw new IllegalArgumentException("longitude: a number from -180 to 180");
        }
        return new Injected(
                standIn.injectLocation(persona(chatId).asTelegramUser(), input.latitude(), input.longitude()));
    }

    /** A document or photo the bot sent: documents download, photos show inline. */
    @GetMapping("/api/chats/{chatId}/documents/{messageId}")
    ResponseEntity<byte[]> attachment(@PathVariable long chatId, @PathVariable int messageId) {
        SentMessage.Attachment file = standIn.message(persona(chatId).id(), messageId)
                .map(SentMessage::attachment)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no file in that message"));
        String type = URLConnection.guessContentTypeFromName(file.fileName());
        ContentDisposition disposition = (type != null && type.startsWith("image/")
                        ? ContentDisposition.inline()
                        : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type))
                .body(file.bytes());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badInput(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message", e.getMessage()));
    }

    /** A photo or document sent as anything but a multipart form: the caller's mistake, not a 500. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, String>> notMultipart(MultipartException e) {
        return ResponseEntity.badRequest()
                .body(Map.of("error", "bad_request", "message", "file: send a multipart/form-data upload"));
    }

    private Personas.Persona persona(long chatId) {
        return personas.find(chatId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no persona " + chatId));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        return value;
    }

    private static MultipartFile nonEmpty(MultipartFile file) {
        if (file.isEmpty()) {
            throw new IllegalArgumentException("file: empty");
        }
        return file;
    }
}
