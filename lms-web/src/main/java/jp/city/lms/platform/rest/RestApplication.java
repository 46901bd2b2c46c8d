package jp.city.lms.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST face of the LMS under {@code /lms/api}: for the HR system and for scripts. Callers
 * authenticate with HTTP Basic; every resource states the roles it serves.
 */
@ApplicationPath("api")
public class RestApplication extends Application {}
