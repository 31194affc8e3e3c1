package vn.hailong.demo;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@link HistoryDemoSettings} of the rating history ({@code hailong.demo-ratings.*}), {@code days} ending yesterday. */
@ConfigurationProperties("hailong.demo-ratings")
public class RatingsDemoSettings extends HistoryDemoSettings {

    @Override
    String prefix() {
        return "hailong.demo-ratings";
    }
}
