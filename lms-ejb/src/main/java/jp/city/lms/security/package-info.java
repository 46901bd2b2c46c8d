/**
 * Who may log in and what each role may do. An account belongs to a member of staff (the employee
 * number is the user name) or is technical (the HR system's {@code hr-feed}). Identity goes through
 * Jakarta Security, so single sign-on through WildFly's OIDC client can replace the password store
 * later without touching any page.
 */
package jp.city.lms.security;
