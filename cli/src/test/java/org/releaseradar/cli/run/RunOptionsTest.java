package org.releaseradar.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.releaseradar.cli.CommandRun;
import org.releaseradar.cli.pipeline.SourcePlan;
import picocli.CommandLine;

class RunOptionsTest {

    @TempDir
    Path dir;
    private Path orgs;

    @BeforeEach
    void registry() throws IOException {
        orgs = dir.resolve("orgs.csv");
        Files.writeString(orgs, "org_id,name,country,kind,namespaces,aliases,country_source,openness_policy\n"
                + "qwen,Alibaba,CN,big_tech,Qwen;Alibaba-NLP,Qwen,x,open\n"
                + "mistral,Mistral AI,FR,startup,mistralai,Mistral,x,open\n");
    }

    private SourcePlan plan(String... args) {
        RunOptions options = new RunOptions();
        new CommandLine(options).parseArgs(args);
        return options.plan(orgs);
    }

    @Test
    void withoutSourceOptionsTheDefaultsRun() {
        SourcePlan plan = plan();
        assertThat(plan.hub()).get().satisfies(h -> {
            assertThat(h.baseUrl()).isEqualTo("https://huggingface.co");
            assertThat(h.authors()).containsExactly("Qwen", "Alibaba-NLP", "mistralai");
        });
        assertThat(plan.feeds()).isEqualTo(RunOptions.defaultFeeds()).isNotEmpty()
                .allSatisfy(f -> assertThat(f).startsWith("https://"));
        assertThat(plan.epoch()).contains(RunOptions.DEFAULT_EPOCH);
        assertThat(plan.orgs()).isEqualTo(orgs.toAbsolutePath().toString());
    }

    @Test
    void anySourceOptionReplacesTheDefaults() {
        SourcePlan feedOnly = plan("--feed", "http://127.0.0.1:1/a.rss", "--feed", "http://127.0.0.1:1/b.atom");
        assertThat(feedOnly.hub()).isEmpty();
        assertThat(feedOnly.epoch()).isEmpty();
        assertThat(feedOnly.feeds()).containsExactly("http://127.0.0.1:1/a.rss", "http://127.0.0.1:1/b.atom");
        assertThat(feedOnly.connectors(java.util.Map.of(), null)).extracting(SourcePlan.ConnectorSpec::name)
                .containsExactly(SourcePlan.ORGS, SourcePlan.FEEDS);

        SourcePlan hubOnly = plan("--hf-authors", "Qwen, deepseek-ai,Qwen");
        assertThat(hubOnly.hub()).get().satisfies(h -> assertThat(h.authors()).containsExactly("Qwen", "deepseek-ai"));
        assertThat(hubOnly.feeds()).isEmpty();
        assertThat(hubOnly.epoch()).isEmpty();
    }

    @Test
    void theWholeHubNeedsADateAndExcludesAuthors() {
        assertThatThrownBy(() -> plan("--hf-all")).hasMessageContaining("--hf-since");
        assertThatThrownBy(() -> plan("--hf-all", "--hf-since", "2025-01-01", "--hf-authors", "Qwen"))
                .hasMessageContaining("exclude each other");
        assertThatThrownBy(() -> plan("--hf-since", "last year")).hasMessageContaining("yyyy-MM-dd");
        SourcePlan all = plan("--hf-all", "--hf-since", "2025-01-01");
        assertThat(all.hub()).get().satisfies(h -> {
            assertThat(h.authors()).isEmpty();
            assertThat(h.since()).contains("2025-01-01");
        });
        assertThat(all.connectors(java.util.Map.of(), null).stream().filter(c -> c.name().equals(SourcePlan.HF))
                .findFirst().orElseThrow().config()).containsEntry("hf.mode", "all").containsEntry("hf.since", "2025-01-01");
        assertThat(all.expectedReads()).extracting(SourcePlan.ExpectedRead::display)
                .contains("Hugging Face Hub https://huggingface.co (whole Hub since 2025-01-01)");
    }

    @Test
    void locationsAreCheckedBeforeAnythingStarts() {
        assertThatThrownBy(() -> plan("--feed", "ftp://example.org/feed")).hasMessageContaining("--feed must be an http(s) URL");
        assertThatThrownBy(() -> plan("--hf-url", "huggingface.co")).hasMessageContaining("--hf-url must be an http(s) URL");
        assertThatThrownBy(() -> plan("--epoch", dir.resolve("missing.csv").toString())).hasMessageContaining("no such file");
        assertThat(plan("--epoch", orgs.toString()).epoch()).contains(orgs.toAbsolutePath().toString());
    }

    @Test
    void eachLocationIsOneExpectedRead() {
        SourcePlan plan = new SourcePlan(Optional.of(new SourcePlan.Hub("http://hub", List.of("a", "b"), Optional.empty())),
                List.of("http://f/1"), Optional.of("http://e.csv"), "/orgs.csv");
        assertThat(plan.expectedReads()).extracting(SourcePlan.ExpectedRead::connector)
                .containsExactly(SourcePlan.ORGS, SourcePlan.HF, SourcePlan.HF, SourcePlan.EPOCH, SourcePlan.FEEDS);
        assertThat(plan.expectedReads().get(1).location()).isEqualTo("http://hub author a");
        assertThat(plan.connectors(java.util.Map.of("schema.registry.url", "http://r"), 3_600_000L))
                .allSatisfy(c -> assertThat(c.config()).containsEntry("poll.interval.ms", "3600000")
                        .containsEntry("schema.registry.url", "http://r"));
    }

    @Test
    void badOptionsAreUsageErrors() {
        CommandRun run = CommandRun.radar("run", "--hf-all");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--hf-since");
        CommandRun timeout = CommandRun.radar("run", "--once", "--timeout", "0", "--feed", "http://127.0.0.1:1/x");
        assertThat(timeout.exitCode).isEqualTo(2);
        assertThat(timeout.err).contains("--timeout must be a positive number");
    }
}
