package vn.hailong.demo;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@link HistoryDemoSettings} of the dossier history ({@code hailong.demo-dossiers.*}): a year of dossiers ending now,
 * with their invitations, SMS and link ratings and apologies.
 */
@ConfigurationProperties("hailong.demo-dossiers")
public class DossiersDemoSettings extends HistoryDemoSettings {

    @Override
    String prefix() {
        return "hailong.demo-dossiers";
    }
}
