/**
 * Staff sign-in: form login at {@code /dang-nhap} on a server session (micronaut-session), throttled per username and
 * per address, logout at {@code /dang-xuat}. {@link vn.hailong.access.login.web.SessionAuthenticationFetcher} turns the
 * session into the {@link vn.hailong.shared.security.Actor} every feature reads.
 */
package vn.hailong.access.login;
