package dev.trustportal.portal.change;

import dev.trustportal.portal.repository.OrphanedTag;
import dev.trustportal.portal.repository.Resigning;
import java.util.List;

/**
 * What a change of trust would do to the tags, before it is filed: those that verify now and would
 * stop verifying for a fresh client, and, per delegation that stays, who could re-sign it
 * afterwards with which command; and the tags only deleted roles hold, with who could sign them
 * into {@code targets/releases} and how.
 *
 * @param change the change in words, as its summary says it
 */
public record ChangeImpact(
    String change,
    List<String> tagsThatWouldStopVerifying,
    List<Resigning> resigning,
    List<OrphanedTag> orphaned) {

  public ChangeImpact {
    tagsThatWouldStopVerifying = List.copyOf(tagsThatWouldStopVerifying);
    resigning = List.copyOf(resigning);
    orphaned = List.copyOf(orphaned);
  }
}
