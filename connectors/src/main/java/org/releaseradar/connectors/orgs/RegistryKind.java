package org.releaseradar.connectors.orgs;

import java.util.Arrays;
import java.util.Optional;
import org.releaseradar.schemas.avro.OrgKind;

/**
 * The {@code kind} values of {@code data/orgs.csv} and the {@link OrgKind} each becomes.
 *
 * <p>{@code company} (a company that is neither big tech nor a model lab, e.g. Databricks, Red Hat)
 * has no symbol in {@code OrgKind}; it becomes UNKNOWN ("not classified") rather than a guess of LAB
 * or BIG_TECH, until the schema gains a COMPANY symbol.
 */
public enum RegistryKind {
    LAB("lab", OrgKind.LAB),
    BIG_TECH("big_tech", OrgKind.BIG_TECH),
    ACADEMIC("academic", OrgKind.ACADEMIC),
    NON_PROFIT("non_profit", OrgKind.NON_PROFIT),
    COMMUNITY("community", OrgKind.COMMUNITY),
    COMPANY("company", OrgKind.UNKNOWN),
    GOVERNMENT("government", OrgKind.GOVERNMENT);

    private final String code;
    private final OrgKind kind;

    RegistryKind(String code, OrgKind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public OrgKind orgKind() {
        return kind;
    }

    /** The kind written as {@code code} in the registry, or empty when it is not one of them. */
    public static Optional<RegistryKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
