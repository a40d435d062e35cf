package dev.trustportal.portal.common;

/** A page number or page size outside the accepted range. */
public final class InvalidPageRequestException extends PortalException {

  private static final long serialVersionUID = 1L;

  InvalidPageRequestException(int page, int size) {
    super(
        "invalid_page_request",
        "Page "
            + page
            + " of size "
            + size
            + " is not valid: the page must be 0 or more and the size between 1 and "
            + PageRequest.MAX_SIZE
            + ".",
        page,
        size,
        PageRequest.MAX_SIZE);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
