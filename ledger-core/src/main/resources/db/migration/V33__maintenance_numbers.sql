-- MNT-<n> numbers: their own sequence, so a maintenance reference never looks like, or collides with, an incident's.
CREATE SEQUENCE maintenance_number_seq START WITH 1 INCREMENT BY 1;
