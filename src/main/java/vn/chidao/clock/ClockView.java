package vn.chidao.clock;

import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
 * moving it forward, by a day, a week, a month or to a chosen time. A move runs on its own thread
 * ({@link BackgroundMove}) while a progress bar shows the time it has covered; its outcome then stays on the screen
 * until closed ({@link MoveResult}).
 */
@Route("admin/clock")
@Menu(title = "menu.clock", icon = "vaadin:clock", order = 94)
@RolesAllowed("ADMIN")
class ClockView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ClockView.class);

    final Span now = new Span();
    final Span offset = new Span();
    final DateTimePicker target = new DateTimePicker();
    final Button plusDay = new Button();
    final Button plusWeek = new Button();
    final Button plusMonth = new Button();
    final Button set = new Button();
    final MoveProgress progress = new MoveProgress();
    final MoveResult result = new MoveResult();
    /** The move in progress, done once its result is queued for the UI (tests wait for it). */
    CompletableFuture<ClockAdvance> running = CompletableFuture.completedFuture(null);

    private final ClockService clock;
    private final CurrentUser user;
    private final Messages messages;

    ClockView(ClockService clock, CurrentUser user, Messages messages) {
        this.clock = clock;
        this.user = user;
        this.messages = messages;
        addClassNames("chidao-admin", "chidao-clock");
        add(timeCard());
        Actor actor = user.actor();
        if (!clock.isAdjustable()) {
            add(note("clock-not-adjustable", "clock.notAdjustable"));
        } else if (!actor.isInstallationAdmin()) {
            add(note("clock-only-installation-admin", "clock.onlyInstallationAdmin"));
        } else {
            add(new Paragraph(getTranslation("clock.hint")));
        }
        add(quickButtons(), picker(), progress, result);
        boolean canMove = clock.isAdjustable() && actor.isInstallationAdmin();
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
        target.setRequiredIndicatorVisible(true);
        target.setStep(Duration.ofMinutes(15));
        target.setDatePickerI18n(CalendarTexts.of(target));
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

    /** Starts the move on its own thread; the UI polls for progress until the result is shown. */
    private void move(Instant from, Instant to) {
        Actor actor = user.actor();
        result.setVisible(false);
        setMoving(true);
        progress.show(from, to, new ClockAdvance(Dates.local(from), 0, 0));
        running = BackgroundMove.start(UI.getCurrent(), steps -> clock.advanceTo(actor, to, steps),
                step -> progress.show(from, to, step),
                (result, error) -> {
                    setMoving(false);
                    if (error != null) {
                        refused(error);
                    } else {
                        done(result);
                    }
                    refresh();
                });
    }

    /** The outcome stays on the screen until closed (or the next move): a demo reads it at its own pace. */
    private void done(ClockAdvance advance) {
        String outcome = getTranslation("clock.done", advance.jobsExecuted(), Dates.format(advance.now().toInstant()));
        if (advance.jobsFailed() > 0) {
            outcome += " " + getTranslation("clock.failed", advance.jobsFailed());
        }
        result.show(outcome, advance.jobsFailed() > 0);
    }

    private void refused(Throwable error) {
        if (error instanceof DomainException domain) {
            result.show(Feedback.describe(messages, domain), true);
        } else {
            log.error("Moving the clock failed", error);
            result.show(messages.get(getLocale(), "error.unexpected"), true);
        }
    }

    private void setMoving(boolean moving) {
        progress.setVisible(moving);
        controls().forEach(control -> control.setEnabled(!moving));
    }

    private List<HasEnabled> controls() {
        return List.of(plusDay, plusWeek, plusMonth, target, set);
    }

    /** The time and offset as the service reads them; the picker proposes the next full hour. */
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

    @Override
    public String getPageTitle() {
        return getTranslation("menu.clock");
    }
}
