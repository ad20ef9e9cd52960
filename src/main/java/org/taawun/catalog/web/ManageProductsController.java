package org.taawun.catalog.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.catalog.Category;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductOwnership;
import org.taawun.catalog.domain.ProductQueries;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.domain.ProductView;
import org.taawun.catalog.domain.VariantView;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.ActsFor;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.StockChangedException;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;

/** A manager's product pages, made for a phone: list, add with a photo, change, publish or withdraw. */
@Controller
class ManageProductsController {

    private final ProductService service;
    private final ProductQueries products;
    private final Inventory inventory;
    private final AccessGuard guard;
    private final Validator validator;

    ManageProductsController(
            ProductService service,
            ProductQueries products,
            Inventory inventory,
            AccessGuard guard,
            Validator validator) {
        this.service = service;
        this.products = products;
        this.inventory = inventory;
        this.guard = guard;
        this.validator = validator;
    }

    @ActsFor("coopId")
    @GetMapping("/manage/cooperatives/{coopId}/products")
    String list(@PathVariable UUID coopId, Model model) {
        guard.requireMayActFor(coopId);
        model.addAttribute("coopId", coopId);
        model.addAttribute("products", products.ofCooperative(coopId));
        return "catalog/manage-products";
    }

    /** Prices typed with a comma or a point, shown back in the page's language ("120,50", not "120.500"). */
    @InitBinder("form")
    void prices(WebDataBinder binder) {
        binder.addCustomFormatter(new PriceFormatter(), "variants.price");
    }

    @ActsFor("coopId")
    @GetMapping("/manage/cooperatives/{coopId}/products/new")
    String newForm(@PathVariable UUID coopId, Model model) {
        guard.requireMayActFor(coopId);
        return form(model, coopId, null, ProductForm.blank());
    }

