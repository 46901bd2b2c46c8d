-- The row every registry import locks for its transaction, so that imports run one at a time.
INSERT INTO id_gen (gen_name, next_val) VALUES ('registry_import', 0);
