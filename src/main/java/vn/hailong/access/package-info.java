/**
 * Staff accounts and how they get in: {@code users} (accounts with a role and a unit subtree, the admin pages and the
 * bootstrap admin) and {@code login} (form login on a server session, throttling, logout). API tokens live in
 * {@code access.tokens}.
 */
package vn.hailong.access;
