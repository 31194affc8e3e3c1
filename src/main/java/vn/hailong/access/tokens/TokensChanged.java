package vn.hailong.access.tokens;

/** Published in the transaction that revokes tokens: resolved tokens cached on this node are forgotten. */
record TokensChanged() {
}
