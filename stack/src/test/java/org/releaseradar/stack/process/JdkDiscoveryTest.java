package org.releaseradar.stack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkDiscoveryTest {

    @TempDir
    Path root;

    @Test
    void readsTheFeatureVersionFromTheReleaseFile() throws IOException {
        Path home = fakeJdk(root.resolve("jdk-21"), "21.0.5");

        assertThat(JavaInstallation.read(home)).hasValueSatisfying(j -> {
            assertThat(j.featureVersion()).isEqualTo(21);
            assertThat(j.version()).isEqualTo("21.0.5");
            assertThat(j.javaExecutable()).isEqualTo(home.resolve("bin/java"));
        });
    }

    @Test
    void parsesOldAndEarlyAccessVersions() {
        assertThat(JavaInstallation.featureVersion("1.8.0_392")).isEqualTo(8);
        assertThat(JavaInstallation.featureVersion("25")).isEqualTo(25);
        assertThat(JavaInstallation.featureVersion("26-ea")).isEqualTo(26);
        assertThat(JavaInstallation.featureVersion("garbage")).isZero();
    }

    @Test
    void ignoresFoldersWithoutReleaseFileOrLauncher() throws IOException {
        Path noRelease = Files.createDirectories(root.resolve("no-release/bin"));
        Files.writeString(noRelease.resolve("java"), "");
        Path noLauncher = Files.createDirectories(root.resolve("no-launcher"));
        Files.writeString(noLauncher.resolve("release"), "JAVA_VERSION=\"21\"\n");

        assertThat(JavaInstallation.read(root.resolve("no-release"))).isEmpty();
        assertThat(JavaInstallation.read(noLauncher)).isEmpty();
    }

    @Test
    void prefersTheCurrentJvmThenTheNewestDiscovered() throws IOException {
        Path current = fakeJdk(root.resolve("current-17"), "17.0.12");
        Path jvms = Files.createDirectories(root.resolve("jvm"));
        fakeJdk(jvms.resolve("jdk-21"), "21.0.1");
        fakeJdk(jvms.resolve("jdk-25"), "25.0.1");
        fakeJdk(jvms.resolve("jdk-11"), "11.0.2");
        JdkDiscovery discovery = new JdkDiscovery("RADAR_TEST_JAVA_HOME", Map.of(), current, List.of(jvms));

        assertThat(discovery.require(17, 23, "Elasticsearch").home()).isEqualTo(current);
        assertThat(discovery.require(21, Integer.MAX_VALUE, "the registry").featureVersion()).isEqualTo(25);
    }

    @Test
    void theOverrideVariableWinsAndMustFit() throws IOException {
        Path current = fakeJdk(root.resolve("current-25"), "25.0.1");
        Path chosen = fakeJdk(root.resolve("chosen-21"), "21.0.1");
        Path tooOld = fakeJdk(root.resolve("old-17"), "17.0.1");

        JdkDiscovery overridden = new JdkDiscovery("RADAR_TEST_JAVA_HOME", Map.of("RADAR_TEST_JAVA_HOME", chosen.toString()),
                current, List.of());
        assertThat(overridden.require(21, Integer.MAX_VALUE, "the registry").home()).isEqualTo(chosen);

        JdkDiscovery wrong = new JdkDiscovery("RADAR_TEST_JAVA_HOME", Map.of("RADAR_TEST_JAVA_HOME", tooOld.toString()),
                current, List.of());
        assertThatThrownBy(() -> wrong.require(21, Integer.MAX_VALUE, "the registry"))
                .hasMessageContaining("RADAR_TEST_JAVA_HOME").hasMessageContaining("21 or later");
    }

    @Test
    void usesJavaHomeBeforeTheCurrentJvm() throws IOException {
        Path current = fakeJdk(root.resolve("current-21"), "21.0.1");
        Path javaHome = fakeJdk(root.resolve("java-home-22"), "22.0.1");
        JdkDiscovery discovery = new JdkDiscovery("X", Map.of("JAVA_HOME", javaHome.toString()), current, List.of());

        assertThat(discovery.require(21, 25, "it").home()).isEqualTo(javaHome);
    }

    @Test
    void failsNamingWhatToInstallAndTheVariable() throws IOException {
        Path current = fakeJdk(root.resolve("current-17"), "17.0.12");
        JdkDiscovery discovery = new JdkDiscovery("RADAR_REGISTRY_JAVA_HOME", Map.of(), current, List.of(root.resolve("none")));

        assertThatThrownBy(() -> discovery.require(21, Integer.MAX_VALUE, "Apicurio Registry 3.3.3"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Apicurio Registry 3.3.3 needs a JDK 21 or later")
                .hasMessageContaining("Install one")
                .hasMessageContaining("RADAR_REGISTRY_JAVA_HOME");
    }

    @Test
    void countsASymlinkedHomeOnce() throws IOException {
        Path jvms = Files.createDirectories(root.resolve("jvm"));
        Path real = fakeJdk(jvms.resolve("java-17-openjdk"), "17.0.12");
        Files.createSymbolicLink(jvms.resolve("java-1.17.0-openjdk"), real);
        JdkDiscovery discovery = new JdkDiscovery("X", Map.of(), root.resolve("missing"), List.of(jvms));

        assertThat(discovery.candidates()).hasSize(1);
    }

    private static Path fakeJdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
        return home;
    }
}
