package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.command.DuplicateDelivery;
import io.incidentledger.api.command.IncidentCommand;
import io.incidentledger.api.command.RecordChatMessage;
import io.incidentledger.api.maintenance.MaintenanceCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One effect per delivery (chat messages excepted, see below). Runs inside the command's transaction: the row and the events commit together, a
 * refused command rolls both back, and a concurrent duplicate waits on the primary key, then finds the row.
 */
@Component
class DeliveryDeduplication implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;

    DeliveryDeduplication(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String deliveryId = deliveryIdOf(unitOfWork.getMessage().getPayload());
        if (deliveryId == null) {
            return chain.proceed();
        }
        int claimed = jdbc.update("INSERT INTO processed_delivery (delivery_id, processed_at) VALUES (?, now()) "
                + "ON CONFLICT DO NOTHING", deliveryId);
        if (claimed == 0) {
            String first = jdbc.queryForObject("SELECT result FROM processed_delivery WHERE delivery_id = ?",
                    String.class, deliveryId);
            return new DuplicateDelivery(deliveryId, first);
        }
        Object result = chain.proceed();
        if (result != null) {
            jdbc.update("UPDATE processed_delivery SET result = ? WHERE delivery_id = ?", result.toString(), deliveryId);
        }
        return result;
    }

    private static String deliveryIdOf(Object command) {
        // a chat message is recorded once by its message id (the aggregate refuses or skips a repeat): no row needed
        if (command instanceof RecordChatMessage) {
            return null;
        }
        if (command instanceof IncidentCommand incident) {
            return incident.deliveryId();
        }
        return command instanceof MaintenanceCommand maintenance ? maintenance.deliveryId() : null;
    }
}
