package vn.nghedan.officials.console;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.WardProfile;

/**
 * The A4 poster a khóm pins up: its name, a QR code of the bot's deep link for it, and how to
 * send a question, in Vietnamese whatever language the official reads the console in (the
 * poster is for residents). The font is embedded: OpenPDF's standard Helvetica would silently
 * drop the Vietnamese letters.
 */
@Component
class ConsolePoster {

    /** The project's DejaVu Sans when the jar bundles it, else the Liberation Sans inside OpenPDF. */
    private static final String[] REGULAR_FONTS = {"/fonts/DejaVuSans.ttf", "/font-fallback/LiberationSans-Regular.ttf"
    };

    private static final String[] BOLD_FONTS = {"/fonts/DejaVuSans-Bold.ttf"};
    private static final Color RED = new Color(0xb3, 0x26, 0x1e);
    private static final float QR_SIZE = 300f;
    private static final int STEPS = 4;

    private final MessageSource messages;
    private final ConsoleBotLinks links;
    private final BaseFont regular;
    private final BaseFont bold;

    ConsolePoster(MessageSource messages, ConsoleBotLinks links) {
        this.messages = messages;
        this.links = links;
        BaseFont regularFace = font(REGULAR_FONTS);
        if (regularFace == null) {
            throw new IllegalStateException("No Unicode font for the posters on the classpath");
        }
        this.regular = regularFace;
        // a real bold face or none: a simulated bold smudges diacritics in print
        BaseFont boldFace = font(BOLD_FONTS);
        this.bold = boldFace == null ? regularFace : boldFace;
    }

    byte[] write(Neighbourhood neighbourhood, WardProfile ward) {
        String link = links.startLink(neighbourhood);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text("console.poster.title", neighbourhood.name()));
        document.addCreator("Nghe Dân");
        document.open();

        document.add(centred(ward.issuingBody(), new Font(regular, 11)));
        document.add(centred(text("console.poster.heading"), new Font(bold, 20, Font.NORMAL, RED)));
        document.add(centred(neighbourhood.name(), new Font(bold, 40)));
        document.add(qrImage(writer, link));
        document.add(centred(link, new Font(regular, 12)));
        document.add(centred(text("console.poster.bot", "@" + links.botUsername()), new Font(regular, 12)));

        Paragraph how = new Paragraph(text("console.poster.how"), new Font(bold, 14));
        how.setSpacingBefore(14);
        document.add(how);
        com.lowagie.text.List steps = new com.lowagie.text.List(com.lowagie.text.List.ORDERED, 20);
        // the numbers take the symbol's font: ours, not the standard Helvetica
        steps.setListSymbol(new Chunk("", new Font(regular, 12)));
        for (int i = 1; i <= STEPS; i++) {
            steps.add(new ListItem(text("console.poster.step." + i), new Font(regular, 12)));
        }
        document.add(steps);

        Paragraph other = new Paragraph(text("console.poster.other-channels"), new Font(regular, 11));
        other.setSpacingBefore(12);
        document.add(other);
        document.add(new Paragraph(text("console.poster.denunciation"), new Font(regular, 10)));
        document.close();
        return out.toByteArray();
    }

    /** The QR code as vector squares in a template, placed in the page's flow like a picture. */
    private static Image qrImage(PdfWriter writer, String link) {
        ConsoleQrCode qr = ConsoleQrCode.of(link);
        float module = QR_SIZE / qr.size();
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(QR_SIZE, QR_SIZE);
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.dark(x, y)) {
                    // PDF's y axis points up, the QR grid's down
                    template.rectangle(x * module, QR_SIZE - (y + 1) * module, module, module);
                }
            }
        }
        template.fill();
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        return p;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ConsoleLocaleResolver.VIETNAMESE);
    }

    private static BaseFont font(String[] candidates) {
        for (String resource : candidates) {
            try (InputStream in = ConsolePoster.class.getResourceAsStream(resource)) {
                if (in != null) {
                    String name = resource.substring(resource.lastIndexOf('/') + 1);
                    return BaseFont.createFont(
                            name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the font " + resource, e);
            }
        }
        return null;
    }

    static String fileName(Neighbourhood n) {
        return "poster-" + n.code().toLowerCase(Locale.ROOT) + ".pdf";
    }
}
