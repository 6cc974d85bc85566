package org.releaseradar.streams.enrich;

import java.util.Locale;
import java.util.Map;

/**
 * Coarse modality of a model, from the Hub's pipeline tag (or Epoch's domain), so releases can be
 * compared across the dozens of Hub task tags. Written to {@code ModelRelease.modality} by name.
 */
public enum Modality {
    TEXT, VISION_LANGUAGE, IMAGE, VIDEO, AUDIO, EMBEDDING, MULTIMODAL, TIME_SERIES, OTHER;

    private static final Map<String, Modality> BY_PIPELINE_TAG = Map.ofEntries(
            Map.entry("text-generation", TEXT),
            Map.entry("text2text-generation", TEXT),
            Map.entry("fill-mask", TEXT),
            Map.entry("text-classification", TEXT),
            Map.entry("token-classification", TEXT),
            Map.entry("summarization", TEXT),
            Map.entry("translation", TEXT),
            Map.entry("question-answering", TEXT),
            Map.entry("zero-shot-classification", TEXT),
            Map.entry("image-text-to-text", VISION_LANGUAGE),
            Map.entry("visual-question-answering", VISION_LANGUAGE),
            Map.entry("image-to-text", VISION_LANGUAGE),
            Map.entry("text-to-image", IMAGE),
            Map.entry("image-to-image", IMAGE),
            Map.entry("image-classification", IMAGE),
            Map.entry("zero-shot-image-classification", IMAGE),
            Map.entry("object-detection", IMAGE),
            Map.entry("image-segmentation", IMAGE),
            Map.entry("mask-generation", IMAGE),
            Map.entry("depth-estimation", IMAGE),
            Map.entry("image-to-3d", IMAGE),
            Map.entry("text-to-3d", IMAGE),
            Map.entry("text-to-video", VIDEO),
            Map.entry("image-to-video", VIDEO),
            Map.entry("video-text-to-text", VIDEO),
            Map.entry("automatic-speech-recognition", AUDIO),
            Map.entry("text-to-speech", AUDIO),
            Map.entry("text-to-audio", AUDIO),
            Map.entry("audio-text-to-text", AUDIO),
            Map.entry("audio-classification", AUDIO),
            Map.entry("audio-to-audio", AUDIO),
            Map.entry("sentence-similarity", EMBEDDING),
            Map.entry("feature-extraction", EMBEDDING),
            Map.entry("text-ranking", EMBEDDING),
            Map.entry("any-to-any", MULTIMODAL),
            Map.entry("time-series-forecasting", TIME_SERIES));

    private static final Map<String, Modality> BY_EPOCH_DOMAIN = Map.of(
            "language", TEXT,
            "vision", IMAGE,
            "image generation", IMAGE,
            "video", VIDEO,
            "speech", AUDIO,
            "audio", AUDIO,
            "multimodal", MULTIMODAL);

    /** Null when the repo has no pipeline tag; OTHER for a tag not listed here. */
    public static Modality ofPipelineTag(String pipelineTag) {
        if (pipelineTag == null || pipelineTag.isBlank()) {
            return null;
        }
        return BY_PIPELINE_TAG.getOrDefault(pipelineTag.trim().toLowerCase(Locale.ROOT), OTHER);
    }

    /** Null when Epoch gives no domain; OTHER for a domain not listed here. */
    public static Modality ofEpochDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        return BY_EPOCH_DOMAIN.getOrDefault(domain.trim().toLowerCase(Locale.ROOT), OTHER);
    }
}
