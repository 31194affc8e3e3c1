-- Complaints per token are limited (complaints.ComplaintLimits): counted by client scope and receipt time.
CREATE INDEX ix_complaints_scope_received ON complaints (idempotency_scope, received_at);
