package org.releaseradar.streams.news;

import java.util.regex.Pattern;

/**
 * How one spelling (a registry alias, a Hub namespace or a model family) is looked for in article text.
 *
 * <p>Case: a spelling is matched case-insensitively only when it is distinctive on its own — a single token with
 * inner capitals ("DeepSeek", "OLMo"), a digit ("LLM360") or inner punctuation ("Z.ai", "llama.cpp",
 * "mlx-community"). Everything else must appear with its registry capitalisation: "Meta" is not "meta",
 * "Command A" is not "command a", "FAIR" is not "fair". The registry lists case variants it wants ("NVIDIA;Nvidia").
 *
 * @param family          true for a model family (followed by an optional version: a MODEL mention)
 * @param versionRequired the family is only a mention with a version after it
 * @param ambiguous       also a common word or name: needs exact case, no compound, and an AI cue nearby
 * @param pattern         finds candidate occurrences; boundaries and cues are checked by {@link MentionFinder}
 */
record AliasRule(String spelling, String orgId, boolean family, boolean versionRequired, boolean ambiguous,
                 boolean caseSensitive, Pattern pattern) {

    static AliasRule of(String spelling, String orgId, boolean family, boolean versionRequired,
                        NewsLinkingSettings settings) {
        boolean ambiguous = settings.ambiguousNames().contains(spelling);
        boolean caseSensitive = ambiguous || settings.exactCaseNames().contains(spelling) || !distinctive(spelling);
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new AliasRule(spelling, orgId, family, versionRequired, ambiguous, caseSensitive,
                Pattern.compile(Pattern.quote(spelling), flags));
    }

    static boolean distinctive(String spelling) {
        if (spelling.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        boolean lower = spelling.chars().anyMatch(Character::isLowerCase);
        boolean innerUpper = spelling.substring(1).chars().anyMatch(Character::isUpperCase);
        boolean digit = spelling.chars().anyMatch(Character::isDigit);
        String inner = spelling.length() > 2 ? spelling.substring(1, spelling.length() - 1) : "";
        boolean innerPunctuation = inner.indexOf('.') >= 0 || inner.indexOf('-') >= 0;
        return (lower && innerUpper) || digit || innerPunctuation;
    }
}
