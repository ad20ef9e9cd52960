package org.taawun.identity.domain;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;

/** A person who may sign in. */
@Entity
@Table(schema = "identity", name = "accounts")
class Account {

    @Id
    private UUID id;

    private String email;
    private String displayName;
    private String passwordHash;
    private String locale;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    private Instant createdAt;
    private Instant emailVerifiedAt;

    /** Changes whenever the password, the roles or the status change: sessions holding an older one end. */
    private long sessionStamp;

    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "identity", name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "identity", name = "account_cooperatives", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "cooperative_id")
    private Set<UUID> cooperativeIds = new HashSet<>();

    protected Account() {}

    public Account(String email, String displayName, Locale locale, AccountStatus status) {
        this.id = UUID.randomUUID();
        this.email = email.trim();
        this.displayName = displayName.trim();
        this.locale = locale.getLanguage();
        this.status = status;
        this.createdAt = Instant.now();
    }

    /** A hash that matches no password: invited people have none until they follow their link. */
    private static final String NO_PASSWORD = "{bcrypt}-";

    public TaawunUser toUser() {
        String hash = passwordHash == null ? NO_PASSWORD : passwordHash;
        return new TaawunUser(id, email, displayName, hash, status == AccountStatus.ACTIVE, roles, sessionStamp);
    }

    /**
     * Sets the password chosen by the person who followed a link sent to this account's e-mail: that proves she holds
     * the mailbox, so an invited account becomes active. Sessions opened with the former password end.
     */
    public void setPasswordFromMailbox(String hash) {
        this.passwordHash = hash;
        confirmMailbox();
        if (status == AccountStatus.INVITED) {
            status = AccountStatus.ACTIVE;
        }
        sessionStamp++;
    }

    /** The person proved she reads this account's e-mail (she followed a link sent to it). */
    public void confirmMailbox() {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = Instant.now();
        }
    }

    public boolean hasConfirmedMailbox() {
        return emailVerifiedAt != null;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public void grant(Role role) {
        if (roles.add(role)) {
            sessionStamp++;
        }
    }

    public void replaceRoles(Set<Role> newRoles) {
        if (!roles.equals(newRoles)) {
            sessionStamp++;
        }
        roles.clear();
        roles.addAll(newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : newRoles);
    }

    public void actFor(UUID cooperativeId) {
        cooperativeIds.add(cooperativeId);
    }

    public void stopActingFor(UUID cooperativeId) {
        cooperativeIds.remove(cooperativeId);
    }

    public void suspend() {
        status = AccountStatus.SUSPENDED;
        sessionStamp++;
    }

    public void reactivate() {
        status = passwordHash == null || emailVerifiedAt == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
        sessionStamp++;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public AccountStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Set<UUID> cooperativeIds() {
        return Set.copyOf(cooperativeIds);
    }
}
