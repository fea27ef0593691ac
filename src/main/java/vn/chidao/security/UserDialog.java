package vn.chidao.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Map;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.ui.CreateDialog;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.UnitDto;

/**
 * Creates a user: sign-in name, name, first password, roles, and the government and unit they work for
 * (a unit is required for unit heads and focal points).
 */
class UserDialog extends CreateDialog<UserForm, UserDto> {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<GovernmentDto> government = new ComboBox<>();
    final ComboBox<UnitDto> unit = new ComboBox<>();
    final EmailField email = new EmailField();

    private final SerializableFunction<GovernmentDto, List<UnitDto>> unitsOf;
    private final SerializableFunction<NewUser, UserDto> action;

    UserDialog(Messages messages, List<GovernmentDto> governments, GovernmentDto preset,
               SerializableFunction<GovernmentDto, List<UnitDto>> unitsOf,
               SerializableFunction<NewUser, UserDto> action, SerializableConsumer<UserDto> created) {
        super(UserForm.class, messages, "user", "users.create", "users.cancel");
        this.unitsOf = unitsOf;
        this.action = action;
        setHeaderTitle(getTranslation("users.new"));
        configureFields(governments, preset);
        bind();
        UserForm bean = new UserForm();
        bean.setGovernment(preset);
        binder.setBean(bean);
        FormLayout form = new FormLayout(username, displayName, password, email, roles, government, unit);
        form.setColspan(roles, 2);
        finish(form, username, "min(44rem, 95vw)", created);
    }

    @Override
    protected UserDto save(UserForm form) {
        return action.apply(form.toCommand());
    }

    @Override
    protected Map<String, HasValidation> fieldsByPath() {
        return Map.of("username", username, "displayName", displayName, "password", password, "roles", roles,
                "governmentCode", government, "unitCode", unit, "email", email);
    }

    private void configureFields(List<GovernmentDto> governments, GovernmentDto preset) {
        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.usernameHint"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setId("user-display-name");
        password.setLabel(getTranslation("users.password"));
        password.setId("user-password");
        email.setLabel(getTranslation("users.email"));
        email.setId("user-email");
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("userRole." + r.name()));
        roles.setId("user-roles");
        roles.addValueChangeListener(e -> {
            boolean needsUnit = e.getValue().stream().anyMatch(Role::needsUnit);
            unit.setRequiredIndicatorVisible(needsUnit);
            if (!needsUnit) {
                unit.setInvalid(false);
            }
        });
        government.setLabel(getTranslation("users.government"));
        government.setItems(governments);
        government.setItemLabelGenerator(g -> g.code() + " · " + g.name());
        government.setHelperText(getTranslation("users.governmentHint"));
        government.setClearButtonVisible(true);
        government.setReadOnly(governments.size() == 1 && preset != null);
        government.setId("user-government");
        government.addValueChangeListener(e -> {
            unit.clear();
            unit.setItems(e.getValue() == null ? List.of() : unitsOf.apply(e.getValue()));
        });
        unit.setLabel(getTranslation("users.unit"));
        unit.setHelperText(getTranslation("users.unitHint"));
        unit.setItemLabelGenerator(UnitDto::label);
        unit.setClearButtonVisible(true);
        unit.setId("user-unit");
    }

    private void bind() {
        String required = getTranslation("error.required");
        binder.forField(username).asRequired(required).bind("username");
        binder.forField(displayName).asRequired(required).bind("displayName");
        binder.forField(password).asRequired(required).bind("password");
        binder.forField(email).bind("email");
        binder.forField(roles).asRequired(required).bind("roles");
        binder.forField(government).bind("government");
        binder.forField(unit)
                .withValidator(u -> u != null || roles.getValue().stream().noneMatch(Role::needsUnit),
                        getTranslation("error.user.unitRequired"))
                .bind("unit");
    }
}
