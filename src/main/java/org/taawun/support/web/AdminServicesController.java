package org.taawun.support.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.support.ServiceKind;
import org.taawun.support.directory.DirectoryAdmin;
import org.taawun.support.directory.FieldProblem;
import org.taawun.support.directory.ImportReport;
import org.taawun.support.directory.ServiceChecks;
import org.taawun.support.directory.ServiceForm;

/** The administrator's pages of the service directory: list with filters, add, edit, delete, CSV import. */
@Controller
@RequestMapping("/admin/support/services")
class AdminServicesController {

    static final int PAGE_SIZE = 50;

    private final DirectoryAdmin directory;
    private final CooperativeDirectory cooperatives;

    AdminServicesController(DirectoryAdmin directory, CooperativeDirectory cooperatives) {
        this.directory = directory;
        this.cooperatives = cooperatives;
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("regionsMA", cooperatives.regionsOf("MA", locale.getLanguage()));
        model.addAttribute("regionsTN", cooperatives.regionsOf("TN", locale.getLanguage()));
        model.addAttribute("languageCodes", ServiceChecks.LANGUAGES);
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(required = false) ServiceKind kind,
            @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DirectoryAdmin.Filter filter = new DirectoryAdmin.Filter(country, region, kind, city);
        model.addAttribute("filter", filter);
        model.addAttribute("page", directory.list(filter, page, PAGE_SIZE));
        return "support/admin-services";
    }

    @GetMapping("/new")
    String newService(Model model) {
        model.addAttribute("form", ServiceForm.empty());
        return "support/admin-service";
    }

    @PostMapping
    String create(@ModelAttribute("form") ServiceForm form, BindingResult errors, RedirectAttributes flash) {
        DirectoryAdmin.Outcome outcome = directory.create(form);
        if (!outcome.ok()) {
            reject(errors, outcome);
            return "support/admin-service";
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/support/services";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("serviceId", id);
        model.addAttribute("form", ServiceForm.of(directory.get(id)));
        return "support/admin-service";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") ServiceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        DirectoryAdmin.Outcome outcome = directory.update(id, form);
        if (!outcome.ok()) {
            reject(errors, outcome);
            model.addAttribute("serviceId", id);
            return "support/admin-service";
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/support/services";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes flash) {
        directory.delete(id);
        flash.addFlashAttribute("deleted", true);
        return "redirect:/admin/support/services";
    }

    @GetMapping("/import")
    String importPage() {
        return "support/admin-import";
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        ImportReport report = directory.importCsv(file == null ? new byte[0] : file.getBytes());
        model.addAttribute("report", report);
        return "support/admin-import";
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        byte[] body = directory.template().getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("support-services.csv")
                                .build()
                                .toString())
                .body(body);
    }

    private static void reject(BindingResult errors, DirectoryAdmin.Outcome outcome) {
        for (FieldProblem problem : outcome.problems()) {
            errors.rejectValue(problem.field(), problem.key(), problem.args(), problem.key());
        }
    }
}
