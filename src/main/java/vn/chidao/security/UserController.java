package vn.chidao.security;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    record Me(String username, String displayName, List<String> roles, String governmentCode, String unitCode) {
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal ChidaoUser caller) {
        var actor = caller.actor();
        return new Me(actor.username(), caller.displayName(), caller.roleNames(), actor.governmentCode(),
                actor.unitCode());
    }

    @PostMapping("/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserDto create(@AuthenticationPrincipal ChidaoUser caller, @RequestBody NewUser body) {
        return users.createUser(caller.actor(), body);
    }

    @GetMapping("/admin/users")
    List<UserDto> list(@AuthenticationPrincipal ChidaoUser caller) {
        return users.users(caller.actor());
    }
}
