package vn.chidao.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one transaction did to one entity, gathered over its flushes: the first value each changed field had
 * (before) and its last one (after); a field whose last value is its first is no change. A secret field
 * ({@link #SECRET}) is never kept by value: it shows in {@code after} as changed, and not at all in {@code before}.
 */
final class Change {

    /** What stands for a secret's new value: the value itself is never written. */
    static final String SECRET = "changed";

    private final String entity;
    private final String entityId;
    private final Map<String, Object> facts;
    private final Map<String, Object> before = new LinkedHashMap<>();
    private final Map<String, Object> after = new LinkedHashMap<>();
    private boolean created;
    private boolean deleted;

    Change(String entity, String entityId, Map<String, Object> facts) {
        this.entity = entity;
        this.entityId = entityId;
        this.facts = new LinkedHashMap<>(facts);
    }

    void created(Map<String, Object> state) {
        created = true;
        after.putAll(state);
    }

    /** A field's value went from {@code from} to {@code to} (a secret: {@link #SECRET} and no from). */
    void changed(String field, Object from, Object to, boolean secret) {
        if (created) {
            after.put(field, secret ? SECRET : to);
            return;
        }
        if (secret) {
            after.put(field, SECRET);
            return;
        }
        if (!before.containsKey(field)) {
            before.put(field, from);
        }
        after.put(field, to);
    }

    void deleted(Map<String, Object> state) {
        deleted = true;
        state.forEach(before::putIfAbsent);
        after.clear();
    }

    /** Facts for finding the government (its id, an assignment's, a username), updated as the entity changes. */
    void facts(Map<String, Object> latest) {
        latest.forEach((name, value) -> {
            if (value != null) {
                facts.put(name, value);
            }
        });
    }

    String entity() {
        return entity;
    }

    String entityId() {
        return entityId;
    }

    Map<String, Object> facts() {
        return facts;
    }

    /** The action this change amounts to, or null when it amounts to nothing (made and removed, set back). */
    AuditAction action() {
        if (created) {
            return deleted ? null : AuditAction.CREATED;
        }
        if (deleted) {
            return AuditAction.DELETED;
        }
        return changedFields().isEmpty() ? null : AuditAction.CHANGED;
    }

    Map<String, Object> before() {
        if (created) {
            return null;
        }
        if (deleted) {
            return before;
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        for (String field : changedFields()) {
            if (before.containsKey(field)) {
                changed.put(field, before.get(field));
            }
        }
        return changed;
    }

    Map<String, Object> after() {
        if (deleted) {
            return null;
        }
        if (created) {
            return after;
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        for (String field : changedFields()) {
            changed.put(field, after.get(field));
        }
        return changed;
    }

    private List<String> changedFields() {
        return after.keySet().stream()
                .filter(f -> !before.containsKey(f) || !Objects.equals(before.get(f), after.get(f))).toList();
    }
}
