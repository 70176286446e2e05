package org.synergraph.relations;

import java.util.List;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * One argument as a sentence gives it: a mention, or a coordinated list of mentions ("A、B和C", "A, B and C"),
 * spanning [start, end) of the passage text.
 *
 * @param members the entities named, in text order, each once
 * @param types   their types, parallel to members
 * @param anaphor whether the group is a word pointing back ("该计划") rather than a name
 */
record Group(List<Mention> members, List<EntityType> types, int start, int end, boolean anaphor) {

    /** The skeleton character of this group: its members' type, or a mixed-actors / mixed-places mark. */
    char symbol() {
        EntityType first = types.get(0);
        if (types.stream().allMatch(t -> t == first)) {
            return SlotType.symbol(first);
        }
        if (types.stream().allMatch(Group::isPlace)) {
            return SlotType.MIXED_PLACES;
        }
        return types.stream().noneMatch(Group::isPlace) ? SlotType.MIXED_ACTORS : SlotType.MIXED_PARTIES;
    }

    List<String> ids() {
        return members.stream().map(Mention::entityId).toList();
    }

    static boolean isPlace(EntityType t) {
        return t == EntityType.COUNTRY || t == EntityType.REGION;
    }
}
