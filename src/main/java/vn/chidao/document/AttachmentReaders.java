package vn.chidao.document;

import vn.chidao.base.Actor;

/**
 * Who may download what is attached to one kind of owner, told by the feature that owns it (assignments, conclusions):
 * the document feature stores files and knows no rule of its owners.
 */
public interface AttachmentReaders {

    AttachmentOwner owner();

    /**
     * Returns when {@code actor} may read the owner's files; throws {@code NotFoundException} when the owner is unknown
     * to them (another government's, or none), {@code ForbiddenException} when they know it but may not read it.
     */
    void checkReader(Actor actor, long ownerId);
}
