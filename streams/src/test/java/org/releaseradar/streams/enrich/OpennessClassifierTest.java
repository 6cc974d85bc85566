package org.releaseradar.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.releaseradar.schemas.avro.Openness;

class OpennessClassifierTest {

    @ParameterizedTest(name = "{0}/{1} gated={2} openSourceOrg={3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            "apache-2.0, null, false, false, OPEN_WEIGHTS_PERMISSIVE",
            "mit, null, false, false, OPEN_WEIGHTS_PERMISSIVE",
            "bsd-3-clause, null, false, false, OPEN_WEIGHTS_PERMISSIVE",
            "apache-2.0, null, false, true, OPEN_SOURCE",
            "cc-by-4.0, null, false, true, OPEN_WEIGHTS_PERMISSIVE",
            "gpl-3.0, null, false, false, OPEN_WEIGHTS_PERMISSIVE",
            "llama3.1, null, false, false, OPEN_WEIGHTS_RESTRICTED",
            "gemma, null, false, false, OPEN_WEIGHTS_RESTRICTED",
            "cc-by-nc-4.0, null, false, false, OPEN_WEIGHTS_RESTRICTED",
            "openrail++, null, false, false, OPEN_WEIGHTS_RESTRICTED",
            "other, qwen-research, false, false, OPEN_WEIGHTS_RESTRICTED",
            "other, null, false, false, OPEN_WEIGHTS_RESTRICTED",
            "apache-2.0, null, true, true, GATED",
            "llama3.1, null, true, false, GATED",
            "null, null, false, false, UNKNOWN",
            "null, null, true, false, GATED"})
    void mapsLicenseGatingAndRegistry(String license, String licenseName, boolean gated, boolean openSourceOrg,
                                      Openness expected) {
        String effective = OpennessClassifier.effectiveLicense(license, licenseName);
        assertThat(OpennessClassifier.classify(effective, gated, openSourceOrg)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "Open weights (unrestricted), OPEN_WEIGHTS_PERMISSIVE",
            "Open weights (restricted use), OPEN_WEIGHTS_RESTRICTED",
            "Open weights (non-commercial), OPEN_WEIGHTS_RESTRICTED",
            "API access, CLOSED",
            "Hosted access (no API), CLOSED",
            "Unreleased, CLOSED",
            "null, UNKNOWN"})
    void mapsEpochAccessibility(String accessibility, Openness expected) {
        assertThat(OpennessClassifier.ofEpochAccessibility(accessibility)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"other, qwen-research, qwen-research", "Apache-2.0, null, apache-2.0",
            "mit, ignored, mit", "null, x, null"})
    void effectiveLicenseIsTheCustomNameOnlyForOther(String license, String name, String expected) {
        assertThat(OpennessClassifier.effectiveLicense(license, name)).isEqualTo(expected);
    }
}
