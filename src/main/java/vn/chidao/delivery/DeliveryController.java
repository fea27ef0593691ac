package vn.chidao.delivery;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.PageResult;

@RestController
@RequestMapping("/api/admin/deliveries")
class DeliveryController {

    private final DeliveryService deliveries;

    DeliveryController(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    /** {@code ?status=PENDING|SENT|FAILED&page=&size=} → {@code {items, total}}, newest first. */
    @GetMapping
    PageResult<DeliveryDto> list(@AuthenticationPrincipal ActorPrincipal caller,
                                 @RequestParam(required = false) DeliveryStatus status,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        return PageResult.of(deliveries.page(caller.actor(), status,
                PageResult.request(page, size, Sort.by(Sort.Direction.DESC, "createdAt", "id"))));
    }

    @PostMapping("/{id}/retry")
    DeliveryDto retry(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        return deliveries.retry(caller.actor(), id);
    }
}
