package org.taawun;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.taawun.cooperative.Country;
import org.taawun.cooperative.LegalForm;
import org.taawun.cooperative.domain.Application;
import org.taawun.cooperative.domain.RegistryService;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.AccountRepository;

/** Test data made through the application's own services, unique per call. */
@Component
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final RegistryService registry;
    private final AccountRepository accounts;
    private final JdbcClient jdbc;

    Fixtures(RegistryService registry, AccountRepository accounts, JdbcClient jdbc) {
        this.registry = registry;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public static Application application(String nameFr, String email) {
        return new Application(
                "تعاونية الاختبار",
                nameFr,
                Country.MA,
                "MA-07",
                LegalForm.COOPERATIVE,
                "ODCO-T-1",
                2019,
                15,
                "0661234567",
                "Hanane Test",
                email);
    }

    public String uniqueEmail() {
        return "person" + SEQUENCE.incrementAndGet() + "@example.org";
    }

    public UUID pendingCooperative() {
        int n = SEQUENCE.incrementAndGet();
        return registry.apply(application("Cooperative test " + n, "applicant" + n + "@example.org"), Locale.FRENCH);
    }

    public UUID verifiedCooperative() {
        UUID id = pendingCooperative();
        asUser("admin@taawun.test", () -> {
            registry.verify(id);
            return null;
        });
        return id;
    }

    public TaawunUser user(String email) {
        return accounts.findByEmail(email).orElseThrow().toUser().withoutPassword();
    }

    public <T> T asUser(String email, Supplier<T> action) {
        return as(user(email), action);
    }

    /** Runs the action signed in as the user (who may exist only for the test). */
    public static <T> T as(TaawunUser user, Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Notifications stored for a recipient, oldest first: subject and body. */
    public List<String[]> outboxFor(String recipient) {
        return jdbc.sql("select subject, body from notification.outbox where lower(recipient) = lower(?)"
                        + " order by created_at")
                .param(recipient)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    public String status(UUID cooperativeId) {
        return jdbc.sql("select status from cooperative.cooperatives where id = ?")
                .param(cooperativeId)
                .query(String.class)
                .single();
    }
}
