package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.officials.accounts.Role;

/** The neighbourhood page and its QR posters. */
class ConsoleNeighbourhoodsTest extends ConsoleTestSupport {

    @Test
    void thePageListsNeighbourhoodsWithTheirDeepLinks() {
        Session admin = signIn(ADMIN);

        Reply page = admin.get("/console/neighbourhoods");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Khóm 1", "Khóm 3", "https://t.me/NgheDanBot?start=K2", "<path d=\"M")
                .contains("/console/neighbourhoods/K3/poster.pdf");
    }

    @Test
    void theQrCodeReadsBackAsTheDeepLink() throws Exception {
        ConsoleQrCode qr = ConsoleQrCode.of("https://t.me/NgheDanBot?start=K1");
        int scale = 4;
        int side = qr.size() * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                pixels[y * side + x] = qr.dark(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));

        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("https://t.me/NgheDanBot?start=K1");
    }

    @Test
    void thePosterIsAPdfWithVietnameseTextAndTheLink() throws IOException, InterruptedException {
        Session head = signIn(official(Role.NEIGHBOURHOOD_HEAD, "K2"));
        Reply page = head.get("/console/neighbourhoods");
        assertThat(page.body()).doesNotContain("Khóm 1<");

        byte[] pdf = download(head, "/console/neighbourhoods/K2/poster.pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // extracted text may come back decomposed (NFD)
            text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }

        assertThat(text).contains("Khóm 2", "Gửi ý kiến đến phường qua Telegram", "https://t.me/NgheDanBot?start=K2");
        assertThat(text).contains("quét mã QR", "Tố cáo");
        assertThat(head.get("/console/neighbourhoods/K1/poster.pdf").status()).isEqualTo(404);
    }

    /** The body as bytes: a PDF is not text. */
    private byte[] download(Session session, String path) throws IOException, InterruptedException {
        Reply probe = session.get(path);
        assertThat(probe.status()).isEqualTo(200);
        assertThat(probe.header("Content-Type")).isEqualTo("application/pdf");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Cookie", session.cookieHeader())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }
}
