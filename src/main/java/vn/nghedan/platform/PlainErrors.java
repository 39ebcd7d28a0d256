package vn.nghedan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The answer to a request refused before Spring MVC sees it (an address Tomcat or a filter cannot
 * read): on an API path ({@link ApiPaths}) the API's JSON error body, elsewhere a short page in
 * Vietnamese with the English beside it. Fixed texts, since nothing of the request (its language
 * included) can be trusted at that point.
 */
final class PlainErrors {

    private PlainErrors() {}

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String field)
            throws IOException {
        String path = request.getRequestURI() == null
                ? null
                : request.getRequestURI().substring(request.getContextPath().length());
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (ApiPaths.isApi(path)) {
            response.setContentType("application/json");
            write(response.getWriter(), json(status, field));
        } else {
            response.setContentType("text/html");
            write(response.getWriter(), html(status));
        }
    }

    static String json(int status, String field) {
        String body = "{\"error\":\"" + code(status) + "\",\"message\":\"" + vietnamese(status) + " (" + english(status)
                + ")\"";
        return field == null ? body + "}" : body + ",\"field\":\"" + jsonSafe(field) + "\"}";
    }

    static String html(int status) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + vietnamese(status) + "</title></head><body><h1>" + vietnamese(status) + "</h1>"
                + "<p>Địa chỉ này không đúng hoặc bị hỏng. Xin kiểm tra lại đường dẫn, hoặc mở lại từ trang chính."
                + "</p><p lang=\"en\">" + english(status) + "</p></body></html>";
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "content_too_large";
            case 414 -> "uri_too_long";
            case 431 -> "request_header_fields_too_large";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    private static String vietnamese(int status) {
        return switch (status) {
            case 404 -> "Không tìm thấy.";
            case 413, 414, 431 -> "Yêu cầu quá lớn.";
            default -> status >= 500 ? "Có lỗi ngoài dự kiến; xin thử lại sau." : "Yêu cầu không hợp lệ.";
        };
    }

    private static String english(int status) {
        return switch (status) {
            case 404 -> "Not found.";
            case 413, 414, 431 -> "Request too large.";
            default -> status >= 500 ? "Unexpected failure; please try again later." : "Bad request.";
        };
    }

    /** A parameter's name comes from the client: keep the JSON well formed whatever it holds. */
    private static String jsonSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        return out.toString();
    }

    private static void write(Writer writer, String text) throws IOException {
        writer.write(text);
        writer.flush();
    }
}
