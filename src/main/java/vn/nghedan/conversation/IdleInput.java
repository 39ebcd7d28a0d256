package vn.nghedan.conversation;

import org.springframework.stereotype.Component;

/** What an onboarded person sends outside any conversation step. */
@Component
class IdleInput {

    private final FilingFlow filing;

    IdleInput(FilingFlow filing) {
        this.filing = filing;
    }

    void onInput(Turn turn) {
        Inbound in = turn.in();
        boolean hasText = in.text() != null && !in.text().isBlank();
        if (in.type() == Inbound.Type.TEXT || (in.file() != null && hasText)) {
            filing.offerPlainText(turn, in.text(), in.file());
        } else if (in.file() != null || in.type() == Inbound.Type.LOCATION) {
            turn.say(turn.t("idle.file-without-text"));
        } else {
            turn.say(turn.t("idle.other"));
        }
    }
}
