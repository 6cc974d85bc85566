package org.releaseradar.streams.news;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.releaseradar.schemas.avro.MentionKind;

/**
 * Finds the organisations and models an article mentions: registry aliases (and hyphenated or numbered Hub
 * namespaces such as {@code mlx-community}) as ORG mentions, model families with their version ("Qwen3-Coder",
 * "Llama 3.1", "Kimi K2") as MODEL mentions. A plain, immutable class: compiled once per registry state, then
 * safe to share.
 *
 * <p>Rules, all general (see {@link AliasRule} for case):
 * <ul>
 *   <li>Whole words only: no letter or digit either side, and no dotted continuation, so "metadata",
 *       "Mistrals", "TinySwallow", "Ollama" and "llama.cpp" do not contain Meta, Mistral, Swallow or Llama
 *       ({@code llama.cpp} is its own alias, of ggml). A possessive ("Meta's") is fine.</li>
 *   <li>Ambiguous names (the settings' list, from data/README.md) need their exact case, must not be the head
 *       of a compound ("Meta-learning", "gemma-cut"; "Llama-based" is fine) and need an AI context cue
 *       within the settings' window ("Falcon 9 rocket" and "Apple orchards" have none). A model code after the
 *       name ("Llama 3.3", "Falcon-H1", "Gemma 3 27B") is a cue too, and so is the same organisation being
 *       named unambiguously elsewhere in the article.</li>
 *   <li>Where matches overlap the longest wins ("Mistral AI" over "Mistral", "Qwen2.5-Coder" over "Qwen"); on
 *       the same span the registry's alias wins ("GPT4All" is Nomic's, not a GPT), and is a MODEL mention when it
 *       is also a versioned name of the same organisation's family ("FLUX.1").</li>
 * </ul>
 */
public final class MentionFinder {

    /** One thing the article mentions; {@code org} is null when the registry does not know the org_id. */
    public record FoundMention(MentionKind kind, String name, String orgId, LinkableOrg org, String snippet) {
    }

    /** Compound tails that still name the organisation or model ("Llama-based", "Meta-backed"). */
    static final Set<String> ATTRIBUTIVE = Set.of("based", "backed", "built", "owned", "made", "trained", "powered",
            "funded", "led", "derived", "developed", "hosted", "compatible", "specific", "style", "sized", "class",
            "generated", "distilled", "tuned", "only", "native");

    /** A version or size after a family: "3", "3.1", "K2", "V3.2", "8x22B", "A13B", "1T". */
    private static final Pattern VERSION = Pattern.compile("[A-Za-z]?\\d[\\w.]*");

    /**
     * A version that is evidence on its own: dotted ("3.3"), a parameter size ("70B") or a letter-digit code
     * ("H1", "K2"). A bare integer is not: "Falcon 9" is a rocket.
     */
    private static final Pattern MODEL_CODE = Pattern.compile("\\d\\.\\d|\\d[BT]\\b|(?<![A-Za-z])[A-Za-z]\\d");

    private final List<AliasRule> rules;
    private final Map<String, LinkableOrg> orgs;
    private final NewsLinkingSettings settings;

    private MentionFinder(List<AliasRule> rules, Map<String, LinkableOrg> orgs, NewsLinkingSettings settings) {
        this.rules = rules;
        this.orgs = orgs;
        this.settings = settings;
    }

