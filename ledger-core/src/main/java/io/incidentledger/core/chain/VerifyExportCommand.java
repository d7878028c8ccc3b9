package io.incidentledger.core.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code ./ledger verify <export.json> [public key]}: checks an incident export offline, with no app and no
 * database. Exits 0 when it holds, 1 on any break, 2 when the file cannot be read.
 */
public final class VerifyExportCommand {

    private VerifyExportCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: verify <export.json> [base64 public key of the ledger]");
            System.exit(2);
        }
        ExportVerification.Result result;
        try {
            result = ExportVerification.verify(new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[0]))),
                    args.length > 1 ? Optional.of(args[1]) : Optional.empty());
        } catch (IOException unreadable) {
            System.err.println(args[0] + " cannot be read as JSON: " + unreadable.getMessage());
            System.exit(2);
            return;
        }
        result.notes().forEach(note -> System.out.println("note: " + note));
        result.problems().forEach(problem -> System.out.println("BROKEN: " + problem));
        System.out.println(result.intact() ? "the export verifies" : "the export does not verify");
        System.exit(result.intact() ? 0 : 1);
    }
}
