package jp.city.lms.security.presentation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathFilterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/lms",
        "/lms/",
        "/lms/index.xhtml",
        "/lms/admin/content.xhtml",
        "/lms/office/registry-import.xhtml",
        "/lms/jakarta.faces.resource/components.js.xhtml",
        "/lms/api/registry/staff/%EF%BC%90%EF%BC%91",
        "/lms/api/registry/staff/ABC1",
        "/lms/favicon.ico",
        "/lms/ArquillianServletRunnerEE9"
      })
  void canonical(String uri) {
    assertTrue(CanonicalPathFilter.isCanonical("/lms", uri), uri);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/lms/faces/admin/content.xhtml",
        "/lms/FACES/admin/content.xhtml",
        "/lms/admin/content.jsf",
        "/lms/admin/content.faces",
        "/lms/admin;x=1/content.xhtml",
        "/lms/admin/content.xhtml;jsessionid=1",
        "/lms/ADMIN/content.xhtml",
        "/lms/Admin/",
        "/lms/admin/content.XHTML",
        "/lms/%61dmin/content.xhtml",
        "/lms/admin%2Fcontent.xhtml",
        "/lms/admin//content.xhtml",
        "/lms/admin/./content.xhtml",
        "/lms/staff/../admin/content.xhtml",
        "/lms/api/../admin/content.xhtml",
        "/other/admin/content.xhtml"
      })
  void refused(String uri) {
    assertFalse(CanonicalPathFilter.isCanonical("/lms", uri), uri);
  }
}
