package org.releaseradar.cli;

import java.nio.file.Path;

/** Where the {@code radar} command keeps its state when not told otherwise. */
public final class RadarHome {

    private RadarHome() {
    }

    /**
     * {@code .radar/} in the clone the {@code ./radar} launcher runs from (it sets
     * {@code radar.home}), else in the working directory.
     */
    public static Path directory() {
        String home = System.getProperty("radar.home");
        return (home == null ? Path.of("") : Path.of(home)).toAbsolutePath().resolve(".radar");
    }

    /** The local stack's default data directory. */
    public static Path defaultStackDataDir() {
        return directory().resolve("stack");
    }
}
