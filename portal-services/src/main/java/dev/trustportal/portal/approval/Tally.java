package dev.trustportal.portal.approval;

/** Approvals given against the quorum a subject needs: "1 of 2". */
public record Tally(int given, int needed) {

  public boolean complete() {
    return given >= needed;
  }
}
