package vn.chidao.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * Where a process instance stands and the way it came, from the engine's history (level full or audit): its own
 * definition's XML, the user tasks and other wait states it is in, the activities it has entered, and the
 * sequence flows it took. The history records activities, not flows: a flow counts as taken when an instance of
 * its target started after an instance of its source in the same scope ended, the latest such source instance
 * when several flows lead to the target (a loop, a merge), every one of them into a parallel or inclusive join.
 */
@Component
public class ProcessTrail {

    private static final String USER_TASK = "userTask";

    private final HistoryService history;
    private final RepositoryService repository;

    ProcessTrail(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** The view of one instance, running or ended; 404 when the engine does not know it. */
    public ProcessView of(String processInstanceId) {
        HistoricProcessInstance instance = processInstanceId == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new NotFoundException("error.process.notFound", Objects.toString(processInstanceId, "-"));
        }
        String definitionId = instance.getProcessDefinitionId();
        ProcessDefinition definition = repository.getProcessDefinition(definitionId);
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();

        Set<String> current = new LinkedHashSet<>();
        List<String> currentNames = new ArrayList<>();
        Set<String> waiting = new LinkedHashSet<>();
        Set<String> entered = new LinkedHashSet<>();
        for (HistoricActivityInstance step : steps) {
            entered.add(step.getActivityId());
            if (step.getEndTime() != null || isScope(step)) {
                continue;
            }
            if (USER_TASK.equals(step.getActivityType())) {
                if (current.add(step.getActivityId())) {
                    currentNames.add(Objects.toString(step.getActivityName(), step.getActivityId()));
                }
            } else {
                waiting.add(step.getActivityId());
            }
        }
        List<String> passed = entered.stream().filter(id -> !current.contains(id) && !waiting.contains(id)).toList();
        return new ProcessView(definitionId, definition.getVersion(), xml(definitionId), List.copyOf(current),
                currentNames, List.copyOf(waiting), passed, takenFlows(model, steps));
    }

    /** Embedded and event subprocesses: containers, never a step of their own. */
    private static boolean isScope(HistoricActivityInstance step) {
        return step.getActivityType() != null && step.getActivityType().toLowerCase().endsWith("subprocess");
    }

    private String xml(String definitionId) {
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> takenFlows(BpmnModelInstance model, List<HistoricActivityInstance> steps) {
        Map<String, List<SequenceFlow>> incoming = new HashMap<>();
        Set<String> joins = new java.util.HashSet<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            FlowNode target = flow.getTarget();
            incoming.computeIfAbsent(target.getId(), id -> new ArrayList<>()).add(flow);
            if (target instanceof ParallelGateway || target instanceof InclusiveGateway) {
                joins.add(target.getId());
            }
        }
        Set<String> taken = new LinkedHashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            HistoricActivityInstance target = steps.get(i);
            List<SequenceFlow> flows = incoming.getOrDefault(target.getActivityId(), List.of());
            int latest = -1;
            SequenceFlow latestFlow = null;
            for (SequenceFlow flow : flows) {
                int source = latestSource(steps, i, flow.getSource().getId());
                if (source < 0) {
                    continue;
                }
                if (joins.contains(target.getActivityId())) {
                    taken.add(flow.getId());
                } else if (source > latest) {
                    latest = source;
                    latestFlow = flow;
                }
            }
            if (latestFlow != null) {
                taken.add(latestFlow.getId());
            }
        }
        return List.copyOf(taken);
    }

    /**
     * The index of the latest instance of {@code sourceId} before {@code targetIndex} that had ended when the
     * target started, in the target's scope (flows never cross a scope's border); -1 when there is none.
     */
    private static int latestSource(List<HistoricActivityInstance> steps, int targetIndex, String sourceId) {
        HistoricActivityInstance target = steps.get(targetIndex);
        for (int j = targetIndex - 1; j >= 0; j--) {
            HistoricActivityInstance source = steps.get(j);
            if (source.getActivityId().equals(sourceId) && source.getEndTime() != null
                    && !source.getEndTime().after(target.getStartTime())
                    && Objects.equals(source.getParentActivityInstanceId(), target.getParentActivityInstanceId())) {
                return j;
            }
        }
        return -1;
    }
}