    @ActsFor("coopId")
    @PostMapping("/manage/cooperatives/{coopId}/products/new")
    String create(
            @PathVariable UUID coopId,
            @ModelAttribute("form") ProductForm form,
            BindingResult errors,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        guard.requireMayActFor(coopId);
        ProductDetails details = validated(form, errors);
        boolean chosen = photo != null && !photo.isEmpty();
        if (errors.hasErrors()) {
            return again(coopId, form, errors, chosen ? photo.getBytes() : null, model);
        }
        ProductView product;
        try {
            product = service.create(coopId, details, false);
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), e.messageKey());
            return again(coopId, form, errors, chosen ? photo.getBytes() : null, model);
        }
        if (chosen) {
            addPhoto(product.id(), photo, flash);
        } else {
            form.keptPhoto().ifPresent(token -> addKeptPhoto(product.id(), token, flash));
        }
        publishIfAsked(product.id(), form.isPublish(), flash);
        return "redirect:/manage/products/" + product.id();
    }

    /**
     * The new-product form again with its errors, the first one focused; the photo she chose is kept (checked and
     * stored now, under a token only she may use) so that she need not choose it again.
     */
    private String again(UUID coopId, ProductForm form, BindingResult errors, byte[] photo, Model model) {
        if (photo != null) {
            try {
                form.setPhotoToken(service.keepPhoto(coopId, photo).toString());
            } catch (InvalidFieldException e) {
                form.setPhotoToken(null);
                model.addAttribute("photoError", e.messageKey());
                model.addAttribute("photoErrorArgs", e.args());
            }
        }
        form.keptPhoto()
                .flatMap(service::keptPhoto)
                .ifPresentOrElse(kept -> model.addAttribute("keptPhoto", kept), () -> form.setPhotoToken(null));
        form.padRows();
        model.addAttribute("firstError", firstError(form, errors));
        return form(model, coopId, null, form);
    }

    @ActsFor(value = "id", owner = ProductOwnership.class)
    @GetMapping("/manage/products/{id}")
    String edit(@PathVariable UUID id, Model model) {
        ProductView product = service.forManager(id);
        return form(model, product.cooperativeId(), product, ProductForm.of(product, stock(product)));
    }

    @ActsFor(value = "id", owner = ProductOwnership.class)
    @PostMapping("/manage/products/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") ProductForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        ProductView product = service.forManager(id);
        ProductDetails details = validated(form, errors);
        if (!errors.hasErrors()) {
            try {
                service.update(id, details);
                flash.addFlashAttribute("saved", true);
                return "redirect:/manage/products/" + id;
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), e.messageKey());
            } catch (StockChangedException e) {
                // nothing was saved; her other changes stay in the form, the stock shows what is there now
                form.rereadStock(product, stock(product));
                model.addAttribute("problem", e.messageKey());
            } catch (ProblemException e) {
                model.addAttribute("problem", e.messageKey());
            }
        }
        form.padRows();
        model.addAttribute("firstError", firstError(form, errors));
        return form(model, product.cooperativeId(), product, form);
    }

    @ActsFor(value = "id", owner = ProductOwnership.class)
    @PostMapping("/manage/products/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes flash) {
        publishIfAsked(id, true, flash);
        return "redirect:/manage/products/" + id;
    }

    @ActsFor(value = "id", owner = ProductOwnership.class)
    @PostMapping("/manage/products/{id}/unpublish")
    String unpublish(@PathVariable UUID id, RedirectAttributes flash) {
        service.unpublish(id);
        flash.addFlashAttribute("saved", true);
        return "redirect:/manage/products/" + id;
    }

    @ActsFor(value = "id", owner = ProductOwnership.class)
    @PostMapping("/manage/products/{id}/photos")
    String photo(@PathVariable UUID id, @RequestParam("photo") MultipartFile photo, RedirectAttributes flash)
            throws IOException {
        service.forManager(id);
        addPhoto(id, photo, flash);
        return "redirect:/manage/products/" + id;
    }

    @ActsFor(value = "id", owner = ProductOwnership.class)
    @PostMapping("/manage/products/{id}/voice")
    String voice(@PathVariable UUID id, @RequestParam("voice") MultipartFile voice, RedirectAttributes flash)
            throws IOException {
        try {
            service.changeVoice(id, voice.getBytes());
            flash.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("photoError", e.messageKey());
            flash.addFlashAttribute("photoErrorArgs", e.args());
        }
        return "redirect:/manage/products/" + id;
    }

    @ActsFor(value = "id", owner = ProductOwnership.class)
    @PostMapping("/manage/products/{id}/voice/delete")
    String removeVoice(@PathVariable UUID id, RedirectAttributes flash) {
        service.changeVoice(id, null);
        flash.addFlashAttribute("saved", true);
        return "redirect:/manage/products/" + id;
    }

    @ActsFor(value = "id", owner = ProductOwnership.class)
    @PostMapping("/manage/products/{id}/photos/{index}/delete")
    String removePhoto(@PathVariable UUID id, @PathVariable int index, RedirectAttributes flash) {
        service.removePhoto(id, index);
        flash.addFlashAttribute("saved", true);
        return "redirect:/manage/products/" + id;
    }

    private void addPhoto(UUID id, MultipartFile photo, RedirectAttributes flash) throws IOException {
        try {
            service.addPhoto(id, photo.getBytes());
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("photoError", e.messageKey());
            flash.addFlashAttribute("photoErrorArgs", e.args());
        }
    }

    private void addKeptPhoto(UUID id, UUID token, RedirectAttributes flash) {
        try {
            service.addKeptPhoto(id, token);
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("photoError", e.messageKey());
            flash.addFlashAttribute("photoErrorArgs", e.args());
        }
    }

    /** The first field in error in the order the form shows them, for {@code autofocus}; {@code null} when none. */
    static String firstError(ProductForm form, BindingResult errors) {
        java.util.List<String> order = new java.util.ArrayList<>(java.util.List.of("nameAr", "nameFr", "variants"));
        for (int i = 0; i < form.getVariants().size(); i++) {
            for (String column : new String[] {"labelAr", "labelFr", "labelEn", "price", "stock", "sku"}) {
                order.add("variants[" + i + "]." + column);
            }
        }
        order.addAll(java.util.List.of(
                "category", "nameEn", "descriptionAr", "descriptionFr", "descriptionEn", "weightGrams"));
        return order.stream().filter(errors::hasFieldErrors).findFirst().orElse(null);
    }

    private void publishIfAsked(UUID id, boolean publish, RedirectAttributes flash) {
        if (!publish) {
            flash.addFlashAttribute("saved", true);
            return;
        }
        try {
            service.publish(id);
            flash.addFlashAttribute("saved", true);
        } catch (ProblemException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
    }

    /** The form's field of a path of {@link ProductDetails}: a variant's {@code labels.ar} is the row's labelAr. */
    static String formPath(String detailsPath) {
        return detailsPath
                .replace(".labels.ar", ".labelAr")
                .replace(".labels.fr", ".labelFr")
                .replace(".labels.en", ".labelEn");
    }

    private ProductDetails validated(ProductForm form, BindingResult errors) {
        ProductDetails details = form.toDetails();
        for (ConstraintViolation<ProductDetails> violation : validator.validate(details)) {
            String path = formPath(violation.getPropertyPath().toString());
            errors.rejectValue(path.isEmpty() ? "variants" : path, "invalid", violation.getMessage());
        }
        if (!details.hasName()) {
            errors.rejectValue("nameAr", "catalog.error.name-required");
        }
        return details;
    }

    private java.util.Map<UUID, Integer> stock(ProductView product) {
        return inventory.onHand(product.variants().stream().map(VariantView::id).toList(), product.cooperativeId());
    }

    private String form(Model model, UUID coopId, ProductView product, ProductForm form) {
        model.addAttribute("coopId", coopId);
        model.addAttribute("product", product);
        model.addAttribute("form", form);
        model.addAttribute("categories", Category.values());
        return "catalog/manage-product";
    }
}
