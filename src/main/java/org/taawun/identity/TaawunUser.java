package org.taawun.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as Spring Security holds her: ids and roles only, no personal data beyond her name. */
public final class TaawunUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final String displayName;
    private final String passwordHash;
    private final boolean active;
    private final Set<Role> roles;
    private final long sessionStamp;

    public TaawunUser(UUID id, String email, String displayName, String passwordHash, boolean active, Set<Role> roles) {
        this(id, email, displayName, passwordHash, active, roles, 0);
    }

    /** @param sessionStamp the account's stamp when she signed in: a session holding an older one has ended */
    public TaawunUser(
            UUID id,
            String email,
            String displayName,
            String passwordHash,
            boolean active,
            Set<Role> roles,
            long sessionStamp) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = active;
        this.roles = Set.copyOf(roles);
        this.sessionStamp = sessionStamp;
    }

    public long sessionStamp() {
        return sessionStamp;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** Drops the hash once authenticated, so that sessions never hold it. */
    public TaawunUser withoutPassword() {
        return new TaawunUser(id, email, displayName, null, active, roles, sessionStamp);
    }
}
