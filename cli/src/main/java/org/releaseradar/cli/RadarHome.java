package org.releaseradar.cli;

import java.nio.file.Files;
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

    /**
     * The bundled {@code data/} directory (org registry, alert rules, recorded sources): in the clone the
     * launcher runs from, else the nearest one above the working directory (tests run in a module).
     */
    public static Path bundledData() {
        String home = System.getProperty("radar.home");
        if (home != null && Files.isRegularFile(Path.of(home, "data", "orgs.csv"))) {
            return Path.of(home, "data").toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("data").resolve("orgs.csv"))) {
                return dir.resolve("data");
            }
        }
        throw new IllegalStateException("no data/orgs.csv in the clone (" + directory().getParent() + ") or above "
                + Path.of("").toAbsolutePath());
    }

    /** The local stack's default data directory. */
    public static Path defaultStackDataDir() {
        return directory().resolve("stack");
    }
}
