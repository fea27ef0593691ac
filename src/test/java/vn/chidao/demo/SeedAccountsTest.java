package vn.chidao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Role;
import vn.chidao.security.DemoAccounts.Account;
import vn.chidao.support.ChidaoTest;

/** The sign-in page's demo accounts come from the seeds: a leader, the secretariat, a unit head, a focal point each. */
@ChidaoTest
class SeedAccountsTest {

    @Autowired
    SeedReader reader;

    @Test
    void eachSeedGovernmentOffersOneAccountPerRoleLeadersFirst() {
        List<SeedFile> seeds = reader.read();
        List<Account> accounts = SeedAccounts.read(seeds);

        assertThat(accounts).extracting(Account::role).containsSubsequence(Role.LEADER, Role.SECRETARIAT,
                Role.UNIT_HEAD, Role.FOCAL_POINT);
        for (Role role : SeedAccounts.ROLES) {
            assertThat(accounts).filteredOn(a -> a.role() == role).extracting(Account::government)
                    .as(role.name()).containsExactlyElementsOf(seeds.stream().map(s -> s.government().name()).toList());
        }
        for (Account account : accounts) {
            SeedFile seed = seeds.stream().filter(s -> s.government().name().equals(account.government()))
                    .findFirst().orElseThrow();
            assertThat(seed.users()).anySatisfy(user -> {
                assertThat(user.username()).isEqualTo(account.username());
                assertThat(user.roles()).contains(account.role());
            });
        }
        assertThat(new SeedAccounts(reader).password()).isEqualTo(DemoLoader.PASSWORD);
    }
}
