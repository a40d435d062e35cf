package dev.trustportal.ui.change;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.change.ChangeFilter;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.change.ChangeState;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.ui.component.Times;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The newest change requests of one repository. While one of them is on its way the page polls, so
 * that the reader sees it move (FILED, APPROVED, PUBLISHING, PUBLISHED) without reloading; polling
 * stops when none is left, or when the component leaves the page. When a followed change ends, the
 * owner is told so that it can show the trust data as published.
 */
public class RecentChanges extends VerticalLayout {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 10;

  /** Publishing takes moments: poll briskly while a change is approved or publishing. */
  static final int POLL_PUBLISHING_MS = 1000;

  /** A change waiting for owners may wait for long: poll gently. */
  static final int POLL_WAITING_MS = 5000;

  private final transient ChangeService changes;
  private final String organisation;
  private final String repository;
  private final Runnable onEnded;
  private final Grid<ChangeDetails> grid = new Grid<>();
  private final Paragraph none = new Paragraph();
  private Set<Long> pending = new HashSet<>();
  private Registration polling;

  /**
   * @param onEnded runs (in the UI's lock) after a change that was pending here ended
   */
  public RecentChanges(
      ChangeService changes, String organisation, String repository, Runnable onEnded) {
    this.changes = changes;
    this.organisation = organisation;
    this.repository = repository;
    this.onEnded = onEnded;
    setPadding(false);
    setId("recent-changes");
    none.setText(getTranslation("changes.recent.none"));
    none.setId("recent-changes-none");
    add(none, configureGrid());
  }

  /** Follows a change just filed: refreshes now and keeps polling until it ends. */
  public void follow(ChangeDetails filed) {
    pending.add(filed.id());
    refresh();
  }

  public void refresh() {
    List<ChangeDetails> items =
        changes
            .list(organisation, ChangeFilter.ofRepository(repository), new PageRequest(0, SHOWN))
            .items();
    grid.setItems(items);
    grid.setVisible(!items.isEmpty());
    none.setVisible(items.isEmpty());
    Set<Long> stillPending =
        items.stream()
            .filter(change -> !change.state().isFinal())
            .map(ChangeDetails::id)
            .collect(Collectors.toCollection(HashSet::new));
    boolean ended = pending.stream().anyMatch(id -> !stillPending.contains(id));
    pending = stillPending;
    poll(items);
    if (ended) {
      onEnded.run();
    }
  }

  private Grid<ChangeDetails> configureGrid() {
    grid.setId("recent-changes-grid");
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(
        GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(ChangeDetails::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(change -> ChangeTexts.summary(this, change))
        .setHeader(getTranslation("changes.column.summary"))
        .setFlexGrow(3);
    grid.addComponentColumn(change -> new ChangeStateBadge(change.state()))
        .setHeader(getTranslation("changes.column.state"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(change -> ChangeTexts.progress(this, change))
        .setHeader(getTranslation("changes.column.progress"))
        .setFlexGrow(3);
    grid.addColumn(change -> Times.format(change.updatedAt(), getLocale()))
        .setHeader(getTranslation("changes.column.updated"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addItemClickListener(event -> new ChangeDetailsDialog(event.getItem()).open());
    return grid;
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    refresh();
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    stopPolling(detachEvent.getUI());
    super.onDetach(detachEvent);
  }

  private void poll(List<ChangeDetails> items) {
    UI ui = getUI().orElse(null);
    if (ui == null) {
      return;
    }
    if (pending.isEmpty()) {
      stopPolling(ui);
      return;
    }
    boolean publishing =
        items.stream()
            .anyMatch(
                change ->
                    change.state() == ChangeState.APPROVED
                        || change.state() == ChangeState.PUBLISHING);
    ui.setPollInterval(publishing ? POLL_PUBLISHING_MS : POLL_WAITING_MS);
    if (polling == null) {
      polling = ui.addPollListener(event -> refresh());
    }
  }

  private void stopPolling(UI ui) {
    if (polling != null) {
      polling.remove();
      polling = null;
      ui.setPollInterval(-1);
    }
  }
}
