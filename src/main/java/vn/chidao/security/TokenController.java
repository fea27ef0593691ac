package vn.chidao.security;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
@RequestMapping("/api")
class TokenController {

    private final TokenService tokens;

    TokenController(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(@AuthenticationPrincipal ActorPrincipal caller, @RequestBody NewToken input) {
        return tokens.create(caller.actor(), input);
    }

    @GetMapping("/me/tokens")
    List<TokenDto> mine(@AuthenticationPrincipal ActorPrincipal caller) {
        return tokens.mine(caller.actor());
    }

    @DeleteMapping("/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        tokens.revoke(caller.actor(), id);
    }

    @PostMapping("/admin/users/{username}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken createForUser(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable String username,
                               @RequestBody NewToken input) {
        return tokens.createForUser(caller.actor(), username, input);
    }
}
