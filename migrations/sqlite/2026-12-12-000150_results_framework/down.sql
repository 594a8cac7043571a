DROP TABLE indicator_measurements;
DROP TABLE indicators;
DROP TABLE logic_elements;
