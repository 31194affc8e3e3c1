package vn.hailong.web.csrf;

/** A form record that carries the synchronizer token (hidden field {@code csrfToken}). */
public interface CsrfForm {

    String csrfToken();
}
