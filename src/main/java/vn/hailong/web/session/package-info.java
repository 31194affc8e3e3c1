/**
 * Staff sessions and the cookies of the pages, kept in the database so that every service node sees them and a
 * restart keeps them (product.md §5): {@link vn.hailong.web.session.ServerSessions} for signed-in users,
 * {@link vn.hailong.web.session.SignedValues} for what anonymous visitors carry without any server state.
 */
package vn.hailong.web.session;
