DROP TABLE matching_changes;
DROP TABLE matching_stamp;
