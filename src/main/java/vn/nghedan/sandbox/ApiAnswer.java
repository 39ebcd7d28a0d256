package vn.nghedan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the stand-in answers to one call: the HTTP status and Telegram's JSON envelope. */
record ApiAnswer(int httpStatus, ObjectNode body) {

    static ApiAnswer ok(JsonNode result) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ok", true);
        body.set("result", result);
        return new ApiAnswer(200, body);
    }

    static ApiAnswer error(BotApiError error) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ok", false);
        body.put("error_code", error.errorCode());
        body.put("description", error.description());
        if (error.retryAfter() != null) {
            body.putObject("parameters").put("retry_after", error.retryAfter());
        }
        return new ApiAnswer(error.errorCode(), body);
    }

    boolean ok() {
        return body.path("ok").asBoolean();
    }

    JsonNode result() {
        return body.get("result");
    }
}
