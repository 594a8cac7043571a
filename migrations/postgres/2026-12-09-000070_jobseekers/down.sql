DROP TABLE jobseekers;
