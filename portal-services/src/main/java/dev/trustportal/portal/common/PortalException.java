package dev.trustportal.portal.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Root of every domain failure the caller can act on. It is an EJB application exception so that
 * the container passes it to the caller unwrapped (instead of an EJBException) and still rolls the
 * transaction back. Each subclass stands for one cause; {@link #code()} is stable (snake_case, used
 * by the REST API and tests), {@link #messageKey()} names the translated text in the UI bundles and
 * {@link #arguments()} fills its placeholders. {@link #getMessage()} is the English text for logs
 * and API clients.
 */
@ApplicationException(rollback = true)
public abstract class PortalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How a caller should treat the failure; the REST API maps it to a status code. */
  public enum Kind {
    INVALID_INPUT,
    CONFLICT,
    NOT_FOUND,
    /** The caller is known to belong to the organisation but lacks the role the action needs. */
    FORBIDDEN,
    /**
     * A service the portal depends on (notary-server) cannot be reached now; retrying later may
     * work.
     */
    UPSTREAM_UNAVAILABLE,
    /** A service the portal depends on answered with data the portal refuses to trust or use. */
    UPSTREAM_INVALID
  }

  private final String code;
  private final transient List<Object> arguments;

  protected PortalException(String code, String englishMessage, Object... arguments) {
    super(englishMessage);
    this.code = code;
    this.arguments = List.of(arguments);
  }

  public abstract Kind kind();

  public String code() {
    return code;
  }

  /** The UI bundle key; subclasses with several texts for one code override it. */
  public String messageKey() {
    return "error." + code;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.toArray();
  }
}
