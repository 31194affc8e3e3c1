package vn.hailong.invitations.replies;

/** How an inbound message reached us: Twilio's webhook, or the reconciliation that reads Twilio's message list. */
public enum Via { WEBHOOK, RECONCILIATION }
