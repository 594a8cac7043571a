DROP TABLE counselling_sessions;
DROP TABLE outreach_events;
