package io.incidentledger.console.act;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Severity;
import io.incidentledger.console.signin.ConsolePerson;
import io.incidentledger.console.signin.ConsoleRoles;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's forms: declare, and every command on one incident. Post, then redirect back with chat's reply. */
@Controller
class CommandForms {

    private static final Pattern REF = Pattern.compile("INC-\\d+");

    private final ConsoleCommands commands;

    CommandForms(ConsoleCommands commands) {
        this.commands = commands;
    }

    @GetMapping("/console/declare")
    String declareForm(Model model) {
        model.addAttribute("severities", Severity.values());
        return "console/declare";
    }

    @PostMapping("/console/declare")
    String declare(@RequestParam String title, @RequestParam(defaultValue = "3") int severity,
                   @RequestParam(defaultValue = "") String components, Authentication signedIn, RedirectAttributes flash) {
        if (title.isBlank() || severity < 1 || severity > 4 || !components.matches("[A-Za-z0-9 ,._-]{0,200}")) {
            throw new IllegalArgumentException("Give a title, a severity from 1 to 4, and components as names separated by commas.");
        }
        String parts = components.isBlank() ? "" : " components=" + components.replace(" ", "");
        var outcome = commands.run(person(signedIn), "declare " + title.strip().replaceAll("\\s+", " ")
                + " severity=" + severity + parts, UUID.randomUUID().toString());
        flash.addFlashAttribute("reply", outcome.text());
        flash.addFlashAttribute("replyAccepted", outcome.accepted());
        Matcher ref = REF.matcher(outcome.text());
        return outcome.accepted() && ref.find() ? "redirect:/console/incidents/" + ref.group() : "redirect:/console/declare";
    }

    @PostMapping("/console/incidents/{ref}/commands")
    String command(@PathVariable String ref, @RequestParam String command, @RequestParam(defaultValue = "") String text,
                   Authentication signedIn, RedirectAttributes flash) {
        IncidentRef incident = IncidentRef.parse(ref);
        var outcome = commands.run(person(signedIn), CommandLine.of(command, incident, text), UUID.randomUUID().toString());
        flash.addFlashAttribute("reply", outcome.text());
        flash.addFlashAttribute("replyAccepted", outcome.accepted());
        return "redirect:/console/incidents/" + incident;
    }

    private static ConsolePerson person(Authentication signedIn) {
        return ConsoleRoles.person(signedIn).orElseThrow();
    }
}
