package vn.hailong.invitations.replies;

/** What the webhook answers in TwiML: one message, or nothing ({@code text} null). */
public record Answer(String text) {

    public static Answer none() {
        return new Answer(null);
    }

    public boolean empty() {
        return text == null;
    }
}
