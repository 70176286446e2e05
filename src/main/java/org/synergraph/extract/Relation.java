package org.synergraph.extract;

import java.util.List;

/**
 * A typed statement about two entities, with the words that say it.
 *
 * @param subjectId  the entity the statement is about (the funder, the initiative, the member …)
 * @param type       what is said
 * @param objectId   the other entity
 * @param status     planned for a planned activity (ACTIVE_IN) or a pledge (FUNDS), else active; null is active
 * @param amount     for FUNDS: the amount when stated, else null
 * @param currency   for FUNDS: ISO currency code when stated, else null
 * @param year       for FUNDS: year when stated, else null
 * @param method     rule or curated
 * @param confidence the rule's confidence in [0,1]; 1 for curated
 * @param evidence   where it is said
 * @param coFunders  for FUNDS: when one amount is stated for several funders together ("A、B 和 C 供资 1500 万美元"),
 *                   all of them (this one included), so that no sum counts the amount more than once; else empty
 */
public record Relation(String subjectId, RelationType type, String objectId, RelationStatus status, Double amount,
                       String currency, Integer year, Method method, double confidence, Evidence evidence,
                       List<String> coFunders) {

    /** A relation without a stated status is a current one. */
    public Relation {
        status = status == null ? RelationStatus.ACTIVE : status;
        coFunders = coFunders == null ? List.of() : List.copyOf(coFunders);
    }

    /** A relation whose amount, if any, is its funder's alone. */
    public Relation(String subjectId, RelationType type, String objectId, RelationStatus status, Double amount,
                    String currency, Integer year, Method method, double confidence, Evidence evidence) {
        this(subjectId, type, objectId, status, amount, currency, year, method, confidence, evidence, List.of());
    }

    /** Whether the amount is one joint amount of several funders. */
    public boolean amountShared() {
        return amount != null && coFunders.size() > 1;
    }

    /** Identity of the fact regardless of where it is said: the same fact in two passages is one relation. */
    public String key() {
        return subjectId + "|" + type + "|" + objectId + "|" + status.label();
    }
}
