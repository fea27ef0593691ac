package vn.chidao.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;

/** A government's webhook, set by that government's administrator. */
@Service
@Transactional(readOnly = true)
public class WebhookService {

    static final int MIN_SECRET = 16;

    private final WebhookRepository webhooks;
    private final AppClock clock;

    WebhookService(WebhookRepository webhooks, AppClock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** The caller's government's webhook (empty when none is set); 403 but for an ADMIN of a government. */
    public Optional<WebhookDto> get(Actor actor) {
        return webhooks.findById(governmentOf(actor)).map(Webhook::toDto);
    }

    /** Sets the webhook: 400 on {@code url} (absolute http or https) or {@code secret} (at least 16 characters). */
    @Transactional
    public WebhookDto put(Actor actor, WebhookInput input) {
        long governmentId = governmentOf(actor);
        Webhook webhook = webhooks.findById(governmentId).orElseGet(() -> new Webhook(governmentId));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String url = input == null ? null : StringUtils.trimToNull(input.url());
        if (url == null) {
            errors.add("url", "error.required");
        } else if (url.length() > 500 || !isHttp(url)) {
            errors.add("url", "error.webhook.url");
        }
        String secret = input == null ? null : StringUtils.trimToNull(input.secret());
        if (secret == null) {
            secret = webhook.getSecret();
            if (secret == null) {
                errors.add("secret", "error.required");
            }
        } else if (secret.length() < MIN_SECRET || secret.length() > 200) {
            errors.add("secret", "error.webhook.secret", MIN_SECRET);
        }
        errors.throwIfAny();
        boolean enabled = input.enabled() == null || input.enabled();
        webhook.set(url, secret, enabled, clock.instant(), actor.username());
        return webhooks.save(webhook).toDto();
    }

    /** The enabled webhook of a government, for the outbox and the sender. */
    Optional<Webhook> enabledFor(Long governmentId) {
        return governmentId == null ? Optional.empty() : webhooks.findById(governmentId).filter(Webhook::isEnabled);
    }

    private static long governmentOf(Actor actor) {
        actor.require(Role.ADMIN);
        if (actor.governmentId() == null) {
            throw new ForbiddenException("error.government");
        }
        return actor.governmentId();
    }

    private static boolean isHttp(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
