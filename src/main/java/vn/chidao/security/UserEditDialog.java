package vn.chidao.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Map;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.ui.CreateDialog;
import vn.chidao.organisation.UnitDto;

/**
 * Changes a user: name, email, roles and unit (required for unit heads and focal points, from the user's
 * government). The sign-in name and the government stay; locking and passwords are the list's own buttons.
 */
class UserEditDialog extends CreateDialog<UserForm, UserDto> {

    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<UnitDto> unit = new ComboBox<>();

    private final SerializableFunction<UserChange, UserDto> action;

    UserEditDialog(Messages messages, UserDto user, List<UnitDto> units,
                   SerializableFunction<UserChange, UserDto> action, SerializableConsumer<UserDto> saved) {
        super(UserForm.class, messages, "user-edit", "users.save", "users.cancel");
        this.action = action;
        create.setId("user-save");
        setHeaderTitle(getTranslation("users.editTitle", user.username()));
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setId("user-edit-display-name");
        email.setLabel(getTranslation("users.email"));
        email.setId("user-edit-email");
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("userRole." + r.name()));
        roles.setId("user-edit-roles");
        roles.addValueChangeListener(e -> unit.setRequiredIndicatorVisible(needsUnit()));
        unit.setLabel(getTranslation("users.unit"));
        unit.setHelperText(getTranslation("users.unitHint"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitDto::label);
        unit.setClearButtonVisible(true);
        unit.setId("user-edit-unit");
        String required = getTranslation("error.required");
        binder.forField(displayName).asRequired(required).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(roles).asRequired(required).bind("roles");
        binder.forField(unit).withValidator(u -> u != null || !needsUnit(), getTranslation("error.user.unitRequired"))
                .bind("unit");
        binder.setBean(UserForm.of(user, units.stream().filter(u -> u.code().equals(user.unitCode())).findFirst()
                .orElse(null)));
        unit.setRequiredIndicatorVisible(needsUnit());
        FormLayout form = new FormLayout(displayName, email, roles, unit);
        form.setColspan(roles, 2);
        form.setColspan(unit, 2);
        finish(form, displayName, "min(44rem, 95vw)", saved);
    }

    private boolean needsUnit() {
        return roles.getValue().stream().anyMatch(Role::needsUnit);
    }

    @Override
    protected UserDto save(UserForm form) {
        return action.apply(form.toChange());
    }

    @Override
    protected Map<String, HasValidation> fieldsByPath() {
        return Map.of("displayName", displayName, "email", email, "roles", roles, "unitCode", unit);
    }
}
