package vn.chidao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * {@code CHIDAO_ADMIN_PASSWORD} matters on an empty database only: there production (password required) does not
 * start without it; once a user exists it is neither needed nor read. (ProductionAccountsTest shows the created
 * administrator and a later start with another password.)
 */
@Tag("unit")
class AdminBootstrapTest {

    @Test
    void anEmptyProductionDatabaseWithoutTheFirstPasswordStopsTheStart() {
        FakeUsers empty = new FakeUsers(false);

        assertThatThrownBy(() -> new AdminBootstrap(empty, " ", true).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CHIDAO_ADMIN_PASSWORD");
        new AdminBootstrap(empty, "", false).run(new DefaultApplicationArguments());
        assertThat(empty.created).as("the demo without a password creates no one").isNull();

        new AdminBootstrap(empty, "mật-khẩu-đầu", true).run(new DefaultApplicationArguments());
        assertThat(empty.created).isEqualTo("mật-khẩu-đầu");
    }

    @Test
    void onceAUserExistsThePasswordIsNeitherNeededNorRead() {
        FakeUsers existing = new FakeUsers(true);

        new AdminBootstrap(existing, "", true).run(new DefaultApplicationArguments());
        new AdminBootstrap(existing, "mật-khẩu-khác", true).run(new DefaultApplicationArguments());

        assertThat(existing.created).isNull();
    }

    /** Users that exist or not, noting the first administrator's password instead of storing it. */
    private static final class FakeUsers extends UserService {

        private final boolean any;
        String created;

        FakeUsers(boolean any) {
            super(null, null, null, null, null, null);
            this.any = any;
        }

        @Override
        public boolean hasUsers() {
            return any;
        }

        @Override
        public boolean createFirstAdmin(String password) {
            created = password;
            return true;
        }
    }
}
