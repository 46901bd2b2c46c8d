/**
 * Who may log in, what each role may do, and whose records a caller may see. An account belongs to
 * a member of staff (the employee number is the user name) or is technical (the HR system's {@code
 * hr-feed}). Roles are granted, except {@code manager}, which the registry gives whoever heads a
 * unit or has direct reports on the day; {@link jp.city.lms.security.boundary.Callers} turns that
 * into the caller's scope. Identity goes through Jakarta Security, so single sign-on through
 * WildFly's OIDC client can replace the password store later without touching any page.
 */
package jp.city.lms.security;
