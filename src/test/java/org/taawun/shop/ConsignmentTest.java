package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.TaawunUser;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.NotEnoughStockException;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.domain.Consignment;
import org.taawun.shop.domain.ConsignmentKind;
import org.taawun.shop.domain.ConsignmentRecorder;
import org.taawun.shop.domain.ConsignmentService;
import org.taawun.shop.domain.RecordConsignment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consignment deposits and withdrawals: stock moves between the cooperative's store and the shop in one transaction,
 * never below zero nor lost; numbers per shop and year; bad input changes nothing; the API's idempotency; the signed
 * note and barcode labels a scanner reads back.
 */
@TaawunTest
@RecordApplicationEvents
class ConsignmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderFixtures orders;

    @Autowired
    ConsignmentRecorder recorder;

    @Autowired
    ConsignmentService consignments;

    @Autowired
    Inventory inventory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    UUID shop;
    TaawunUser manager;
    UUID oil;
    UUID pot;

    @BeforeEach
    void aShopAndTwoItemsOfTheFirstCooperative() {
        shop = fixtures.shop();
        manager = fixtures.shopManager(shop);
        oil = orders.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Huile " + UUID.randomUUID(), "80.00", 5);
        pot = orders.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Pot " + UUID.randomUUID(), "30.00", 4);
    }

    @Test
    void aDepositMovesUnitsFromTheCooperativeToTheShopNumberedPerShopAndYear() {
        Consignment first = deposit(line(oil, 2, "95.00"), line(pot, 3, "35.50"));

        assertThat(first.number()).isEqualTo("D-" + Year.now().getValue() + "-0001");
        assertThat(stock(oil)).containsEntry(DemoIds.COOP_ARGAN, 3).containsEntry(shop, 2);
        assertThat(stock(pot)).containsEntry(DemoIds.COOP_ARGAN, 1).containsEntry(shop, 3);
        assertThat(first.total()).isEqualTo(Money.of("296.50", "MAD"));
        assertThat(first.lines()).allSatisfy(l -> assertThat(l.code()).matches("2\\d{11}"));
        assertThat(events.stream(DepositReceived.class)
                        .filter(e -> e.depositId().equals(first.id())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.shopId()).isEqualTo(shop);
                    assertThat(e.cooperativeId()).isEqualTo(DemoIds.COOP_ARGAN);
                    assertThat(e.lines())
                            .containsExactly(
                                    new DepositReceived.Line(oil, 2, Money.of("95.00", "MAD")),
                                    new DepositReceived.Line(pot, 3, Money.of("35.50", "MAD")));
                });

        Consignment second = deposit(line(oil, 1, "95.00"));
        assertThat(second.number()).isEqualTo("D-" + Year.now().getValue() + "-0002");
        // another shop counts its own deposits
        UUID otherShop = fixtures.shop();
        TaawunUser otherManager = fixtures.shopManager(otherShop);
        Consignment elsewhere = Fixtures.as(
                otherManager,
                () -> recorder.record(
                        otherShop,
                        ConsignmentKind.DEPOSIT,
                        new RecordConsignment(DemoIds.COOP_ARGAN, List.of(line(pot, 1, "35.00")))));
        assertThat(elsewhere.number()).endsWith("-0001");
    }

    @Test
    void badDepositsAreRefusedAndChangeNothing() {
        UUID otherCoopItem =
                orders.product("manager2@taawun.test", DemoIds.COOP_KHOURIBGA, "Tapis " + UUID.randomUUID(), "500", 2);
        Map<UUID, Integer> oilBefore = stock(oil);

        assertRefused(InvalidFieldException.class, line(oil, 0, "95"));
        assertRefused(InvalidFieldException.class, line(oil, -2, "95"));
        assertRefused(InvalidFieldException.class, line(oil, 1, "0"));
        assertRefused(InvalidFieldException.class, new RecordConsignment.Line(oil, 1, Money.of("9", "TND")));
        assertRefused(InvalidFieldException.class, line(oil, 1, "95"), line(oil, 1, "95"));
        assertRefused(ProblemException.class, line(oil, 1, "95"), line(otherCoopItem, 1, "500"));
        assertRefused(ProblemException.class, line(UUID.randomUUID(), 1, "95"));
        // more than the cooperative has online: the first line's units stay where they were too
        assertRefused(NotEnoughStockException.class, line(oil, 2, "95"), line(pot, 5, "35"));

        assertThat(stock(oil)).isEqualTo(oilBefore);
        assertThat(jdbc.sql("select count(*) from shop.consignments where shop_id = ?")
                        .param(shop)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(deposit(line(oil, 1, "95")).number()).endsWith("-0001");
    }

    @Test
    void aWithdrawalTakesBackNoMoreThanTheShopHolds() {
        deposit(line(oil, 3, "95"));
        assertThatThrownBy(() -> withdraw(new RecordConsignment.Line(oil, 4, null)))
                .isInstanceOf(NotEnoughStockException.class);
        assertThat(stock(oil)).containsEntry(shop, 3).containsEntry(DemoIds.COOP_ARGAN, 2);

        Consignment back = withdraw(new RecordConsignment.Line(oil, 2, null));

        assertThat(back.number()).isEqualTo("R-" + Year.now().getValue() + "-0001");
        assertThat(stock(oil)).containsEntry(shop, 1).containsEntry(DemoIds.COOP_ARGAN, 4);
        assertThat(events.stream(GoodsWithdrawn.class)
                        .filter(e -> e.withdrawalId().equals(back.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.lines()).containsExactly(new GoodsWithdrawn.Line(oil, 2)));
    }

    @Test
    void twoDepositsRacingForTheLastUnitsNeverTakeMoreThanThereAre() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    deposit(line(oil, 4, "95"));
                    return true;
                } catch (NotEnoughStockException e) {
                    return false;
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<Boolean> results = racers.stream().map(CompletableFuture::join).toList();

        assertThat(results).containsExactlyInAnyOrder(true, false);
        assertThat(stock(oil)).containsEntry(DemoIds.COOP_ARGAN, 1).containsEntry(shop, 4);
    }

    @Test
    void theApiRecordsADepositOncePerKeyAndExplainsRefusals() throws Exception {
        String body = "{\"cooperativeId\":\"" + DemoIds.COOP_ARGAN + "\",\"lines\":[{\"productId\":\"" + oil
                + "\",\"quantity\":2,\"unitPrice\":{\"amount\":\"95.00\",\"currency\":\"MAD\"}}]}";
        MockHttpServletResponse first = postDeposit(body, "key-1", manager);
        MockHttpServletResponse again = postDeposit(body, "key-1", manager);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(201);
        JsonNode created = json.readTree(first.getContentAsString());
        assertThat(created.get("number").asString()).endsWith("-0001");
        assertThat(created.get("total").get("amount").asString()).isEqualTo("190.00");
        assertThat(json.readTree(again.getContentAsString()).get("id").asString())
                .isEqualTo(created.get("id").asString());
        assertThat(stock(oil)).containsEntry(shop, 2).containsEntry(DemoIds.COOP_ARGAN, 3);

        MockHttpServletResponse reused =
                postDeposit(body.replace("\"quantity\":2", "\"quantity\":1"), "key-1", manager);
        assertThat(reused.getStatus()).isEqualTo(409);
        assertThat(json.readTree(reused.getContentAsString()).get("code").asString())
                .isEqualTo("idempotency-key-reused");

        UUID carpet =
                orders.product("manager2@taawun.test", DemoIds.COOP_KHOURIBGA, "Tapis " + UUID.randomUUID(), "500", 2);
        MockHttpServletResponse other = postDeposit(body.replace(oil.toString(), carpet.toString()), null, manager);
        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(other.getContentAsString()).get("code").asString())
                .isEqualTo("item-of-another-cooperative");

        MockHttpServletResponse zero = postDeposit(body.replace("\"quantity\":2", "\"quantity\":0"), null, manager);
        assertThat(zero.getStatus()).isEqualTo(400);
        assertThat(json.readTree(zero.getContentAsString())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("lines[0].quantity");

        MockHttpServletResponse tooMany = postDeposit(body.replace("\"quantity\":2", "\"quantity\":9"), null, manager);
        assertThat(tooMany.getStatus()).isEqualTo(409);
        assertThat(json.readTree(tooMany.getContentAsString()).get("code").asString())
                .isEqualTo("not-enough-stock");

        TaawunUser otherShopManager = fixtures.shopManager(fixtures.shop());
        assertThat(postDeposit(body, "key-2", otherShopManager).getStatus()).isEqualTo(403);
        assertThat(stock(oil)).containsEntry(shop, 2).containsEntry(DemoIds.COOP_ARGAN, 3);
    }

    @Test
    void theSignedNoteAndTheLabelsAreReadBack() throws Exception {
        Consignment deposit = deposit(line(oil, 1, "95.00"), line(pot, 2, "35.50"));

        byte[] receipt = mvc.perform(get("/shop/{s}/consignments/{id}/receipt.pdf", shop, deposit.id())
                        .with(user(manager)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(receipt)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(deposit.number())
                    .contains("Pour la boutique")
                    .contains("Pour la coopérative")
                    .contains("166.00 MAD");
        }

        MockHttpServletResponse labels = mvc.perform(get("/shop/{s}/consignments/{id}/labels.pdf", shop, deposit.id())
                        .with(user(manager)))
                .andReturn()
                .getResponse();
        assertThat(labels.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        Set<String> codes = deposit.lines().stream().map(Consignment.Line::code).collect(Collectors.toSet());
        try (PDDocument pdf = Loader.loadPDF(labels.getContentAsByteArray())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.GRAY);
            Result[] read = new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                            Map.of(
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.CODE_128),
                                    DecodeHintType.TRY_HARDER,
                                    true));
            assertThat(Arrays.stream(read).map(Result::getText).collect(Collectors.toSet()))
                    .isEqualTo(codes);
        }
    }

    private MockHttpServletResponse postDeposit(String body, String key, TaawunUser who) throws Exception {
        var request = post("/api/v1/shops/{id}/deposits", shop)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(user(who));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private void assertRefused(Class<? extends Exception> type, RecordConsignment.Line... lines) {
        assertThatThrownBy(() -> deposit(lines)).isInstanceOf(type);
    }

    private Consignment deposit(RecordConsignment.Line... lines) {
        return Fixtures.as(
                manager,
                () -> recorder.record(
                        shop, ConsignmentKind.DEPOSIT, new RecordConsignment(DemoIds.COOP_ARGAN, List.of(lines))));
    }

    private Consignment withdraw(RecordConsignment.Line... lines) {
        return Fixtures.as(
                manager,
                () -> recorder.record(
                        shop, ConsignmentKind.WITHDRAWAL, new RecordConsignment(DemoIds.COOP_ARGAN, List.of(lines))));
    }

    private static RecordConsignment.Line line(UUID item, int quantity, String price) {
        return new RecordConsignment.Line(item, quantity, Money.of(price, "MAD"));
    }

    private Map<UUID, Integer> stock(UUID item) {
        return inventory.levels(item).stream().collect(Collectors.toMap(l -> l.locationId(), l -> l.onHand()));
    }
}
