package dev.trustportal.api.webhook;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.webhook.CreateWebhook;
import dev.trustportal.portal.webhook.CreatedWebhook;
import dev.trustportal.portal.webhook.DeliverySummary;
import dev.trustportal.portal.webhook.WebhookService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/orgs/{org}/webhooks}: an organisation's webhooks, for its owners. The hook's ID is
 * a string here: whatever it is, the tenancy check comes first, and an ID that names no hook of the
 * organisation is 404.
 */
@Path("orgs/{org}/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

  private final WebhookService webhooks;

  @Inject
  public WebhooksResource(WebhookService webhooks) {
    this.webhooks = webhooks;
  }

  /** For the CDI client proxy only. */
  protected WebhooksResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "The organisation's webhooks and the event types they may subscribe to",
      description = "Owners only: 403 for other members, 404 not_found for non-members.")
  public WebhookListJson list(@PathParam("org") String org) {
    return new WebhookListJson(
        webhooks.list(org).stream().map(WebhookJson::of).toList(), webhooks.eventTypes());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Registers a webhook; the answer holds its signing secret, shown this once",
      description =
          "201 with the hook and its secret. 400 invalid_webhook for a URL that is not https (plain"
              + " http only to loopback where the configuration allows it), carries a user name or"
              + " password, or points at a private, loopback, link-local or metadata address; and"
              + " for no or unknown event types. Owners only.")
  public Response create(
      @PathParam("org") String org, CreateWebhookJson body, @Context UriInfo uri) {
    requireBody(body);
    CreatedWebhook created = webhooks.create(org, new CreateWebhook(body.url(), body.events()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(created.webhook().id())).build())
        .entity(CreatedWebhookJson.of(created))
        .build();
  }

  @DELETE
  @Path("{hookId}")
  @Operation(
      summary = "Deletes a webhook with its delivery log",
      description = "204; deliveries still waiting are dropped. 404 for an unknown hook.")
  public Response delete(@PathParam("org") String org, @PathParam("hookId") String hookId) {
    webhooks.delete(org, hookId);
    return Response.noContent().build();
  }

  @GET
  @Path("{hookId}/deliveries")
  @Operation(
      summary = "A webhook's delivery log, newest first",
      description =
          "Each delivery's state (PENDING, DELIVERED, FAILED), attempts, last HTTP status, last"
              + " error and next attempt.")
  public DeliveryPageJson deliveries(
      @PathParam("org") String org,
      @PathParam("hookId") String hookId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return DeliveryPageJson.of(webhooks.deliveries(org, hookId, new PageRequest(page, size)));
  }

  @POST
  @Path("{hookId}/test-events")
  @Operation(
      summary = "Sends a webhook.test event to the webhook",
      description =
          "202 with the queued delivery; it is delivered, retried and logged as any other.")
  public Response sendTest(@PathParam("org") String org, @PathParam("hookId") String hookId) {
    DeliverySummary queued = webhooks.sendTest(org, hookId);
    return Response.accepted(queued).build();
  }

  /** A missing body is mapped to 400 malformed_json, like a body that JSON-B cannot read. */
  private static void requireBody(Object body) {
    if (body == null) {
      throw new BadRequestException(new JsonbException("empty body"));
    }
  }
}
