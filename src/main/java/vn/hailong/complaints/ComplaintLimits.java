package vn.hailong.complaints;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How many complaints one token may file (issue 8 §2 b): counted in the database on the server's clock, per
 * token (its idempotency scope), so a stolen kiosk token cannot file without end under made-up phone numbers.
 * Configured under {@code hailong.complaints.*}; citizens without a token are limited per address in {@code web.limits}.
 */
@ConfigurationProperties("hailong.complaints")
public class ComplaintLimits {

    private Duration tokenPeriod = Duration.ofHours(1);
    /** a kiosk hears a few complaints a day; more than this in an hour is someone else using its token */
    private int kioskPerPeriod = 10;
    /** integrations relay many citizens' complaints */
    private int otherTokenPerPeriod = 200;
    /**
     * a signed-in staff member types in what a citizen brings to the counter or says on the phone: a few a minute
     * at most; more is a script using a stolen session
     */
    private int staffPerPeriod = 60;

    public Duration getTokenPeriod() { return tokenPeriod; }
    public void setTokenPeriod(Duration tokenPeriod) { this.tokenPeriod = tokenPeriod; }
    public int getKioskPerPeriod() { return kioskPerPeriod; }
    public void setKioskPerPeriod(int kioskPerPeriod) { this.kioskPerPeriod = kioskPerPeriod; }
    public int getOtherTokenPerPeriod() { return otherTokenPerPeriod; }
    public void setOtherTokenPerPeriod(int otherTokenPerPeriod) { this.otherTokenPerPeriod = otherTokenPerPeriod; }
    public int getStaffPerPeriod() { return staffPerPeriod; }
    public void setStaffPerPeriod(int staffPerPeriod) { this.staffPerPeriod = staffPerPeriod; }
}
