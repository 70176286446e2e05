package org.synergraph.query;

import org.neo4j.driver.Value;

/** The short form of an entity used wherever one entity points at another. */
public record EntitySummary(String id, String type, String nameEn, String nameZh, String iso3) {

    static EntitySummary from(Value v) {
        return new EntitySummary(v.get("id").asString(), v.get("type").asString(null),
                v.get("nameEn").asString(null), v.get("nameZh").asString(null), v.get("iso3").asString(null));
    }
}
