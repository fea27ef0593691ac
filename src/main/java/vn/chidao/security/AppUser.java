package vn.chidao.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.chidao.base.Role;

/** A person who signs in. Belongs to one government (the installation admin to none) and, for unit roles, one unit. */
@Entity
@Audited
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    /** A secret: the audit records only that it changed. */
    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(length = 200)
    private String email;

    /** The language of emails (and screens): {@code vi} or {@code en}; null is Vietnamese. */
    @Column(length = 5)
    private String language;

    @Column(name = "government_id")
    private Long governmentId;

    @Column(name = "unit_id")
    private Long unitId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    /** Someone else set the password: its owner changes it before using the screens. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, String email,
            Long governmentId, Long unitId, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.email = email;
        this.governmentId = governmentId;
        this.unitId = unitId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getEmail() {
        return email;
    }

    /** The person works for the government that absorbed their own; unit and roles stay. */
    void moveToGovernment(Long receivingId) {
        this.governmentId = receivingId;
    }

    Long getGovernmentId() {
        return governmentId;
    }

    Long getUnitId() {
        return unitId;
    }

    Set<Role> getRoles() {
        return roles;
    }

    String getLanguage() {
        return language;
    }

    /** A person's own contact: where their emails go and in which language. */
    void setContact(String email, String language) {
        this.email = email;
        this.language = language;
    }

    /** The person's language of screens and emails, as they switch it on a screen. */
    void setLanguage(String language) {
        this.language = language;
    }

    boolean isEnabled() {
        return enabled;
    }

    void describe(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    /** New roles and unit; the service has checked that unit roles have a unit. */
    void assign(Set<Role> roles, Long unitId) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.unitId = unitId;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * A new password: set by its owner, or ({@code changeRequired}) by someone else, so that the owner is to change
     * it at their next sign-in.
     */
    void changePassword(String passwordHash, boolean changeRequired) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }
}