    public static MentionFinder compile(Collection<LinkableOrg> orgs, ModelFamilies families,
                                        NewsLinkingSettings settings) {
        List<AliasRule> rules = new ArrayList<>();
        Map<String, LinkableOrg> byId = new LinkedHashMap<>();
        for (LinkableOrg org : orgs) {
            byId.put(org.orgId(), org);
            org.aliases().stream().filter(a -> !a.isBlank()).distinct()
                    .forEach(a -> rules.add(AliasRule.of(a.strip(), org.orgId(), false, false, settings)));
            // A bare namespace ("google", "apple", "writer") is too often a word; "mlx-community" or "llm360" is not.
            org.namespaces().stream()
                    .filter(ns -> ns.indexOf('-') > 0 || ns.chars().anyMatch(Character::isDigit))
                    .filter(ns -> org.aliases().stream().noneMatch(ns::equalsIgnoreCase)).distinct()
                    .forEach(ns -> rules.add(AliasRule.of(ns, org.orgId(), false, false, settings)));
        }
        for (ModelFamilies.Family f : families.families()) {
            rules.add(AliasRule.of(f.name(), f.orgId(), true, f.versionRequired(), settings));
        }
        return new MentionFinder(List.copyOf(rules), Map.copyOf(byId), settings);
    }

    /** How many spellings this finder looks for. */
    public int ruleCount() {
        return rules.size();
    }

