package vn.hailong.demo;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How much complaint history the demo loads ({@code hailong.demo-complaints.*}): {@code days} calendar days ending
 * today, {@code scale} times the normal volume (0 loads none). Tests shrink both. {@code background} (default true)
 * loads them after the server is up, like the ratings.
 */
@ConfigurationProperties("hailong.demo-complaints")
public class ComplaintsDemoSettings {

    private int days = 365;
    private double scale = 1.0;
    private boolean background = true;

    public boolean isBackground() { return background; }
    public void setBackground(boolean background) { this.background = background; }

    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    public double getScale() { return scale; }
    public void setScale(double scale) { this.scale = scale; }
}
