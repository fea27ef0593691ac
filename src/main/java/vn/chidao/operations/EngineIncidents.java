package vn.chidao.operations;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.time.Dates;

/**
 * The process engine's open incidents (a job that failed on every retry, {@code camunda.bpm.default-number-of-retries}),
 * newest first, and a retry of the failed job. For the installation's administrators only: the engine spans every
 * government. What Cockpit shows at {@code /camunda}, in Chidao's own screens and API.
 */
@Service
public class EngineIncidents {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;

    EngineIncidents(RuntimeService runtime, ManagementService management, RepositoryService repository) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
    }

    public Page<IncidentView> open(Actor actor, Pageable pageable) {
        requireInstallationAdmin(actor);
        long total = runtime.createIncidentQuery().count();
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc()
                .orderByIncidentId().asc().listPage((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(views(incidents), pageable, total);
    }

    /**
     * Gives the failed job of the incident one more try ({@code setJobRetries(job, 1)}): the incident is resolved
     * and the job executor runs the job again; if it fails again, a new incident is raised. 404 for an unknown
     * incident, 409 when there is no job to retry (a failed external task).
     */
    public void retry(Actor actor, String incidentId) {
        requireInstallationAdmin(actor);
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new NotFoundException("error.incident.notFound", incidentId);
        }
        String jobId = jobOf(incident);
        if (jobId == null) {
            throw new ConflictException("error.incident.noJob");
        }
        management.setJobRetries(jobId, 1);
    }

    /** The failed job behind the incident, or behind its root cause (an incident in a called process). */
    private String jobOf(Incident incident) {
        Incident root = incident;
        if (incident.getRootCauseIncidentId() != null && !incident.getRootCauseIncidentId().equals(incident.getId())) {
            Incident cause = runtime.createIncidentQuery().incidentId(incident.getRootCauseIncidentId()).singleResult();
            root = cause == null ? incident : cause;
        }
        return Incident.FAILED_JOB_HANDLER_TYPE.equals(root.getIncidentType()) ? root.getConfiguration() : null;
    }

    private List<IncidentView> views(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return List.of();
        }
        // A job of no process (the history cleanup, a timer start event's) fails with no instance, perhaps none of
        // a definition: the engine refuses to query by an empty set of ids, so ask only for ids there are.
        Set<String> definitions = ids(incidents, Incident::getProcessDefinitionId);
        Set<String> instances = ids(incidents, Incident::getProcessInstanceId);
        Map<String, String> keys = definitions.isEmpty() ? Collections.<String, String>emptyMap() : repository.createProcessDefinitionQuery()
                .processDefinitionIdIn(definitions.toArray(String[]::new)).list()
                .stream().collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
        Map<String, String> businessKeys = instances.isEmpty() ? Collections.<String, String>emptyMap() : runtime.createProcessInstanceQuery()
                .processInstanceIds(instances).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return incidents.stream().map(incident -> new IncidentView(incident.getId(),
                Dates.local(incident.getIncidentTimestamp().toInstant()), keys.get(incident.getProcessDefinitionId()),
                incident.getActivityId(), incident.getIncidentMessage(),
                businessKeys.get(incident.getProcessInstanceId()), jobOf(incident))).toList();
    }

    private static Set<String> ids(List<Incident> incidents, Function<Incident, String> id) {
        return incidents.stream().map(id).filter(v -> v != null).collect(Collectors.toSet());
    }

    private static void requireInstallationAdmin(Actor actor) {
        if (!actor.isInstallationAdmin()) {
            throw new ForbiddenException("error.incident.installationAdmin");
        }
    }
}
