package dev.trustportal.api.change;

import dev.trustportal.portal.change.ChangeDetails;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** 202 Accepted with the filed change request and its address, where clients follow its state. */
public final class Accepted {

  private Accepted() {}

  public static Response of(ChangeDetails change, UriInfo uri) {
    URI location = uri.getBaseUriBuilder().path("changes").path(Long.toString(change.id())).build();
    return Response.accepted(ChangeJson.of(change)).location(location).build();
  }
}
