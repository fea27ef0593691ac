package vn.chidao.register;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.chidao.assignment.Timeliness;

/**
 * The official split of the register's current filter: done on time / late, open on time / overdue, and
 * ongoing apart. A tile narrows the register to its timeliness alone; clicking it again widens it. The tiles of
 * the timeliness values chosen in the filter show as pressed.
 */
class TimelinessCounts extends Div {

    private final SerializableFunction<Timeliness, Long> counter;
    private final SerializableConsumer<Timeliness> onChoose;
    private final Map<Timeliness, Long> counts = new EnumMap<>(Timeliness.class);

    TimelinessCounts(SerializableFunction<Timeliness, Long> counter, SerializableConsumer<Timeliness> onChoose) {
        this.counter = counter;
        this.onChoose = onChoose;
        setId("timeliness-counts");
        addClassName("chidao-counts");
    }

    long count(Timeliness timeliness) {
        return counts.getOrDefault(timeliness, 0L);
    }

    void refresh(Set<Timeliness> chosen) {
        removeAll();
        for (Timeliness timeliness : Timeliness.values()) {
            long count = counter.apply(timeliness);
            counts.put(timeliness, count);
            add(tile(timeliness, count, chosen.contains(timeliness), chosen.equals(Set.of(timeliness))));
        }
    }

    private Button tile(Timeliness timeliness, long count, boolean on, boolean alone) {
        Span number = new Span(Long.toString(count));
        number.addClassName("chidao-count-number");
        Span label = new Span(getTranslation("timeliness." + timeliness.name()));
        label.addClassName("chidao-count-label");
        Button tile = new Button();
        tile.getElement().appendChild(number.getElement(), label.getElement());
        tile.setId("count-" + timeliness.name());
        tile.addClassNames("chidao-count", "chidao-count-" + timeliness.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (on) {
            tile.addClassName("chidao-count-on");
        }
        tile.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        tile.addClickListener(e -> onChoose.accept(alone ? null : timeliness));
        return tile;
    }
}
