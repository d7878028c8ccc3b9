package io.incidentledger.console.pages;

import io.incidentledger.api.subscriber.SubscriberDirectory;
import io.incidentledger.api.subscriber.SubscriberId;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins only (see ConsoleSecurity): the status page's subscribers, counted by component, and removing one. */
@Controller
class SubscribersPage {

    private final Optional<SubscriberDirectory> directory;

    SubscribersPage(ObjectProvider<SubscriberDirectory> directory) {
        this.directory = Optional.ofNullable(directory.getIfAvailable());
    }

    @GetMapping("/console/admin/subscribers")
    String page(Model model) {
        model.addAttribute("available", directory.isPresent());
        directory.ifPresent(subscribers -> {
            model.addAttribute("counts", subscribers.counts());
            model.addAttribute("subscribers", subscribers.list());
        });
        return "console/subscribers";
    }

    @PostMapping("/console/admin/subscribers/{id}/remove")
    String remove(@PathVariable("id") String id, RedirectAttributes flash) {
        boolean removed = directory.isPresent() && parse(id).map(directory.get()::remove).orElse(false);
        flash.addFlashAttribute("reply", removed ? "Removed; its address is erased." : "There was no such subscriber.");
        return "redirect:/console/admin/subscribers";
    }

    private static Optional<SubscriberId> parse(String id) {
        try {
            return Optional.of(SubscriberId.of(id));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
