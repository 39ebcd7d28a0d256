package vn.nghedan.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A multipart/form-data body split into its parts (RFC 7578), binary-safe: a part ends only at CRLF
 * followed by the boundary delimiter, so file bytes may hold anything, CRLFs included.
 */
final class MultipartForm {

    /** One part: {@code fileName} is null for a plain field. */
    record Part(String name, String fileName, byte[] content) {}

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    private MultipartForm() {}

    /** The boundary parameter of a multipart content type, or null if it has none. */
    static String boundary(String contentType) {
        return parameters(contentType).get("boundary");
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] partEnd = concat(CRLF, delimiter);
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw new IllegalArgumentException("no multipart boundary in the body");
        }
        List<Part> parts = new ArrayList<>();
        position += delimiter.length;
        while (!startsWith(body, position, new byte[] {'-', '-'})) {
            position = skipPaddingAndLineEnd(body, position);
            int headersEnd = indexOf(body, HEADERS_END, position);
            if (startsWith(body, position, CRLF) || headersEnd < 0) {
                throw new IllegalArgumentException("multipart part without headers");
            }
            String headers = new String(body, position, headersEnd - position, StandardCharsets.UTF_8);
            int contentStart = headersEnd + HEADERS_END.length;
            int contentEnd = indexOf(body, partEnd, contentStart);
            if (contentEnd < 0) {
                throw new IllegalArgumentException("multipart part without a closing boundary");
            }
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
            position = contentEnd + partEnd.length;
        }
        return parts;
    }

    private static Part part(String headers, byte[] content) {
        for (String header : headers.split("\r\n")) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                Map<String, String> disposition = parameters(header.substring(colon + 1));
                return new Part(disposition.get("name"), disposition.get("filename"), content);
            }
        }
        throw new IllegalArgumentException("multipart part without Content-Disposition");
    }

    /**
     * The {@code key=value} parameters after the first ';' of a header value; quoted values may hold
     * ';' and backslash escapes, and browsers and OkHttp write '"', CR and LF in them as %22, %0D, %0A.
     */
    static Map<String, String> parameters(String headerValue) {
        Map<String, String> parameters = new HashMap<>();
        int i = headerValue.indexOf(';');
        while (i >= 0 && i < headerValue.length()) {
            int equals = headerValue.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String key = headerValue.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = equals + 1;
            while (j < headerValue.length() && headerValue.charAt(j) == ' ') {
                j++;
            }
            if (j < headerValue.length() && headerValue.charAt(j) == '"') {
                for (j++; j < headerValue.length() && headerValue.charAt(j) != '"'; j++) {
                    char c = headerValue.charAt(j);
                    if (c == '\\' && j + 1 < headerValue.length()) {
                        c = headerValue.charAt(++j);
                    }
                    value.append(c);
                }
                parameters.put(key, percentDecodeQuoteAndLineEnds(value.toString()));
                i = headerValue.indexOf(';', j);
            } else {
                int end = headerValue.indexOf(';', j);
                parameters.put(
                        key,
                        headerValue
                                .substring(j, end < 0 ? headerValue.length() : end)
                                .strip());
                i = end;
            }
        }
        return parameters;
    }

    private static String percentDecodeQuoteAndLineEnds(String value) {
        return value.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
    }

    private static int skipPaddingAndLineEnd(byte[] body, int position) {
        while (position < body.length && (body[position] == ' ' || body[position] == '\t')) {
            position++;
        }
        if (!startsWith(body, position, CRLF)) {
            throw new IllegalArgumentException("multipart boundary not followed by a line end");
        }
        return position + CRLF.length;
    }

    private static boolean startsWith(byte[] body, int position, byte[] prefix) {
        if (position + prefix.length > body.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (body[position + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] pattern, int from) {
        for (int i = Math.max(0, from); i <= body.length - pattern.length; i++) {
            if (startsWith(body, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
