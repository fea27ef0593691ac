package vn.chidao.security;

import java.util.List;
import vn.chidao.base.Role;

/**
 * The demo's accounts the sign-in page offers to fill in, by role: present only where the demo is loaded (the default
 * profile, {@code chidao.seed.enabled}); implemented by the demo feature, which knows its seeds.
 */
public interface DemoAccounts {

    /** One account to try: {@code government} is the government's name. */
    record Account(Role role, String username, String displayName, String government) {
    }

    /** A few accounts of each role, leaders first. */
    List<Account> accounts();

    /** Every demo account's password. */
    String password();
}
