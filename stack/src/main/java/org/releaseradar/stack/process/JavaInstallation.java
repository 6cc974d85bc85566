package org.releaseradar.stack.process;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** A JDK (or JRE) on disk, as described by its {@code release} file. */
public record JavaInstallation(Path home, String version, int featureVersion) {

    /** The {@code java} launcher of this installation. */
    public Path javaExecutable() {
        Path unix = home.resolve("bin").resolve("java");
        return Files.isRegularFile(unix) ? unix : home.resolve("bin").resolve("java.exe");
    }

    /**
     * Reads {@code home/release}; empty if {@code home} is not a Java installation with a launcher.
     * The release file is used rather than running {@code java -version}: it is fast and cannot hang.
     */
    public static Optional<JavaInstallation> read(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(release, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String version = unquote(properties.getProperty("JAVA_VERSION", ""));
        int feature = featureVersion(version);
        if (feature <= 0) {
            return Optional.empty();
        }
        JavaInstallation installation = new JavaInstallation(home.toAbsolutePath().normalize(), version, feature);
        if (!Files.isRegularFile(installation.javaExecutable())) {
            return Optional.empty();
        }
        return Optional.of(installation);
    }

    /** "1.8.0_392" → 8, "17.0.12" → 17, "25" → 25, "21-ea" → 21; 0 if unparseable. */
    static int featureVersion(String version) {
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return 0;
        }
        try {
            return Integer.parseInt(v.substring(0, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String unquote(String value) {
        String v = value.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
