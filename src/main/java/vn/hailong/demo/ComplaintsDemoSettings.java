package vn.hailong.demo;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@link HistoryDemoSettings} of the complaint history ({@code hailong.demo-complaints.*}), {@code days} ending today. */
@ConfigurationProperties("hailong.demo-complaints")
public class ComplaintsDemoSettings extends HistoryDemoSettings {

    @Override
    String prefix() {
        return "hailong.demo-complaints";
    }
}
