package jp.city.lms.security.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import jp.city.lms.security.boundary.Accounts;

/**
 * Checks a user name and password against the accounts. Unknown users, wrong passwords and people
 * who left all get the same answer, after the same work, so that a failed login never tells which
 * part was wrong.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  /** OWASP-grade cost for PBKDF2-HMAC-SHA256; verification reads the cost stored with each hash. */
  public static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Iterations", "120000",
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.SaltSizeBytes", "16");

  @EJB Accounts accounts;

  @Inject Pbkdf2PasswordHash passwordHash;

  private String decoy;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    var login = accounts.forLogin(credential.getCaller());
    String password = credential.getPasswordAsString();
    if (login.isEmpty()) {
      passwordHash.verify(password.toCharArray(), decoy());
      return CredentialValidationResult.INVALID_RESULT;
    }
    boolean matches = passwordHash.verify(password.toCharArray(), login.get().passwordHash());
    if (!matches || !login.get().mayLogIn()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(login.get().username(), login.get().roles());
  }

  /** Hashes a new password the way {@link #validate} expects it. */
  public String hash(char[] password) {
    passwordHash.initialize(HASH_PARAMETERS);
    return passwordHash.generate(password);
  }

  private synchronized String decoy() {
    if (decoy == null) {
      decoy = hash("no such account".toCharArray());
    }
    return decoy;
  }
}
