package io.incidentledger.projections.replay;

/** A view rebuilt from the ledger that its fold would refuse: the limit must be raised before it can be repaired. */
public class ViewTooLarge extends IllegalStateException {

    ViewTooLarge(String ref, String store, int bytes, int maxViewBytes) {
        super("The view of " + ref + " in " + store + " rebuilt from the ledger is " + bytes + " bytes, past "
                + maxViewBytes + " bytes (ledger.projections.max-view-bytes); raise the limit, restart, and retry");
    }
}
