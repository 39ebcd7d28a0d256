package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    @Test
    void partsKeepBinaryContentWithLineEndsAndDashes() {
        byte[] file = {0, '\r', '\n', '-', '-', 'x', '\r', '\n', '\r', '\n', (byte) 0xFF};
        byte[] body = body(
                "preamble to ignore\r\n--XyZ\r\n",
                "Content-Disposition: form-data; name=\"chat_id\"\r\n\r\n",
                "1001",
                "\r\n--XyZ\r\n",
                "Content-Disposition: form-data; name=\"document\"; filename=\"Biên bản; \\\"số 2\\\" %22K1%22.docx\"\r\n",
                "Content-Type: application/octet-stream\r\nContent-Length: 11\r\n\r\n",
                file,
                "\r\n--XyZ--\r\n");

        List<MultipartForm.Part> parts = MultipartForm.parse(body, "XyZ");

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).name()).isEqualTo("chat_id");
        assertThat(parts.get(0).fileName()).isNull();
        assertThat(new String(parts.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("1001");
        assertThat(parts.get(1).name()).isEqualTo("document");
        assertThat(parts.get(1).fileName()).isEqualTo("Biên bản; \"số 2\" \"K1\".docx");
        assertThat(parts.get(1).content()).isEqualTo(file);
    }

    @Test
    void theBoundaryIsReadFromTheContentTypeQuotedOrNot() {
        assertThat(MultipartForm.boundary("multipart/form-data; boundary=abc-123"))
                .isEqualTo("abc-123");
        assertThat(MultipartForm.boundary("multipart/form-data; charset=utf-8; boundary=\"a;b\""))
                .isEqualTo("a;b");
        assertThat(MultipartForm.boundary("multipart/form-data")).isNull();
    }

    @Test
    void aTruncatedBodyIsRefused() {
        byte[] body = body("--B\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue without end");
        assertThatThrownBy(() -> MultipartForm.parse(body, "B")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultipartForm.parse(body("no boundary"), "B"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] body(Object... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object piece : pieces) {
            out.writeBytes(
                    piece instanceof byte[] bytes ? bytes : piece.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
