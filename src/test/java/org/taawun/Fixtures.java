package org.taawun;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.taawun.cooperative.Country;
import org.taawun.cooperative.LegalForm;
import org.taawun.cooperative.domain.Application;
import org.taawun.cooperative.domain.RegistryService;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.AccountLookup;
import org.taawun.identity.domain.AccountService;
import org.taawun.identity.domain.ShopStaff;

/** Test data made through the application's own services, unique per call. */
@Component
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    /** A link sent by e-mail (sign-up, invitation, reset): its path and its secret. */
    private static final Pattern LINK =
            Pattern.compile("(/invitation|/password/reset|/signup/confirm)\\?token=([A-Za-z0-9_-]+)");

    /** The password of the people made here (applicants who accepted, customers). */
    public static final String PASSWORD = "fixture-password";

    private final RegistryService registry;
    private final AccountLookup accounts;
    private final AccountService accountService;
    private final JdbcClient jdbc;
    private final ShopStaff shopStaff;

    Fixtures(
            RegistryService registry,
            AccountLookup accounts,
            AccountService accountService,
            JdbcClient jdbc,
            ShopStaff shopStaff) {
        this.shopStaff = shopStaff;
        this.registry = registry;
        this.accounts = accounts;
        this.accountService = accountService;
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
        return registry.apply(application("Test cooperative " + n, "applicant" + n + "@example.org"), Locale.FRENCH);
    }

    /** A verified cooperative whose applicant accepted the invitation sent to her (password {@link #PASSWORD}). */
    public UUID verifiedCooperative() {
        return verified(pendingCooperative());
    }

    /** Verifies an application; its applicant accepts the invitation sent to her (password {@link #PASSWORD}). */
    public UUID verified(UUID id) {
        asUser("admin@taawun.test", () -> {
            registry.verify(id);
            return null;
        });
        String applicant = jdbc.sql("select applicant_email from cooperative.cooperatives where id = ?")
                .param(id)
                .query(String.class)
                .single();
        accountService.setPasswordWithLink(lastLinkSentTo(applicant), PASSWORD);
        return id;
    }

    /** A staff member with these roles who followed her invitation link; as she is once signed in. */
    public TaawunUser staff(Role... roles) {
        String email = uniqueEmail();
        accountService.inviteStaff(email, "Test Staff", Set.of(roles), Locale.ENGLISH);
        accountService.setPasswordWithLink(lastLinkSentTo(email), PASSWORD);
        return user(email);
    }

    /** A customer who signed up and followed the link sent to her e-mail; her e-mail. */
    public String customer(String password) {
        String email = uniqueEmail();
        accountService.signUpCustomer("Test Customer", email, Locale.ENGLISH);
        accountService.setPasswordWithLink(lastLinkSentTo(email), password);
        return email;
    }

    /** The secret of the last link e-mailed to the recipient (a failed assertion when there is none). */
    public String lastLinkSentTo(String recipient) {
        List<String[]> mails = outboxFor(recipient);
        for (int i = mails.size() - 1; i >= 0; i--) {
            Matcher matcher = LINK.matcher(mails.get(i)[1]);
            if (matcher.find()) {
                return matcher.group(2);
            }
        }
        throw new AssertionError("no link e-mailed to " + recipient);
    }

    public TaawunUser user(String email) {
        return accounts.forSignIn(email).orElseThrow().withoutPassword();
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

    /** A new active shop in Khouribga (MAD), with no staff and no rate. */
    public UUID shop() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into shop.shops (id, name_ar, name_fr, country, region_code, city, address, currency)"
                        + " values (?, 'متجر الاختبار', ?, 'MA', 'MA-05', 'Khouribga', 'Rue 1', 'MAD')")
                .params(id, "Shop test " + SEQUENCE.incrementAndGet())
                .update();
        return id;
    }

    /** A shop manager listed at the shop, as she is once signed in. */
    public TaawunUser shopManager(UUID shopId) {
        TaawunUser user = staff(Role.SHOP_MANAGER);
        shopStaff.add(user.id(), shopId, Role.SHOP_MANAGER);
        return user;
    }

    public String status(UUID cooperativeId) {
        return jdbc.sql("select status from cooperative.cooperatives where id = ?")
                .param(cooperativeId)
                .query(String.class)
                .single();
    }
}
