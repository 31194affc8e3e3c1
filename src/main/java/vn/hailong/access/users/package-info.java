/**
 * Staff user accounts: each holds one role within one unit subtree. Exposes {@link vn.hailong.access.users.persistence.Users}
 * (read by login) and {@link vn.hailong.access.users.ManagingUsers} (the admin use cases); passwords are hashed with
 * Argon2id by {@link vn.hailong.access.users.PasswordHashing}.
 */
package vn.hailong.access.users;
