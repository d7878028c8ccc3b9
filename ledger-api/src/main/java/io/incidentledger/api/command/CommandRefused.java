package io.incidentledger.api.command;

/** A command broke a lifecycle rule. Nothing was appended; the message is shown to the person who asked. */
public class CommandRefused extends RuntimeException {

    public CommandRefused(String message) {
        super(message);
    }
}
