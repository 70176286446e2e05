package org.synergraph.extract;

/**
 * A place in a passage's text that names an entity.
 *
 * @param entityId the entity named
 * @param start    offset of the first character in the passage text
 * @param end      offset after the last character
 * @param surface  the text as written
 */
public record Mention(String entityId, int start, int end, String surface) {
}
