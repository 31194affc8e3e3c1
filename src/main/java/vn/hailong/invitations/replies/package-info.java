/**
 * SMS replies (issue 11, items 6 and 7): what citizens send to our number, by Twilio's webhook or found later in
 * Twilio's message list by the reconciliation, stored once per MessageSid and read by {@link
 * vn.hailong.invitations.replies.ReplyParser}: a digit rates the last invited dossier, {@code PA ...} or free text
 * files a complaint, STOP opts out, anything else gets the help text. Answers are TwiML, or outbox messages when
 * they cannot be given at once.
 */
package vn.hailong.invitations.replies;
