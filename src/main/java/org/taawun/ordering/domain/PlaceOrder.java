package org.taawun.ordering.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.taawun.ordering.DeliveryMethod;
import org.taawun.ordering.Payment;

/** An order as the API and the checkout page send it; prices are never part of it. */
public record PlaceOrder(
        @NotEmpty(message = "{ordering.error.no-lines}") @Size(max = 50, message = "{ordering.error.too-many-lines}")
        List<@Valid @NotNull Line> lines,

        @NotNull(message = "{shared.validation.required}") @Valid
        Delivery delivery,

        @NotNull(message = "{shared.validation.required}") Payment payment,

        @NotNull(message = "{shared.validation.required}") @Valid
        CustomerDetails customer) {

    /** A sellable item (variant) and how many. */
    public record Line(
            @NotNull(message = "{shared.validation.required}")
            UUID productId,

            @NotNull(message = "{ordering.error.quantity}")
            @Min(value = 1, message = "{ordering.error.quantity}")
            @Max(value = 99, message = "{ordering.error.quantity}")
            Integer quantity) {}

    /** Home delivery, or pickup at a shop. */
    public record Delivery(
            @NotNull(message = "{shared.validation.required}")
            DeliveryMethod method,

            UUID shopId) {}

    /** Who receives the order and where. */
    public record CustomerDetails(
            @NotBlank(message = "{shared.validation.required}")
            @Size(max = 120, message = "{shared.validation.too-long}")
            @Pattern(regexp = "[^<>]*", message = "{ordering.error.plain-text}")
            String name,

            @NotBlank(message = "{shared.validation.required}") @Size(max = 30, message = "{shared.validation.phone}")
            String phone,

            @Size(max = 300, message = "{shared.validation.too-long}")
            @Pattern(regexp = "(?s)[^<>]*", message = "{ordering.error.plain-text}")
            String address,

            @NotBlank(message = "{shared.validation.required}")
            @Size(max = 80, message = "{shared.validation.too-long}")
            @Pattern(regexp = "[^<>]*", message = "{ordering.error.plain-text}")
            String city,

            @Size(max = 8, message = "{ordering.error.region}")
            String region) {}
}
