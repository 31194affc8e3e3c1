/**
 * Shared web plumbing for the staff pages: the one layout's model ({@link vn.hailong.web.LayoutModelProcessor}),
 * navigation that features contribute to ({@link vn.hailong.web.NavLink}), message bundles
 * ({@link vn.hailong.web.MessageBundle}), CSRF tokens for forms, flash messages, the language switch, the home page
 * and HTML error pages. No feature logic lives here.
 */
package vn.hailong.web;
