package vn.chidao.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;

/**
 * A field's tooltip repeats its value in full, as the field may cut it ("Sở Tài nguyên và Môi trư…", a conclusion's
 * long title, several timeliness chips): filters and pickers of fixed width. No tooltip while the field is empty.
 */
public final class ValueTooltips {

    private ValueTooltips() {
    }

    public static <T> void follow(ComboBox<T> box) {
        Runnable update = () -> box.setTooltipText(box.getValue() == null ? null
                : box.getItemLabelGenerator().apply(box.getValue()));
        box.addValueChangeListener(e -> update.run());
        update.run();
    }

    /** Every chosen item, in the order chosen, separated by commas. */
    public static <T> void follow(MultiSelectComboBox<T> box) {
        Runnable update = () -> box.setTooltipText(box.getValue().isEmpty() ? null
                : box.getValue().stream().map(box.getItemLabelGenerator()).collect(Collectors.joining(", ")));
        box.addValueChangeListener(e -> update.run());
        update.run();
    }

    public static void follow(TextField field) {
        Runnable update = () -> field.setTooltipText(field.getValue().isBlank() ? null : field.getValue());
        field.addValueChangeListener(e -> update.run());
        update.run();
    }
}
