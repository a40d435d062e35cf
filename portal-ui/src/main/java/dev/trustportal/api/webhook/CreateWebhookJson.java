package dev.trustportal.api.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a request to register a webhook. */
@Schema(
    example =
        "{\"url\": \"https://ci.example.com/hooks/trust\", \"events\": [\"change.published\","
            + " \"change.failed\"]}")
public record CreateWebhookJson(String url, List<String> events) {}
