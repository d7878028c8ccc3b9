package io.incidentledger.console.act;

import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.console.signin.ConsoleRoles;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.projections.maintenance.MaintenanceViews;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Maintenance windows in the console: the list, a form to schedule one, and buttons to move one. Each is a line of
 * the chat command language ({@code maintenance …}), so RBAC, history and refusals are chat's own.
 */
@Controller
class MaintenanceForms {

    private final ConsoleCommands commands;
    private final MaintenanceViews windows;

    MaintenanceForms(ConsoleCommands commands, MaintenanceViews windows) {
        this.commands = commands;
        this.windows = windows;
    }

    @GetMapping("/console/maintenance")
    String list(Model model) {
        model.addAttribute("windows", windows.all().stream()
                .sorted(Comparator.comparing(MaintenanceView::startsAt).reversed()).toList());
        return "console/maintenance";
    }

    @PostMapping("/console/maintenance")
    String schedule(@RequestParam String title, @RequestParam String start, @RequestParam String end,
                    @RequestParam String components, Authentication signedIn, RedirectAttributes flash) {
        if (title.isBlank() || !components.matches("[A-Za-z0-9 ,._-]{1,200}") || !start.matches("[0-9T:.+\\-Z]{10,40}")
                || !end.matches("[0-9T:.+\\-Z]{10,40}")) {
            throw new IllegalArgumentException("Give a title, a start and an end such as 2026-12-05T02:00Z, and components "
                    + "as names separated by commas.");
        }
        return reply(flash, "maintenance " + start + " " + end + " " + title.strip().replaceAll("\\s+", " ")
                + " components=" + components.replace(" ", ""), signedIn);
    }

    @PostMapping("/console/maintenance/{ref}/{move}")
    String move(@PathVariable String ref, @PathVariable String move, Authentication signedIn, RedirectAttributes flash) {
        MaintenanceRef window = MaintenanceRef.parse(ref);
        if (!move.matches("start|verify|complete|cancel")) {
            throw new IllegalArgumentException("'" + move + "' is not a maintenance move; use start, verify, complete or cancel.");
        }
        return reply(flash, "maintenance-" + move + " " + window, signedIn);
    }

    private String reply(RedirectAttributes flash, String line, Authentication signedIn) {
        var outcome = commands.run(ConsoleRoles.person(signedIn).orElseThrow(), line, UUID.randomUUID().toString());
        flash.addFlashAttribute("reply", outcome.text());
        flash.addFlashAttribute("replyAccepted", outcome.accepted());
        return "redirect:/console/maintenance";
    }
}
