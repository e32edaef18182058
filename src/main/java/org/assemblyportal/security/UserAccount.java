package org.assemblyportal.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "user_account")
class UserAccount {

    static final int USERNAME_MAX = 40;
    static final int DISPLAY_NAME_MAX = 100;

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);

    @Column(name = "preferred_locale", length = 8)
    private String preferredLocale;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Set<GlobalRole> roles, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(GlobalRole.class) : EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<GlobalRole> roles() {
        return Set.copyOf(roles);
    }

    void replaceRoles(Set<GlobalRole> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    String preferredLocale() {
        return preferredLocale;
    }

    void preferLocale(String languageTag) {
        this.preferredLocale = languageTag;
    }

    boolean enabled() {
        return enabled;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    UserRef toRef() {
        return new UserRef(id, username, displayName, roles);
    }
}
