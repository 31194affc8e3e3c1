package vn.hailong.dossiers.apology;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.calendar.OfficeClock;
import vn.hailong.shared.time.ClockFactory;

import java.util.List;

/**
 * The apology rules from configuration: {@code hailong.dossiers.apology-lead-working-days} (default 1: due by the
 * close of the last working day before the appointment), {@code hailong.dossiers.apology-horizon-working-days}
 * (default 3: dossiers whose appointment is within three working days are listed), and the close of office hours
 * of {@code hailong.calendar.office-hours} (the calendar's own setting, so that both count the same day).
 */
@Factory
class ApologySettings {

    @Singleton
    ApologyRules apologyRules(@Value("${hailong.dossiers.apology-lead-working-days:1}") int lead,
                              @Value("${hailong.dossiers.apology-horizon-working-days:3}") int horizon,
                              @Property(name = "hailong.calendar.office-hours") @Nullable String officeHours) {
        List<OfficeClock.Period> periods = officeHours == null || officeHours.isBlank()
                ? OfficeClock.DEFAULT_HOURS : OfficeClock.parseHours(officeHours);
        return new ApologyRules(lead, horizon, periods.stream().map(OfficeClock.Period::end).max(java.util.Comparator.naturalOrder()).orElseThrow(), ClockFactory.VIETNAM);
    }
}
