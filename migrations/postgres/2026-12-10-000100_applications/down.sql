DROP TABLE orientation_attendance;
DROP TABLE orientation_sessions;
DROP TABLE scheme_quota_use;
DROP TABLE application_moves;
DROP TABLE applications;
