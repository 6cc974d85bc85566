package org.releaseradar.stack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a JDK whose feature version is in a range, because the children need other JDKs than the
 * one we run on (Apicurio needs 21+, Elasticsearch 7.10 needs at most 23).
 *
 * <p>Order: the override variable (which must fit if set), {@code JAVA_HOME}, the running JVM,
 * then every JDK under the usual installation folders, newest first.
 */
public final class JdkDiscovery {

    private final String overrideVariable;
    private final Map<String, String> environment;
    private final Path currentJavaHome;
    private final List<Path> searchRoots;

    public JdkDiscovery(String overrideVariable, Map<String, String> environment, Path currentJavaHome,
                        List<Path> searchRoots) {
        this.overrideVariable = overrideVariable;
        this.environment = Map.copyOf(environment);
        this.currentJavaHome = currentJavaHome;
        this.searchRoots = List.copyOf(searchRoots);
    }

    /** Discovery on this machine, with {@code overrideVariable} naming the env var that wins. */
    public static JdkDiscovery onThisMachine(String overrideVariable) {
        Path userHome = Path.of(System.getProperty("user.home"));
        List<Path> roots = List.of(
                Path.of("/usr/lib/jvm"),
                Path.of("/usr/java"),
                Path.of("/usr/local/lib/jvm"),
                Path.of("/opt/java"),
                Path.of("/opt/jdk"),
                Path.of("/opt"),
                Path.of("/Library/Java/JavaVirtualMachines"),
                userHome.resolve(".sdkman/candidates/java"),
                userHome.resolve(".jdks"),
                userHome.resolve(".gradle/jdks"),
                userHome.resolve(".asdf/installs/java"));
        return new JdkDiscovery(overrideVariable, System.getenv(), Path.of(System.getProperty("java.home")), roots);
    }

    /**
     * A JDK with {@code min <= feature version <= max}.
     *
     * @param purpose what needs it, for the error message, e.g. "Apicurio Registry 3.3.3"
     * @throws IllegalStateException naming what to install and the variable to set, if none fits
     */
    public JavaInstallation require(int min, int max, String purpose) {
        String override = environment.get(overrideVariable);
        if (override != null && !override.isBlank()) {
            Optional<JavaInstallation> chosen = JavaInstallation.read(Path.of(override));
            if (chosen.isEmpty() || !fits(chosen.get(), min, max)) {
                String found = chosen.isPresent() ? "JDK " + chosen.get().version() : "no JDK release file with a java launcher";
                throw new IllegalStateException(overrideVariable + "=" + override + " is not a JDK " + range(min, max)
                        + " (needed by " + purpose + "); found " + found);
            }
            return chosen.get();
        }
        List<JavaInstallation> candidates = candidates();
        return candidates.stream()
                .filter(j -> fits(j, min, max))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(purpose + " needs a JDK " + range(min, max)
                        + " and none was found (looked at " + describe(candidates) + " under " + searchRoots
                        + "). Install one (e.g. Eclipse Temurin " + (max == Integer.MAX_VALUE ? Math.max(min, 21) : min)
                        + ") and set " + overrideVariable + " to its home directory."));
    }

    /** Every installation found, in preference order, without duplicates (symlinked homes count once). */
    public List<JavaInstallation> candidates() {
        Set<Path> seen = new LinkedHashSet<>();
        List<JavaInstallation> result = new ArrayList<>();
        List<Path> preferred = new ArrayList<>();
        String javaHome = environment.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            preferred.add(Path.of(javaHome));
        }
        preferred.add(currentJavaHome);
        for (Path home : preferred) {
            add(home, seen, result);
        }
        List<JavaInstallation> discovered = new ArrayList<>();
        for (Path root : searchRoots) {
            for (Path dir : children(root)) {
                // macOS bundles keep the home under Contents/Home.
                for (Path home : List.of(dir, dir.resolve("Contents").resolve("Home"))) {
                    add(home, seen, discovered);
                }
            }
        }
        discovered.sort(Comparator.comparingInt((JavaInstallation j) -> j.featureVersion()).reversed());
        result.addAll(discovered);
        return result;
    }

    private static void add(Path home, Set<Path> seen, List<JavaInstallation> into) {
        Optional<JavaInstallation> installation = JavaInstallation.read(home);
        if (installation.isEmpty()) {
            return;
        }
        Path key = realPath(installation.get().home());
        if (seen.add(key)) {
            into.add(installation.get());
        }
    }

    private static List<Path> children(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static boolean fits(JavaInstallation j, int min, int max) {
        return j.featureVersion() >= min && j.featureVersion() <= max;
    }

    private static String range(int min, int max) {
        return max == Integer.MAX_VALUE ? min + " or later" : min + " to " + max;
    }

    private static String describe(List<JavaInstallation> candidates) {
        if (candidates.isEmpty()) {
            return "no JDKs";
        }
        return candidates.stream().map(j -> j.home() + " (" + j.version() + ")").toList().toString();
    }
}
