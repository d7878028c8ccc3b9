package io.incidentledger.ingest.command;

/** What a parameter in a command format accepts. */
public enum ParamKind {
    /** {@code INC-<n>}; may be left out in an incident's own channel. */
    REF,
    /** one word from a fixed list. */
    CHOICE,
    /** a person: {@code <@U123|ada>}, {@code <@U123>} or {@code @ada}. */
    USER,
    /** a whole number from 1. */
    NUMBER,
    /** one word. */
    WORD,
    /** everything that is left. */
    REST
}
