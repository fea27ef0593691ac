package vn.chidao.delivery;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.notification.NotificationKind;
import vn.chidao.security.UserContact;
import vn.chidao.security.UserService;

/**
 * Each person's choice per kind of notification (immediately, in the morning digest, or in the application
 * only), with their email address and language. An escalation reaches a leader at least in the digest.
 */
@Service
@Transactional(readOnly = true)
public class PreferenceService {

    private final NotificationChoiceRepository choices;
    private final UserService users;

    PreferenceService(NotificationChoiceRepository choices, UserService users) {
        this.choices = choices;
        this.users = users;
    }

    public Preferences mine(Actor actor) {
        UserContact contact = users.contact(actor.username())
                .orElseThrow(() -> new NotFoundException("error.user.notFound", actor.username()));
        return new Preferences(contact.email(), contact.language(), choicesOf(actor.username()));
    }

    /** 400 naming {@code email}, {@code language} or {@code choices.<KIND>}; nothing is saved then. */
    @Transactional
    public Preferences change(Actor actor, Preferences wanted) {
        if (wanted == null) {
            throw InvalidInputException.of("choices", "error.required");
        }
        Map<NotificationKind, DeliveryMode> merged = choicesOf(actor.username());
        if (wanted.choices() != null) {
            wanted.choices().forEach((kind, mode) -> {
                if (kind != null && mode != null) {
                    merged.put(kind, mode);
                }
            });
        }
        if (actor.has(Role.LEADER) && merged.get(NotificationKind.ESCALATION) == DeliveryMode.IN_APP) {
            throw InvalidInputException.of("choices." + NotificationKind.ESCALATION, "error.preferences.escalation");
        }
        UserContact contact = users.changeContact(actor, wanted.email(), wanted.language());
        keep(actor.username(), merged);
        return new Preferences(contact.email(), contact.language(), merged);
    }

    /**
     * One row per kind not sent immediately: a changed choice is updated, a new one added, one back to immediately
     * removed, row by row, so the audit trail records each change (and nothing for what stayed).
     */
    private void keep(String username, Map<NotificationKind, DeliveryMode> wanted) {
        Map<NotificationKind, NotificationChoice> stored = new EnumMap<>(NotificationKind.class);
        choices.findByUsername(username).forEach(c -> stored.put(c.getKind(), c));
        wanted.forEach((kind, mode) -> {
            NotificationChoice choice = stored.get(kind);
            if (mode == DeliveryMode.IMMEDIATE) {
                if (choice != null) {
                    choices.delete(choice);
                }
            } else if (choice == null) {
                choices.save(new NotificationChoice(username, kind, mode));
            } else {
                choice.choose(mode);
            }
        });
    }

    /** How {@code username} wants {@code kind}: immediately unless they chose otherwise. */
    DeliveryMode modeOf(String username, NotificationKind kind) {
        return choices.modeOf(username, kind).orElse(DeliveryMode.IMMEDIATE);
    }

    private Map<NotificationKind, DeliveryMode> choicesOf(String username) {
        Map<NotificationKind, DeliveryMode> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, DeliveryMode.IMMEDIATE);
        }
        choices.findByUsername(username).forEach(c -> all.put(c.getKind(), c.getMode()));
        return all;
    }
}
