package vn.chidao.demo;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * While the demo loads, every route, the sign-in page included, leads to {@link DemoLoadingView}, which opens the
 * page asked for once loading ended.
 */
@Component
class DemoLoadingGuard implements VaadinServiceInitListener {

    private final transient DemoLoading loading;

    DemoLoadingGuard(DemoLoading loading) {
        this.loading = loading;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (loading.active() && event.getNavigationTarget() != DemoLoadingView.class) {
            event.forwardTo(DemoLoadingView.ROUTE,
                    QueryParameters.of(DemoLoadingView.ASKED, event.getLocation().getPathWithQueryParameters()));
        }
    }
}
