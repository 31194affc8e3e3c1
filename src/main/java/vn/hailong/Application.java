package vn.hailong;

import io.micronaut.runtime.Micronaut;
import vn.hailong.access.users.BootstrapAdmin;
import vn.hailong.metrics.rollup.RebuildOnStart;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class Application {

    /** Command-line words that start the service as usual with one thing done first. */
    private static final Map<String, String> ONE_OFF_TASKS = Map.of(
            BootstrapAdmin.RESET_ARGUMENT, BootstrapAdmin.RESET_PROPERTY,   // a new admin password
            RebuildOnStart.ARGUMENT, RebuildOnStart.PROPERTY);              // the rollups recomputed from raw ratings

    public static void main(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        String[] rest = Arrays.stream(args).filter(a -> {
            String property = ONE_OFF_TASKS.get(a.replaceFirst("^--?", ""));
            if (property != null) {
                properties.put(property, true);
            }
            return property == null;
        }).toArray(String[]::new);
        var builder = Micronaut.build(rest).mainClass(Application.class);
        if (!properties.isEmpty()) {
            builder.properties(properties);
        }
        builder.start();
    }
}
