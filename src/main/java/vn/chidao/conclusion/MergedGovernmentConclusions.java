package vn.chidao.conclusion;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidao.organisation.GovernmentMerged;
import vn.chidao.organisation.OrganisationService;

/**
 * When a government merges into another, its committees and conclusions belong to the receiving one, in the merge's
 * transaction. A committee whose name the receiving government already has takes the absorbed government's name
 * after its own ("Ban Chỉ đạo chuyển đổi số (Tỉnh Bắc Kạn)"); a conclusion keeps its number and the government that
 * issued it.
 */
@Component
class MergedGovernmentConclusions {

    private final CommitteeRepository committees;
    private final ConclusionRepository conclusions;
    private final OrganisationService organisation;

    MergedGovernmentConclusions(CommitteeRepository committees, ConclusionRepository conclusions,
                   OrganisationService organisation) {
        this.committees = committees;
        this.conclusions = conclusions;
        this.organisation = organisation;
    }

    @EventListener
    void on(GovernmentMerged merged) {
        String fromName = organisation.government(merged.fromId()).name();
        for (Committee committee : committees.findByGovernmentIdOrderByName(merged.fromId())) {
            String name = committee.getName();
            if (committees.findByGovernmentIdAndNameIgnoreCase(merged.intoId(), name).isPresent()) {
                name = name + " (" + fromName + ")";
            }
            committee.moveToGovernment(merged.intoId(), name);
            committees.flush();
        }
        conclusions.findByGovernmentId(merged.fromId()).forEach(c -> c.moveToGovernment(merged.intoId()));
    }
}
