package vn.hailong.invitations.replies;

/** What a citizen's SMS reply asks for, as {@link ReplyParser} reads it. */
public sealed interface ReplyCommand {

    /** A rating 1..5 of the last invited dossier, with the rest of the message as its comment (or null). */
    record Rate(int score, String comment) implements ReplyCommand {
        public Rate {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("score " + score);
            }
        }
    }

    /** A complaint (phản ánh) in the citizen's own words. */
    record Complain(String text) implements ReplyCommand {
    }

    /** STOP/HUY: no more messages to this number. */
    record Stop() implements ReplyCommand {
    }

    /** HELP, and anything not understood. */
    record Help() implements ReplyCommand {
    }
}
