package org.releaseradar.connectors.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.connectors.epoch.EpochCsvParser;
import org.releaseradar.connectors.epoch.EpochRow;

class ChangeDetectionTest {

    private static String fingerprintOfFirstRow(String csv) throws Exception {
        EpochRow row = new EpochCsvParser().parse(csv.getBytes(StandardCharsets.UTF_8)).get(0);
        return Fingerprint.sha256(row.model().toString());
    }

    @Test
    void aRowKeepsItsFingerprintWhenOnlyAColumnRadarDoesNotCarryChanges() throws Exception {
        String before = "Model,Parameters,Citations\nGLM-4.5,355000000000.0,10\n";
        String citationsOnly = "Model,Parameters,Citations\nGLM-4.5,355000000000.0,11\n";
        String parameters = "Model,Parameters,Citations\nGLM-4.5,356000000000.0,10\n";
        assertThat(fingerprintOfFirstRow(citationsOnly)).isEqualTo(fingerprintOfFirstRow(before));
        assertThat(fingerprintOfFirstRow(parameters)).isNotEqualTo(fingerprintOfFirstRow(before));
    }

    @Test
    void fingerprintsTellCurrentFromChanged() {
        Fingerprints f = new Fingerprints();
        assertThat(f.isCurrent("model:a", "1")).isFalse();
        f.put("model:a", "1");
        assertThat(f.isCurrent("model:a", "1")).isTrue();
        assertThat(f.isCurrent("model:a", "2")).isFalse();
        f.remove("model:a");
        assertThat(f.knows("model:a")).isFalse();
        assertThat(Fingerprint.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aFileIsReadAgainOnlyWhenItsContentChanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("orgs.csv");
        Files.writeString(file, "a");
        DocumentReader reader = new DocumentReader(DocumentLocation.parse(file.toString()), null);
        assertThat(reader.readIfChanged()).isPresent();
        assertThat(reader.readIfChanged()).isEmpty();
        Files.writeString(file, "b");
        assertThat(reader.readIfChanged()).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("b"));
    }

    @Test
    void locationsAreHttpFileUrlsOrPaths() {
        assertThat(DocumentLocation.parse("https://epoch.ai/data/x.csv")).isInstanceOf(DocumentLocation.Http.class);
        assertThat(DocumentLocation.parse("file:///tmp/orgs.csv"))
                .isEqualTo(new DocumentLocation.File(Path.of("/tmp/orgs.csv")));
        assertThat(DocumentLocation.parse("data/orgs.csv")).isInstanceOf(DocumentLocation.File.class);
        assertThatThrownBy(() -> DocumentLocation.parse("ftp://x/y")).hasMessageContaining("unsupported scheme");
        assertThatThrownBy(() -> DocumentLocation.parse(" ")).hasMessageContaining("http(s) URL");
    }
}
