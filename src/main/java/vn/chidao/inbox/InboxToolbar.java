package vn.chidao.inbox;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chidao.base.ui.ValueTooltips;

/**
 * Above the inbox's list: the quick filters and the search box. It says what the list keeps ({@link #filter()})
 * and reads and writes it as the address's {@code ?filter=OVERDUE&q=words}.
 */
class InboxToolbar extends Div {

    final QuickFilterChips chips;
    final TextField search = new TextField();
    private final Runnable onChange;
    private boolean reading;

    /** @param counter how many tasks a filter keeps */
    InboxToolbar(SerializableFunction<InboxFilter, Long> counter, Runnable onChange) {
        this.onChange = onChange;
        this.chips = new QuickFilterChips(quick -> counter.apply(filter().withQuick(quick)), onChange);
        addClassName("chidao-inbox-toolbar");
        search.setId("inbox-search");
        search.addClassName("chidao-inbox-search");
        search.setPlaceholder(getTranslation("inbox.search.placeholder"));
        search.setAriaLabel(getTranslation("inbox.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(InboxFilter.MAX_TEXT);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        ValueTooltips.follow(search);
        search.addValueChangeListener(e -> {
            if (!reading) {
                onChange.run();
            }
        });
        add(chips, search);
    }

    /** What the list keeps now: the chosen quick filter and the words searched. */
    InboxFilter filter() {
        return InboxFilter.ALL.withQuick(chips.selected()).withText(search.getValue());
    }

    boolean searching() {
        return !search.getValue().isBlank();
    }

    /** Back to every task. */
    void clear() {
        chips.select(null);
        reading = true;
        search.clear();
        reading = false;
        onChange.run();
    }

    /** Takes the filter from the address; an unknown filter means all, over-long words are cut. */
    void read(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        String wanted = parameters.getOrDefault("filter", List.of("")).get(0);
        chips.select(Arrays.stream(QuickFilter.values()).filter(f -> f.name().equalsIgnoreCase(wanted)).findFirst()
                .orElse(null));
        String words = parameters.getOrDefault("q", List.of("")).get(0);
        reading = true;
        search.setValue(words.length() > InboxFilter.MAX_TEXT ? words.substring(0, InboxFilter.MAX_TEXT) : words);
        reading = false;
    }

    /** The filter as the address's parameters. */
    QueryParameters parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (chips.selected() != null) {
            parameters.put("filter", chips.selected().name());
        }
        if (searching()) {
            parameters.put("q", search.getValue().trim());
        }
        return QueryParameters.simple(parameters);
    }
}
