package org.releaseradar.streams.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic alert ids: the same rule on the same subject always yields the same key on radar.alerts, so a
 * replay overwrites instead of duplicating, and the fired-id stores can recognise what was already sent.
 */
public final class AlertIds {

    /** Unit separator: cannot occur in rule ids, repo ids, org ids or months, so "a|b"+"c" never equals "a"+"b|c". */
    private static final char SEPARATOR = '\u001f';

    private AlertIds() {
    }

    /** First 32 hex chars (128 bits) of SHA-256 over the rule id and the subject parts, separator-joined. */
    public static String of(String ruleId, String... subject) {
        StringBuilder input = new StringBuilder(ruleId);
        for (String part : subject) {
            input.append(SEPARATOR).append(part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
