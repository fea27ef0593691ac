package vn.chidao.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Hibernate's events for every audited entity, as they are flushed: what was made (its fields), changed (each field's
 * value before and after) or removed (its fields), and the changes of its own collections (a user's roles, a
 * directive's coordinating units). They are gathered on the transaction's Envers revision and written when it
 * commits ({@link AuditWriter}), beside Envers' own rows.
 */
final class ChangeCapture implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PreCollectionUpdateEventListener, PreCollectionRemoveEventListener, PostCollectionRecreateEventListener {

    @Override
    public void onPostInsert(PostInsertEvent event) {
        EntityRules rules = EntityRules.of(event.getPersister());
        if (rules.audited()) {
            Change change = change(event.getSession(), rules, event.getPersister(), event.getId(), event.getState());
            change.created(fields(rules, event.getPersister(), event.getState(), event.getSession()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityRules rules = EntityRules.of(event.getPersister());
        if (!rules.audited()) {
            return;
        }
        EntityPersister persister = event.getPersister();
        Object[] old = event.getOldState();
        Object[] now = event.getState();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Change change = change(event.getSession(), rules, persister, event.getId(), now);
        for (int i = 0; i < names.length; i++) {
            if (rules.skipped(names[i]) || types[i].isCollectionType()) {
                continue;
            }
            Object from = old == null ? null : Values.of(old[i], types[i], event.getSession());
            Object to = Values.of(now[i], types[i], event.getSession());
            boolean differs = old == null ? dirty(event.getDirtyProperties(), i) : !Objects.equals(from, to);
            if (rules.secret(names[i])) {
                differs = old == null ? differs : !Objects.equals(old[i], now[i]);
            }
            if (differs) {
                change.changed(names[i], from, to, rules.secret(names[i]));
            }
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        EntityRules rules = EntityRules.of(event.getPersister());
        if (rules.audited()) {
            Object[] state = event.getDeletedState();
            Change change = change(event.getSession(), rules, event.getPersister(), event.getId(), state);
            change.deleted(fields(rules, event.getPersister(), state, event.getSession()));
        }
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        PersistentCollection<?> collection = event.getCollection();
        Object snapshot = collection.getStoredSnapshot();
        collectionChanged(event, snapshot == null ? List.of() : Values.elements(snapshot), Values.elements(collection));
    }

    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        PersistentCollection<?> collection = event.getCollection();
        Object snapshot = collection.getStoredSnapshot();
        collectionChanged(event, snapshot == null ? List.of() : Values.elements(snapshot), List.of());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionChanged(event, List.of(), Values.elements(event.getCollection()));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void collectionChanged(AbstractCollectionEvent event, List<Object> from, List<Object> to) {
        Object ownerId = event.getAffectedOwnerIdOrNull();
        if (ownerId == null || Objects.equals(from, to)) {
            return;
        }
        EntityPersister owner = event.getSession().getFactory().getMappingMetamodel()
                .getEntityDescriptor(event.getAffectedOwnerEntityName());
        EntityRules rules = EntityRules.of(owner);
        String role = role(event);
        if (role == null) {
            return;
        }
        String property = role.substring(role.lastIndexOf('.') + 1);
        if (rules.audited() && !rules.skipped(property)) {
            change(event.getSession(), rules, owner, ownerId, null).changed(property, from, to, false);
        }
    }

    /** The collection's role ("vn.chidao.security.AppUser.roles"); a new collection knows it through its entry. */
    private static String role(AbstractCollectionEvent event) {
        PersistentCollection<?> collection = event.getCollection();
        if (collection.getRole() != null) {
            return collection.getRole();
        }
        CollectionEntry entry = event.getSession().getPersistenceContextInternal().getCollectionEntry(collection);
        if (entry == null) {
            return null;
        }
        CollectionPersister persister = entry.getCurrentPersister() != null ? entry.getCurrentPersister()
                : entry.getLoadedPersister();
        return persister == null ? null : persister.getRole();
    }

    private static Change change(EventSource session, EntityRules rules, EntityPersister persister, Object id,
                                 Object[] state) {
        AuditRevision revision = AuditReaderFactory.get(session).getCurrentRevision(AuditRevision.class, false);
        PendingChanges pending = revision.pending();
        if (pending == null) {
            pending = new PendingChanges();
            revision.setPending(pending);
            // After Envers' own process, registered by the line above: Envers has saved the revision by then.
            session.getActionQueue().registerProcess(new AuditWriter(revision));
        }
        Map<String, Object> facts = facts(persister, id, state, session);
        Change change = pending.of(rules.entity(), Values.id(id), () -> new Change(rules.entity(), Values.id(id), facts));
        change.facts(facts);
        return change;
    }

    /** Every field but the left-out ones; a secret with a value as {@link Change#SECRET}. */
    private static Map<String, Object> fields(EntityRules rules, EntityPersister persister, Object[] state,
                                              EventSource session) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < names.length; i++) {
            if (rules.skipped(names[i])) {
                continue;
            }
            if (rules.secret(names[i])) {
                if (state[i] != null) {
                    fields.put(names[i], Change.SECRET);
                }
                continue;
            }
            fields.put(names[i], Values.of(state[i], types[i], session));
        }
        return fields;
    }

    /** What may tell the government: the fields {@link EntityRules#FACTS} names, in the state or as the id. */
    private static Map<String, Object> facts(EntityPersister persister, Object id, Object[] state,
                                             EventSource session) {
        Map<String, Object> facts = new LinkedHashMap<>();
        String idName = persister.getIdentifierPropertyName();
        if (idName != null && EntityRules.FACTS.contains(idName)) {
            facts.put(idName, id);
        }
        if (id instanceof Record record) {
            for (var component : record.getClass().getRecordComponents()) {
                if (EntityRules.FACTS.contains(component.getName())) {
                    facts.put(component.getName(), Values.plain(Values.read(component, record)));
                }
            }
        }
        if (state != null) {
            String[] names = persister.getPropertyNames();
            Type[] types = persister.getPropertyTypes();
            for (int i = 0; i < names.length; i++) {
                if (EntityRules.FACTS.contains(names[i])) {
                    facts.put(names[i], Values.of(state[i], types[i], session));
                }
            }
        }
        return facts;
    }

    private static boolean dirty(int[] dirtyProperties, int index) {
        if (dirtyProperties == null) {
            return true;
        }
        for (int dirty : dirtyProperties) {
            if (dirty == index) {
                return true;
            }
        }
        return false;
    }
}
