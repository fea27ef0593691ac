package vn.chidao.reorganisation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.base.Actor;
import vn.chidao.base.EngineActions;
import vn.chidao.base.Messages;
import vn.chidao.base.TaskGroups;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.GovernmentMergeRequest;
import vn.chidao.organisation.GovernmentMergeResult;
import vn.chidao.organisation.GovernmentMerged;
import vn.chidao.organisation.GovernmentMerges;
import vn.chidao.organisation.GovernmentMerging;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitEndRequest;
import vn.chidao.organisation.UnitEndRequest.UsersChoice;
import vn.chidao.organisation.UnitEndResult;
import vn.chidao.organisation.UnitEndings;

/**
 * The installation's administrator merges a government into another (Bắc Kạn into Thái Nguyên), in one transaction:
 * {@link GovernmentMerges} moves its units and marks it merged, and the features holding its committees,
 * conclusions, assignments and people move them as they hear it; then the running processes' tasks of its
 * secretariat and leaders go to the receiving government's (and the variables that name the groups of tasks to
 * come), and each absorbed unit the map gives a successor ends on the day, handing its open work and its people
 * over as any unit that ends ({@link UnitEndings#end}).
 */
@Service
class GovernmentMerger implements GovernmentMerging {

    private final GovernmentMerges merges;
    private final UnitEndings endings;
    private final OrganisationService organisation;
    private final EngineActions engine;
    private final Messages messages;
    private final EntityManager entityManager;

    GovernmentMerger(GovernmentMerges merges, UnitEndings endings, OrganisationService organisation,
                     EngineActions engine, Messages messages, EntityManager entityManager) {
        this.merges = merges;
        this.endings = endings;
        this.organisation = organisation;
        this.engine = engine;
        this.messages = messages;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public GovernmentMergeResult merge(Actor actor, GovernmentMergeRequest request) {
        GovernmentMerged merged = merges.merge(actor, request);
        entityManager.flush();
        regroup(actor, merged.fromId(), merged.intoId());
        GovernmentDto from = organisation.government(merged.fromId());
        GovernmentDto into = organisation.government(merged.intoId());
        String reason = messages.get(Messages.VIETNAMESE, "government.merge.reason", from.name(), into.name());
        List<UnitEndResult> ended = new ArrayList<>();
        merged.unitsEnding().forEach((code, successor) -> ended.add(endings.end(actor, into.code(), code,
                new UnitEndRequest(merged.on(), List.of(successor), Map.of(), reason, UsersChoice.moveTo(successor)))));
        return new GovernmentMergeResult(from, into, merged.unitsMoved(), ended);
    }

    /** The absorbed government's secretariat and leader tasks, and the variables naming them, go to the receiver's. */
    private void regroup(Actor actor, long fromId, long intoId) {
        for (String group : List.of(TaskGroups.SECRETARIAT, TaskGroups.LEADER)) {
            engine.moveGroup(actor, group + fromId, group + intoId);
            for (String variable : List.of(DirectiveAssignmentProcess.VAR_EXTENSION_DECIDERS,
                    DirectiveAssignmentProcess.VAR_OVERDUE_REVIEWERS)) {
                engine.replaceVariable(actor, variable, group + fromId, group + intoId);
            }
        }
        // The same name in both processes (conclusion-issuance and directive-assignment).
        engine.replaceVariable(actor, DirectiveAssignmentProcess.VAR_GOVERNMENT_ID, fromId, intoId);
    }
}
