package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.command.GroupCommit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * One unit of work around the commands, with the ledger's transaction attached. Each command sent inside it runs in
 * a nested unit of work: its events move to this one when it completes, and the event store appends every
 * incident's events, their chain links and their chat keys in one go when this one commits. A command that fails
 * (or the commit) rolls the whole group back, and every nested unit of work rolls back with it, so the incident
 * cache forgets each incident's unsaved state.
 */
@Component
class AxonGroupCommit implements GroupCommit {

    private final TransactionManager transactions;

    AxonGroupCommit(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public void together(Runnable commands) {
        if (CurrentUnitOfWork.isStarted()) {
            // inside another unit of work the group would commit with that one, not on its own
            throw new IllegalStateException("A group commit must not run inside another unit of work");
        }
        // never handled: the root needs a message, and every command brings its own
        DefaultUnitOfWork<?> group = DefaultUnitOfWork.startAndGet(new GenericMessage<>("group commit"));
        group.attachTransaction(transactions);
        group.execute(commands);
    }
}