    /**
     * Mentions in order of first appearance: one ORG mention per organisation, one MODEL mention per distinct
     * model name. The snippet comes from the summary; it is null when the mention is in the title only.
     */
    public List<FoundMention> find(String title, String summary) {
        String head = title == null ? "" : title;
        String body = summary == null ? "" : summary;
        String separator = "\n\n";
        String text = head + separator + body;
        int bodyStart = head.length() + separator.length();

        List<Candidate> candidates = new ArrayList<>();
        for (AliasRule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                Candidate c = accept(rule, text, m.start(), m.end());
                if (c != null) {
                    candidates.add(c);
                }
            }
        }
        // An ambiguous name without a cue still counts when its organisation is named plainly elsewhere in the
        // article ("Meta's Llama 3.3"): it can only repeat a link that is already made.
        Set<String> corroborated = new HashSet<>();
        candidates.stream().filter(c -> !c.needsSupport).forEach(c -> corroborated.add(c.rule.orgId()));
        candidates.removeIf(c -> c.needsSupport && !corroborated.contains(c.rule.orgId()));
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end - c.start).reversed())
                .thenComparingInt(Candidate::priority));

        Set<String> versionedModelSpans = new HashSet<>();
        candidates.stream().filter(c -> c.rule.family() && c.versioned)
                .forEach(c -> versionedModelSpans.add(c.start + ":" + c.end + ":" + c.rule.orgId()));
        Map<String, Accumulator> mentions = new LinkedHashMap<>();
        int taken = 0;
        for (Candidate c : candidates) {
            if (c.start < taken) {
                continue;
            }
            taken = c.end;
            MentionKind kind;
            if (c.rule.family()) {
                kind = c.versioned || !isAlias(c) ? MentionKind.MODEL : MentionKind.ORG;
            } else {
                // An alias that is itself a versioned model name of its own org ("FLUX.1", "Yi-1.5") is a model.
                kind = versionedModelSpans.contains(c.start + ":" + c.end + ":" + c.rule.orgId())
                        ? MentionKind.MODEL : MentionKind.ORG;
            }
            String name = kind == MentionKind.ORG ? c.rule.spelling() : text.substring(c.start, c.end);
            String key = kind == MentionKind.ORG ? "ORG|" + c.rule.orgId() : "MODEL|" + name;
            Accumulator acc = mentions.computeIfAbsent(key, k -> new Accumulator(kind, name, c.rule.orgId()));
            if (acc.snippet == null && c.start >= bodyStart) {
                acc.snippet = Snippets.around(body, c.start - bodyStart, c.end - bodyStart, settings.snippetChars());
            }
        }
        List<FoundMention> found = new ArrayList<>();
        mentions.values().forEach(a -> found.add(new FoundMention(a.kind, a.name, a.orgId, orgs.get(a.orgId), a.snippet)));
        return found;
    }

    /** A bare family name that is also one of its org's registry aliases ("Qwen", "DeepSeek") names the org. */
    private boolean isAlias(Candidate c) {
        LinkableOrg org = orgs.get(c.rule.orgId());
        return org != null && org.aliases().contains(c.rule.spelling());
    }

    private Candidate accept(AliasRule rule, String text, int start, int matchEnd) {
        if (!leftBoundary(text, start)) {
            return null;
        }
        int end = matchEnd;
        boolean versioned = false;
        if (rule.family()) {
            if (end < text.length() && (Character.isDigit(text.charAt(end))
                    || (text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))))) {
                end = tokenEnd(text, end);
                versioned = true;
            }
            boolean first = true;
            while (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetterOrDigit(text.charAt(end + 1))) {
                int segmentEnd = tokenEnd(text, end + 1);
                String segment = text.substring(end + 1, segmentEnd);
                if (ATTRIBUTIVE.contains(segment.toLowerCase(Locale.ROOT))) {
                    break;
                }
                if (first && !versioned && rule.ambiguous() && segment.chars().allMatch(Character::isLowerCase)) {
                    return null;
                }
                versioned |= VERSION.matcher(segment).matches();
                end = segmentEnd;
                first = false;
            }
            if (end == matchEnd && end + 1 < text.length() && text.charAt(end) == ' ') {
                int tokenEnd = tokenEnd(text, end + 1);
                String token = text.substring(end + 1, tokenEnd);
                if (!token.isEmpty() && VERSION.matcher(token).matches()
                        && (Character.isDigit(token.charAt(0)) || Character.isUpperCase(token.charAt(0)))
                        && rightBoundary(text, tokenEnd, false)) {
                    end = tokenEnd;
                    versioned = true;
                }
            }
            if (rule.versionRequired() && !versioned) {
                return null;
            }
        }
        if (!rightBoundary(text, end, rule.ambiguous())) {
            return null;
        }
        boolean needsSupport = rule.ambiguous() && !hasContextCue(text, start, end)
                && !(versioned && MODEL_CODE.matcher(text.substring(matchEnd, end)).find());
        int priority = rule.family() ? (versioned ? 1 : 2) : 0;
        return new Candidate(rule, start, end, versioned, priority, needsSupport);
    }

    private boolean hasContextCue(String text, int start, int end) {
        int from = Math.max(0, start - settings.contextWindowChars());
        int to = Math.min(text.length(), end + settings.contextWindowChars());
        return settings.contextCue().matcher(text).region(from, to).find();
    }

    private static boolean leftBoundary(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        if (Character.isLetterOrDigit(before) || before == '_') {
            return false;
        }
        return !(before == '.' && start >= 2 && Character.isLetterOrDigit(text.charAt(start - 2)));
    }

    private static boolean rightBoundary(String text, int end, boolean ambiguous) {
        if (end >= text.length()) {
            return true;
        }
        char after = text.charAt(end);
        if (Character.isLetterOrDigit(after) || after == '_') {
            return false;
        }
        boolean continues = end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1));
        if (after == '.' && continues) {
            return false;
        }
        if (ambiguous && after == '-' && continues && Character.isLowerCase(text.charAt(end + 1))) {
            int wordEnd = end + 1;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            return ATTRIBUTIVE.contains(text.substring(end + 1, wordEnd));
        }
        return true;
    }

    /** End of a token of letters, digits and inner dots ("2.5", "V3.2"); a sentence's final dot is not in it. */
    private static int tokenEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean innerDot = c == '.' && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            if (!(Character.isLetterOrDigit(c) || c == '_' || innerDot)) {
                break;
            }
            i++;
        }
        return i;
    }

    private record Candidate(AliasRule rule, int start, int end, boolean versioned, int priority,
                             boolean needsSupport) {
    }

    private static final class Accumulator {
        final MentionKind kind;
        final String name;
        final String orgId;
        String snippet;

        Accumulator(MentionKind kind, String name, String orgId) {
            this.kind = kind;
            this.name = name;
            this.orgId = orgId;
        }
    }
}
