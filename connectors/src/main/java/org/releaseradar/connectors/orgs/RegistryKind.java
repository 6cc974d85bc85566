package org.releaseradar.connectors.orgs;

import java.util.Arrays;
import java.util.Optional;
import org.releaseradar.schemas.avro.OrgKind;

/** The {@code kind} values of {@code data/orgs.csv} and the {@link OrgKind} each becomes. */
public enum RegistryKind {
    LAB("lab", OrgKind.LAB),
    BIG_TECH("big_tech", OrgKind.BIG_TECH),
    ACADEMIC("academic", OrgKind.ACADEMIC),
    NON_PROFIT("non_profit", OrgKind.NON_PROFIT),
    COMMUNITY("community", OrgKind.COMMUNITY),
    COMPANY("company", OrgKind.COMPANY),
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
