package org.taawun.support;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.taawun.Fixtures;
import org.taawun.support.directory.DirectoryAdmin;
import org.taawun.support.directory.ServiceForm;

/** Services of the directory made through the administrator's service, in places no other test uses. */
@Component
public class SupportFixtures {

    private final DirectoryAdmin admin;
    private final Fixtures fixtures;

    SupportFixtures(DirectoryAdmin admin, Fixtures fixtures) {
        this.admin = admin;
        this.fixtures = fixtures;
    }

    /** A city name no other test uses. */
    public static String uniqueCity() {
        return "Ville " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ServiceForm local(ServiceKind kind, String country, String region, String city, String phone) {
        return local(kind, country, region, city, phone, "Service " + city);
    }

    public static ServiceForm local(
            ServiceKind kind, String country, String region, String city, String phone, String nameFr) {
        return new ServiceForm(
                kind.name(),
                "خدمة " + nameFr,
                nameFr,
                phone,
                "",
                city,
                country,
                region,
                "24/7",
                true,
                "ar,fr",
                "",
                "",
                false,
                false);
    }

    public UUID add(ServiceForm form) {
        DirectoryAdmin.Outcome outcome = fixtures.asUser("admin@taawun.test", () -> admin.create(form));
        if (!outcome.ok()) {
            throw new IllegalArgumentException(outcome.problems().toString());
        }
        return outcome.id();
    }
}
