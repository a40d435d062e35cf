package dev.trustportal.portal.common;

/**
 * Which slice of a list the caller wants: page numbers start at 0. The size is capped so that no
 * caller can make the database return an unbounded result.
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 500;

  public PageRequest {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw new InvalidPageRequestException(page, size);
    }
  }

  /** Index of the first row, as JPA's setFirstResult wants it; long arithmetic avoids overflow. */
  public int offset() {
    return Math.toIntExact((long) page * size);
  }
}
