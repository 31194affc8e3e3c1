/**
 * Escalation and "5 rõ" (issue 9 item 7): the pure decision of what a step clock owes at a moment
 * ({@link vn.hailong.complaints.escalation.Escalation}), the cluster-safe scan that records warnings, breaches and
 * escalations, the overdue list for managers, and the badge that counts it.
 */
package vn.hailong.complaints.escalation;
