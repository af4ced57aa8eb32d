-- One row per router that serializes handing out per-router numbers (a site's irb unit): two first
-- changes of sites of one router must not pick the same unit. No foreign key on purpose: nothing
-- else ever waits on these rows, so locking one can never deadlock with router-row locks.
CREATE TABLE router_allocation_lock (
    router_id BIGINT NOT NULL PRIMARY KEY
);
INSERT INTO router_allocation_lock (router_id) SELECT id FROM router;
