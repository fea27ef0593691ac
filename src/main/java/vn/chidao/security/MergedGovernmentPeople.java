package vn.chidao.security;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidao.organisation.GovernmentMerged;

/**
 * When a government merges into another, its people work for the receiving one, in the merge's transaction: each
 * keeps their unit (which moved with them, or ends with the merge and hands them to its successor) and their roles,
 * so the absorbed government's secretariat and leaders are the receiving government's too; their substitutes go
 * with them. Their next request is made as a person of the receiving government (their tokens are read again).
 */
@Component
class MergedGovernmentPeople {

    private final UserRepository users;
    private final SubstituteRepository substitutes;
    private final RecentTokens recentTokens;

    MergedGovernmentPeople(UserRepository users, SubstituteRepository substitutes, RecentTokens recentTokens) {
        this.users = users;
        this.substitutes = substitutes;
        this.recentTokens = recentTokens;
    }

    @EventListener
    void on(GovernmentMerged merged) {
        for (AppUser user : users.findByGovernment(merged.fromId())) {
            user.moveToGovernment(merged.intoId());
            recentTokens.forgetOwner(user.getUsername());
        }
        substitutes.findByGovernmentId(merged.fromId()).forEach(s -> s.moveToGovernment(merged.intoId()));
    }
}
