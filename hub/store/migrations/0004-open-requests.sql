-- The console's overdue filter and Open311's status=open read only requests still being
-- worked on, newest first. Most of an agency's requests are done, so an index of the open
-- ones alone stays small; it carries what the overdue test reads, so no row is fetched to
-- decide.
CREATE INDEX requests_open ON requests (requested_at DESC, kiosk_id DESC, tracking_code DESC)
  INCLUDE (service_code, queue_day) WHERE status IN ('received', 'processing', 'ready');
