package dev.trustportal.portal.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.json.CanonicalJson;
import dev.trustportal.portal.securitykey.RequiredKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The weakening part of a requested approval policy, which owners must approve before it applies:
 * lower approval counts by type, self-approval allowed, a longer open period, every key counted.
 */
public record PolicyProposal(
    Map<String, Integer> approvals,
    Optional<Boolean> selfApproval,
    Optional<Integer> openHours,
    Optional<RequiredKeys> requiredKeys) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public PolicyProposal {
    approvals = Map.copyOf(new TreeMap<>(approvals));
  }

  public boolean isEmpty() {
    return approvals.isEmpty()
        && selfApproval.isEmpty()
        && openHours.isEmpty()
        && requiredKeys.isEmpty();
  }

  /** The settings after the proposal applies to {@code current}. */
  public ApprovalSettings applyTo(ApprovalSettings current) {
    return new ApprovalSettings(
        selfApproval.orElse(current.selfApproval()),
        openHours.orElse(current.openHours()),
        requiredKeys.orElse(current.requiredKeys()));
  }

  /** What the proposal does, in plain English, one line a part. */
  public List<String> english() {
    List<String> lines = new ArrayList<>();
    new TreeMap<>(approvals)
        .forEach((type, n) -> lines.add(type + " changes need " + n + " owner approvals."));
    selfApproval.ifPresent(allowed -> lines.add("Requesters may approve their own changes."));
    openHours.ifPresent(
        hours -> lines.add("Requests stay open for approvals " + hours + " hours."));
    requiredKeys.ifPresent(keys -> lines.add("Keys counted for approvals: " + keys + "."));
    return lines;
  }

  /** The canonical JSON (sorted keys, no whitespace) that is stored and digested. */
  public String json() {
    ObjectNode node = JSON.createObjectNode();
    ObjectNode numbers = node.putObject("approvals");
    new TreeMap<>(approvals).forEach(numbers::put);
    selfApproval.ifPresent(v -> node.put("selfApproval", v));
    openHours.ifPresent(v -> node.put("openHours", v));
    requiredKeys.ifPresent(v -> node.put("requiredKeys", v.name()));
    return new String(CanonicalJson.encode(node), java.nio.charset.StandardCharsets.UTF_8);
  }

  public static PolicyProposal fromJson(String json) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(json);
      Map<String, Integer> numbers = new TreeMap<>();
      node.path("approvals")
          .fields()
          .forEachRemaining(e -> numbers.put(e.getKey(), e.getValue().asInt()));
      return new PolicyProposal(
          numbers,
          node.has("selfApproval")
              ? Optional.of(node.get("selfApproval").asBoolean())
              : Optional.empty(),
          node.has("openHours") ? Optional.of(node.get("openHours").asInt()) : Optional.empty(),
          node.has("requiredKeys")
              ? Optional.of(RequiredKeys.valueOf(node.get("requiredKeys").asText()))
              : Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The digest an approval is bound to: SHA-256 over the canonical JSON of the organisation, the
   * requester, the filing time and the proposal, so that an assertion approves exactly this change
   * of this policy.
   */
  public String digest(String organisation, String requestedBy, java.time.Instant filedAt) {
    ObjectNode node = JSON.createObjectNode();
    node.put("organisation", organisation);
    node.put("requestedBy", requestedBy);
    node.put("filedAt", filedAt.toString());
    try {
      node.set("proposal", JSON.readTree(json()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(KeyIds.sha256(CanonicalJson.encode(node)));
  }
}
