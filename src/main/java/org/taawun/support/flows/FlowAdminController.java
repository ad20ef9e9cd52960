package org.taawun.support.flows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.shared.web.ProblemException;
import org.taawun.support.conversation.Flow;

/**
 * The administrator's pages of the conversation flows ({@code /admin/**} is for administrators only): the flows and
 * their versions, export and import of JSON, a flow shown as a tree, and the texts of one node edited (saved as a
 * new version after validation; a refused edit changes nothing and says why, node by node).
 */
@Controller
@RequestMapping("/admin/support/flows")
class FlowAdminController {

    private final FlowStore store;
    private final FlowEditing editing;

    FlowAdminController(FlowStore store, FlowEditing editing) {
        this.store = store;
        this.editing = editing;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("flows", store.activeVersions());
        return "support/flows";
    }

    @GetMapping("/{name}")
    String tree(@PathVariable String name, Locale locale, Model model) {
        Flow flow = editing.active(name);
        model.addAttribute("flow", flow);
        model.addAttribute("roots", FlowTree.of(flow, locale.getLanguage()));
        model.addAttribute("versions", store.versions(name));
        return "support/flow-tree";
    }

    @GetMapping("/{name}/export")
    ResponseEntity<byte[]> export(@PathVariable String name, @RequestParam(required = false) Integer version) {
        int wanted = version != null ? version : editing.active(name).version();
        String json = store.json(name, wanted)
                .orElseThrow(() -> ProblemException.notFound("flow-not-found", "support-chat.flows.not-found"));
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "-v" + wanted + ".json")
                                .build()
                                .toString())
                .body(json.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/import")
    String importJson(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Principal principal,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        FlowStore.Saved saved = editing.importJson(file == null ? new byte[0] : file.getBytes(), principal.getName());
        if (saved.ok()) {
            flash.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/admin/support/flows";
        }
        model.addAttribute("problems", saved.problems());
        return list(model);
    }

    @GetMapping("/{name}/nodes/{node}")
    String editNode(@PathVariable String name, @PathVariable String node, Model model) {
        Flow flow = editing.active(name);
        model.addAttribute("flow", flow);
        model.addAttribute("node", editing.node(flow, node));
        return "support/flow-node";
    }

    @PostMapping("/{name}/nodes/{node}")
    String saveNode(
            @PathVariable String name,
            @PathVariable String node,
            @RequestParam Map<String, String> form,
            Principal principal,
            Model model,
            RedirectAttributes flash) {
        FlowStore.Saved saved = editing.editTexts(name, node, form, principal.getName());
        if (saved.ok()) {
            flash.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/admin/support/flows/" + name;
        }
        Flow flow = editing.active(name);
        model.addAttribute("flow", flow);
        model.addAttribute("node", editing.node(flow, node));
        model.addAttribute("form", form);
        model.addAttribute("problems", saved.problems());
        return "support/flow-node";
    }
}
