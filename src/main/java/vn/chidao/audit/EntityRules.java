package vn.chidao.audit;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.Type;

/**
 * How one entity class is recorded: only {@link Audited} entities are; a field Envers does not keep
 * ({@link NotAudited}: a password hash, a token hash, a webhook secret) is a secret, recorded as changed and never
 * by value; the version and the collections of other entities (their own records cover them) are left out.
 */
final class EntityRules {

    private static final Map<Class<?>, EntityRules> CACHE = new ConcurrentHashMap<>();
    private static final EntityRules NOT_AUDITED = new EntityRules(false, null, Set.of(), Set.of());

    /** The names of what may tell an entity's government (see {@link GovernmentOf}). */
    static final Set<String> FACTS = Set.of(GovernmentOf.GOVERNMENT_ID, GovernmentOf.ASSIGNMENT_ID,
            GovernmentOf.CONCLUSION, GovernmentOf.USERNAME, GovernmentOf.CODE);

    private final boolean audited;
    private final String entity;
    private final Set<String> secrets;
    private final Set<String> skipped;

    private EntityRules(boolean audited, String entity, Set<String> secrets, Set<String> skipped) {
        this.audited = audited;
        this.entity = entity;
        this.secrets = secrets;
        this.skipped = skipped;
    }

    static EntityRules of(EntityPersister persister) {
        Class<?> type = persister.getMappedClass();
        return CACHE.computeIfAbsent(type, t -> t.isAnnotationPresent(Audited.class) ? read(persister) : NOT_AUDITED);
    }

    private static EntityRules read(EntityPersister persister) {
        Class<?> type = persister.getMappedClass();
        Set<String> secrets = new HashSet<>();
        Set<String> skipped = new HashSet<>();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < names.length; i++) {
            Field field = field(type, names[i]);
            if (field != null && field.isAnnotationPresent(NotAudited.class)) {
                secrets.add(names[i]);
            }
            if (types[i] instanceof CollectionType collection
                    && collection.getElementType(persister.getFactory()).isEntityType()) {
                skipped.add(names[i]);
            }
        }
        if (persister.isVersioned()) {
            skipped.add(names[persister.getVersionProperty()]);
        }
        return new EntityRules(true, type.getSimpleName(), Set.copyOf(secrets), Set.copyOf(skipped));
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException next) {
                // look in the superclass
            }
        }
        return null;
    }

    boolean audited() {
        return audited;
    }

    String entity() {
        return entity;
    }

    boolean secret(String property) {
        return secrets.contains(property);
    }

    boolean skipped(String property) {
        return skipped.contains(property);
    }
}
