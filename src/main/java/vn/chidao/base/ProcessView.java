package vn.chidao.base;

import java.util.List;

/**
 * A process instance as its diagram shows it: the BPMN XML of the instance's own definition (whatever version it
 * started on), where it stands and the way it came. Ids are the model's element ids.
 *
 * @param version the version of the definition the instance runs on
 * @param current the user tasks waiting now (the current steps)
 * @param currentNames their names in the model, in the same order
 * @param waiting the other activities the instance waits in now: timers, messages
 * @param passed every activity the instance has entered and is no longer waiting in, in the order first entered
 * @param passedFlows the sequence flows it has taken, in the order first taken
 */
public record ProcessView(String definitionId, int version, String xml, List<String> current,
                          List<String> currentNames, List<String> waiting, List<String> passed,
                          List<String> passedFlows) {

    public ProcessView {
        current = List.copyOf(current);
        currentNames = List.copyOf(currentNames);
        waiting = List.copyOf(waiting);
        passed = List.copyOf(passed);
        passedFlows = List.copyOf(passedFlows);
    }
}
