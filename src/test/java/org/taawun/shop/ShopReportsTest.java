package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.Category;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.ShopStaff;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.LocationKind;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.Formats;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shop.domain.Consignment;
import org.taawun.shop.domain.ConsignmentKind;
import org.taawun.shop.domain.ConsignmentRecorder;
import org.taawun.shop.domain.CooperativeSales;
import org.taawun.shop.domain.RecordConsignment;
import org.taawun.shop.domain.ReportPeriod;
import org.taawun.shop.domain.ShopReport;
import org.taawun.shop.domain.ShopReports;

/**
 * The shop manager's reports over till rows written here: sales per day net of returns (the shop's days, in its time
 * zone), per cooperative, per category, best sellers, never another shop's; the stock's age first in, first out with
 * slow movers first; the cooperative manager's units sold per shop; who may read them.
 */
@TaawunTest
class ShopReportsTest {

    private static final ZoneId MOROCCO = Formats.MOROCCO;
    private static final ReportPeriod NOVEMBER_WEEK =
            new ReportPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8));

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderFixtures orders;

    @Autowired
    SaleRows rows;

    @Autowired
    ShopReports reports;

    @Autowired
    ConsignmentRecorder recorder;

    @Autowired
    Inventory inventory;

    @Autowired
    ShopStaff shopStaff;

    @Autowired
    JdbcClient jdbc;

    UUID shop;
    TaawunUser manager;
    UUID oil;
    UUID pot;
    UUID carpet;

    @BeforeEach
    void aShopAndItemsOfTwoCooperatives() {
        shop = fixtures.shop();
        manager = fixtures.shopManager(shop);
        oil = orders.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Huile R " + UUID.randomUUID(), "80.00", 5);
        pot = orders.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Pot R " + UUID.randomUUID(), "30.00", 5);
        carpet = orders.product(
                "manager2@taawun.test", DemoIds.COOP_KHOURIBGA, "Tapis R " + UUID.randomUUID(), "500.00", 1);
    }

    @Test
    void salesArePerDayOfTheShopNetOfReturnsPerCooperativeCategoryAndItemAndNeverAnotherShops() {
        UUID first = rows.sale(
                shop,
                at(2026, 11, 2, 10, 0),
                new SaleRows.Line(oil, DemoIds.COOP_ARGAN, Category.ARGAN_OIL, 2, "80", "10"),
                new SaleRows.Line(pot, DemoIds.COOP_ARGAN, Category.POTTERY, 1, "30"));
        // 00:30 in Khouribga is still the day before in UTC: it is the shop's 3rd
        rows.sale(shop, at(2026, 11, 3, 0, 30), carpetLine(1));
        rows.returned(shop, first, at(2026, 11, 4, 12, 0), 1, 1, "75");
        rows.sale(shop, at(2026, 11, 8, 23, 59), potLine(3));
        // just outside the period, in the shop's days
        rows.sale(shop, at(2026, 11, 9, 0, 0), potLine(5));
        rows.sale(shop, at(2026, 11, 1, 23, 59), potLine(7));
        rows.sale(fixtures.shop(), at(2026, 11, 3, 12, 0), potLine(9));

        ShopReport report = Fixtures.as(manager, () -> reports.report(shop, NOVEMBER_WEEK));

        assertThat(report.days()).hasSize(7);
        assertThat(report.days().get(0).figures()).isEqualTo(new ShopReport.Figures(3, 0, mad("180"), mad("0")));
        assertThat(report.days().get(1).figures()).isEqualTo(new ShopReport.Figures(1, 0, mad("500"), mad("0")));
        assertThat(report.days().get(2).figures()).isEqualTo(new ShopReport.Figures(0, 1, mad("0"), mad("75")));
        assertThat(report.days().get(2).figures().net()).isEqualTo(mad("-75"));
        assertThat(report.days().get(3).figures().units()).isZero();
        assertThat(report.days().get(6).figures()).isEqualTo(new ShopReport.Figures(3, 0, mad("90"), mad("0")));
        assertThat(report.total().net()).isEqualTo(mad("695"));
        assertThat(report.total().units()).isEqualTo(6);

        assertThat(report.cooperatives())
                .extracting(
                        ShopReport.Group::id,
                        g -> g.figures().net(),
                        g -> g.figures().units())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DemoIds.COOP_KHOURIBGA, mad("500"), 1L),
                        org.assertj.core.groups.Tuple.tuple(DemoIds.COOP_ARGAN, mad("195"), 5L));
        assertThat(report.cooperatives().get(0).key().nameFr()).isNotBlank();
        assertThat(report.categories())
                .extracting(ShopReport.Group::key, g -> g.figures().net())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Category.CARPETS, mad("500")),
                        org.assertj.core.groups.Tuple.tuple(Category.POTTERY, mad("120")),
                        org.assertj.core.groups.Tuple.tuple(Category.ARGAN_OIL, mad("75")));
        assertThat(report.bestSellers())
                .extracting(
                        ShopReport.Group::id,
                        g -> g.figures().units(),
                        g -> g.figures().net())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(pot, 4L, mad("120")),
                        org.assertj.core.groups.Tuple.tuple(carpet, 1L, mad("500")),
                        org.assertj.core.groups.Tuple.tuple(oil, 1L, mad("75")));
        assertThat(report.bestSellers().get(0).key().id()).isEqualTo(pot);
    }

    @Test
    void theSalesTableDownloadsAsCsvOneRowPerDay() throws Exception {
        UUID sale = rows.sale(shop, at(2026, 11, 2, 10, 0), potLine(2));
        rows.returned(shop, sale, at(2026, 11, 4, 9, 0), 1, 1, "30");

        String csv = mvc.perform(get("/shop/{id}/reports/sales.csv", shop)
                        .param("from", "2026-11-02")
                        .param("to", "2026-11-04")
                        .with(user(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(csv.lines().toList())
                .containsExactly(
                        "date,units_sold,units_returned,sold,returned,net,currency",
                        "2026-11-02,2,0,60.00,0.00,60.00,MAD",
                        "2026-11-03,0,0,0.00,0.00,0.00,MAD",
                        "2026-11-04,0,1,0.00,30.00,-30.00,MAD");
    }

    @Test
    void stockAgeCountsFirstInFirstOutAndSlowMoversComeFirst() {
        Consignment early = deposit(DemoIds.COOP_ARGAN, line(oil, 3), line(pot, 3));
        Consignment late = deposit(DemoIds.COOP_ARGAN, line(oil, 2), line(pot, 2));
        Consignment middle = deposit(DemoIds.COOP_KHOURIBGA, line(carpet, 1));
        backdate(early, 40);
        backdate(late, 5);
        backdate(middle, 20);
        // four oils sold (the two left came with the late deposit); one pot sold (one of the early ones is left)
        inventory.setOnHand(oil, shop, LocationKind.SHOP, 2, "test sale");
        inventory.setOnHand(pot, shop, LocationKind.SHOP, 4, "test sale");
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        rows.sale(shop, yesterday, new SaleRows.Line(oil, DemoIds.COOP_ARGAN, Category.ARGAN_OIL, 3, "95"));

        ShopReport report = Fixtures.as(manager, () -> reports.report(shop, ReportPeriod.lastDays(MOROCCO)));

        assertThat(report.stock())
                .extracting(s -> s.item().id(), ShopReport.StockAge::ageDays, ShopReport.StockAge::onHand)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(pot, 40L, 4),
                        org.assertj.core.groups.Tuple.tuple(carpet, 20L, 1),
                        org.assertj.core.groups.Tuple.tuple(oil, 5L, 2));
        assertThat(report.stock().get(0).lastSold()).isNull();
        assertThat(report.stock().get(0).value()).isEqualTo(mad("140"));
        assertThat(report.stock().get(2).lastSold())
                .isEqualTo(yesterday.atZone(MOROCCO).toLocalDate());
        assertThat(report.stockPerCooperative())
                .extracting(
                        c -> c.cooperative().id(),
                        ShopReport.CooperativeStock::units,
                        ShopReport.CooperativeStock::oldestDays)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DemoIds.COOP_ARGAN, 6L, 40L),
                        org.assertj.core.groups.Tuple.tuple(DemoIds.COOP_KHOURIBGA, 1L, 20L));
    }

    @Test
    void theCooperativeManagerSeesHerUnitsSoldReturnedAndOnTheShelfAtEachShop() throws Exception {
        deposit(DemoIds.COOP_ARGAN, line(oil, 3));
        deposit(DemoIds.COOP_KHOURIBGA, line(carpet, 1));
        inventory.setOnHand(oil, shop, LocationKind.SHOP, 1, "test sale");
        Instant now = Instant.now();
        UUID sale = rows.sale(
                shop,
                now.minus(2, ChronoUnit.DAYS),
                new SaleRows.Line(oil, DemoIds.COOP_ARGAN, Category.ARGAN_OIL, 2, "95"),
                carpetLine(1));
        rows.returned(shop, sale, now.minus(1, ChronoUnit.DAYS), 1, 1, "95");
        // long ago: outside the default period
        rows.sale(shop, now.minus(60, ChronoUnit.DAYS), new SaleRows.Line(oil, DemoIds.COOP_ARGAN, null, 4, "95"));

        // units found on another shop's shelf by a count, never deposited there nor sold
        UUID countedAt = fixtures.shop();
        inventory.setOnHand(pot, countedAt, LocationKind.SHOP, 2, "test count");
        TaawunUser coopManager = fixtures.user("manager1@taawun.test");
        List<CooperativeSales> sold =
                Fixtures.as(coopManager, () -> reports.soldAtShops(DemoIds.COOP_ARGAN, ReportPeriod.lastDays(MOROCCO)));

        assertThat(sold.stream().filter(s -> s.shop().id().equals(shop)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.item().id()).isEqualTo(oil);
                    assertThat(s.sold()).isEqualTo(2);
                    assertThat(s.returned()).isEqualTo(1);
                    assertThat(s.net()).isEqualTo(mad("95"));
                    assertThat(s.onShelf()).isEqualTo(1);
                });
        assertThat(sold.stream().filter(s -> s.shop().id().equals(countedAt)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.item().id()).isEqualTo(pot);
                    assertThat(s.sold()).isZero();
                    assertThat(s.onShelf()).isEqualTo(2);
                });
        String page = mvc.perform(get("/manage/cooperatives/{id}/consignments", DemoIds.COOP_ARGAN)
                        .param("lang", "fr")
                        .with(user(coopManager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Vos ventes en boutique").doesNotContain(carpetName());
        TaawunUser otherCoop = fixtures.user("manager2@taawun.test");
        assertThatThrownBy(() -> Fixtures.as(
                        otherCoop, () -> reports.soldAtShops(DemoIds.COOP_ARGAN, ReportPeriod.lastDays(MOROCCO))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheShopsManagersAndAdministratorsReadItsReports() throws Exception {
        rows.sale(shop, Instant.now(), potLine(1));
        String path = "/shop/{id}/reports";
        mvc.perform(get(path, shop).with(user(manager))).andExpect(status().isOk());
        mvc.perform(get(path, shop).with(user(fixtures.user("admin@taawun.test"))))
                .andExpect(status().isOk());

        TaawunUser otherManager = fixtures.shopManager(fixtures.shop());
        TaawunUser cashier = fixtures.staff(Role.CASHIER);
        shopStaff.add(cashier.id(), shop, Role.CASHIER);
        TaawunUser cashierNow = fixtures.user(cashier.getUsername());
        TaawunUser coopManager = fixtures.user("manager1@taawun.test");
        TaawunUser customer = fixtures.user(fixtures.customer(Fixtures.PASSWORD));
        for (TaawunUser refused : List.of(otherManager, cashierNow, coopManager, customer)) {
            mvc.perform(get(path, shop).with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(get(path + "/sales.csv", shop).with(user(refused))).andExpect(status().isForbidden());
            assertThatThrownBy(() -> Fixtures.as(refused, () -> reports.report(shop, NOVEMBER_WEEK)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        mvc.perform(get(path, shop)).andExpect(status().is3xxRedirection());
        mvc.perform(get(path + "/sales.csv", shop)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPeriodTheFormCannotTakeIsShownWithItsMessageAndTheDefaultReport() throws Exception {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 2)))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 2)))
                .isInstanceOf(InvalidFieldException.class);
        String page = mvc.perform(get("/shop/{id}/reports", shop)
                        .param("from", "2026-11-08")
                        .param("to", "2026-11-02")
                        .param("lang", "fr")
                        .with(user(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("La date de fin ne peut précéder la date de début.")
                .contains("<svg");
        mvc.perform(get("/shop/{id}/reports", shop).param("from", "yesterday").with(user(manager)))
                .andExpect(status().isOk());
    }

    private String carpetName() {
        return jdbc.sql("select p.name_fr from catalog.variants v join catalog.products p on p.id = v.product_id"
                        + " where v.id = ?")
                .param(carpet)
                .query(String.class)
                .single();
    }

    private SaleRows.Line potLine(int quantity) {
        return new SaleRows.Line(pot, DemoIds.COOP_ARGAN, Category.POTTERY, quantity, "30");
    }

    private SaleRows.Line carpetLine(int quantity) {
        return new SaleRows.Line(carpet, DemoIds.COOP_KHOURIBGA, Category.CARPETS, quantity, "500");
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(MOROCCO).toInstant();
    }

    private static Money mad(String amount) {
        return Money.of(amount, "MAD");
    }

    private static RecordConsignment.Line line(UUID variant, int quantity) {
        return new RecordConsignment.Line(variant, quantity, Money.of("35", "MAD"));
    }

    private Consignment deposit(UUID cooperative, RecordConsignment.Line... lines) {
        return Fixtures.as(
                manager,
                () -> recorder.record(
                        shop, ConsignmentKind.DEPOSIT, new RecordConsignment(cooperative, List.of(lines))));
    }

    private void backdate(Consignment consignment, int days) {
        jdbc.sql("update shop.consignments set recorded_at = now() - make_interval(days => ?) where id = ?")
                .params(days, consignment.id())
                .update();
    }
}
