package dev.trustportal.ui.organisation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.trustportal.portal.expiry.ExpiryBand;
import dev.trustportal.portal.expiry.OrganisationRadar;
import dev.trustportal.portal.expiry.RadarEntry;
import dev.trustportal.portal.expiry.RadarPage;
import dev.trustportal.ui.component.OrgPaths;
import dev.trustportal.ui.component.Times;

/**
 * The expiry radar of an organisation: its repositories' roles by time left, the nearest first, in
 * colour bands (expired, less than 7 days, less than 30 days, later), as the radar read them last.
 * A big organisation shows the first ones and more on request.
 */
class ExpiryRadarPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;
  static final int FIRST = 10;
  private static final int MORE = 25;

  private final transient OrganisationRadar radar;
  private final String organisation;
  private final Grid<RadarEntry> grid = new Grid<>();
  private final Paragraph shown = new Paragraph();
  private final Button more = new Button();
  private int limit = FIRST;

  ExpiryRadarPanel(OrganisationRadar radar, String organisation) {
    this.radar = radar;
    this.organisation = organisation;
    setId("expiry-radar");
    setPadding(false);
    H3 title = new H3(getTranslation("radar.title"));
    grid.setId("expiry-radar-grid");
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
    grid.addComponentColumn(this::band)
        .setHeader(getTranslation("radar.column.left"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::repository)
        .setHeader(getTranslation("radar.column.repository"))
        .setAutoWidth(true);
    grid.addColumn(this::role).setHeader(getTranslation("radar.column.role")).setAutoWidth(true);
    grid.addColumn(e -> Times.format(e.expires(), getLocale()))
        .setHeader(getTranslation("radar.column.expires"))
        .setAutoWidth(true);
    shown.setId("expiry-radar-shown");
    shown.addClassName("tp-secondary-text");
    more.setId("expiry-radar-more");
    more.setText(getTranslation("radar.more"));
    more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    more.addClickListener(event -> showMore());
    add(title, new Paragraph(getTranslation("radar.explained")), grid, shown, more);
    load();
  }

  private void showMore() {
    limit += MORE;
    load();
  }

  private void load() {
    RadarPage page = radar.nearest(organisation, limit);
    grid.setItems(page.entries());
    grid.setVisible(!page.entries().isEmpty());
    shown.setText(
        page.entries().isEmpty()
            ? getTranslation("radar.empty")
            : getTranslation("radar.shown", page.entries().size(), page.total()));
    more.setVisible(page.hasMore());
  }

  /** The days left, in the band's colour and in words. */
  private Component band(RadarEntry entry) {
    Span left =
        new Span(
            entry.band() == ExpiryBand.EXPIRED
                ? getTranslation("radar.expired", -entry.daysLeft())
                : getTranslation("radar.left", entry.daysLeft()));
    left.addClassName("tp-band");
    left.addClassName(bandClass(entry.band()));
    left.setId(
        "radar-" + (entry.repository() + "-" + entry.role()).replaceAll("[^A-Za-z0-9_-]", "-"));
    return left;
  }

  private static String bandClass(ExpiryBand band) {
    return switch (band) {
      case EXPIRED -> "tp-band-expired";
      case WEEK -> "tp-band-week";
      case MONTH -> "tp-band-month";
      case LATER -> "tp-band-later";
    };
  }

  private Component repository(RadarEntry entry) {
    return new Anchor(OrgPaths.repository(organisation, entry.repository()), entry.repository());
  }

  private String role(RadarEntry entry) {
    return entry.signersResign()
        ? getTranslation("radar.role.signers", entry.role())
        : getTranslation("radar.role.portal", entry.role());
  }
}
