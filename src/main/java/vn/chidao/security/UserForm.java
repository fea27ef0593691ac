package vn.chidao.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import vn.chidao.base.Role;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.UnitDto;

/**
 * The user dialogs' fields, with the constraints of {@link NewUser} and {@link UserChange}, government and unit as
 * picked objects (public for the binder; each dialog binds only the fields it shows).
 */
public class UserForm {

    @NotBlank(message = "{error.required}")
    @Size(min = 3, max = 60, message = "{error.size}")
    @Pattern(regexp = "[A-Za-z0-9_.@-]*", message = "{error.username}")
    private String username;

    @NotBlank(message = "{error.required}")
    @Size(min = 4, max = 100, message = "{error.size}")
    private String password;

    @NotBlank(message = "{error.required}")
    @Size(max = 120, message = "{error.size}")
    private String displayName;

    @NotEmpty(message = "{error.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private GovernmentDto government;
    private UnitDto unit;

    @Email(message = "{error.email}")
    @Size(max = 200, message = "{error.size}")
    private String email;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public GovernmentDto getGovernment() {
        return government;
    }

    public void setGovernment(GovernmentDto government) {
        this.government = government;
    }

    public UnitDto getUnit() {
        return unit;
    }

    public void setUnit(UnitDto unit) {
        this.unit = unit;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    boolean needsUnit() {
        return roles.stream().anyMatch(Role::needsUnit);
    }

    /** A saved user's fields, to change them (the sign-in name shows in the dialog's title). */
    static UserForm of(UserDto user, UnitDto unit) {
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setEmail(user.email());
        form.setRoles(user.roles());
        form.setUnit(unit);
        return form;
    }

    /** The change of a saved user; {@code enabled} stays as it is (the list's lock button changes it). */
    UserChange toChange() {
        return new UserChange(displayName.trim(), StringUtils.trimToNull(email),
                Set.copyOf(roles), unit == null ? null : unit.code(), null);
    }

    NewUser toCommand() {
        return new NewUser(username.trim(), password, displayName.trim(), Set.copyOf(roles),
                government == null ? null : government.code(), unit == null ? null : unit.code(),
                StringUtils.trimToNull(email));
    }
}
