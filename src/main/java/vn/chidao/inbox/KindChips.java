package vn.chidao.inbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Quick filters of the inbox: "all" and one toggle per kind of task the caller has, each with its count.
 * Kinds with no task are left out unless selected.
 */
class KindChips extends Div {

    private final Set<TaskKind> selected = EnumSet.noneOf(TaskKind.class);
    private final SerializableFunction<Set<TaskKind>, Long> counter;
    private final Runnable onChange;

    KindChips(SerializableFunction<Set<TaskKind>, Long> counter, Runnable onChange) {
        this.counter = counter;
        this.onChange = onChange;
        addClassName("chidao-chips");
        setId("kind-chips");
        getElement().setAttribute("role", "toolbar");
    }

    /** The kinds to show; empty for all. */
    Set<TaskKind> selected() {
        return selected.isEmpty() ? Set.of() : EnumSet.copyOf(selected);
    }

    /** Recounts and redraws the chips; returns how many tasks the current selection shows. */
    long refresh() {
        Map<TaskKind, Long> counts = new EnumMap<>(TaskKind.class);
        for (TaskKind kind : TaskKind.values()) {
            counts.put(kind, counter.apply(Set.of(kind)));
        }
        selected.removeIf(kind -> counts.get(kind) == 0);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        removeAll();
        add(chip("ALL", getTranslation("inbox.kind.all"), total, selected.isEmpty(), selected::clear));
        for (TaskKind kind : TaskKind.values()) {
            if (counts.get(kind) > 0) {
                add(chip(kind.name(), getTranslation("taskKind." + kind.name()), counts.get(kind),
                        selected.contains(kind), () -> toggle(kind)));
            }
        }
        return selected.isEmpty() ? total : selected.stream().mapToLong(counts::get).sum();
    }

    private void toggle(TaskKind kind) {
        if (!selected.remove(kind)) {
            selected.add(kind);
        }
    }

    private Button chip(String id, String label, long count, boolean on, Runnable action) {
        Span number = new Span(Long.toString(count));
        number.addClassName("chidao-chip-count");
        Button chip = new Button(label, e -> {
            action.run();
            onChange.run();
        });
        chip.setSuffixComponent(number);
        chip.setId("kind-chip-" + id);
        chip.addClassName("chidao-chip");
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (on) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            chip.addClassName("chidao-chip-on");
        }
        chip.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        return chip;
    }
}
