package vn.nghedan.sandbox;

import vn.nghedan.telegram.BotEndpoint;

/** The bot's endpoint in sandbox mode: the local stand-in, with a fixed fake token. */
record SandboxBotEndpoint(String token, String apiUrl) implements BotEndpoint {

    @Override
    public boolean sandbox() {
        return true;
    }

    @Override
    public String toString() {
        return "SandboxBotEndpoint[" + apiUrl + "]";
    }
}
