package io.incidentledger.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.status.ViewNotReady;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The one advice: a module's refusal keeps its code's status and its wait, and Spring's own are said in one body too. */
class ApiErrorsTest {

    private static final String NOT_FOUND_BODY = "{\"error\":\"not_found\",\"message\":\"No INC-9.\"}";

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Refusing())
            .setControllerAdvice(new ApiErrors(new ApiErrorResponses(LedgerJson.newMapper()))).build();

    @Test
    void aViewStillBuildingIs503ViewNotReadyWithRetryAfterEvenOnAnHtmlPage() throws Exception {
        mvc.perform(get("/page").accept(MediaType.TEXT_HTML))
                .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "2"))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("view_not_ready"))
                .andExpect(jsonPath("$.message").value("The status view is still starting; try again in a few seconds."));
    }

    @Test
    void aModulesRefusalIsSentWithItsCodesStatusAndItsOwnSentenceOnly() throws Exception {
        mvc.perform(get("/busy")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(jsonPath("$.error").value("busy"))
                .andExpect(jsonPath("$.message").value("Full."))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("db:5432"))));
        mvc.perform(get("/missing")).andExpect(status().isNotFound()).andExpect(header().doesNotExist("Retry-After"))
                .andExpect(header().string("Content-Length", Integer.toString(NOT_FOUND_BODY.length())))
                .andExpect(jsonPath("$.error").value("not_found"));
    }

    @Test
    void aParameterOfTheWrongTypeOrAMissingOneIsBadParameterInTheCallersTerms() throws Exception {
        mvc.perform(get("/sized").param("size", "a", "b")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_parameter"))
                .andExpect(jsonPath("$.message").value("'a,b' is not a valid value for size."));
        mvc.perform(get("/sized")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_parameter"))
                .andExpect(jsonPath("$.message").value("The parameter 'size' is required."));
    }

    @RestController
    static class Refusing {

        @GetMapping(path = "/page", produces = MediaType.TEXT_HTML_VALUE)
        String page() {
            throw new ViewNotReady("The status view is still starting", null);
        }

        @GetMapping("/busy")
        String busy() {
            throw new ApiException(ErrorCode.BUSY, "Full.", Duration.ofSeconds(7), new IllegalStateException("db:5432"));
        }

        @GetMapping("/missing")
        String missing() {
            throw new ApiException(ErrorCode.NOT_FOUND, "No INC-9.");
        }

        @GetMapping("/sized")
        String sized(@RequestParam int size) {
            return "size " + size;
        }
    }
}
