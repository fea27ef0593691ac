package vn.chidao.demo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.chidao.base.Role;
import vn.chidao.security.DemoAccounts;

/**
 * The sign-in page's demo accounts, read from the seeds: of each seed government, its first leader, secretariat,
 * unit head and focal point, grouped by role. Only where the demo is loaded.
 */
@Component
@ConditionalOnProperty("chidao.seed.enabled")
class SeedAccounts implements DemoAccounts {

    /** The roles offered, in the order the page lists them. */
    static final List<Role> ROLES = List.of(Role.LEADER, Role.SECRETARIAT, Role.UNIT_HEAD, Role.FOCAL_POINT);

    private final SeedReader reader;
    private volatile List<Account> accounts;

    SeedAccounts(SeedReader reader) {
        this.reader = reader;
    }

    @Override
    public List<Account> accounts() {
        if (accounts == null) {
            accounts = read(reader.read());
        }
        return accounts;
    }

    static List<Account> read(List<SeedFile> seeds) {
        List<Account> found = new ArrayList<>();
        for (Role role : ROLES) {
            for (SeedFile seed : seeds) {
                seed.users().stream().filter(user -> user.roles().contains(role)).findFirst()
                        .ifPresent(user -> found.add(new Account(role, user.username(), user.displayName(),
                                seed.government().name())));
            }
        }
        return List.copyOf(found);
    }

    @Override
    public String password() {
        return DemoLoader.PASSWORD;
    }
}
