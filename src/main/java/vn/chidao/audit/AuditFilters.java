package vn.chidao.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chidao.base.ui.DatePickers;

/**
 * The audit screen's filter: user, entity, entity id, action and a range of days; kept in the address
 * ({@code ?entity=Assignment&entityId=42&user=&action=&from=2026-03-01&to=2026-03-31}) so a link opens it filtered.
 */
class AuditFilters extends FormLayout {

    final TextField user = new TextField();
    final ComboBox<String> entity = new ComboBox<>();
    final TextField entityId = new TextField();
    final Select<AuditAction> action = new Select<>();
    final DatePicker from;
    final DatePicker to;
    private Runnable onChange = () -> {
    };
    private boolean showing;

    AuditFilters(List<String> entities, AuditTexts texts) {
        setId("audit-filters");
        user.setId("audit-user");
        user.setLabel(getTranslation("audit.user"));
        user.setHelperText(getTranslation("audit.user.hint"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        entity.setId("audit-entity");
        entity.setLabel(getTranslation("audit.entity"));
        entity.setItems(entities);
        entity.setItemLabelGenerator(texts::entity);
        entity.setClearButtonVisible(true);
        entityId.setId("audit-entity-id");
        entityId.setLabel(getTranslation("audit.entityId"));
        entityId.setClearButtonVisible(true);
        entityId.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.all"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.all") : texts.action(a));
        from = DatePickers.create(getTranslation("audit.from"));
        from.setId("audit-from");
        from.setClearButtonVisible(true);
        to = DatePickers.create(getTranslation("audit.to"));
        to.setId("audit-to");
        to.setClearButtonVisible(true);
        add(user, entity, entityId, action, from, to);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 3), new ResponsiveStep("60em", 6));
        user.addValueChangeListener(e -> changed());
        entity.addValueChangeListener(e -> changed());
        entityId.addValueChangeListener(e -> changed());
        action.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    AuditFilter filter() {
        return new AuditFilter(user.getValue(), entity.getValue(), entityId.getValue(), action.getValue(),
                from.getValue(), to.getValue());
    }

    /** Shows a filter without telling the listener for every field (it is told once). */
    void show(AuditFilter filter) {
        showing = true;
        try {
            user.setValue(filter.user() == null ? "" : filter.user());
            entity.setValue(filter.entity());
            entityId.setValue(filter.entityId() == null ? "" : filter.entityId());
            action.setValue(filter.action());
            from.setValue(filter.from());
            to.setValue(filter.to());
        } finally {
            showing = false;
        }
        onChange.run();
    }

    private void changed() {
        if (!showing) {
            onChange.run();
        }
    }

    static AuditFilter read(QueryParameters query) {
        Map<String, List<String>> values = query.getParameters();
        return new AuditFilter(first(values, "user"), first(values, "entity"), first(values, "entityId"),
                Arrays.stream(AuditAction.values()).filter(a -> a.name().equalsIgnoreCase(first(values, "action")))
                        .findFirst().orElse(null), day(first(values, "from")), day(first(values, "to")));
    }

    static QueryParameters write(AuditFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "user", filter.user());
        put(values, "entity", filter.entity());
        put(values, "entityId", filter.entityId());
        put(values, "action", filter.action() == null ? null : filter.action().name());
        put(values, "from", filter.from() == null ? null : filter.from().toString());
        put(values, "to", filter.to() == null ? null : filter.to().toString());
        return QueryParameters.simple(values);
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> found = values.get(name);
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException unknown) {
            return null;
        }
    }
}
