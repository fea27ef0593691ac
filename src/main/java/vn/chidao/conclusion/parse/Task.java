package vn.chidao.conclusion.parse;

import java.util.List;
import vn.chidao.organisation.UnitDto;

/**
 * One task of a notice as read, before it becomes directives: its content, its roles (several leads make one
 * directive each) and its deadline (null when none is written) with the words each came from.
 */
record Task(String content, TaskRoles roles, Deadline deadline, Evidence deadlineEvidence) {

    List<UnitDto> leads() {
        return roles.leads();
    }

    List<UnitDto> coordinating() {
        return roles.coordinating();
    }
}
