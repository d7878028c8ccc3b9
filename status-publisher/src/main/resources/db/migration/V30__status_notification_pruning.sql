-- Delivered notifications are deleted after a retention (status-page.notifications.retention): the pruning reads by age.
create index status_notification_delivered on status_notification (delivered_at) where delivered_at is not null;
