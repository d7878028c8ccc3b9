package io.incidentledger.app.chain;

import static io.incidentledger.api.http.ErrorCode.NOT_FOUND;
import static io.incidentledger.api.http.ErrorCode.NO_SIGNING_KEY;
import static io.incidentledger.api.http.ErrorCode.VERIFY_RUNNING;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.core.chain.ChainStore;
import io.incidentledger.core.chain.Checkpoints;
import io.incidentledger.core.chain.IncidentExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hash chain behind {@code ./ledger verify}: verification, signed checkpoints and incident exports. */
@RestController
@Tag(name = "Ledger chain", description = "Admin: verify the hash chain, sign checkpoints, export an incident")
class ChainAdminController {

    private final ChainVerificationRun verification;
    private final Checkpoints checkpoints;
    private final ChainStore chain;

    ChainAdminController(ChainVerificationRun verification, Checkpoints checkpoints, ChainStore chain) {
        this.verification = verification;
        this.checkpoints = checkpoints;
        this.chain = chain;
    }

    @PostMapping("/api/admin/chain/verify")
    @Operation(summary = "Start recomputing every chain and checking the latest checkpoint", description = "202; "
            + "409 while one runs on this instance; follow it with GET")
    ResponseEntity<?> verify() {
        if (!verification.start()) {
            throw new ApiException(VERIFY_RUNNING,
                    "A verification is already running on this instance; follow it with GET /api/admin/chain/verify.");
        }
        return ResponseEntity.accepted().body(verification.state());
    }

    @GetMapping("/api/admin/chain/verify")
    @Operation(summary = "The running or last verification: state, links checked, and the report with the first break of each stream")
    ChainVerificationRun.State progress() {
        return verification.state();
    }

    @PostMapping("/api/admin/chain/checkpoints")
    @Operation(summary = "Sign a checkpoint now: every stream's head and their Merkle root", description = "201; "
            + "409 when no signing key is configured")
    ResponseEntity<?> checkpoint() {
        requireKey();
        return ResponseEntity.status(HttpStatus.CREATED).body(IncidentExport.json(checkpoints.create(chain)));
    }

    @GetMapping("/api/admin/chain/checkpoints/latest")
    @Operation(summary = "The latest signed checkpoint, with its public key, for a third party to keep")
    ResponseEntity<?> latest() {
        return ResponseEntity.ok(IncidentExport.json(checkpoints.latest()
                .orElseThrow(() -> new ApiException(NOT_FOUND, "No checkpoint has been signed yet."))));
    }

    @GetMapping("/api/admin/chain/public-key")
    @Operation(summary = "The public key that signs checkpoints (base64 X.509, Ed25519)")
    ResponseEntity<?> publicKey() {
        requireKey();
        return ResponseEntity.ok(Map.of("algorithm", "Ed25519", "publicKey", checkpoints.publicKey().orElseThrow()));
    }

    @PostMapping("/api/admin/chain/incidents/{ref}/export")
    @Operation(summary = "An incident's events with their chain and a fresh signed checkpoint, checkable offline",
            description = "./ledger verify <file> checks it; 404 for an incident the chain does not know")
    ResponseEntity<?> export(@PathVariable String ref) {
        requireKey();
        checkpoints.create(chain);
        return ResponseEntity.ok(IncidentExport.of(chain, checkpoints.latest(), ref)
                .orElseThrow(() -> new ApiException(NOT_FOUND, "The chain has no incident " + ref + ".")));
    }

    private void requireKey() {
        if (checkpoints.publicKey().isEmpty()) {
            throw new ApiException(NO_SIGNING_KEY, "No checkpoint signing key is configured: set LEDGER_CHAIN_SIGNING_KEY.");
        }
    }
}
