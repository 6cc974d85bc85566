package org.releaseradar.connectors.epoch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.releaseradar.connectors.testing.DataFiles;
import org.releaseradar.schemas.avro.EpochModel;

class EpochCsvParserTest {

    private static List<EpochRow> rows;
    private static Map<String, EpochModel> models;

    @BeforeAll
    static void parseTheSnapshot() throws Exception {
        rows = new EpochCsvParser().parse(DataFiles.bytes("epoch/notable_ai_models.csv"));
        models = rows.stream().map(EpochRow::model)
                .collect(Collectors.toMap(EpochModel::getModel, Function.identity()));
    }

    @Test
    void readsEveryRowOfTheSnapshot() {
        assertThat(rows).hasSize(1_011);
        assertThat(rows).noneMatch(EpochRow::isRejected);
        assertThat(models).hasSize(1_011);
    }

    @Test
    void readsAKnownOpenWeightsRowWithItsLists() {
        EpochModel glm = models.get("GLM-4.5");
        assertThat(glm.getOrganizations()).containsExactly("Z.ai (Zhipu AI)", "Tsinghua University");
        assertThat(glm.getCountries()).containsExactly("China", "China");
        assertThat(glm.getOrganizationCategorization()).containsExactly("Industry", "Academia");
        assertThat(glm.getPublicationDate()).isEqualTo(LocalDate.of(2025, 8, 5));
        assertThat(glm.getDomains()).containsExactly("Language");
        assertThat(glm.getParameters()).isEqualTo(3.55e11);
        assertThat(glm.getAccessibility()).isEqualTo("Open weights (unrestricted)");
        assertThat(glm.getOpenWeights()).isTrue();
        assertThat(glm.getLink()).isEqualTo("https://arxiv.org/abs/2508.06471");
        assertThat(glm.getBaseModel()).isNull();
    }

    @Test
    void readsBaseModelsClosedModelsAndMultiDomainCells() {
        assertThat(models.get("DeepSeek-R1").getBaseModel()).isEqualTo("DeepSeek-V3");
        assertThat(models.get("DeepSeek-R1").getCountries()).containsExactly("China");
        EpochModel gpt = models.get("GPT-5.5");
        assertThat(gpt.getDomains()).containsExactly("Multimodal", "Language", "Vision");
        assertThat(gpt.getOpenWeights()).isFalse();
        assertThat(gpt.getParameters()).isNull();
        assertThat(models.get("Llama 3.1-405B").getAccessibility()).isEqualTo("Open weights (restricted use)");
    }

    @Test
    void aCommaFollowedByASpaceIsPartOfOneOrganisationName() {
        EpochModel row = models.values().stream()
                .filter(m -> m.getOrganizations().contains("NERSC, Lawrence Berkeley National Laboratory"))
                .findFirst().orElseThrow();
        assertThat(row.getOrganizations()).hasSameSizeAs(row.getCountries()).hasSize(6);
    }

    @Test
    void emptyDatesAreNullAndNamesAreTrimmed() {
        assertThat(models.get("Grok 4.20").getPublicationDate()).isNull();
        assertThat(models).containsKey("Solar Open 100B");
        assertThat(models.keySet()).allSatisfy(name -> assertThat(name).isEqualTo(name.strip()));
        assertThat(models.get("Ling-1T").getLink()).isEqualTo("https://huggingface.co/inclusionAI/Ling-1T");
    }

    @Test
    void partialOrInvalidCellsBecomeNull() {
        assertThat(EpochCsvParser.date("2024-05")).isNull();
        assertThat(EpochCsvParser.date("2024")).isNull();
        assertThat(EpochCsvParser.date("2024-13-01")).isNull();
        assertThat(EpochCsvParser.number("about 7B")).isNull();
        assertThat(EpochCsvParser.number("1.75e11")).isEqualTo(1.75e11);
        assertThat(EpochCsvParser.yesNo("")).isNull();
        assertThat(EpochCsvParser.list(" ")).isEmpty();
    }

    @Test
    void aRowWithoutAModelNameIsRejectedAndTheOthersKept() throws Exception {
        String csv = "Model,Organization,Publication date\n"
                + "Good,Lab,2025-01-02\n"
                + " ,Nameless Lab,2025-01-03\n";
        List<EpochRow> parsed = new EpochCsvParser().parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0).model().getModel()).isEqualTo("Good");
        assertThat(parsed.get(1).isRejected()).isTrue();
        assertThat(parsed.get(1).reason()).contains("no model name");
        assertThat(new String(parsed.get(1).original(), StandardCharsets.UTF_8)).contains("Nameless Lab");
    }
}
