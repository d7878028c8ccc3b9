package io.incidentledger.ingest.command;

/** Either a command, or a sentence saying what was wrong and how to write it. */
public sealed interface ParseResult {

    record Parsed(ParsedCommand command) implements ParseResult {
    }

    record Rejected(String reason) implements ParseResult {
    }
}
