package dev.trustportal.portal.change;

import dev.trustportal.portal.repository.Resigning;
import java.util.List;

/**
 * What a change of trust would do to the tags, before it is filed: those that verify now and would
 * stop verifying for a fresh client, and, per delegation that stays, who could re-sign it
 * afterwards with which command.
 *
 * @param change the change in words, as its summary says it
 */
public record ChangeImpact(
    String change, List<String> tagsThatWouldStopVerifying, List<Resigning> resigning) {

  public ChangeImpact {
    tagsThatWouldStopVerifying = List.copyOf(tagsThatWouldStopVerifying);
    resigning = List.copyOf(resigning);
  }
}
