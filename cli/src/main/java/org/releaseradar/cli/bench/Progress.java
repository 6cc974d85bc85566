package org.releaseradar.cli.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One progress line on stderr, redrawn in place ({@code \r}) at most every 200 ms: the stage, a bar, the
 * percentage and done/total with the unit, and the time since the bench started. stdout stays clean
 * for the table or the JSON.
 */
public final class Progress {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private final long started = System.nanoTime();
    private String stage = "";
    private long lastDraw;
    private int lastLength;
    /** Not a terminal (a log file, CI): one line per stage and per tenth instead of redrawing. */
    private final boolean plain;
    private long lastTenth = -1;

    public Progress(PrintStream err) {
        this(err, System.console() == null);
    }

    Progress(PrintStream err, boolean plain) {
        this.err = err;
        this.plain = plain;
    }

    public synchronized void stage(String name) {
        if (!stage.isEmpty()) {
            err.println();
        }
        stage = name;
        lastDraw = 0;
        lastTenth = -1;
        lastLength = name.length();
        err.print(name);
        err.flush();
    }

    public synchronized void update(long done, long total, String unit) {
        long now = System.nanoTime();
        if (plain) {
            long tenth = total <= 0 ? 0 : Math.min(10, done * 10 / total);
            if (tenth == lastTenth) {
                return;
            }
            lastTenth = tenth;
        } else if (now - lastDraw < 200_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        draw(done, total, unit);
    }

    public synchronized void finish() {
        err.println();
        err.flush();
    }

    private void draw(long done, long total, String unit) {
        double fraction = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String line = String.format(Locale.ROOT, "%-26s [%s%s] %3.0f%% %,d/%,d %s  %.0f s", stage,
                "#".repeat(filled), "-".repeat(WIDTH - filled), fraction * 100, done, total, unit,
                (System.nanoTime() - started) / 1e9);
        if (plain) {
            err.print(System.lineSeparator() + line);
        } else {
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        }
        err.flush();
        lastLength = line.length();
    }
}
