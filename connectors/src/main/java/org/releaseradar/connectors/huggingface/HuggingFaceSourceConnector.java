package org.releaseradar.connectors.huggingface;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.releaseradar.connectors.common.config.RadarSourceConnector;

/**
 * Polls the Hugging Face Hub's model listing and writes a {@code ModelSnapshot} per model and poll
 * to {@code radar.hf.models}, keyed by repo id. See {@link ModelListing} for what a poll reads and
 * emits, and {@link AuthorCursor} for what the offsets remember.
 *
 * <p>In mode {@code authors} the authors are spread over {@code tasks.max} tasks; each task gets
 * the connector's configuration with {@code hf.authors} narrowed to its share. Mode {@code all}
 * follows one Hub cursor and so runs one task.
 */
public final class HuggingFaceSourceConnector extends RadarSourceConnector {

    private Map<String, String> settings;
    private HuggingFaceConfig config;

    @Override
    public void start(Map<String, String> props) {
        this.settings = Map.copyOf(props);
        this.config = new HuggingFaceConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return HuggingFaceSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> tasks = new ArrayList<>();
        for (List<String> authors : config.mode().authorsPerTask(config.authors(), maxTasks)) {
            Map<String, String> task = new HashMap<>(settings);
            task.put(HuggingFaceConfig.AUTHORS, String.join(",", authors));
            tasks.add(task);
        }
        return tasks;
    }

    @Override
    public void stop() {
        // Nothing to release: the tasks own the HTTP clients.
    }

    @Override
    public ConfigDef config() {
        return HuggingFaceConfig.configDef();
    }

    /** Adds the errors no single setting can catch: mode 'all' without a date, 'authors' without authors. */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        boolean fieldsValid = result.configValues().stream()
                .filter(v -> HuggingFaceConfig.DEFINITION.names().contains(v.name()))
                .allMatch(v -> v.errorMessages().isEmpty());
        if (!fieldsValid) {
            return result;
        }
        HuggingFaceConfig.crossFieldErrors(connectorConfigs).forEach((key, message) ->
                result.configValues().stream().filter(v -> v.name().equals(key)).findFirst()
                        .ifPresent(v -> v.addErrorMessage(message)));
        return result;
    }
}
