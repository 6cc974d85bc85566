package org.releaseradar.schemas.registry;

import java.util.List;

/** The registry's answer to a compatibility test; {@code messages} explain an incompatibility when the registry gives reasons. */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}
