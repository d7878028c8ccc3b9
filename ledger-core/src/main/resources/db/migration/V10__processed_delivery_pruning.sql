-- Delivery ids are forgotten after a retention (ledger.core.deliveries.retention): the pruning reads by age.
CREATE INDEX processed_delivery_processed_at ON processed_delivery (processed_at);
