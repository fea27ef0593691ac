package vn.chidao.inbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.HashMap;
import java.util.Map;

/**
 * The inbox's quick filters as a row of chips, one chosen at a time: "Tất cả", then each {@link QuickFilter} with
 * its count. An overdue count stands out in red.
 */
class QuickFilterChips extends Div {

    private static final String ALL = "ALL";

    private final SerializableFunction<QuickFilter, Long> counter;
    private final Runnable onChange;
    private final Map<String, Long> counts = new HashMap<>();
    private QuickFilter selected;

    /** @param counter how many tasks a filter keeps (null: all of them), with the search as it stands */
    QuickFilterChips(SerializableFunction<QuickFilter, Long> counter, Runnable onChange) {
        this.counter = counter;
        this.onChange = onChange;
        addClassName("chidao-chips");
        setId("quick-filters");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", getTranslation("inbox.filters"));
    }

    /** The chosen filter; null for all. */
    QuickFilter selected() {
        return selected;
    }

    void select(QuickFilter filter) {
        selected = filter;
    }

    /** How many tasks "Tất cả" counted at the last {@link #refresh}. */
    long total() {
        return counts.getOrDefault(ALL, 0L);
    }

    /** Recounts and redraws the chips; returns how many tasks the chosen filter keeps. */
    long refresh() {
        counts.clear();
        counts.put(ALL, counter.apply(null));
        for (QuickFilter filter : QuickFilter.values()) {
            counts.put(filter.name(), counter.apply(filter));
        }
        removeAll();
        add(chip(null));
        for (QuickFilter filter : QuickFilter.values()) {
            add(chip(filter));
        }
        return counts.get(selected == null ? ALL : selected.name());
    }

    private Button chip(QuickFilter filter) {
        String key = filter == null ? ALL : filter.name();
        long count = counts.get(key);
        Span number = new Span(Long.toString(count));
        number.addClassName("chidao-chip-count");
        Button chip = new Button(getTranslation("inbox.filter." + key), e -> {
            selected = filter;
            onChange.run();
        });
        chip.setSuffixComponent(number);
        chip.setId("inbox-filter-" + key);
        chip.addClassName("chidao-chip");
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (filter == QuickFilter.OVERDUE && count > 0) {
            chip.addClassName("chidao-chip-alert");
        }
        boolean on = filter == selected;
        if (on) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            chip.addClassName("chidao-chip-on");
        }
        chip.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        return chip;
    }
}
