package jp.city.lms.platform.rest;

/**
 * The body of every REST error the LMS answers itself, {@code {"error": "..."}}: what was wrong
 * with the request, for the person who wrote the script.
 */
public record ErrorAnswer(String error) {}
