package vn.hailong.invitations;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code hailong.invitations.*}: whether a returned dossier brings an SMS invitation, how old a return may be for
 * one (the feed may backfill history: nobody wants a message about a dossier returned months ago), and whether the
 * rating page asks the nine per-dossier items of Decree 61/2018 Art. 31 as well. The card limits hold for walk-up
 * ratings through a QR card (no dossier, nobody served to bind them to): one per card and client address per
 * {@code card-min-interval}, at most {@code card-burst-max} per card per {@code card-burst-window}.
 */
@ConfigurationProperties("hailong.invitations")
public class InvitationSettings {

    private boolean enabled = true;
    private Duration maxAge = Duration.ofDays(7);
    private boolean decreeItems;
    private Duration cardMinInterval = Duration.ofMinutes(2);
    private Duration cardBurstWindow = Duration.ofMinutes(10);
    private int cardBurstMax = 30;

    public Duration getCardMinInterval() {
        return cardMinInterval;
    }

    public void setCardMinInterval(Duration cardMinInterval) {
        this.cardMinInterval = cardMinInterval;
    }

    public Duration getCardBurstWindow() {
        return cardBurstWindow;
    }

    public void setCardBurstWindow(Duration cardBurstWindow) {
        this.cardBurstWindow = cardBurstWindow;
    }

    public int getCardBurstMax() {
        return cardBurstMax;
    }

    public void setCardBurstMax(int cardBurstMax) {
        this.cardBurstMax = cardBurstMax;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Duration maxAge) {
        this.maxAge = maxAge;
    }

    public boolean isDecreeItems() {
        return decreeItems;
    }

    public void setDecreeItems(boolean decreeItems) {
        this.decreeItems = decreeItems;
    }
}
