package vn.hailong.metrics;

import io.micronaut.context.annotation.ConfigurationProperties;


/**
 * Settings of the figures ({@code hailong.metrics.*}): the minimum sample below which a cell shows "chưa đủ mẫu",
 * how the SIPAS index is formed, the QĐ 766 thresholds (full points at or above; domain.md §3, unconfirmed for the
 * PAKN indicators) and how often pending ratings are drained into the rollups.
 */
@ConfigurationProperties("hailong.metrics")
public class MetricsSettings {

    private int minimumSample = 30;
    private SipasAggregator aggregator = SipasAggregator.MEAN_OF_ELEMENTS;
    private double paknOnTimeThreshold = 90;
    private double paknSatisfactionThreshold = 90;
    private double dossierSatisfactionThreshold = 90;

    public int getMinimumSample() {
        return minimumSample;
    }

    public void setMinimumSample(int minimumSample) {
        if (minimumSample < 1) {
            throw new IllegalArgumentException("hailong.metrics.minimum-sample must be at least 1");
        }
        this.minimumSample = minimumSample;
    }

    public SipasAggregator getAggregator() {
        return aggregator;
    }

    public void setAggregator(SipasAggregator aggregator) {
        this.aggregator = aggregator;
    }

    public double getPaknOnTimeThreshold() {
        return paknOnTimeThreshold;
    }

    public void setPaknOnTimeThreshold(double paknOnTimeThreshold) {
        this.paknOnTimeThreshold = paknOnTimeThreshold;
    }

    public double getPaknSatisfactionThreshold() {
        return paknSatisfactionThreshold;
    }

    public void setPaknSatisfactionThreshold(double paknSatisfactionThreshold) {
        this.paknSatisfactionThreshold = paknSatisfactionThreshold;
    }

    public double getDossierSatisfactionThreshold() {
        return dossierSatisfactionThreshold;
    }

    public void setDossierSatisfactionThreshold(double dossierSatisfactionThreshold) {
        this.dossierSatisfactionThreshold = dossierSatisfactionThreshold;
    }
}
