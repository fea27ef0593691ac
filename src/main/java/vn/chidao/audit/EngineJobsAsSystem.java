package vn.chidao.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Records what the engine's jobs change (timers, asynchronous continuations) as the system's. The interceptor
 * stands before the engine's transaction interceptor, so the scope covers the commit, where the changes are
 * flushed and recorded; the job executor's threads and {@code ManagementService.executeJob} (the clock's move,
 * tests) alike run a job through {@link ExecuteJobsCmd}.
 */
@Component
class EngineJobsAsSystem extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> before = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        before.add(new JobInterceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(before);
    }

    static final class JobInterceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof ExecuteJobsCmd) {
                return SystemScope.run(() -> next.execute(command));
            }
            return next.execute(command);
        }
    }
}
