package jp.city.lms.security.presentation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import jp.city.lms.platform.presentation.Messages;

/**
 * The login form: employee number and password. A failure never says which of the two was wrong.
 */
@Named
@RequestScoped
public class LoginBacking {

  @NotBlank private String username;
  @NotBlank private String password;

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject Messages messages;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String original = originalRequest(request);
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.strip(), password))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> {
        // a new session id after login, against session fixation
        request.changeSessionId();
        faces.responseComplete();
        external.redirect(original != null ? original : request.getContextPath() + "/");
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default ->
          faces.addMessage(
              null,
              // an empty detail: JSF would repeat the summary as the detail
              new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("login.failed"), ""));
    }
  }

  private static String originalRequest(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Object original = session.getAttribute(LmsAuthenticationMechanism.ORIGINAL_REQUEST);
    session.removeAttribute(LmsAuthenticationMechanism.ORIGINAL_REQUEST);
    return original instanceof String s ? s : null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
