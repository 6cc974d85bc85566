package org.releaseradar.streams.news;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Known model families and the organisation behind each, e.g. Qwen -> alibaba-qwen. The one copy ships in this
 * package as {@code model-families.csv} (see data/README.md); a deployment may point the settings at another file.
 *
 * <p>CSV with a header {@code family,org_id,version_required}; no cell contains a comma or quote. A family whose
 * {@code version_required} is true (Yi, GPT, FLUX, Ling...) is only a model mention when a version follows
 * ("Yi-1.5", "GPT-2", "FLUX.1"): bare, those words are too often something else.
 */
public record ModelFamilies(List<Family> families) {

    static final String RESOURCE = "model-families.csv";

    /** One family: its spelling as used in news, its org_id in the registry, and whether it needs a version. */
    public record Family(String name, String orgId, boolean versionRequired) {
    }

    public ModelFamilies {
        families = List.copyOf(families);
    }

    /** The file named in the settings, else the bundled resource. */
    public static ModelFamilies load(NewsLinkingSettings settings) {
        Path file = settings.modelFamiliesFile();
        try {
            if (file != null) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return parse(reader, file.toString());
                }
            }
            try (InputStream in = ModelFamilies.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " missing next to " + ModelFamilies.class);
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model families from " + (file != null ? file : RESOURCE), e);
        }
    }

    static ModelFamilies parse(Reader reader, String source) throws IOException {
        List<Family> families = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null || !header.strip().equals("family,org_id,version_required")) {
            throw new IllegalArgumentException(source + ": expected header family,org_id,version_required");
        }
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank()
                    || !(cells[2].equals("true") || cells[2].equals("false"))) {
                throw new IllegalArgumentException(source + " line " + number + ": expected family,org_id,true|false: " + line);
            }
            families.add(new Family(cells[0].strip(), cells[1].strip(), Boolean.parseBoolean(cells[2])));
        }
        return new ModelFamilies(families);
    }
}
