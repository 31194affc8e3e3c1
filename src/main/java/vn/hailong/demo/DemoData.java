package vn.hailong.demo;

import io.micronaut.core.order.OrderUtil;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.organisation.ProvinceRoot;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Runs the demo data contributors in order and logs one line saying what was loaded and how long it took. */
@Singleton
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final long SEED = 46_2025_07_01L;

    private final List<DemoDataContributor> contributors;
    private final ProvinceRoot province;
    private final Clock clock;

    DemoData(List<DemoDataContributor> contributors, ProvinceRoot province, Clock clock) {
        List<DemoDataContributor> sorted = new ArrayList<>(contributors);
        OrderUtil.sort(sorted);
        this.contributors = List.copyOf(sorted);
        this.province = province;
        this.clock = clock;
    }

    /** One contributor's outcome. */
    public record Part(String name, String summary, long millis) {
    }

    /** What one load did. */
    public record Result(List<Part> parts, long millis) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            for (Part p : parts) {
                s.append(s.isEmpty() ? "" : "; ").append(p.name()).append(": ").append(p.summary());
            }
            return s.toString();
        }
    }

    /** Loads every part, in order, in line (tests, and the start-up when nothing is deferred). */
    public Result load() {
        return load(contributors);
    }

    /** The parts needed before the server takes requests (the directory). */
    public Result loadImmediate() {
        return load(contributors.stream().filter(c -> !c.deferrable()).toList());
    }

    /** The parts that may follow once the server is up (history); empty when there are none. */
    public Result loadDeferred() {
        return load(contributors.stream().filter(DemoDataContributor::deferrable).toList());
    }

    public boolean hasDeferred() {
        return contributors.stream().anyMatch(DemoDataContributor::deferrable);
    }

    private Result load(List<DemoDataContributor> selected) {
        long start = System.nanoTime();
        Unit root = province.ensure();
        Actor system = new Actor(Actor.Kind.USER, 0, "demo-data", Role.ADMIN, root.id(), null);
        DemoContext context = new DemoContext(root, system, clock, SEED);
        List<Part> parts = new ArrayList<>();
        for (DemoDataContributor contributor : selected) {
            long t = System.nanoTime();
            String summary = contributor.contribute(context);
            parts.add(new Part(contributor.name(), summary, (System.nanoTime() - t) / 1_000_000));
        }
        Result result = new Result(List.copyOf(parts), (System.nanoTime() - start) / 1_000_000);
        LOG.info("Demo data for {} loaded in {} ms: {}", root.name(), result.millis(), result);
        return result;
    }

    public List<DemoDataContributor> contributors() {
        return contributors;
    }
}
