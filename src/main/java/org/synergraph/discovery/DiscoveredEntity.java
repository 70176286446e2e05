package org.synergraph.discovery;

import org.synergraph.extract.Entity;

/**
 * An entity no list has, found in a document's text.
 *
 * @param entity       the entity (id org:disc_…, initiative:disc_… or convention:disc_…, type from its head word)
 * @param introducedIn the id of the passage that first names it
 * @param construction the construction that found it (headWord, acronym, title, year, nationalBody)
 */
public record DiscoveredEntity(Entity entity, String introducedIn, String construction) {
    /** How sure a discovered entity is, against 1.0 for a gazetteer entry. */
    public static final double CONFIDENCE = 0.6;
    /** The graph's origin property of a discovered entity; known ones have {@link #KNOWN}. */
    public static final String ORIGIN = "discovered";
    public static final String KNOWN = "gazetteer";
}
