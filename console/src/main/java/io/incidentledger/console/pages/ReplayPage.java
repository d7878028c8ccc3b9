package io.incidentledger.console.pages;

import io.incidentledger.projections.replay.LedgerReplay;
import io.incidentledger.projections.replay.ReplayProgress;
import io.incidentledger.projections.replay.ReplayRunningElsewhere;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins only (see ConsoleSecurity): start a replay from the event store and watch its progress. */
@Controller
class ReplayPage {

    private final LedgerReplay replay;

    ReplayPage(LedgerReplay replay) {
        this.replay = replay;
    }

    @GetMapping("/console/admin/replay")
    String page(Model model) {
        model.addAttribute("progress", replay.progress());
        return "console/replay";
    }

    @PostMapping("/console/admin/replay")
    String start(RedirectAttributes flash) {
        try {
            replay.start();
        } catch (ReplayRunningElsewhere elsewhere) {
            flash.addFlashAttribute("reply", "Another instance of the ledger is replaying; watch it there or try later.");
        }
        return "redirect:/console/admin/replay";
    }

    @GetMapping("/console/admin/replay/progress")
    @ResponseBody
    ReplayProgress progress() {
        return replay.progress();
    }
}
