package org.taawun.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.TaawunTest;
import org.taawun.cooperative.Country;

/** The seeded national numbers, the region and city filters, and the public page that lists them. */
@TaawunTest
class ServiceDirectoryTest {

    @Autowired
    ServiceDirectory directory;

    @Autowired
    SupportFixtures services;

    @Autowired
    MockMvc mvc;

    @Test
    void moroccosNationalNumbersAreSeededAsReferenceData() {
        List<SupportService> national = directory.nationalNumbers(Country.MA);
        assertThat(national.stream().filter(s -> !s.example()).map(SupportService::phone))
                .contains("8350", "19", "177", "15")
                .doesNotContain("080008888", "0800008888");
        SupportService listening = phone(national, "8350");
        assertThat(listening.kind()).isEqualTo(ServiceKind.LISTENING_LINE);
        assertThat(listening.free()).isTrue();
        assertThat(listening.hours()).isEqualTo("24/7");
        assertThat(listening.nameFr()).contains("Kolonamaak");
        assertThat(national).allMatch(s -> s.national() && s.regionCode() == null && s.city() == null);
        assertThat(national.get(0).kind()).as("the listening line first").isEqualTo(ServiceKind.LISTENING_LINE);
    }

    @Test
    void tunisiasNationalNumbersAreSeededAsReferenceData() {
        List<SupportService> national = directory.nationalNumbers(Country.TN);
        assertThat(national.stream().filter(s -> !s.example()).map(SupportService::phone))
                .containsExactlyInAnyOrder("1899", "1809", "197", "193", "198", "190");
        assertThat(phone(national, "1899").kind()).isEqualTo(ServiceKind.LISTENING_LINE);
        assertThat(phone(national, "1809").kind()).isEqualTo(ServiceKind.PSYCHOLOGICAL_SUPPORT);
        assertThat(phone(national, "193").kind()).isEqualTo(ServiceKind.GENDARMERIE);
        assertThat(phone(national, "190").kind()).isEqualTo(ServiceKind.AMBULANCE);
        assertThat(national).noneMatch(s -> s.phone().equals("8350"));
    }

    @Test
    void theNumberToVerifyAndTheLocalDemoEntriesAreMarkedAsExamples() {
        assertThat(phone(directory.nationalNumbers(Country.MA), "141").example())
                .isTrue();
        assertThat(directory.local(Country.MA, "MA-06", "Casablanca"))
                .anyMatch(s -> s.example() && s.kind() == ServiceKind.LISTENING_CENTRE);
        assertThat(directory.local(Country.TN, "TN-11", null)).anyMatch(SupportService::example);
    }

    @Test
    void localServicesAreFoundByRegionAndCity() {
        String city = SupportFixtures.uniqueCity();
        String otherCity = SupportFixtures.uniqueCity();
        services.add(SupportFixtures.local(ServiceKind.SHELTER, "MA", "MA-03", city, "0535000001"));
        services.add(SupportFixtures.local(ServiceKind.LEGAL_AID, "MA", "MA-03", otherCity, "0535000002"));
        String regionWide = "Cellule " + city;
        services.add(SupportFixtures.local(ServiceKind.COURT_CELL, "MA", "MA-03", "", "0535000003", regionWide));
        services.add(SupportFixtures.local(ServiceKind.SHELTER, "MA", "MA-08", city, "0535000004"));

        assertThat(names(directory.local(Country.MA, "MA-03", city)))
                .contains("Service " + city, regionWide)
                .doesNotContain("Service " + otherCity);
        assertThat(directory.local(Country.MA, "MA-03", city))
                .noneMatch(s -> "MA-08".equals(s.regionCode()))
                .noneMatch(SupportService::national);
        assertThat(names(directory.local(Country.MA, "MA-03", null)))
                .contains("Service " + city, "Service " + otherCity);
        assertThat(names(directory.local(Country.MA, "MA-03", city.toUpperCase() + "  ")))
                .as("city case and spaces")
                .contains("Service " + city);
        assertThat(directory.local(Country.TN, "MA-03", null))
                .as("a region of the other country")
                .isEmpty();
        assertThat(directory.local(Country.MA, "", city)).isEmpty();
        assertThat(directory.cities(Country.MA, "MA-03"))
                .contains(city, otherCity)
                .doesNotHaveDuplicates();
    }

    @Test
    void whatHelpsWithATopicIsTheNationalNumbersThenTheLocalServicesOfItsKinds() {
        String city = SupportFixtures.uniqueCity();
        services.add(SupportFixtures.local(ServiceKind.HOSPITAL_UNIT, "TN", "TN-51", city, "73000001"));
        services.add(SupportFixtures.local(ServiceKind.LEGAL_AID, "TN", "TN-51", city, "73000002"));
        List<SupportService> health = directory.find(Country.TN, "TN-51", city, Intent.HEALTH.serviceKinds());
        assertThat(health).extracting(SupportService::phone).containsExactly("190", "+21673000001");
        assertThat(directory.find(Country.TN, "TN-51", city, Set.of()))
                .extracting(SupportService::phone)
                .contains("1899", "197", "+21673000001", "+21673000002");
    }

    @Test
    void thePublicPageListsTheNumbersOfTheChosenPlaceWithCallLinks() throws Exception {
        String city = SupportFixtures.uniqueCity();
        services.add(SupportFixtures.local(ServiceKind.LISTENING_CENTRE, "MA", "MA-02", city, "0536000001"));
        mvc.perform(get("/help/services").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(Matchers.containsString("name=\"country\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("tel:"))));
        mvc.perform(get("/help/services").param("lang", "fr").param("country", "MA"))
                .andExpect(content().string(Matchers.containsString("href=\"tel:8350\"")))
                .andExpect(content().string(Matchers.containsString("href=\"tel:19\"")))
                .andExpect(content().string(Matchers.containsString("Choisissez votre région")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("tel:1899"))));
        mvc.perform(get("/help/services")
                        .param("lang", "fr")
                        .param("country", "MA")
                        .param("region", "MA-02")
                        .param("city", city))
                .andExpect(content().string(Matchers.containsString("href=\"tel:+212536000001\"")))
                .andExpect(content().string(Matchers.containsString("Service " + city)))
                .andExpect(content().string(Matchers.containsString("value=\"" + city + "\" selected")))
                .andExpect(content().string(Matchers.containsString("href=\"tel:8350\"")));
        mvc.perform(get("/help/services")
                        .param("lang", "ar")
                        .param("country", "TN")
                        .param("region", "MA-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"tel:1899\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Service " + city))));
    }

    @Test
    void examplesAreShownAsExamplesOnThePublicPage() throws Exception {
        mvc.perform(get("/help/services")
                        .param("lang", "en")
                        .param("country", "MA")
                        .param("region", "MA-06")
                        .param("city", "Casablanca"))
                .andExpect(content().string(Matchers.containsString("Example, to be checked")));
    }

    private static SupportService phone(List<SupportService> services, String phone) {
        return services.stream()
                .filter(s -> s.phone().equals(phone))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> names(List<SupportService> services) {
        return services.stream().map(SupportService::nameFr).toList();
    }
}
