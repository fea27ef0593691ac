package vn.chidao.clock;

import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;

/**
 * The installation's clock: what time it is for the domain and the engine, and (where the clock is adjustable)
 * moving it forward. A move runs on its own thread; the screen polls for its progress meanwhile.
 */
@Route("admin/clock")
@Menu(title = "menu.clock", icon = "vaadin:clock", order = 94)
@RolesAllowed("ADMIN")
class ClockView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ClockView.class);
    private static final int POLL_MILLIS = 500;
    /** One short-lived thread per move: moves are rare, and must not hold a shared pool for minutes. */
    private static final Executor OWN_THREAD = task -> {
        Thread thread = new Thread(task, "chidao-clock-move");
        thread.setDaemon(true);
        thread.start();
    };

    final Span now = new Span();
    final Span offset = new Span();
    final DateTimePicker target = new DateTimePicker();
    final Button plusDay = new Button();
    final Button plusWeek = new Button();
    final Button plusMonth = new Button();
    final Button set = new Button();
    final ProgressBar progressBar = new ProgressBar(0, 1);
    final Span progressText = new Span();
    /** The move in progress, done once its result is queued for the UI (tests wait for it). */
    CompletableFuture<ClockAdvance> running = CompletableFuture.completedFuture(null);

    private final ClockService clock;
    private final CurrentUser user;
    private final Messages messages;
    private final AtomicReference<ClockAdvance> latest = new AtomicReference<>();
    private final AtomicBoolean updateQueued = new AtomicBoolean();

    ClockView(ClockService clock, CurrentUser user, Messages messages) {
        this.clock = clock;
        this.user = user;
        this.messages = messages;
        addClassNames("chidao-admin", "chidao-clock");
        add(timeCard());
        Actor actor = user.actor();
        boolean canMove = clock.isAdjustable() && actor.isInstallationAdmin();
        if (!clock.isAdjustable()) {
            add(note("clock-not-adjustable", "clock.notAdjustable"));
        } else if (!actor.isInstallationAdmin()) {
            add(note("clock-only-installation-admin", "clock.onlyInstallationAdmin"));
        } else {
            add(new Paragraph(getTranslation("clock.hint")));
        }
        add(quickButtons(), picker(), progress());
        controls().forEach(control -> control.setEnabled(canMove));
        refresh();
    }

    private Div timeCard() {
        now.setId("clock-now");
        now.addClassName("chidao-clock-now");
        offset.setId("clock-offset");
        offset.addClassName("chidao-muted");
        Div card = new Div(new H3(getTranslation("clock.current")), now, offset);
        card.addClassNames("chidao-card", "chidao-clock-card");
        return card;
    }

    private Paragraph note(String id, String key) {
        Paragraph note = new Paragraph(getTranslation(key));
        note.setId(id);
        note.addClassName("chidao-admin-note");
        return note;
    }

    private HorizontalLayout quickButtons() {
        quick(plusDay, "clock-plus-day", "clock.plusDay", Period.ofDays(1));
        quick(plusWeek, "clock-plus-week", "clock.plusWeek", Period.ofWeeks(1));
        quick(plusMonth, "clock-plus-month", "clock.plusMonth", Period.ofMonths(1));
        HorizontalLayout row = new HorizontalLayout(plusDay, plusWeek, plusMonth);
        row.addClassName("chidao-button-row");
        return row;
    }

    private void quick(Button button, String id, String key, Period period) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addClickListener(e -> {
            Instant from = currentTime();
            move(from, from.atZone(Dates.ZONE).plus(period).toInstant());
        });
    }

    private HorizontalLayout picker() {
        target.setId("clock-target");
        target.setLabel(getTranslation("clock.target"));
        target.setStep(Duration.ofMinutes(15));
        target.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy").setFirstDayOfWeek(1));
        set.setText(getTranslation("clock.set"));
        set.setIcon(VaadinIcon.CLOCK.create());
        set.setId("clock-set");
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.addClickListener(e -> {
            if (target.getValue() == null) {
                Feedback.error(getTranslation("clock.targetRequired"));
                return;
            }
            move(currentTime(), target.getValue().atZone(Dates.ZONE).toInstant());
        });
        HorizontalLayout row = new HorizontalLayout(target, set);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Div progress() {
        progressBar.setId("clock-progress");
        progressText.setId("clock-progress-text");
        progressText.addClassName("chidao-muted");
        Div box = new Div(progressBar, progressText);
        box.addClassName("chidao-clock-progress");
        box.setVisible(false);
        return box;
    }

    /** Starts the move on its own thread; the UI polls for progress until the result is shown. */
    private void move(Instant from, Instant to) {
        UI ui = UI.getCurrent();
        Actor actor = user.actor();
        setMoving(true);
        showProgress(from, to, new ClockAdvance(Dates.local(from), 0, 0));
        ui.setPollInterval(POLL_MILLIS);
        running = CompletableFuture
                .supplyAsync(() -> clock.advanceTo(actor, to, step -> report(ui, from, to, step)), OWN_THREAD)
                .whenComplete((result, error) -> access(ui, () -> {
                    ui.setPollInterval(-1);
                    setMoving(false);
                    if (error != null) {
                        refused(error);
                    } else {
                        done(result);
                    }
                    refresh();
                }));
    }

    /** Progress from the moving thread: only the newest step counts, one UI update queued at a time. */
    private void report(UI ui, Instant from, Instant to, ClockAdvance step) {
        latest.set(step);
        if (updateQueued.compareAndSet(false, true)) {
            access(ui, () -> {
                updateQueued.set(false);
                showProgress(from, to, latest.get());
            });
        }
    }

    private void showProgress(Instant from, Instant to, ClockAdvance step) {
        long span = Math.max(1, Duration.between(from, to).toMillis());
        long done = Duration.between(from, step.now().toInstant()).toMillis();
        progressBar.setValue(Math.min(1, Math.max(0, (double) done / span)));
        progressText.setText(getTranslation("clock.progress", step.jobsExecuted(), Dates.format(step.now().toInstant())));
    }

    private void done(ClockAdvance result) {
        Feedback.success(getTranslation("clock.done", result.jobsExecuted(), Dates.format(result.now().toInstant())));
        if (result.jobsFailed() > 0) {
            Feedback.error(getTranslation("clock.failed", result.jobsFailed()));
        }
    }

    private void refused(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof DomainException domain) {
            Feedback.refused(messages, domain);
        } else {
            log.error("Moving the clock failed", cause);
            Feedback.error(messages.get(getLocale(), "error.unexpected"));
        }
    }

    private void setMoving(boolean moving) {
        progressBar.getParent().ifPresent(box -> box.setVisible(moving));
        controls().forEach(control -> control.setEnabled(!moving));
    }

    private List<HasEnabled> controls() {
        return List.of(plusDay, plusWeek, plusMonth, target, set);
    }

    private void refresh() {
        ClockState state = clock.state(user.actor());
        Instant at = state.now().toInstant();
        now.setText(Dates.format(at));
        long minutes = Math.abs(state.offsetSeconds()) / 60;
        offset.setText(minutes == 0 ? getTranslation("clock.realTime")
                : getTranslation(state.offsetSeconds() > 0 ? "clock.ahead" : "clock.behind",
                        minutes / (24 * 60), minutes / 60 % 24, minutes % 60));
        LocalDateTime local = at.atZone(Dates.ZONE).toLocalDateTime();
        target.setMin(local.truncatedTo(ChronoUnit.MINUTES));
        target.setValue(local.truncatedTo(ChronoUnit.HOURS).plusHours(1));
    }

    private Instant currentTime() {
        return clock.state(user.actor()).now().toInstant();
    }

    private static void access(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            log.debug("The clock screen was closed while the clock moved");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.clock");
    }
}
