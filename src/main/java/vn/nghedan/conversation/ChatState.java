package vn.nghedan.conversation;

/** Where a chat stands: the step it is on, its draft (JSON), and the generation of its buttons. */
record ChatState(long chatId, String step, String draft, int generation, boolean isNew) {

    static final String IDLE = "IDLE";

    static ChatState fresh(long chatId) {
        return new ChatState(chatId, IDLE, null, 0, true);
    }
}
