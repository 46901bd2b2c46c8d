package jp.city.lms.curriculum.control;

/**
 * Where a code was written: a definition (to report duplicates) or a reference from another element
 * (checked once every file has been read, since references cross files).
 */
record Ref(String value, String file, int line, String field) {}
