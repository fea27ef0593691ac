package vn.chidao.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The changes of one transaction, one per entity, in the order first seen. */
final class PendingChanges {

    private final Map<String, Change> changes = new LinkedHashMap<>();

    Change of(String entity, String entityId, Supplier<Change> create) {
        return changes.computeIfAbsent(entity + "#" + entityId, key -> create.get());
    }

    Collection<Change> all() {
        return changes.values();
    }
}
