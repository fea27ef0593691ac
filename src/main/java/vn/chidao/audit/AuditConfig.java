package vn.chidao.audit;

import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands {@link ChangeCapture} to Hibernate, beside Envers' own listeners. */
@Configuration(proxyBeanMethods = false)
class AuditConfig {

    @Bean
    HibernatePropertiesCustomizer auditChangeCapture() {
        return properties -> properties.put("hibernate.integrator_provider",
                (IntegratorProvider) () -> List.of(new CaptureIntegrator()));
    }

    static final class CaptureIntegrator implements Integrator {

        @Override
        public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                              SessionFactoryImplementor sessionFactory) {
            EventListenerRegistry registry = sessionFactory.getServiceRegistry()
                    .requireService(EventListenerRegistry.class);
            ChangeCapture capture = new ChangeCapture();
            registry.appendListeners(EventType.POST_INSERT, capture);
            registry.appendListeners(EventType.POST_UPDATE, capture);
            registry.appendListeners(EventType.POST_DELETE, capture);
            registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, capture);
            registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, capture);
            registry.appendListeners(EventType.POST_COLLECTION_RECREATE, capture);
        }

        @Override
        public void disintegrate(SessionFactoryImplementor sessionFactory,
                                 org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
            // nothing to release
        }
    }
}
