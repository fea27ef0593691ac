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
        choices.deleteByUsername(actor.username());
        choices.flush();
        merged.forEach((kind, mode) -> {
            if (mode != DeliveryMode.IMMEDIATE) {
                choices.save(new NotificationChoice(actor.username(), kind, mode));
            }
        });
        return new Preferences(contact.email(), contact.language(), merged);
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
