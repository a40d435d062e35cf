package dev.trustportal.portal.expiry;

import java.util.List;

/**
 * The first roles of an organisation on the radar, the nearest expiry first, and how many there are
 * in all (the overview offers more when there are).
 */
public record RadarPage(List<RadarEntry> entries, long total) {

  public RadarPage {
    entries = List.copyOf(entries);
  }

  public boolean hasMore() {
    return total > entries.size();
  }
}
