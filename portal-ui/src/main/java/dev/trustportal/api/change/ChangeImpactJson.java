package dev.trustportal.api.change;

import dev.trustportal.portal.change.ChangeImpact;
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
            + " --publish\"}], \"filed\": false}")
public record ChangeImpactJson(
    String change,
    List<String> tagsThatWouldStopVerifying,
    List<ResigningJson> resigning,
    boolean filed) {

  static ChangeImpactJson of(ChangeImpact impact) {
    return new ChangeImpactJson(
        impact.change(),
        impact.tagsThatWouldStopVerifying(),
        impact.resigning().stream().map(ResigningJson::of).toList(),
        false);
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
