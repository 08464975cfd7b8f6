-- The unit of the agency a request is assigned to, for the console's inbox. Most requests
-- wait unassigned, so only assigned ones are indexed.
ALTER TABLE requests ADD COLUMN assigned_unit text;
CREATE INDEX requests_by_unit ON requests (assigned_unit, requested_at DESC, kiosk_id DESC, tracking_code DESC)
  WHERE assigned_unit IS NOT NULL;
