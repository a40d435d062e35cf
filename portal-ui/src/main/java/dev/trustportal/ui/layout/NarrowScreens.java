package dev.trustportal.ui.layout;

/**
 * The classes of the rules for phones (up to 640 px wide), in the portal's stylesheet: the header
 * trades its signed-in name, language select and Sign out for the {@link UserMenu}, and the title
 * may wrap instead of being cut mid-name.
 */
final class NarrowScreens {

  static final String WIDE_ONLY = "tp-wide-only";
  static final String NARROW_ONLY = "tp-narrow-only";
  static final String TITLE = "tp-title";

  private NarrowScreens() {}
}
