DROP TABLE schemes;
