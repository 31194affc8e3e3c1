package vn.hailong;

import io.micronaut.runtime.Micronaut;
import vn.hailong.access.users.BootstrapAdmin;

import java.util.Arrays;

public class Application {
    public static void main(String[] args) {
        // "java -jar hailong.jar reset-admin-password": start as usual, with a new admin password (BootstrapAdmin)
        String[] rest = Arrays.stream(args).filter(a -> !isResetArgument(a)).toArray(String[]::new);
        var builder = Micronaut.build(rest).mainClass(Application.class);
        if (rest.length < args.length) {
            builder.properties(java.util.Map.of(BootstrapAdmin.RESET_PROPERTY, true));
        }
        builder.start();
    }

    private static boolean isResetArgument(String arg) {
        return arg.replaceFirst("^--?", "").equals(BootstrapAdmin.RESET_ARGUMENT);
    }
}
