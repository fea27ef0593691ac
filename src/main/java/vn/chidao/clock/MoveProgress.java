package vn.chidao.clock;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Duration;
import java.time.Instant;
import vn.chidao.base.time.Dates;

/** How far a move has got: a bar over the time it covers, and the jobs run so far. Hidden between moves. */
class MoveProgress extends Div {

    final ProgressBar bar = new ProgressBar(0, 1);
    final Span text = new Span();

    MoveProgress() {
        bar.setId("clock-progress");
        text.setId("clock-progress-text");
        text.addClassName("chidao-muted");
        add(bar, text);
        addClassName("chidao-clock-progress");
        setVisible(false);
    }

    void show(Instant from, Instant to, ClockAdvance step) {
        long span = Math.max(1, Duration.between(from, to).toMillis());
        long done = Duration.between(from, step.now().toInstant()).toMillis();
        bar.setValue(Math.min(1, Math.max(0, (double) done / span)));
        text.setText(getTranslation("clock.progress", step.jobsExecuted(), Dates.format(step.now().toInstant())));
    }
}
