package vn.chidao.demo;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

/**
 * What every screen shows while the demo loads ({@link DemoLoadingGuard}): which government is being loaded and a
 * progress bar, asked again every two seconds; once loading ended, the page the person asked for opens
 * ({@code demo-loading?to=dashboard}).
 */
@Route(value = DemoLoadingView.ROUTE, autoLayout = false)
@AnonymousAllowed
class DemoLoadingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "demo-loading";
    /** The query parameter naming the page asked for. */
    static final String ASKED = "to";
    static final int POLL_MILLIS = 2000;

    final Paragraph status = new Paragraph();
    final ProgressBar bar = new ProgressBar();
    private final transient DemoLoading loading;
    private Registration polling;
    private Location asked = new Location("");

    DemoLoadingView(DemoLoading loading) {
        this.loading = loading;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        status.setId("demo-loading-status");
        bar.setId("demo-loading-bar");
        Paragraph hint = new Paragraph(getTranslation("demo.loading.hint"));
        Div card = new Div(new H1(getTranslation("app.name")), status, bar, hint);
        card.addClassName("chidao-login-card");
        add(card);
        refresh();
    }

    /** Shows how far loading got; once it ended, opens the page asked for. */
    void refresh() {
        loading.progress().ifPresentOrElse(progress -> {
            status.setText(progress.government() == null ? getTranslation("demo.loading.preparing")
                    : getTranslation("demo.loading.status", progress.government(), progress.number(),
                    progress.total()));
            bar.setIndeterminate(progress.total() == 0);
            bar.setValue(progress.fraction());
        }, () -> getUI().ifPresent(ui -> ui.navigate(asked.getPath(), asked.getQueryParameters())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        asked = new Location(event.getLocation().getQueryParameters().getSingleParameter(ASKED).orElse(""));
        if (!loading.active()) {
            event.forwardTo(asked.getPath(), asked.getQueryParameters());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demo.loading.title") + " · Chidao";
    }
}
