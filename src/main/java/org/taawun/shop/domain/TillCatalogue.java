package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a till keeps of its shop's shelves to sell without the network: every shelved item with its shop code, SKU,
 * names, the shop's agreed price and the stock that can be sold now. It is sent column by column, in the order of
 * the shop codes: 5,000 items must stay under 150 KB compressed with the page, and the item ids alone (random, so
 * incompressible) take half of that. Hence the columns:
 *
 * <ul>
 *   <li>{@code ids}: the items' ids, 16 bytes each, one after the other, in unpadded base64url;
 *   <li>{@code codes}: the shop codes; a number instead of a code means "the previous code plus this number" (shop
 *       codes are consecutive numbers, so most entries are {@code 1});
 *   <li>{@code skus}: the SKU of the items that have one, by position;
 *   <li>{@code ar}, {@code fr}: the product's names, empty when they are those of the previous item (the sizes of one
 *       product are shelved one after the other); {@code labelsAr}: the variant's label (a size) in Arabic, empty for
 *       none, and {@code labelsFr} in French, {@code null} when it is the Arabic one; the till shows "name — label";
 *   <li>{@code prices}: decimal strings at the currency's scale; {@code stock}: what can be sold now.
 * </ul>
 *
 * @param version changes whenever anything here changes (a digest of the content): the till refreshes only then
 * @param maxLineDiscount the largest line discount a cashier may give, in percent of the line
 */
public record TillCatalogue(
        UUID shopId,
        String currency,
        BigDecimal maxLineDiscount,
        String version,
        int count,
        String ids,
        List<Object> codes,
        Map<String, String> skus,
        List<String> ar,
        List<String> fr,
        List<String> labelsAr,
        List<String> labelsFr,
        List<String> prices,
        List<Integer> stock) {

    /** One shelved item. */
    public record Item(
            UUID id,
            String code,
            String sku,
            String nameAr,
            String nameFr,
            String labelAr,
            String labelFr,
            String price,
            int stock) {}

    /** The catalogue of these items, in column form, with its version. */
    public static TillCatalogue of(UUID shopId, String currency, BigDecimal maxLineDiscount, List<Item> items) {
        List<Item> sorted =
                items.stream().sorted(Comparator.comparing(Item::code)).toList();
        ByteBuffer ids = ByteBuffer.allocate(16 * sorted.size());
        List<Object> codes = new ArrayList<>();
        Map<String, String> skus = new LinkedHashMap<>();
        List<String> ar = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            Item item = sorted.get(i);
            ids.putLong(item.id().getMostSignificantBits()).putLong(item.id().getLeastSignificantBits());
            codes.add(codeEntry(previous, item.code()));
            boolean sameNames = i > 0
                    && sorted.get(i - 1).nameAr().equals(item.nameAr())
                    && sorted.get(i - 1).nameFr().equals(item.nameFr());
            ar.add(sameNames ? "" : item.nameAr());
            fr.add(sameNames ? "" : item.nameFr());
            previous = item.code();
            if (item.sku() != null && !item.sku().isBlank()) {
                skus.put(String.valueOf(i), item.sku());
            }
        }
        return new TillCatalogue(
                shopId,
                currency,
                maxLineDiscount,
                version(currency, maxLineDiscount, sorted),
                sorted.size(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(ids.array()),
                codes,
                skus,
                ar,
                fr,
                sorted.stream().map(i -> i.labelAr() == null ? "" : i.labelAr()).toList(),
                sorted.stream()
                        .map(i -> Objects.equals(i.labelFr(), i.labelAr()) ? null : i.labelFr())
                        .toList(),
                sorted.stream().map(Item::price).toList(),
                sorted.stream().map(Item::stock).toList());
    }

    /** The step from the previous code when both are numbers of the same length (up to 15 digits), else the code. */
    private static Object codeEntry(String previous, String code) {
        if (previous != null
                && previous.length() == code.length()
                && code.length() <= 15
                && code.chars().allMatch(Character::isDigit)
                && previous.chars().allMatch(Character::isDigit)
                && code.charAt(0) != '0') {
            long step = Long.parseLong(code) - Long.parseLong(previous);
            if (step > 0) {
                return step;
            }
        }
        return code;
    }

    private static String version(String currency, BigDecimal discount, List<Item> items) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(
                    (currency + '|' + discount.stripTrailingZeros().toPlainString()).getBytes(StandardCharsets.UTF_8));
            for (Item item : items) {
                digest.update(item.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
