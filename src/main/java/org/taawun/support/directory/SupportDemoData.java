package org.taawun.support.directory;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.cooperative.Country;
import org.taawun.shared.demo.DemoSettings;
import org.taawun.support.ServiceKind;

/**
 * Demo entries of the directory, all marked as examples to be checked by an administrator: local services in a few
 * regions (names and numbers are placeholders), and Morocco's medical emergency number, which sources give as 141 or
 * 150. The national numbers themselves are reference data, seeded by the migration. Loaded once.
 */
@Component
@Order(40)
class SupportDemoData implements ApplicationRunner {

    private final DemoSettings settings;
    private final ListedServiceRepository services;

    SupportDemoData(DemoSettings settings, ListedServiceRepository services) {
        this.settings = settings;
        this.services = services;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!settings.enabled() || services.existsByExampleTrue()) {
            return;
        }
        examples().forEach(data -> services.save(new ListedService(data)));
    }

    static List<ServiceData> examples() {
        return List.of(
                national(
                        ServiceKind.AMBULANCE,
                        "الإسعاف الطبي الاستعجالي (رقم يجب التحقق منه)",
                        "Urgences médicales (numéro à vérifier)",
                        "141"),
                local(
                        ServiceKind.LISTENING_CENTRE,
                        "مركز الاستماع للنساء ضحايا العنف (مثال)",
                        "Centre d'écoute pour femmes victimes de violence (exemple)",
                        "+212522000001",
                        Country.MA,
                        "MA-06",
                        "Casablanca",
                        "Lun-Ven 9:00-17:00",
                        "33.573110",
                        "-7.589843"),
                local(
                        ServiceKind.COURT_CELL,
                        "خلية التكفل بالنساء ضحايا العنف بالمحكمة الابتدائية (مثال)",
                        "Cellule de prise en charge des femmes victimes de violence, tribunal de première instance"
                                + " (exemple)",
                        "+212523000002",
                        Country.MA,
                        "MA-05",
                        "Khouribga",
                        "Lun-Ven 8:30-16:30",
                        null,
                        null),
                local(
                        ServiceKind.HOSPITAL_UNIT,
                        "وحدة التكفل بالنساء ضحايا العنف بالمستشفى (مثال)",
                        "Unité hospitalière de prise en charge des femmes victimes de violence (exemple)",
                        "+212524000003",
                        Country.MA,
                        "MA-07",
                        "Marrakech",
                        "24/7",
                        null,
                        null),
                local(
                        ServiceKind.SHELTER,
                        "مركز إيواء النساء (مثال)",
                        "Centre d'hébergement pour femmes (exemple)",
                        "+212537000004",
                        Country.MA,
                        "MA-04",
                        "Rabat",
                        null,
                        null,
                        null),
                local(
                        ServiceKind.LISTENING_CENTRE,
                        "مركز الإنصات والتوجيه للنساء (مثال)",
                        "Centre d'écoute et d'orientation des femmes (exemple)",
                        "+21671000005",
                        Country.TN,
                        "TN-11",
                        "Tunis",
                        "Lun-Ven 8:00-17:00",
                        null,
                        null),
                local(
                        ServiceKind.LEGAL_AID,
                        "مكتب المساعدة القانونية للنساء (مثال)",
                        "Bureau d'aide juridique pour les femmes (exemple)",
                        "+21672000006",
                        Country.TN,
                        "TN-23",
                        "Bizerte",
                        null,
                        null,
                        null));
    }

    private static ServiceData national(ServiceKind kind, String nameAr, String nameFr, String phone) {
        return new ServiceData(
                kind,
                nameAr,
                nameFr,
                phone,
                null,
                null,
                Country.MA,
                null,
                null,
                true,
                List.of(),
                null,
                null,
                true,
                true);
    }

    private static ServiceData local(
            ServiceKind kind,
            String nameAr,
            String nameFr,
            String phone,
            Country country,
            String region,
            String city,
            String hours,
            String latitude,
            String longitude) {
        return new ServiceData(
                kind,
                nameAr,
                nameFr,
                phone,
                null,
                city,
                country,
                region,
                hours,
                false,
                List.of(),
                latitude == null ? null : new BigDecimal(latitude),
                longitude == null ? null : new BigDecimal(longitude),
                false,
                true);
    }
}
