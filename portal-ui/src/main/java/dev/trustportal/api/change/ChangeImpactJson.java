package dev.trustportal.api.change;

import dev.trustportal.portal.change.ChangeImpact;
import dev.trustportal.portal.repository.OrphanedTag;
import dev.trustportal.portal.repository.Resigning;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a removal's dry run: nothing was filed. */
@Schema(
    example =
        "{\"change\": \"Remove signer alice: delete targets/alice and take its keys out of"
            + " targets/releases\", \"tagsThatWouldStopVerifying\": [\"v1\"], \"resigning\":"
            + " [{\"role\": \"targets/releases\", \"tags\": [\"v1\"], \"signers\": [\"bob\"],"
            + " \"command\": \"notary witness registry.example.com/acme/app targets/releases"
            + " --publish\"}], \"orphaned\": [{\"tag\": \"v9\", \"heldIn\":"
            + " [\"targets/alice\"], \"role\": \"targets/releases\", \"signers\": [\"bob\"],"
            + " \"command\": \"notary addhash registry.example.com/acme/app v9 529 --sha256"
            + " 5f1d…9c --roles targets/releases --publish\"}], \"filed\": false}")
public record ChangeImpactJson(
    String change,
    List<String> tagsThatWouldStopVerifying,
    List<ResigningJson> resigning,
    List<OrphanedJson> orphaned,
    boolean filed) {

  static ChangeImpactJson of(ChangeImpact impact) {
    return new ChangeImpactJson(
        impact.change(),
        impact.tagsThatWouldStopVerifying(),
        impact.resigning().stream().map(ResigningJson::of).toList(),
        impact.orphaned().stream().map(OrphanedJson::of).toList(),
        false);
  }

  /**
   * A tag only roles the change deletes hold: {@code notary witness} cannot bring it back; the
   * signers keeping a key of {@code role} could sign its content there again with the command.
   */
  @Schema(
      example =
          "{\"tag\": \"v9\", \"heldIn\": [\"targets/alice\"], \"role\": \"targets/releases\","
              + " \"signers\": [\"bob\"], \"command\": \"notary addhash"
              + " registry.example.com/acme/app v9 529 --sha256 5f1d…9c --roles targets/releases"
              + " --publish\"}")
  public record OrphanedJson(
      String tag, List<String> heldIn, String role, List<String> signers, String command) {

    static OrphanedJson of(OrphanedTag orphan) {
      return new OrphanedJson(
          orphan.tag(), orphan.heldIn(), orphan.role(), orphan.signers(), orphan.command());
    }
  }

  /**
   * A delegation whose tags would stop verifying, the signers who could re-sign it afterwards and
   * the command one of them runs.
   */
  @Schema(
      example =
          "{\"role\": \"targets/releases\", \"tags\": [\"v1\"], \"signers\": [\"bob\"],"
              + " \"command\": \"notary witness registry.example.com/acme/app targets/releases"
              + " --publish\"}")
  public record ResigningJson(
      String role, List<String> tags, List<String> signers, String command) {

    static ResigningJson of(Resigning resigning) {
      return new ResigningJson(
          resigning.role(), resigning.tags(), resigning.signers(), resigning.command());
    }
  }
}
