package org.releaseradar.streams.news;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of the news linking stage.
 *
 * @param orgsStoreName         name of the global store materialising {@code radar.orgs}
 * @param modelFamiliesFile     a model-families CSV to use instead of the bundled resource, or null
 * @param ambiguousNames        alias / family spellings that are also common words or names: matched only with
 *                              their exact case, as a whole word that is not the head of a compound
 *                              ("Meta-learning"), and only with an AI context cue nearby
 * @param exactCaseNames        further spellings that must match with their exact case even though they look
 *                              distinctive enough to be matched case-insensitively (e.g. "GoTo" vs "goto")
 * @param contextCue            what counts as an AI context cue near an ambiguous name
 * @param contextWindowChars    how far (either side) of an ambiguous name the cue is looked for
 * @param snippetChars          target length of a mention's snippet
 * @param registryCheckInterval how often, at most, the org registry is fingerprinted to see whether the
 *                              compiled matcher must be rebuilt; {@link Duration#ZERO} checks on every record
 */
public record NewsLinkingSettings(
        String orgsStoreName,
        Path modelFamiliesFile,
        Set<String> ambiguousNames,
        Set<String> exactCaseNames,
        Pattern contextCue,
        int contextWindowChars,
        int snippetChars,
        Duration registryCheckInterval) {

    /**
     * From data/README.md, "Ambiguous aliases", plus a few registry aliases and model families that are
     * common words or names too (Vicuna, Pythia, Smaug, Inception, Viking, Ring...).
     */
    public static final Set<String> DEFAULT_AMBIGUOUS = Set.of(
            "Meta", "Llama", "Mistral", "Mixtral", "Gemma", "Phi", "Falcon", "Apple", "Amazon", "Intel",
            "Granite", "Solar", "Swallow", "Sabia", "Bielik", "Meltemi", "Breeze", "Typhoon", "Salamandra",
            "Hermes", "Minerva", "Apertus", "Aya", "Cogito", "Grok", "Cohere", "Replit", "Runway", "Sesame",
            "Suno", "Reka", "Dolphin", "Bark", "Magnum", "Moshi", "Kling", "Wan", "LG", "KT", "SKT",
            "Inception", "Viking", "Poro", "Pythia", "Smaug", "Vicuna", "Athene", "Fuyu", "Jina", "Nomic",
            "Adept", "Deci", "Haystack", "Kanana", "Ling", "Ring", "Tower LLM", "Jais", "Gemini", "Kwai");

    /** Distinctive-looking spellings that are words in another case ("goto", "llama", "O1 visa"). */
    public static final Set<String> DEFAULT_EXACT_CASE = Set.of("GoTo", "LLaMA", "o1", "o3", "o4", "A.X", "Mi:dm");

    /**
     * Words that show a text is about AI models, and parameter sizes ("70B", "8x22B"). "AI" only in capitals;
     * the words in any case. Deliberately no
     * generic words ("record", "season", "launch") that the traps in data/feeds use.
     */
    public static final Pattern DEFAULT_CONTEXT_CUE = Pattern.compile(
            "(?<![\\w-])(?:AI|A\\.I\\.|MoE|LoRA|GGUF|\\d+(?:\\.\\d+)?[BT]|\\d+x\\d+B|(?i:LLMs?|models?|weights|open[- ]source[ds]?"
                    + "|open[- ]weights?|parameters?|tokens?|fine[- ]?tun\\w*|inference|benchmarks?|GPUs?"
                    + "|chatbots?|reasoning|pre-?train\\w*|trained|training|datasets?|transformers|neural"
                    + "|machine learning|checkpoints?|multimodal|quantiz\\w*|embeddings?|Hugging Face|the Hub"
                    + "|agentic|context window))(?![\\w])");

    public NewsLinkingSettings {
        Objects.requireNonNull(orgsStoreName, "orgsStoreName");
        ambiguousNames = Set.copyOf(ambiguousNames);
        exactCaseNames = Set.copyOf(exactCaseNames);
        Objects.requireNonNull(contextCue, "contextCue");
        if (contextWindowChars < 0 || snippetChars < 20) {
            throw new IllegalArgumentException("contextWindowChars must be >= 0 and snippetChars >= 20");
        }
        if (registryCheckInterval == null || registryCheckInterval.isNegative()) {
            throw new IllegalArgumentException("registryCheckInterval must be >= 0");
        }
    }

    /** The bundled model families, the default name lists, a 300-char cue window, 120-char snippets, 30 s checks. */
    public static NewsLinkingSettings defaults() {
        return new NewsLinkingSettings("news-linking-orgs", null, DEFAULT_AMBIGUOUS, DEFAULT_EXACT_CASE,
                DEFAULT_CONTEXT_CUE, 300, 120, Duration.ofSeconds(30));
    }

    public NewsLinkingSettings withModelFamiliesFile(Path file) {
        return new NewsLinkingSettings(orgsStoreName, file, ambiguousNames, exactCaseNames, contextCue,
                contextWindowChars, snippetChars, registryCheckInterval);
    }

    public NewsLinkingSettings withRegistryCheckInterval(Duration interval) {
        return new NewsLinkingSettings(orgsStoreName, modelFamiliesFile, ambiguousNames, exactCaseNames,
                contextCue, contextWindowChars, snippetChars, interval);
    }
}
