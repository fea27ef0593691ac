package vn.chidao.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Map;
import vn.chidao.base.ConflictException;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.UnitDto;

/**
 * Creates a user: sign-in name, name, first password, roles, and the government and unit they work for
 * (a unit is required for unit heads and focal points).
 */
class UserDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final ComboBox<GovernmentDto> government = new ComboBox<>();
    final ComboBox<UnitDto> unit = new ComboBox<>();
    final EmailField email = new EmailField();
    final Button create = new Button();

    private final BeanValidationBinder<UserForm> binder = new BeanValidationBinder<>(UserForm.class);
    private final SerializableFunction<GovernmentDto, List<UnitDto>> unitsOf;

    UserDialog(Messages messages, List<GovernmentDto> governments, GovernmentDto preset,
               SerializableFunction<GovernmentDto, List<UnitDto>> unitsOf,
               SerializableFunction<NewUser, UserDto> action, SerializableConsumer<UserDto> created) {
        this.unitsOf = unitsOf;
        setHeaderTitle(getTranslation("users.new"));
        setId("user-dialog");
        configureFields(governments, preset);
        bind();
        UserForm bean = new UserForm();
        bean.setGovernment(preset);
        binder.setBean(bean);
        create.setText(getTranslation("users.create"));
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickShortcut(Key.ENTER).listenOn(this);
        create.addClickListener(e -> {
            try {
                if (!binder.validate().isOk()) {
                    return;
                }
                UserDto user = action.apply(binder.getBean().toCommand());
                close();
                created.accept(user);
            } catch (InvalidInputException error) {
                FieldErrors.show(messages, error, Map.of("username", username, "displayName", displayName,
                        "password", password, "roles", roles, "governmentCode", government, "unitCode", unit,
                        "email", email)::get);
            } catch (ConflictException error) {
                username.setErrorMessage(Feedback.describe(messages, error));
                username.setInvalid(true);
            } catch (DomainException error) {
                Feedback.refused(messages, error);
            } finally {
                create.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("users.cancel"), e -> close());
        FormLayout form = new FormLayout(username, displayName, password, email, roles, government, unit);
        form.setColspan(roles, 2);
        add(form);
        getFooter().add(cancel, create);
        setWidth("min(44rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                username.focus();
            }
        });
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
