package vn.hailong.invitations.replies;

/** Where an inbound message stands: waiting for (another) attempt, processed, or given up after the last attempt. */
public enum InboundState { PENDING, DONE, FAILED }
