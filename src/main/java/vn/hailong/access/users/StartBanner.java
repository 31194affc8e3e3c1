package vn.hailong.access.users;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person starting the service must read (a generated admin password, the demo accounts), printed as one
 * framed block on standard output once the server is up, so that it stands out of the start-up log (issue 7.4)
 * rather than being one log line among ninety. Without a server (a bare context) it prints at once.
 */
@Singleton
public class StartBanner {

    private static final int WIDTH = 76;

    private final List<List<String>> pending = new ArrayList<>();
    private PrintStream out = System.out;
    private boolean serverUp;

    /** Shows a block: its first line is the heading. */
    public synchronized void show(List<String> lines) {
        if (serverUp) {
            out.print(frame(lines));
        } else {
            pending.add(List.copyOf(lines));
        }
    }

    @EventListener
    synchronized void onServerUp(ServerStartupEvent event) {
        serverUp = true;
        pending.forEach(lines -> out.print(frame(lines)));
        pending.clear();
    }

    /** Prints what is pending now (for a start without an HTTP server, and tests). */
    synchronized void flush() {
        pending.forEach(lines -> out.print(frame(lines)));
        pending.clear();
    }

    synchronized void printTo(PrintStream stream) {
        this.out = stream;
    }

    /** The lines inside a frame of '#', wrapped to the frame's width. */
    static String frame(List<String> lines) {
        String rule = "#".repeat(WIDTH + 4);
        StringBuilder s = new StringBuilder("\n").append(rule).append('\n');
        for (String line : lines) {
            for (String part : wrap(line)) {
                s.append("# ").append(part).append(" ".repeat(Math.max(0, WIDTH - part.length()))).append(" #\n");
            }
        }
        return s.append(rule).append("\n\n").toString();
    }

    private static List<String> wrap(String line) {
        List<String> parts = new ArrayList<>();
        String rest = line;
        while (rest.length() > WIDTH) {
            int cut = rest.lastIndexOf(' ', WIDTH);
            if (cut <= 0) {
                cut = WIDTH;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }
}
