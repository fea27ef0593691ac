package vn.chidao.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's webapp ({@code /camunda}) takes the user Spring Security signed in (the request's principal, through
 * Camunda's {@code ContainerBasedAuthenticationProvider}), once per session: Chidao's username becomes the
 * webapp's user. The engine's identity service must know that id (the webapp looks it up, then again each time its
 * cache expires), so it holds a copy of the user with the name and <em>no password</em>: Chidao's sign-in is the only
 * one. A user there with a password of Camunda's own (the former {@code camunda.bpm.admin-user}) is replaced by
 * such a copy. The copy is a member of Camunda's {@code camunda-admin} group, as only installation administrators get
 * here: without an administrator the webapp sends everyone to its first-user setup page. (The engine's authorization
 * checks are off, so the group grants nothing more.)
 */
class CockpitSignIn extends ContainerBasedAuthenticationFilter {

    private static final Logger log = LoggerFactory.getLogger(CockpitSignIn.class);

    private final UserService users;

    CockpitSignIn(UserService users) {
        this.users = users;
    }

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String username, List<String> groups,
                                                      List<String> tenants) {
        mirror(engine.getIdentityService(), username);
        return super.createAuthentication(engine, username, groups, tenants);
    }

    private void mirror(IdentityService identity, String username) {
        User existing = identity.createUserQuery().userId(username).singleResult();
        if (existing != null && existing.getPassword() != null) {
            identity.deleteUser(username);
            log.info("Removed the process engine's own password of user '{}': Chidao's sign-in is the only one",
                    username);
            existing = null;
        }
        if (existing == null) {
            User copy = identity.newUser(username);
            copy.setFirstName(users.contact(username).map(UserContact::displayName).orElse(username));
            copy.setLastName("");
            identity.saveUser(copy);
        }
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group administrators = identity.newGroup(Groups.CAMUNDA_ADMIN);
            administrators.setName("Camunda administrators (Chidao's installation administrators)");
            administrators.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(administrators);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(username, Groups.CAMUNDA_ADMIN);
        }
    }
}
