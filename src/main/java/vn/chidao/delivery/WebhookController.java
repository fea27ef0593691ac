package vn.chidao.delivery;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
@RequestMapping("/api/admin/webhook")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** {@code {url, enabled, secretSet}} of the caller's government, never the secret; 404 when none is set. */
    @GetMapping
    ResponseEntity<WebhookDto> get(@AuthenticationPrincipal ActorPrincipal caller) {
        return ResponseEntity.of(webhooks.get(caller.actor()));
    }

    @PutMapping
    WebhookDto put(@AuthenticationPrincipal ActorPrincipal caller, @RequestBody WebhookInput input) {
        return webhooks.put(caller.actor(), input);
    }
}
