package vn.hailong.access.users;

import vn.hailong.shared.errors.RuleViolation;

/** A rule about accounts said no; carries a message key for the pages besides the bilingual message. */
public class UserRuleViolation extends RuleViolation {

    private final String messageKey;

    UserRuleViolation(Kind kind, String field, String messageKey, String message) {
        super(kind, field, message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
