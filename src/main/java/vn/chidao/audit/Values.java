package vn.chidao.audit;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;
import vn.chidao.base.time.Dates;

/**
 * Field values as the audit writes them in JSON: text, numbers and yes/no as they are, a moment as an offset
 * date-time in Asia/Ho_Chi_Minh, a day as yyyy-MM-dd, an enum by name, another entity by its id, a collection as a
 * list (a set in order).
 */
final class Values {

    private Values() {
    }

    static Object of(Object value, Type type, SharedSessionContractImplementor session) {
        if (value == null) {
            return null;
        }
        if (type != null && type.isEntityType()) {
            return of(idOf(value, session), null, session);
        }
        return plain(value);
    }

    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant at) {
            return Dates.local(at).toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof PersistentCollection<?> lazy && !lazy.wasInitialized()) {
            return null; // never loaded in this transaction, so not changed by it: not read during the flush
        }
        if (value instanceof PersistentCollection<?> || value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return elements(value);
        }
        if (value instanceof Record record) {
            return id(record);
        }
        return value.toString();
    }

    /** The elements of a collection or of a collection's snapshot, as plain values; a set's in a stable order. */
    static List<Object> elements(Object collection) {
        Collection<?> items = collection instanceof Map<?, ?> map ? map.values() : (Collection<?>) collection;
        List<Object> values = new ArrayList<>();
        for (Object item : items) {
            values.add(plain(item));
        }
        if (collection instanceof java.util.Set<?> || collection instanceof Map<?, ?>) {
            values.sort((a, b) -> Objects.toString(a).compareTo(Objects.toString(b)));
        }
        return values;
    }

    /** An entity's id as the record names it: a number, or the parts of a composite id joined by "/". */
    static String id(Object id) {
        if (id instanceof Record record) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                parts.add(String.valueOf(plain(read(component, record))));
            }
            return String.join("/", parts);
        }
        return String.valueOf(id);
    }

    /** One part of a record (a composite id). */
    static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record, e);
        }
    }

    static Object idOf(Object entity, SharedSessionContractImplementor session) {
        if (entity instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        Object id = session.getContextEntityIdentifier(entity);
        return id != null ? id : session.getEntityPersister(null, entity).getIdentifier(entity, session);
    }
}
